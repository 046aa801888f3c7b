package org.factdesk.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import org.factdesk.model.Article;

/**
 * Startup benchmark probe ({@code installer/startup-bench.sh}, docs/startup.md): with
 * {@code -Dfactdesk.exitAfterFirstWindow=true}, prints (ms since the launch, see {@link #launchMillis}, and the
 * process CPU time then)
 * <ul>
 *   <li>{@code window-shown-ms} when the window is shown,</li>
 *   <li>{@code first-window-ms} once a pulse has laid out the article's text (the preview, or the workspace's
 *       article when there is no preview),</li>
 *   <li>{@code ready-ms} once a pulse has laid out the open workspace (claims listed, the window fully usable),</li>
 * </ul>
 * then exits the application. Off otherwise. {@code -Dfactdesk.startupMarks=true} also prints the marks of
 * {@link #mark} on stderr (where the time before the first frame goes).
 */
final class StartupProbe {
    private static volatile boolean marks;
    private static volatile boolean exitAfterFirstWindow;

    private StartupProbe() {
    }

    /** When the clock of every line starts, in epoch ms (see {@link #launchMillis}); set by {@link #configure}. */
    private static volatile long launched = -1;

    /** Takes the probe's switches and the launch time from the start's configuration (before the first mark). */
    static void configure(org.factdesk.app.FactDeskConfig config) {
        marks = config.startupMarks();
        exitAfterFirstWindow = config.exitAfterFirstWindow();
        if (marks || exitAfterFirstWindow) {
            launched = launchMillis(config.launchedAt());
        }
    }

    /**
     * When FactDesk was launched: {@code -Dfactdesk.launchedAt=<epoch ms>} when the benchmark passes the time it
     * started the launcher; else, on Linux, the process's start from {@code /proc} (accurate to 10-20 ms); else
     * the JVM's start. Not {@code ProcessHandle.info().startInstant()}: on Linux it adds the process's start
     * ticks to the boot time, which {@code /proc/stat} gives in whole seconds, so it was 0.8 s early here.
     */
    private static long launchMillis(Long given) {
        if (given != null) {
            return given;
        }
        long[] stat = procSelfStat();
        if (stat.length > 0) {
            try {
                double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
                return System.currentTimeMillis() - Math.round(uptime * 1000 - stat[2] * 1000.0 / CLOCK_TICKS);
            } catch (IOException | RuntimeException e) {
                // fall through
            }
        }
        return ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Linux's USER_HZ for /proc times (100 on every mainstream kernel configuration). */
    private static final int CLOCK_TICKS = 100;

    /** utime, stime and starttime of this process in clock ticks, from /proc/self/stat; empty elsewhere. */
    private static long[] procSelfStat() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[19])};
        } catch (IOException | RuntimeException e) {
            return new long[0];
        }
    }

    /** Since the launch, with the process's CPU time (user+sys of all its threads; steadier across loads). */
    private static String now() {
        if (launched < 0) {
            launched = launchMillis(null);
        }
        long ms = System.currentTimeMillis() - launched;
        long[] stat = procSelfStat();
        long cpuMs = stat.length > 0 ? (stat[0] + stat[1]) * 1000 / CLOCK_TICKS
                : ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
        return String.format(Locale.ROOT, "%d cpu-ms=%d", ms, cpuMs);
    }

    private static void print(String what) {
        System.out.println(what + "=" + now());
        System.out.flush();
    }

    /** A named point of the startup on stderr, with -Dfactdesk.startupMarks=true. */
    static void mark(String what) {
        if (marks) {
            System.err.println("startup-mark " + what + "=" + now());
        }
    }

    static void installIfRequested(Stage stage, ObservableValue<Article> article,
                                   ObservableValue<MainViewModel.Phase> phase) {
        if (!exitAfterFirstWindow) {
            return;
        }
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> print("window-shown-ms"));
        boolean[] articleShown = {false};
        boolean[] ready = {false};
        Runnable check = () -> {
            if (!articleShown[0] && article.getValue() != null) {
                articleShown[0] = true;
                FramePulses.afterFrameShown(stage.getScene(), () -> print("first-window-ms"));
            }
            if (!ready[0] && phase.getValue() != MainViewModel.Phase.OPENING) {
                ready[0] = true;
                // READY comes just before the claims are shown (same FX event): measure after their layout.
                FramePulses.afterFrameShown(stage.getScene(), () -> {
                    if (!articleShown[0]) { // a workspace without any article
                        articleShown[0] = true;
                        print("first-window-ms");
                    }
                    print("ready-ms");
                    Platform.runLater(Platform::exit);
                });
            }
        };
        article.addListener((o, was, now) -> check.run());
        phase.addListener((o, was, now) -> check.run());
        check.run();
    }
}
