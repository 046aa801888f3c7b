package org.factdesk.ui;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.factdesk.model.VerdictChange;
import org.factdesk.ui.article.ArticleView;
import org.factdesk.ui.claims.ClaimListView;
import org.factdesk.ui.evidence.EvidenceView;
import org.factdesk.ui.verdict.VerdictView;

/**
 * The main window: menus ({@link MainMenus}), article | claims | evidence and verdict, status bar ({@link StatusBar});
 * keyboard-first. The dialogs live in {@link WorkbenchDialogs} and {@link NotifierDialogs}, claim shaping's side of
 * the view in {@link ClaimShapingActions}.
 */
public final class MainView {
    private final MainViewModel vm;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final ArticleView articleView;
    private final ClaimListView claimListView;
    private final EvidenceView evidenceView;
    private final VerdictView verdictView;
    private final SplitPane mainSplit;
    private final SplitPane rightSplit;
    private final WorkbenchDialogs dialogs;
    private final NotifierDialogs notices;
    private final ClaimShapingActions shaping;
    private UiPreferences prefs = UiPreferences.load(null);
    private RecentFiles recent = new RecentFiles(prefs);

    public MainView(MainViewModel vm, Stage stage) {
        this.vm = vm;
        this.stage = stage;
        notices = new NotifierDialogs(vm, stage);
        vm.setNotifier(notices);
        vm.opening().setOnFileOpened(f -> recent.add(f));
        dialogs = new WorkbenchDialogs(vm, stage, this::applyFontSize);
        articleView = new ArticleView(vm.article(), dialogs::openFileDialog, dialogs::pasteDialog);
        articleView.setOpeningMessage("Opening workspace…");
        articleView.setWelcomeActions(() -> dialogs.importDialog(false), () -> vm.switchWorkspace(true));
        claimListView = new ClaimListView(vm.claims());
        evidenceView = new EvidenceView(vm.evidence(), vm.review()::attach, vm.review()::openSource, vm.review()::searchArchive,
                vm.review()::clearArchiveSearch);
        verdictView = new VerdictView(vm.verdict(), new VerdictView.HistoryActions() {
            @Override
            public void undo() {
                vm.review().undo();
            }

            @Override
            public void redo() {
                vm.review().redo();
            }

            @Override
            public void revertTo(VerdictChange change) {
                vm.review().revertTo(change);
            }
        });
        shaping = new ClaimShapingActions(vm, stage, articleView, claimListView);
        articleView.textArea().setContextMenu(shaping.articleMenu());
        claimListView.list().setContextMenu(shaping.claimMenu());

        SplitPane right = new SplitPane(evidenceView, verdictView);
        rightSplit = right;
        right.setOrientation(Orientation.VERTICAL);
        right.getStyleClass().add("right-split");
        right.setDividerPositions(0.52);
        SplitPane main = new SplitPane(articleView, claimListView, right);
        mainSplit = main;
        main.setId("mainSplit");
        main.getStyleClass().add("main-split");
        main.setDividerPositions(0.40, 0.66);
        SplitPane.setResizableWithParent(claimListView, false);

        MainMenus menus = new MainMenus(vm, stage, dialogs, notices, shaping, claimListView, evidenceView, verdictView,
                () -> recent);
        root.setTop(new javafx.scene.layout.VBox(menus.menuBar(), StatusBar.deskBanner(vm),
                org.factdesk.ui.dialogs.ConnectArchiveDialog.banner(vm.archiveConnection()),
                AlsoReviewing.label(vm.alsoReviewingProperty())));
        root.setCenter(main);
        ArticleDrop.install(root, f -> vm.opening().openFile(f.toPath()), vm.opening()::openUrl,
                text -> vm.opening().openText(text, "", "", null, ""));
        root.setBottom(StatusBar.of(vm));
        vm.article().articleProperty().addListener((o, was, now) -> applyScriptFont(now));
        applyScriptFont(vm.article().articleProperty().get());
        vm.phaseProperty().addListener((o, was, now) -> {
            if (now != MainViewModel.Phase.OPENING) {
                articleView.setOpeningMessage("Finding claims…");
            }
            if (now == MainViewModel.Phase.READY) {
                claimListView.list().requestFocus();
            }
        });
    }

    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        style(scene);
        return scene;
    }

    /** Puts the workbench into a window's scene in place of its first frame ({@link FirstFrame}). */
    public void showIn(Scene scene) {
        scene.setRoot(root);
        style(scene);
    }

    private void style(Scene scene) {
        scene.getStylesheets().add(FactDeskTheme.stylesheet());
        FactDeskTheme.follow(root);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::bareKeys);
    }

    /** The reviewer's preferences: font size now, dividers once shown, and the Preferences dialog. */
    public void setPreferences(UiPreferences prefs) {
        this.prefs = prefs;
        this.recent = new RecentFiles(prefs);
        dialogs.setPreferences(prefs);
        applyFontSize(prefs.fontSize());
    }

    /** File > Open Recent's list (tests look at it). */
    RecentFiles recentFiles() {
        return recent;
    }

    public void restoreDividers() {
        WindowLayout.restoreDividers("main", mainSplit, prefs);
        WindowLayout.restoreDividers("right", rightSplit, prefs);
    }

    /** Puts the window geometry and dividers into the preferences (the caller saves them). */
    public void rememberLayout() {
        WindowLayout.remember(stage, prefs);
        WindowLayout.rememberDividers("main", mainSplit, prefs);
        WindowLayout.rememberDividers("right", rightSplit, prefs);
    }

    /**
     * An article in Chinese, Japanese or Korean is shown in the CJK font FactDesk ships (on the whole window, so its
     * claims and title too): JavaFX fixes a font's fallbacks when it first draws text, so a font loaded afterwards
     * serves only where it is named. Latin letters, which that font lacks, still come from the system's fonts.
     */
    private void applyScriptFont(org.factdesk.model.Article article) {
        root.setStyle("");
        if (article != null && BundledFonts.needsCjk(article.title() + "\n" + article.text())) {
            BundledFonts.whenRegistered(() -> {
                if (article.equals(vm.article().articleProperty().get())) { // still the article shown
                    root.setStyle("-fx-font-family: \"" + BundledFonts.CJK_FAMILY + "\";");
                }
            });
        }
    }

    private void applyFontSize(double size) {
        articleView.textArea().setStyle("-fx-font-size: " + size + "px;");
    }

    public void setOnFatal(Runnable onFatal) {
        notices.setOnFatal(onFatal);
    }

    /** Headless UI tests choose where a report is saved (Monocle cannot show the native dialog). */
    void setSaveChooser(WorkbenchDialogs.SaveChooser chooser) {
        dialogs.setSaveChooser(chooser);
    }

    static String safeName(String title) {
        return WorkbenchDialogs.safeName(title);
    }

    void about() {
        dialogs.about();
    }

    void libraryWindow() {
        dialogs.libraryWindow();
    }

    void restoreBackupDialog() {
        notices.restoreBackupDialog();
    }

    /** J/K move through claims unless the reviewer is typing; Esc leaves the rationale or the filter for the list. */
    private void bareKeys(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return;
        }
        Node focus = stage.getScene() == null ? null : stage.getScene().getFocusOwner();
        if (e.getCode() == KeyCode.ESCAPE && (focus == verdictView.rationaleArea()
                || focus == claimListView.lookup("#claimFilter"))) {
            // Done typing: the note is saved and J/K walk the claims again.
            vm.verdict().commitRationale();
            claimListView.list().requestFocus();
            e.consume();
            return;
        }
        if (focus instanceof TextInputControl) {
            return;
        }
        if (e.getCode() == KeyCode.F2) {
            // Before the list sees it: a ListView takes F2 for in-place editing.
            shaping.rewordSelected();
            e.consume();
        } else if (e.getCode() == KeyCode.J) {
            vm.next();
            e.consume();
        } else if (e.getCode() == KeyCode.K) {
            vm.previous();
            e.consume();
        }
    }
}
