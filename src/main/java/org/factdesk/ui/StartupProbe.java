package org.factdesk.ui;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import org.factdesk.model.Article;

/**
 * Startup benchmark probe ({@code installer/startup-bench.sh}, docs/startup.md): with
 * {@code -Dfactdesk.exitAfterFirstWindow=true}, prints {@code window-shown-ms=<ms since JVM start>} when the window
 * is shown (still loading) and {@code first-window-ms=<ms>} once it has laid out a pulse with the article in it,
 * then exits the application. Off otherwise.
 */
final class StartupProbe {
    static final String PROPERTY = "factdesk.exitAfterFirstWindow";

    private StartupProbe() {
    }

    private static void print(String what) {
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long cpuMs = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1; // CPU time: comparable across differently loaded machines
        System.out.println(String.format(Locale.ROOT, "%s=%d cpu-ms=%d", what, ms, cpuMs));
        System.out.flush();
    }

    static void installIfRequested(Stage stage, ObservableValue<Article> article) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> print("window-shown-ms"));
        Runnable onArticle = () -> {
            // The pulse after the article arrives lays out and renders its text; measure after that layout.
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                stage.getScene().removePostLayoutPulseListener(once[0]);
                print("first-window-ms");
                Platform.runLater(Platform::exit);
            };
            stage.getScene().addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        };
        if (article.getValue() != null) {
            onArticle.run();
        } else {
            article.addListener((o, was, now) -> {
                if (now != null && was == null) {
                    onArticle.run();
                }
            });
        }
    }
}
