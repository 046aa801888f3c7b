package org.factdesk.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * FactDesk's log file and crash reports, in the platform's folder for them (not the data folder: a log is not
 * part of a workspace, and a user who sends one shares no articles). java.util.logging, which the JDK and
 * PDFBox already use: a rolling file of 1 MB, five generations, {@code factdesk0.log} the newest.
 */
public final class AppLog {
    static final String LOG_PATTERN = "factdesk%g.log";
    static final int LOG_LIMIT_BYTES = 1_000_000;
    static final int LOG_FILES = 5;

    private static volatile Path folder;
    private static Handler handler;

    private AppLog() {
    }

    /**
     * The per-user folder for logs and crash reports: {@code $XDG_STATE_HOME/factdesk} (default
     * {@code ~/.local/state/factdesk}) on Linux, {@code ~/Library/Logs/FactDesk} on macOS,
     * {@code %LOCALAPPDATA%\FactDesk\Logs} on Windows.
     */
    public static Path defaultFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData/Local")).resolve("FactDesk/Logs");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Logs/FactDesk");
        }
        String xdg = System.getenv("XDG_STATE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local/state");
        return base.resolve("factdesk");
    }

    /**
     * Sends FactDesk's and its libraries' log records (INFO and above) to the rolling file in {@code logFolder}.
     * A folder that cannot be written leaves logging as it was: FactDesk works without a log, and says so once.
     */
    public static synchronized void install(Path logFolder) {
        uninstall();
        folder = logFolder;
        try {
            Files.createDirectories(logFolder);
            FileHandler file = new FileHandler(logFolder.resolve(LOG_PATTERN).toString(), LOG_LIMIT_BYTES, LOG_FILES, true);
            file.setEncoding(StandardCharsets.UTF_8.name());
            file.setFormatter(new OneLine());
            file.setLevel(Level.INFO);
            Logger.getLogger("").addHandler(file);
            handler = file;
            // Libraries' notes (Lucene's "vector incubator API enabled") go to the file; the terminal keeps warnings.
            for (java.util.logging.Handler h : Logger.getLogger("").getHandlers()) {
                if (h instanceof java.util.logging.ConsoleHandler && h.getLevel().intValue() < Level.WARNING.intValue()) {
                    h.setLevel(Level.WARNING);
                }
            }
            toFileOnly(Level.INFO, "FactDesk " + AppVersion.text() + " started (Java " + Runtime.version() + ", "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ")");
        } catch (IOException | RuntimeException e) {
            System.err.println("factdesk: note: no log file in " + logFolder + " (" + e.getMessage() + ")");
        }
    }

    /** A record for the log file, not the console (the command line's output stays as it was). */
    private static synchronized void toFileOnly(Level level, String message) {
        if (handler != null) {
            java.util.logging.LogRecord r = new java.util.logging.LogRecord(level, message);
            r.setLoggerName("org.factdesk");
            handler.publish(r);
            handler.flush();
        }
    }

    /** Closes the log file (tests; the JVM's shutdown closes it otherwise). */
    public static synchronized void uninstall() {
        folder = null;
        if (handler != null) {
            Logger.getLogger("").removeHandler(handler);
            handler.close();
            handler = null;
        }
    }

    /** Where logs and crash reports go: the installed folder, else the platform's. */
    public static Path folder() {
        Path f = folder;
        return f != null ? f : defaultFolder();
    }

    /** True once {@link #install} ran (the launchers do; tests only when they ask for it). */
    public static boolean installed() {
        return folder != null;
    }

    /** The log file being written now. */
    public static Path currentLogFile() {
        return folder().resolve(LOG_PATTERN.replace("%g", "0"));
    }

    /**
     * Writes a crash report (what happened, version, Java, OS, the stack trace) to
     * {@code crash-<time>.txt} in the log folder and logs it; returns the file, or null when it could not be written
     * (or no log folder was installed).
     */
    public static Path writeCrashReport(String details) {
        toFileOnly(Level.SEVERE, details);
        if (!installed()) {
            return null; // a test's JVM: no report in the user's folder
        }
        try {
            Path dir = folder();
            Files.createDirectories(dir);
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
            Path report = dir.resolve("crash-" + stamp + ".txt");
            Files.writeString(report, details, StandardCharsets.UTF_8);
            return report;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The text of a crash report: what the user could copy into a bug report. */
    public static String crashDetails(Thread thread, Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return "FactDesk " + AppVersion.text() + "\n"
                + "Time: " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + "\n"
                + "Java: " + Runtime.version() + " (" + System.getProperty("java.vendor", "") + ")\n"
                + "OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + "\n"
                + "Thread: " + (thread == null ? "?" : thread.getName()) + "\n\n"
                + trace;
    }

    /** One record a line: time, level, logger, message (and the stack trace when there is one). */
    private static final class OneLine extends SimpleFormatter {
        @Override
        public String format(java.util.logging.LogRecord r) {
            StringBuilder s = new StringBuilder()
                    .append(java.time.Instant.ofEpochMilli(r.getMillis())).append(' ')
                    .append(r.getLevel().getName()).append(' ')
                    .append(r.getLoggerName()).append(": ")
                    .append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                s.append(trace);
            }
            return s.toString();
        }
    }
}
