package org.factdesk.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.factdesk.app.DataDirs;
import org.factdesk.app.FactDeskConfig;
import org.factdesk.app.Handoff;
import org.factdesk.model.Article;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The workbench window. The window appears at once in an "Opening workspace…" state while the workspace
 * opens in the background. Its configuration is the launcher's {@link FactDeskConfig}, given to {@link #launchWith}
 * (tests change it with the static setters): JavaFX makes the application itself, so it waits in a static field.
 */
public class FactDeskApp extends Application {
    private static volatile FactDeskConfig config = FactDeskConfig.defaults();

    /** The running window's application (for the dev launcher that stages screenshots). */
    static volatile FactDeskApp running;

    private MainViewModel vm;
    private Handoff handoff;
    private Path handoffDir;
    private MainView view;
    private UiPreferences prefs;
    private volatile Article previewOnDisk;
    private Article previewQueued;

    /** Opens the window on a data folder (the test launcher); blocks until it closes. */
    public static void launchWith(Path dataDir, boolean demo) {
        launchWith(config.withDataDir(dataDir).withDemo(demo));
    }

    /**
     * Opens the window as configured, then blocks until it closes; or, when a window already runs on that workspace,
     * hands the file over to it and returns at once.
     *
     * @return what the launcher should tell the user on the terminal (the handover), or empty
     */
    public static Optional<String> launchWith(FactDeskConfig startConfig) {
        config = startConfig;
        StartupProbe.configure(startConfig);
        Optional<String> handed = handedToRunningWindow();
        if (handed.isPresent()) {
            return handed;
        }
        StartupPreload.begin(); // preferences and the article preview, read while the toolkit starts
        Application.launch(FactDeskApp.class);
        return Optional.empty();
    }

    static FactDeskConfig config() {
        return config;
    }

    public static void setDataDir(Path dataDir) {
        config = config.withDataDir(dataDir);
    }

    public static void setDemo(boolean demo) {
        config = config.withDemo(demo);
    }

    /** The article file the next window opens at start (tests), or null. */
    static void setOpenFile(Path file) {
        config = config.withOpenFile(file);
    }

    /** Where the reviewer's preferences live (tests use a temp file); default {@link UiPreferences#defaultFile()}. */
    public static void setPreferencesFile(Path file) {
        config = config.withPreferencesFile(file);
    }

    static Path preferencesFile() {
        Path given = config.preferencesFile();
        return given != null ? given : UiPreferences.defaultFile();
    }

    /**
     * The data dir: an explicit --data-dir wins; without one, the folder chosen in Preferences, else the platform
     * default.
     */
    static Path dataDir(UiPreferences prefs) {
        Path fallback = DataDirs.defaultDataDir();
        Path given = config.dataDir();
        if (given != null && !given.toAbsolutePath().normalize().equals(fallback.toAbsolutePath().normalize())) {
            return given;
        }
        return prefs.dataDir().orElse(fallback);
    }

    /**
     * A FactDesk window already runs on this workspace (or the demo's, inside it): it opens the file asked for (or
     * just comes to the front) instead of this start meeting the lock (app/Handoff).
     *
     * @return what to tell the user when it was handed over; empty when this start opens its own window
     */
    static Optional<String> handedToRunningWindow() {
        Optional<Path> toOpen = Optional.ofNullable(config.openFile());
        Path dataDir = dataDir(UiPreferences.load(preferencesFile()));
        if (!Handoff.send(toOpen, MainViewModel.workspaceDir(dataDir, demo()), MainViewModel.workspaceDir(dataDir, !demo()))) {
            return Optional.empty();
        }
        config = config.withOpenFile(null);
        return Optional.of("factdesk: " + toOpen.map(f -> "opened " + f + " in").orElse("brought to the front")
                + " the FactDesk window already running on " + dataDir);
    }

    static boolean demo() {
        return config.demo();
    }

    @Override
    public void start(Stage stage) {
        running = this;
        StartupProbe.mark("fx-start");
        // Any error no code caught: a crash report in the log folder and a dialog that says so (not a silent window).
        Thread.setDefaultUncaughtExceptionHandler(CrashDialog.handler(() -> stage));
        Thread.currentThread().setUncaughtExceptionHandler(Thread.getDefaultUncaughtExceptionHandler());
        StartupPreload.Loaded preload = StartupPreload.take();
        prefs = preload.prefs();
        vm = new MainViewModel(UiExecutor.forJavaFx(), null);
        vm.setWarmUpClaimFinder(config.warmUpClaimFinder());
        vm.openAtStart(config.openFile());
        vm.archiveConnection().connectAtStart(config.archive());
        config = config.withOpenFile(null); // opened once: a window made later (tests) starts without it
        vm.verdict().reviewerProperty().set(prefs.reviewer());
        StartupProbe.mark("vm");
        stage.setTitle("FactDesk");
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        Runnable title = () -> {
            Article now = vm.article().articleProperty().get();
            String app = vm.demoWorkspaceProperty().get() ? "FactDesk (demo workspace)" : "FactDesk";
            stage.setTitle(now == null ? app : now.displayTitle() + " — " + app);
        };
        vm.article().articleProperty().addListener((o, was, now) -> title.run());
        vm.demoWorkspaceProperty().addListener((o, was, now) -> title.run());
        vm.phaseProperty().addListener((o, was, now) -> {
            if (now == MainViewModel.Phase.READY) {
                listenForHandoff(stage, vm.workspaceDir());
            }
        });
        Path dataDir = preload.dataDir();
        // The database, the archive and the models open in the background once the workbench's first frame is
        // out, so that they do not compete with it for the CPU (docs/startup.md); it shows "Opening workspace…".
        CompletableFuture<Void> workbenchShown = new CompletableFuture<>();
        vm.openWorkspace(dataDir, demo(), workbenchShown);
        // The first frame already shows the article's text; claims, evidence and verdicts follow when the
        // workspace is open, and the workspace's own copy of the article replaces the preview.
        // the bundled CJK font, for an article in Chinese, Japanese or Korean on a desktop without such fonts: before
        // the first frame when the article it shows needs it, else in the background once the workbench is shown
        if (preload.preview().map(a -> BundledFonts.needsCjk(a.title() + "\n" + a.text())).orElse(false)) {
            BundledFonts.register();
        } else {
            workbenchShown.thenRun(() -> BundledFonts.whenRegistered(() -> { })); // off the first frame's path
        }
        preload.preview().ifPresent(vm.article()::show);
        keepPreview(preload.stored().orElse(null));
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        // Fit small screens (and the headless test screen): never larger than the visible desktop.
        double w = Math.max(900, Math.min(screen.getWidth(), orDefault(prefs.number("window.width"), 1440)));
        double h = Math.max(600, Math.min(screen.getHeight(), orDefault(prefs.number("window.height"), 900)));
        if (preload.preview().isPresent()) {
            // With an article at hand, a light first frame shows it (FirstFrame); the workbench replaces it.
            stage.setScene(new Scene(FirstFrame.of(preload.preview().get(), FactDeskTheme.darkRequested(config.dark(), prefs),
                    prefs.fontSize(), orDefault(prefs.number("divider.main.0"), FirstFrame.DEFAULT_ARTICLE_SHARE)), w, h));
            showWindow(stage, screen);
            // Once the first frame is on screen (not merely laid out: building the views would delay its drawing).
            FramePulses.afterFrameShown(stage.getScene(), () -> Platform.runLater(() -> {
                StartupProbe.mark("first-frame-shown");
                buildWorkbench(stage);
                view.showIn(stage.getScene());
                view.restoreDividers();
                workbenchShownAfterLayout(stage, workbenchShown);
            }));
        } else {
            buildWorkbench(stage);
            stage.setScene(view.createScene(w, h));
            showWindow(stage, screen);
            view.restoreDividers();
            workbenchShownAfterLayout(stage, workbenchShown);
        }
    }

    /** A later start with a file hands it to this window (app/Handoff), for the workspace now open. */
    private void listenForHandoff(Stage stage, Path workspaceDir) {
        if (workspaceDir == null || workspaceDir.equals(handoffDir)) {
            return;
        }
        handoffDir = workspaceDir;
        Handoff previous = handoff;
        handoff = null;
        Thread.ofVirtual().name("factdesk-handoff-start").start(() -> {
            if (previous != null) {
                previous.close();
            }
            try {
                Handoff h = Handoff.listen(workspaceDir, file -> Platform.runLater(() -> handedOver(stage, file)));
                Platform.runLater(() -> {
                    if (workspaceDir.equals(handoffDir) && handoff == null) {
                        handoff = h;
                    } else {
                        h.close(); // the workspace changed meanwhile, or the window closed
                    }
                });
            } catch (java.io.IOException | RuntimeException e) {
                java.util.logging.Logger.getLogger(FactDeskApp.class.getName()).warning(
                        "no second-start handoff for " + workspaceDir + ": " + e);
            }
        });
    }

    private void handedOver(Stage stage, Optional<Path> file) {
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
        file.ifPresent(vm.opening()::openFile);
    }

    /** The handoff this window listens on (tests). */
    Handoff handoff() {
        return handoff;
    }

    private static void workbenchShownAfterLayout(Stage stage, CompletableFuture<Void> workbenchShown) {
        FramePulses.afterNextLayout(stage.getScene(), () -> {
            StartupProbe.mark("workbench-laid-out");
            workbenchShown.complete(null);
        });
    }

    private void showWindow(Stage stage, javafx.geometry.Rectangle2D screen) {
        WindowLayout.restore(stage, prefs, screen);
        StartupProbe.installIfRequested(stage, vm.article().articleProperty(), vm.phaseProperty());
        stage.show();
        StartupProbe.mark("stage-shown");
    }

    /** The workbench's views: the theme, its stylesheet and the controls (after the first frame when it can). */
    private void buildWorkbench(Stage stage) {
        FactDeskTheme.applyInitial(config.dark(), prefs);
        StartupProbe.mark("theme");
        view = new MainView(vm, stage);
        view.setPreferences(prefs);
        view.setOnFatal(Platform::exit);
        StartupProbe.mark("view-built");
    }

    /**
     * Stores the article shown once the workspace is open, as the next start's preview of that workspace (off the
     * FX thread); {@code stored} is what the preview file held at start.
     */
    private void keepPreview(Article stored) {
        previewOnDisk = stored;
        previewQueued = stored;
        Runnable keep = () -> {
            Article now = shownOnceOpen();
            if (now == null || now.equals(previewQueued)) {
                return;
            }
            previewQueued = now;
            Path dataDir = vm.workspaceDir();
            vm.executor().run(() -> {
                ArticlePreview.writeQuietly(dataDir, now);
                previewOnDisk = now;
                return now;
            }, written -> { }, failed -> { });
        };
        // Both: the open workspace may show the very article of the preview (no change of article then).
        vm.article().articleProperty().addListener((o, was, now) -> keep.run());
        vm.phaseProperty().addListener((o, was, now) -> keep.run());
    }

    /** The article shown, once the workspace is open (null before, or without an article). */
    private Article shownOnceOpen() {
        return vm.phaseProperty().get() == MainViewModel.Phase.READY ? vm.article().articleProperty().get() : null;
    }

    private static double orDefault(double v, double fallback) {
        return Double.isNaN(v) ? fallback : v;
    }

    @Override
    public void stop() {
        handoffDir = null;
        if (handoff != null) {
            handoff.close();
            handoff = null;
        }
        Article shown = vm == null ? null : shownOnceOpen();
        if (shown != null && !shown.equals(previewOnDisk) && vm.workspaceDir() != null) { // its write may not have run yet
            ArticlePreview.writeQuietly(vm.workspaceDir(), shown);
        }
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
