package org.factdesk.ui;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import org.factdesk.store.BackupInfo;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.factdesk.archive.ImportReport;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.VerdictChange;
import org.factdesk.model.Evidence;
import org.factdesk.model.EvidenceRole;
import org.factdesk.model.VerdictStatus;
import org.factdesk.report.ReportFormat;
import org.factdesk.ui.article.ArticleView;
import org.factdesk.ui.claims.ClaimListView;
import org.factdesk.ui.dialogs.ArticleFormDialog;
import org.factdesk.ui.dialogs.ClaimDialogs;
import org.factdesk.ui.dialogs.ExportRangeDialog;
import org.factdesk.ui.library.LibraryViewModel;
import org.factdesk.ui.library.LibraryWindow;
import org.factdesk.ui.dialogs.PreferencesDialog;
import org.factdesk.ui.dialogs.PublishDialog;
import org.factdesk.ui.dialogs.ArticleFormViewModel;
import org.factdesk.ui.dialogs.ImportReportDialog;
import org.factdesk.ui.dialogs.ShortcutsDialog;
import org.factdesk.ui.dialogs.UrlDialog;
import org.factdesk.ui.dialogs.SourceArticleWindow;
import org.factdesk.ui.evidence.EvidenceView;
import org.factdesk.ui.verdict.VerdictView;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The main window: menus, article | claims | evidence and verdict, status bar; keyboard-first. */
public final class MainView implements MainViewModel.Notifier {
    private final MainViewModel vm;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final ArticleView articleView;
    private final ClaimListView claimListView;
    private final EvidenceView evidenceView;
    private final VerdictView verdictView;
    private final SplitPane mainSplit;
    private final SplitPane rightSplit;
    private UiPreferences prefs = UiPreferences.load(null);
    private RecentFiles recent = new RecentFiles(prefs);
    private Runnable onFatal = () -> { };
    private File lastFolder;

    public MainView(MainViewModel vm, Stage stage) {
        this.vm = vm;
        this.stage = stage;
        vm.setNotifier(this);
        vm.setOnFileOpened(f -> recent.add(f));
        articleView = new ArticleView(vm.article(), this::openFileDialog, this::pasteDialog);
        articleView.setOpeningMessage("Opening workspace…");
        articleView.setWelcomeActions(() -> importDialog(false), () -> vm.switchWorkspace(true));
        claimListView = new ClaimListView(vm.claims());
        evidenceView = new EvidenceView(vm.evidence(), vm.review()::attach, vm::openSource, vm::searchArchive,
                vm::clearArchiveSearch);
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
        articleView.textArea().setContextMenu(articleMenu());
        claimListView.list().setContextMenu(claimMenu());

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

        root.setTop(new javafx.scene.layout.VBox(menuBar(), deskBanner()));
        root.setCenter(main);
        ArticleDrop.install(root, f -> vm.openFile(f.toPath()), vm::openUrl,
                text -> vm.openText(text, "", "", null, ""));
        root.setBottom(statusBar());
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

    private void applyFontSize(double size) {
        articleView.textArea().setStyle("-fx-font-size: " + size + "px;");
    }

    private void exportRangeDialog() {
        vm.transfer().loadReportSettings((org, url) -> ExportRangeDialog.show(stage, org, url, lastFolder == null ? null : lastFolder.toPath())
                .ifPresent(r -> {
                    if (r.out().getParent() != null) {
                        lastFolder = r.out().getParent().toFile();
                    }
                    vm.transfer().exportRange(r.from(), r.to(), r.format(), r.organisation(), r.publicationUrl(), r.out());
                }));
    }

    void libraryWindow() {
        LibraryViewModel library = new LibraryViewModel();
        vm.loadLibrary(list -> {
            library.show(list);
            LibraryWindow.show(stage, library, s -> vm.openStored(s.article().id()), FactDeskTheme.stylesheet(),
                    FactDeskTheme::follow);
        });
    }

    private void preferencesDialog() {
        PreferencesDialog.Choice current = new PreferencesDialog.Choice(prefs.reviewer(), prefs.dataDir().orElse(null),
                FactDeskTheme.darkProperty().get(), prefs.fontSize());
        PreferencesDialog.show(stage, current, vm.userDataDir(), prefs.file()).ifPresent(c -> {
            prefs.setReviewer(c.reviewer());
            prefs.setDataDir(c.dataDir());
            prefs.setFontSize(c.fontSize());
            vm.verdict().reviewerProperty().set(prefs.reviewer());
            applyFontSize(prefs.fontSize());
            FactDeskTheme.darkProperty().set(c.dark());
            FactDeskTheme.remember();
            boolean saved = prefs.save();
            boolean moved = !java.util.Objects.equals(current.dataDir(), c.dataDir());
            vm.noticeProperty().set(!saved ? "Preferences apply now but could not be saved to " + prefs.file() + "."
                    : moved ? "Preferences saved; the new data folder is used from the next start."
                    : "Preferences saved.");
        });
    }

    public void setOnFatal(Runnable onFatal) {
        this.onFatal = onFatal;
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
            rewordSelected();
            e.consume();
        } else if (e.getCode() == KeyCode.J) {
            vm.next();
            e.consume();
        } else if (e.getCode() == KeyCode.K) {
            vm.previous();
            e.consume();
        }
    }

    private MenuBar menuBar() {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("Open article…", "Shortcut+O", this::openFileDialog),
                RecentMenu.create(() -> recent, vm::openFile, vm.noticeProperty()::set),
                item("Paste article…", "Shortcut+Shift+V", this::pasteDialog),
                item("Open web address…", "Shortcut+Shift+O", this::openUrlDialog),
                item("Edit article details…", "Shortcut+D", this::metadataDialog),
                item("Article library…", "Shortcut+L", this::libraryWindow),
                new SeparatorMenuItem(),
                item("Import into archive (file)…", "Shortcut+I", () -> importDialog(false)),
                item("Import into archive (folder)…", null, () -> importDialog(true)),
                item("Import earlier fact-checks (ClaimReview)…", null, this::importClaimReviewDialog),
                item("Export report…", "Shortcut+Shift+E", this::exportDialog),
                item("Export reviews in a date range…", "Shortcut+Alt+E", this::exportRangeDialog),
                new SeparatorMenuItem(),
                workspaceItem(),
                removeSamplesItem(),
                item("Restore backup…", null, this::restoreBackupDialog),
                new SeparatorMenuItem(),
                item("Connect to team desk…", null, this::connectTeamDeskDialog),
                item("Back to the local desk", null, () -> {
                    if (vm.onTeamDesk()) {
                        vm.disconnectTeamDesk();
                    }
                }),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", stage::close));
        Menu review = new Menu("_Review");
        review.getItems().addAll(
                item("Next claim", "Alt+Down", vm::next),
                item("Previous claim", "Alt+Up", vm::previous),
                new SeparatorMenuItem());
        VerdictStatus[] order = {VerdictStatus.VERIFIED, VerdictStatus.DISPUTED, VerdictStatus.FALSE,
                VerdictStatus.MISLEADING, VerdictStatus.UNVERIFIABLE, VerdictStatus.UNREVIEWED};
        for (VerdictStatus s : order) {
            MenuItem mi = item("Mark " + s.label(), "Shortcut+" + VerdictView.shortcutDigit(s), () -> vm.review().setStatus(s));
            mi.setId("menuMark" + s.label());
            review.getItems().add(mi);
        }
        review.getItems().addAll(new SeparatorMenuItem(),
                item("Write rationale", "Shortcut+R", () -> verdictView.rationaleArea().requestFocus()),
                item("Cite passage as supporting", "Shortcut+Shift+S",
                        () -> vm.review().attach(vm.evidence().selectedProperty().get(), EvidenceRole.SUPPORTS)),
                item("Cite passage as contradicting", "Shortcut+Shift+C",
                        () -> vm.review().attach(vm.evidence().selectedProperty().get(), EvidenceRole.CONTRADICTS)),
                item("Go to evidence", "Shortcut+E", () -> {
                    evidenceView.list().requestFocus();
                    if (evidenceView.list().getSelectionModel().isEmpty() && !evidenceView.list().getItems().isEmpty()) {
                        evidenceView.list().getSelectionModel().select(0);
                    }
                }),
                item("Search archive", "Shortcut+K", () -> evidenceView.searchField().requestFocus()),
                item("Filter claims", "Shortcut+F", () -> claimListView.lookup("#claimFilter").requestFocus()),
                new SeparatorMenuItem(),
                item("Undo verdict change", "Shortcut+Z", vm.review()::undo),
                item("Redo verdict change", "Shortcut+Shift+Z", vm.review()::redo));
        Menu claimsMenu = new Menu("_Claims");
        CheckMenuItem showDismissed = new CheckMenuItem("Show dismissed claims");
        showDismissed.selectedProperty().bindBidirectional(vm.claims().showDismissedProperty());
        claimsMenu.getItems().addAll(
                item("Add claim from selection…", "Shortcut+Shift+A", this::addClaimFromSelection),
                item("Edit wording…", "F2", this::rewordSelected),
                item("Split claim…", "Shortcut+Shift+X", this::splitSelected),
                item("Merge selected claims", "Shortcut+Shift+M", this::mergeSelected),
                item("Dismiss / restore claim", "Shortcut+Delete", this::dismissOrRestoreSelected),
                showDismissed,
                new SeparatorMenuItem(),
                item("Find claims again", "F5", vm.shaping()::reextract));
        Menu view = new Menu("_View");
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("menuDarkTheme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(FactDeskTheme.darkProperty());
        dark.setOnAction(e -> FactDeskTheme.remember());
        view.getItems().addAll(dark, new SeparatorMenuItem(),
                item("Preferences…", "Shortcut+Comma", this::preferencesDialog));
        Menu help = new Menu("_Help");
        help.getItems().addAll(
                item("Keyboard shortcuts", "F1", () -> ShortcutsDialog.show(stage)),
                item("About FactDesk", null, this::about));
        MenuBar bar = new MenuBar(file, review, claimsMenu, view, help);
        bar.setId("menuBar");
        return bar;
    }

    /** "Open demo workspace", or in the demo "Back to my workspace": the demo is a workspace of its own. */
    private MenuItem workspaceItem() {
        MenuItem mi = item("Open demo workspace", null, () -> vm.switchWorkspace(!vm.demoWorkspaceProperty().get()));
        mi.setId("menuDemoWorkspace");
        mi.textProperty().bind(vm.demoWorkspaceProperty().map(d -> d ? "Back to my workspace" : "Open demo workspace"));
        return mi;
    }

    /** For a workspace that received the demo's sample articles before the demo had a workspace of its own. */
    private MenuItem removeSamplesItem() {
        MenuItem mi = item("Remove sample data from this workspace…", null, this::confirmRemoveSamples);
        mi.setId("menuRemoveSamples");
        mi.visibleProperty().bind(vm.hasSampleDataProperty());
        return mi;
    }

    private void confirmRemoveSamples() {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "The demo's 44 sample articles (fictional outlets, written for "
                + "the demo) leave this workspace's archive, and the demo article leaves the library unless you recorded "
                + "a verdict on it. Your own articles are not touched; the demo workspace keeps its copy.",
                ButtonType.OK, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setTitle("Remove sample data");
        ask.setHeaderText("Remove the demo's sample data from this workspace?");
        ask.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.removeSampleData());
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem mi = new MenuItem(text);
        if (accelerator != null) {
            mi.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        mi.setOnAction(e -> action.run());
        return mi;
    }

    private HBox statusBar() {
        Label workspace = new Label();
        workspace.setId("statusWorkspace");
        workspace.textProperty().bind(vm.workspaceTextProperty().map(s -> s.isEmpty() ? "" : "Workspace: " + s));
        workspace.setMinWidth(0);
        Label archive = new Label();
        archive.setId("statusArchive");
        archive.textProperty().bind(vm.archiveTextProperty());
        archive.setMinWidth(Region.USE_PREF_SIZE);
        Label reviewed = new Label();
        reviewed.setId("statusReviewed");
        reviewed.textProperty().bind(vm.claims().progressText("claims "));
        reviewed.setMinWidth(Region.USE_PREF_SIZE);
        Label notice = new Label();
        notice.setId("statusNotice");
        notice.textProperty().bind(vm.noticeProperty());
        notice.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        UiExecutor ex = vm.executor();
        Label task = new Label();
        task.setId("taskMessage");
        task.textProperty().bind(ex.messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("taskProgress");
        progress.progressProperty().bind(ex.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelTask");
        cancel.getStyleClass().addAll("small", "flat");
        cancel.setOnAction(e -> vm.cancelTask());
        for (Node n : new Node[]{task, progress, cancel}) {
            n.visibleProperty().bind(ex.busyProperty());
            n.managedProperty().bind(ex.busyProperty());
        }
        notice.visibleProperty().bind(ex.busyProperty().not());
        HBox bar = new HBox(workspace, archive, reviewed, notice, spacer, task, progress, cancel);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void openFileDialog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open article");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles (*.html, *.md, *.txt, *.pdf)", "*.html", "*.htm", "*.xhtml",
                        "*.md", "*.markdown", "*.txt", "*.pdf"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (lastFolder != null) {
            chooser.setInitialDirectory(lastFolder);
        }
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            lastFolder = f.getParentFile();
            vm.openFile(f.toPath());
        }
    }

    private void openUrlDialog() {
        Clipboard cb = Clipboard.getSystemClipboard();
        String suggested = cb.hasString() && ArticleDrop.isWebAddress(cb.getString()) ? cb.getString().strip() : "";
        UrlDialog.ask(stage, suggested).ifPresent(vm::openUrl);
    }

    private void pasteDialog() {
        ArticleFormViewModel form = new ArticleFormViewModel();
        Clipboard cb = Clipboard.getSystemClipboard();
        if (cb.hasString() && (cb.getString().strip().length() > 200 || ArticleDrop.isWebAddress(cb.getString()))) {
            form.textProperty().set(cb.getString());
        }
        new ArticleFormDialog(stage, form, "Paste article", "Open").showAndWait().ifPresent(f ->
                vm.openText(f.textProperty().get(), f.titleProperty().get().strip(), f.sourceProperty().get().strip(),
                        f.publishedDate(), f.urlProperty().get().strip()));
    }

    private void metadataDialog() {
        vm.currentArticle().ifPresent(a -> {
            ArticleFormViewModel form = ArticleFormViewModel.forMetadata(a);
            new ArticleFormDialog(stage, form, "Article details", "Save").showAndWait()
                    .ifPresent(f -> vm.saveMetadata(f.applyTo(a)));
        });
    }

    private void importDialog(boolean folder) {
        File chosen;
        if (folder) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Import a folder of articles (.txt, .md, .html)");
            chosen = chooser.showDialog(stage);
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import prior articles");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("JSON Lines (*.jsonl)", "*.jsonl", "*.json", "*.ndjson"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            chosen = chooser.showOpenDialog(stage);
        }
        if (chosen != null) {
            vm.transfer().importArchive(chosen.toPath());
        }
    }

    private void importClaimReviewDialog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import earlier fact-checks (schema.org ClaimReview)");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("ClaimReview (*.json, *.jsonld, *.jsonl, *.html)", "*.json", "*.jsonld",
                        "*.jsonl", "*.ndjson", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            vm.transfer().importClaimReviews(chosen.toPath());
        }
    }

    /** Asks where to save a file; null when the reviewer cancels. */
    @FunctionalInterface
    interface SaveChooser {
        File choose(Stage owner, String title, String initialName, String filterLabel, String extension, File folder);
    }

    /**
     * The native save dialog. Headless UI tests put their own chooser in (Monocle cannot show the native
     * one); everything after the choice is the same code path.
     */
    private SaveChooser saveChooser = (owner, title, initialName, filterLabel, ext, folder) -> {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterLabel, "*." + ext));
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        return chooser.showSaveDialog(owner);
    };

    void setSaveChooser(SaveChooser chooser) {
        this.saveChooser = chooser;
    }

    private void exportDialog() {
        Article a = vm.currentArticle().orElse(null);
        if (a == null) {
            problem("No article to report on", new IllegalStateException("Open an article first."), "");
            return;
        }
        List<FormatChoice> choices = Arrays.stream(ReportFormat.values()).map(FormatChoice::new).toList();
        ChoiceDialog<FormatChoice> pick = new ChoiceDialog<>(choices.getFirst(), choices);
        pick.getDialogPane().setId("exportDialog");
        pick.initOwner(stage);
        pick.setTitle("Export report");
        pick.setHeaderText("Export the review of “" + a.displayTitle() + "”");
        pick.setContentText("Format:");
        pick.showAndWait().map(FormatChoice::format).ifPresent(format -> vm.transfer().loadReportSettings((org, url) -> {
            // ClaimReview needs who publishes and where; the other formats name the remembered organisation.
            Optional<PublishDialog.Publishing> publishing = format == ReportFormat.CLAIMREVIEW
                    ? PublishDialog.show(stage, org, url) : Optional.of(new PublishDialog.Publishing(org, url));
            publishing.ifPresent(p -> {
                String ext = format.fileExtension();
                File out = saveChooser.choose(stage, "Save " + format + " report", safeName(a.displayTitle()) + "." + ext,
                        format + " (*." + ext + ")", ext, lastFolder);
                if (out != null) {
                    lastFolder = out.getParentFile();
                    vm.transfer().exportReport(format, out.toPath(), p.organisation(), p.publicationUrl(),
                            format == ReportFormat.CLAIMREVIEW);
                }
            });
        }));
    }

    // ---- shaping claims ----

    private ContextMenu articleMenu() {
        MenuItem add = item("Add claim from selection…", "Shortcut+Shift+A", this::addClaimFromSelection);
        add.setId("menuAddClaim");
        ContextMenu menu = new ContextMenu(add,
                item("Split selected claim here", "Shortcut+Shift+X", this::splitSelected),
                item("Edit wording of selected claim…", "F2", this::rewordSelected),
                new SeparatorMenuItem(),
                item("Copy", null, () -> articleView.textArea().copy()));
        menu.setOnShowing(e -> add.setDisable(articleView.textArea().getSelection().getLength() == 0));
        return menu;
    }

    private ContextMenu claimMenu() {
        MenuItem dismiss = item("Dismiss as not check-worthy", "Shortcut+Delete", this::dismissOrRestoreSelected);
        MenuItem merge = item("Merge with next claim", "Shortcut+Shift+M", this::mergeSelected);
        ContextMenu menu = new ContextMenu(
                item("Edit wording…", "F2", this::rewordSelected),
                item("Split claim…", "Shortcut+Shift+X", this::splitSelected),
                merge, dismiss,
                new SeparatorMenuItem(),
                item("Find claims again", "F5", vm.shaping()::reextract));
        menu.setOnShowing(e -> {
            boolean restoring = vm.claims().showDismissedProperty().get();
            dismiss.setText(restoring ? "Restore claim" : "Dismiss as not check-worthy");
            merge.setText(claimListView.selectedClaims().size() == 2 ? "Merge the two selected claims" : "Merge with next claim");
        });
        return menu;
    }

    private Claim selectedClaim() {
        Claim c = vm.claims().selectedProperty().get();
        if (c == null) {
            vm.noticeProperty().set("Select a claim first.");
        }
        return c;
    }

    private void addClaimFromSelection() {
        Article a = vm.currentArticle().orElse(null);
        IndexRange sel = articleView.textArea().getSelection();
        if (a == null || sel.getLength() == 0) {
            vm.noticeProperty().set("Select the words of the claim in the article first (Ctrl+Shift+A then adds it).");
            return;
        }
        String text = a.text().substring(sel.getStart(), Math.min(sel.getEnd(), a.text().length()));
        ClaimDialogs.askKind(stage, text).ifPresent(kind -> vm.shaping().addClaim(sel.getStart(), sel.getEnd(), kind));
    }

    private void rewordSelected() {
        Claim c = selectedClaim();
        Article a = vm.currentArticle().orElse(null);
        if (c == null || a == null) {
            return;
        }
        ClaimDialogs.askWording(stage, c.text(), spanText(a, c)).ifPresent(w -> vm.shaping().rewordClaim(c, w));
    }

    /** Splits at the caret in the article when it lies inside the claim; otherwise asks where. */
    private void splitSelected() {
        Claim c = selectedClaim();
        Article a = vm.currentArticle().orElse(null);
        if (c == null || a == null) {
            return;
        }
        int caret = articleView.textArea().getCaretPosition();
        if (caret > c.start() && caret < c.end() && articleView.textArea().getSelection().getLength() == 0
                && articleView.textArea().isFocused()) {
            vm.shaping().splitClaim(c, caret);
            return;
        }
        ClaimDialogs.askSplitPoint(stage, spanText(a, c)).ifPresent(at -> vm.shaping().splitClaim(c, c.start() + at));
    }

    private void mergeSelected() {
        List<Claim> chosen = claimListView.selectedClaims();
        if (chosen.size() == 2) {
            vm.shaping().mergeClaims(chosen.get(0), chosen.get(1));
            return;
        }
        Claim c = selectedClaim();
        if (c == null) {
            return;
        }
        List<Claim> inOrder = vm.claims().all().stream().sorted(java.util.Comparator.comparingInt(Claim::start)).toList();
        int i = inOrder.indexOf(c);
        if (chosen.size() > 2 || i < 0 || i + 1 >= inOrder.size()) {
            vm.noticeProperty().set("Select two adjacent claims (Shift+click) to merge them.");
            return;
        }
        vm.shaping().mergeClaims(c, inOrder.get(i + 1));
    }

    private void dismissOrRestoreSelected() {
        Claim c = selectedClaim();
        if (c == null) {
            return;
        }
        if (vm.claims().isDismissed(c)) {
            vm.shaping().restoreClaim(c);
        } else {
            vm.shaping().dismissClaim(c);
        }
    }

    private static String spanText(Article a, Claim c) {
        int s = Math.max(0, Math.min(c.start(), a.text().length()));
        int e = Math.max(s, Math.min(c.end(), a.text().length()));
        return a.text().substring(s, e);
    }

    /** A format as the reviewer reads it in the export dialog. */
    private record FormatChoice(ReportFormat format) {
        @Override
        public String toString() {
            return format.label();
        }
    }

    static String safeName(String title) {
        String s = title.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "").toLowerCase(java.util.Locale.ROOT);
        return s.isEmpty() ? "factdesk-report" : s.length() > 60 ? s.substring(0, 60) : s;
    }

    void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle("About FactDesk");
        alert.setHeaderText("FactDesk " + org.factdesk.app.AppVersion.text() + " — a desktop fact-checking workbench");
        alert.setContentText("Find the check-worthy claims in an article, weigh them against your own archive "
                + "of prior reporting, record verdicts with their evidence, and publish the review.\n\n"
                + "Version: " + org.factdesk.app.AppVersion.text() + " (Java " + Runtime.version().feature() + ", JavaFX "
                + System.getProperty("javafx.runtime.version", "?") + ")\n"
                + "Workspace: " + vm.workspaceTextProperty().get() + "\n"
                + "Log and crash reports: " + org.factdesk.app.AppLog.folder());
        alert.getDialogPane().setId("aboutDialog");
        alert.show();
    }

    // ---- the team desk ----

    /** A banner under the menus while the team desk server cannot be reached (edits stay, and are saved later). */
    private Label deskBanner() {
        Label banner = new Label();
        banner.setId("deskBanner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setStyle("-fx-background-color: #fff3cd; -fx-text-fill: #664d03; -fx-padding: 6 10 6 10;");
        banner.textProperty().bind(vm.review().deskBannerProperty());
        banner.visibleProperty().bind(vm.review().deskBannerProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** File > Connect to team desk: the address and the password (never stored by FactDesk). */
    private void connectTeamDeskDialog() {
        javafx.scene.control.Dialog<ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle("Connect to team desk");
        dialog.setHeaderText("Keep the reviews on your newsroom's PostgreSQL server, shared with your colleagues.");
        javafx.scene.control.TextField url = new javafx.scene.control.TextField();
        url.setId("deskUrl");
        url.setPromptText("postgresql://you@desk.example.org:5432/factdesk");
        url.setPrefColumnCount(36);
        javafx.scene.control.PasswordField password = new javafx.scene.control.PasswordField();
        password.setId("deskPassword");
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Address"), url);
        grid.addRow(1, new Label("Password"), password);
        Label hint = new Label("Add ?sslmode=verify-full to require the server's verified certificate.");
        hint.setWrapText(true);
        grid.add(hint, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType connect = new ButtonType("Connect", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, ButtonType.CANCEL);
        javafx.application.Platform.runLater(url::requestFocus);
        dialog.showAndWait().filter(b -> b == connect).ifPresent(b -> {
            char[] pw = password.getText().toCharArray();
            password.clear();
            vm.connectTeamDesk(url.getText(), pw);
            java.util.Arrays.fill(pw, '\0');
        });
    }

    @Override
    public void conflict(org.factdesk.store.VerdictConflictException e, java.util.function.Consumer<Boolean> keepMine) {
        ButtonType mine = new ButtonType("Keep mine", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType theirs = new ButtonType("Keep theirs", javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", mine, theirs);
        alert.initOwner(stage);
        alert.setTitle("FactDesk");
        alert.setHeaderText("A colleague changed this verdict after you opened it");
        Label body = new Label(e.getMessage());
        body.setWrapText(true);
        body.setMaxWidth(560);
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().setId("conflictDialog");
        alert.showAndWait().ifPresentOrElse(b -> keepMine.accept(b == mine), () -> keepMine.accept(false));
    }

    // ---- Notifier ----

    @Override
    public void problem(String what, Throwable cause, String whatToDo) {
        Problems.show(stage, what, cause, whatToDo);
    }

    @Override
    public void fatal(String what, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.CLOSE);
        alert.initOwner(stage);
        alert.setTitle("FactDesk");
        alert.setHeaderText(what);
        Label body = new Label(message);
        body.setWrapText(true);
        body.setMaxWidth(520);
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().setPrefWidth(560); // a known width, so the dialog is centred on the window
        alert.getDialogPane().setId("fatalDialog");
        alert.setOnHidden(e -> onFatal.run());
        alert.show();
    }

    @Override
    public void restorable(String what, String message, Path backup) {
        ButtonType restore = new ButtonType("Restore this backup", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", restore, ButtonType.CLOSE);
        alert.initOwner(stage);
        alert.setTitle("FactDesk");
        alert.setHeaderText(what);
        Label body = new Label(message);
        body.setWrapText(true);
        body.setMaxWidth(520);
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().setPrefWidth(560);
        alert.getDialogPane().setId("restorableDialog");
        alert.showAndWait().filter(restore::equals).ifPresentOrElse(b -> vm.restoreBackup(backup), onFatal);
    }

    /** File > Restore backup: the good backups, newest first; the one chosen replaces the database (kept beside it). */
    void restoreBackupDialog() {
        vm.loadBackups(all -> {
            List<BackupInfo> good = all.stream().filter(BackupInfo::good).toList();
            if (good.isEmpty()) {
                Problems.show(stage, "No backup to restore", all.isEmpty() ? "FactDesk has not backed up this"
                        + " workspace yet: it backs up the database when it opens and something changed since."
                        : "None of the " + all.size() + " backups passes the check.", null);
                return;
            }
            java.util.Map<String, BackupInfo> byLabel = new java.util.LinkedHashMap<>();
            good.forEach(b -> byLabel.put(b.summary(), b));
            javafx.scene.control.ChoiceDialog<String> choose = new javafx.scene.control.ChoiceDialog<>(
                    byLabel.keySet().iterator().next(), byLabel.keySet());
            choose.initOwner(stage);
            choose.setTitle("Restore backup");
            choose.setHeaderText("Put a backup back in place of the review database");
            choose.setContentText("Backup:");
            choose.getDialogPane().setId("restoreBackupDialog");
            choose.showAndWait().map(byLabel::get).ifPresent(b -> {
                Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "The database now in use is kept beside it"
                        + " (factdesk.db.before-restore-…), so nothing is deleted; changes made since "
                        + b.summary().replaceFirst(",.*", "") + " stay in that file.", ButtonType.OK, ButtonType.CANCEL);
                confirm.initOwner(stage);
                confirm.setHeaderText("Restore the backup " + b.summary() + "?");
                confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> vm.restoreBackup(b.file()));
            });
        });
    }

    @Override
    public void importFinished(ImportReport report, String searchMode) {
        vm.noticeProperty().set(ImportReportDialog.headline(report));
        ImportReportDialog.show(stage, report, searchMode);
    }

    @Override
    public void showSource(Article article, Evidence passage) {
        SourceArticleWindow.show(stage, article, passage.passage(), FactDeskTheme.stylesheet());
    }
}
