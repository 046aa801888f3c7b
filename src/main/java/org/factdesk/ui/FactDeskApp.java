package org.factdesk.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.factdesk.app.DataDirs;

import java.nio.file.Path;

/**
 * The workbench window. The window appears at once in an "Opening workspace…" state while the workspace
 * opens in the background. Configuration comes from {@link #launchWith} (or the static setters) or the
 * system properties {@code factdesk.dataDir} and {@code factdesk.demo}.
 */
public class FactDeskApp extends Application {
    private static volatile Path configuredDataDir;
    private static volatile Boolean configuredDemo;
    private static volatile Path configuredPreferences;

    /** The running window's application (for the dev launcher that stages screenshots). */
    static volatile FactDeskApp running;

    private MainViewModel vm;
    private MainView view;
    private UiPreferences prefs;

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

    /** Where the reviewer's preferences live (tests use a temp file); default {@link UiPreferences#defaultFile()}. */
    public static void setPreferencesFile(Path file) {
        configuredPreferences = file;
    }

    static Path preferencesFile() {
        if (configuredPreferences != null) {
            return configuredPreferences;
        }
        String prop = System.getProperty("factdesk.preferences");
        return prop != null && !prop.isBlank() ? Path.of(prop) : UiPreferences.defaultFile();
    }

    /**
     * The data dir: an explicit --data-dir (or factdesk.dataDir) wins; without one, the folder chosen in
     * Preferences, else the platform default.
     */
    static Path dataDir(UiPreferences prefs) {
        Path fallback = DataDirs.defaultDataDir();
        Path given = configuredDataDir;
        if (given == null) {
            String prop = System.getProperty("factdesk.dataDir");
            given = prop != null && !prop.isBlank() ? Path.of(prop) : null;
        }
        if (given != null && !given.toAbsolutePath().normalize().equals(fallback.toAbsolutePath().normalize())) {
            return given;
        }
        return prefs.dataDir().orElse(fallback);
    }

    static boolean demo() {
        return configuredDemo != null ? configuredDemo : Boolean.getBoolean("factdesk.demo");
    }

    @Override
    public void start(Stage stage) {
        running = this;
        prefs = UiPreferences.load(preferencesFile());
        FactDeskTheme.applyInitial(prefs);
        vm = new MainViewModel(UiExecutor.forJavaFx(), null);
        vm.verdict().reviewerProperty().set(prefs.reviewer());
        view = new MainView(vm, stage);
        view.setPreferences(prefs);
        view.setOnFatal(Platform::exit);
        stage.setTitle("FactDesk");
        // Fit small screens (and the headless test screen): never larger than the visible desktop.
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double w = Math.min(screen.getWidth(), orDefault(prefs.number("window.width"), 1440));
        double h = Math.min(screen.getHeight(), orDefault(prefs.number("window.height"), 900));
        stage.setScene(view.createScene(Math.max(900, Math.min(w, screen.getWidth())), Math.max(600, Math.min(h, screen.getHeight()))));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        WindowLayout.restore(stage, prefs, screen);
        vm.article().articleProperty().addListener((o, was, now) ->
                stage.setTitle(now == null ? "FactDesk" : now.displayTitle() + " — FactDesk"));
        StartupProbe.installIfRequested(stage, vm.article().articleProperty());
        stage.show();
        view.restoreDividers();
        vm.openWorkspace(dataDir(prefs), demo());
    }

    private static double orDefault(double v, double fallback) {
        return Double.isNaN(v) ? fallback : v;
    }

    @Override
    public void stop() {
        if (view != null && prefs != null) {
            view.rememberLayout();
            prefs.save();
        }
        if (vm != null) {
            vm.close();
        }
    }

    /** The view model of the running window (tests look at it). */
    MainViewModel viewModel() {
        return vm;
    }

    MainView view() {
        return view;
    }
}
