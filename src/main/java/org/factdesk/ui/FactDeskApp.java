package org.factdesk.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;

/**
 * The workbench window. The window appears at once in an "Opening workspace…" state while the workspace
 * opens in the background. Configuration comes from {@link #launchWith} (or the static setters) or the
 * system properties {@code factdesk.dataDir} and {@code factdesk.demo}.
 */
public class FactDeskApp extends Application {
    private static volatile Path configuredDataDir;
    private static volatile Boolean configuredDemo;

    private MainViewModel vm;

    /** Sets the data dir and demo flag, then launches (blocks until the window closes). */
    public static void launchWith(Path dataDir, boolean demo) {
        setDataDir(dataDir);
        setDemo(demo);
        Application.launch(FactDeskApp.class);
    }

    public static void setDataDir(Path dataDir) {
        configuredDataDir = dataDir;
    }

    public static void setDemo(boolean demo) {
        configuredDemo = demo;
    }

    static Path dataDir() {
        if (configuredDataDir != null) {
            return configuredDataDir;
        }
        String prop = System.getProperty("factdesk.dataDir");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("factdesk");
    }

    static boolean demo() {
        return configuredDemo != null ? configuredDemo : Boolean.getBoolean("factdesk.demo");
    }

    @Override
    public void start(Stage stage) {
        FactDeskTheme.applyInitial();
        vm = new MainViewModel(UiExecutor.forJavaFx(), null);
        MainView view = new MainView(vm, stage);
        view.setOnFatal(Platform::exit);
        stage.setTitle("FactDesk");
        // Fit small screens (and the headless test screen): never larger than the visible desktop.
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(view.createScene(Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight())));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        vm.article().articleProperty().addListener((o, was, now) ->
                stage.setTitle(now == null ? "FactDesk" : now.displayTitle() + " — FactDesk"));
        StartupProbe.installIfRequested(stage, vm.article().articleProperty());
        stage.show();
        vm.openWorkspace(dataDir(), demo());
    }

    @Override
    public void stop() {
        if (vm != null) {
            vm.close();
        }
    }

    /** The view model of the running window (tests look at it). */
    MainViewModel viewModel() {
        return vm;
    }
}
