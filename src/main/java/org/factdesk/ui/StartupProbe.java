package org.factdesk.ui;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import org.factdesk.model.Article;

/**
 * Startup benchmark probe ({@code installer/startup-bench.sh}, docs/startup.md): with
 * {@code -Dfactdesk.exitAfterFirstWindow=true}, prints (ms since the process started, and the process CPU time
 * then)
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
    static final String PROPERTY = "factdesk.exitAfterFirstWindow";
    private static final boolean MARKS = Boolean.getBoolean("factdesk.startupMarks");

    private StartupProbe() {
    }

    /**
     * Since the process started (not the JVM: a native launcher may work before it creates the JVM, e.g.
     * jpackage's asks dpkg and rpm who owns it), with the process's CPU time (user+sys of its threads).
     */
    private static String now() {
        long start = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli)
                .orElseGet(() -> ManagementFactory.getRuntimeMXBean().getStartTime());
        long ms = System.currentTimeMillis() - start;
        long cpuMs = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1; // CPU time: comparable across differently loaded machines
        return String.format(Locale.ROOT, "%d cpu-ms=%d", ms, cpuMs);
    }

    private static void print(String what) {
        System.out.println(what + "=" + now());
        System.out.flush();
    }

    /** A named point of the startup on stderr, with -Dfactdesk.startupMarks=true. */
    static void mark(String what) {
        if (MARKS) {
            System.err.println("startup-mark " + what + "=" + now());
        }
    }

    static void installIfRequested(Stage stage, ObservableValue<Article> article,
                                   ObservableValue<MainViewModel.Phase> phase) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> print("window-shown-ms"));
        boolean[] articleShown = {false};
        boolean[] ready = {false};
        Runnable check = () -> {
            if (!articleShown[0] && article.getValue() != null) {
                articleShown[0] = true;
                afterNextLayout(stage, () -> print("first-window-ms"));
            }
            if (!ready[0] && phase.getValue() != MainViewModel.Phase.OPENING) {
                ready[0] = true;
                // READY comes just before the claims are shown (same FX event): measure after their layout.
                afterNextLayout(stage, () -> {
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

    private static void afterNextLayout(Stage stage, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(once[0]);
            action.run();
        };
        stage.getScene().addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
