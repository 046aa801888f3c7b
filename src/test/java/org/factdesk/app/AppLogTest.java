package org.factdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log file and crash reports land in the platform's state folder, and the log rolls over instead of growing. */
class AppLogTest {
    @TempDir
    Path folder;

    @AfterEach
    void uninstall() {
        AppLog.uninstall();
    }

    @Test
    void linuxKeepsLogsInTheXdgStateFolder() {
        if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            String xdg = System.getenv("XDG_STATE_HOME");
            Path expected = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg, "factdesk")
                    : Path.of(System.getProperty("user.home"), ".local", "state", "factdesk");
            assertThat(AppLog.defaultFolder()).isEqualTo(expected);
        } else {
            assertThat(AppLog.defaultFolder().toString()).contains("FactDesk");
        }
    }

    @Test
    void recordsGoToARollingFileThatStopsAtItsLimit() throws Exception {
        AppLog.install(folder);
        Logger log = Logger.getLogger("org.factdesk.test");
        log.setUseParentHandlers(false); // not 7 MB on the test's console: the file handler alone
        java.util.logging.Handler file = Logger.getLogger("").getHandlers()[Logger.getLogger("").getHandlers().length - 1];
        log.addHandler(file);
        String line = "x".repeat(10_000);
        try {
            for (int i = 0; i < 700; i++) { // 7 MB written, the log keeps at most 5 files of 1 MB
                log.info(line);
            }
        } finally {
            log.removeHandler(file);
            log.setUseParentHandlers(true);
        }
        AppLog.uninstall();
        try (var files = Files.list(folder)) {
            var logs = files.filter(f -> f.getFileName().toString().matches("factdesk\\d\\.log")).toList();
            assertThat(logs).hasSize(AppLog.LOG_FILES);
            for (Path f : logs) {
                assertThat(Files.size(f)).isLessThanOrEqualTo(AppLog.LOG_LIMIT_BYTES + 20_000L);
            }
        }
        assertThat(Files.readString(folder.resolve("factdesk1.log"))).contains("INFO org.factdesk.test: xxx");
    }

    @Test
    void librariesInfoLinesGoToTheFileAndTheTerminalKeepsWarnings() throws Exception {
        java.util.logging.ConsoleHandler console = new java.util.logging.ConsoleHandler();
        console.setLevel(java.util.logging.Level.INFO);
        Logger.getLogger("").addHandler(console);
        try {
            AppLog.install(folder);
            Logger.getLogger("org.apache.lucene.test").info("Java vector incubator API enabled");
            assertThat(console.getLevel()).isEqualTo(java.util.logging.Level.WARNING);
            AppLog.uninstall();
            try (var files = Files.list(folder)) {
                String all = files.filter(f -> f.toString().endsWith(".log")).map(f -> {
                    try {
                        return Files.readString(f);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).reduce("", String::concat);
                assertThat(all).contains("vector incubator API enabled");
            }
        } finally {
            Logger.getLogger("").removeHandler(console);
        }
    }

    @Test
    void aCrashReportHoldsVersionSystemAndStackTrace() throws Exception {
        AppLog.install(folder);
        String details = AppLog.crashDetails(Thread.currentThread(), new IllegalStateException("the cause"));
        Path report = AppLog.writeCrashReport(details);
        assertThat(report).isNotNull().hasParent(folder);
        assertThat(report.getFileName().toString()).startsWith("crash-").endsWith(".txt");
        assertThat(Files.readString(report)).contains("FactDesk ", "Java: ", "OS: ",
                "java.lang.IllegalStateException: the cause", "at org.factdesk.app.AppLogTest");
        AppLog.uninstall();
        assertThat(Files.readString(folder.resolve("factdesk0.log"))).contains("SEVERE").contains("the cause");
    }

    @Test
    void withoutAnInstalledLogFolderNoReportIsWrittenIntoTheUsersHome() {
        assertThat(AppLog.installed()).isFalse();
        assertThat(AppLog.writeCrashReport("test")).isNull();
    }
}
