package org.factdesk.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.factdesk.model.Article;
import org.factdesk.report.ReportFormat;
import org.factdesk.ui.dialogs.ArticleFormDialog;
import org.factdesk.ui.dialogs.ArticleFormViewModel;
import org.factdesk.ui.dialogs.ExportRangeDialog;
import org.factdesk.ui.dialogs.PreferencesDialog;
import org.factdesk.ui.dialogs.PublishDialog;
import org.factdesk.ui.dialogs.UrlDialog;
import org.factdesk.ui.library.LibraryViewModel;
import org.factdesk.ui.library.LibraryWindow;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;

/**
 * The dialogs the menus open: articles in (file, paste, web address), imports, reports out, the library, preferences,
 * the team desk and About. Remembers the folder last used, for the next file dialog.
 */
final class WorkbenchDialogs {
    private final MainViewModel vm;
    private final Stage stage;
    /** Applies a new article font size to the view. */
    private final DoubleConsumer fontSize;
    private UiPreferences prefs = UiPreferences.load(null);
    private File lastFolder;

    WorkbenchDialogs(MainViewModel vm, Stage stage, DoubleConsumer fontSize) {
        this.vm = vm;
        this.stage = stage;
        this.fontSize = fontSize;
    }

    void setPreferences(UiPreferences prefs) {
        this.prefs = prefs;
    }

    void exportRangeDialog() {
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
        vm.opening().loadLibrary(list -> {
            library.show(list);
            LibraryWindow.show(stage, library, s -> vm.opening().openStored(s.article().id()), FactDeskTheme.stylesheet(),
                    FactDeskTheme::follow);
        });
    }

    void preferencesDialog() {
        PreferencesDialog.Choice current = new PreferencesDialog.Choice(prefs.reviewer(), prefs.dataDir().orElse(null),
                FactDeskTheme.darkProperty().get(), prefs.fontSize());
        PreferencesDialog.show(stage, current, vm.userDataDir(), prefs.file()).ifPresent(c -> {
            prefs.setReviewer(c.reviewer());
            prefs.setDataDir(c.dataDir());
            prefs.setFontSize(c.fontSize());
            vm.verdict().reviewerProperty().set(prefs.reviewer());
            fontSize.accept(prefs.fontSize());
            FactDeskTheme.darkProperty().set(c.dark());
            FactDeskTheme.remember();
            boolean saved = prefs.save();
            boolean moved = !java.util.Objects.equals(current.dataDir(), c.dataDir());
            vm.noticeProperty().set(!saved ? "Preferences apply now but could not be saved to " + prefs.file() + "."
                    : moved ? "Preferences saved; the new data folder is used from the next start."
                    : "Preferences saved.");
        });
    }

    void confirmRemoveSamples() {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "The demo's 44 sample articles (fictional outlets, written for "
                + "the demo) leave this workspace's archive, and the demo article leaves the library unless you recorded "
                + "a verdict on it. Your own articles are not touched; the demo workspace keeps its copy.",
                ButtonType.OK, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setTitle("Remove sample data");
        ask.setHeaderText("Remove the demo's sample data from this workspace?");
        ask.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.removeSampleData());
    }

    void openFileDialog() {
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
            vm.opening().openFile(f.toPath());
        }
    }

    void openUrlDialog() {
        Clipboard cb = Clipboard.getSystemClipboard();
        String suggested = cb.hasString() && ArticleDrop.isWebAddress(cb.getString()) ? cb.getString().strip() : "";
        UrlDialog.ask(stage, suggested).ifPresent(vm.opening()::openUrl);
    }

    void pasteDialog() {
        ArticleFormViewModel form = new ArticleFormViewModel();
        Clipboard cb = Clipboard.getSystemClipboard();
        if (cb.hasString() && (cb.getString().strip().length() > 200 || ArticleDrop.isWebAddress(cb.getString()))) {
            form.textProperty().set(cb.getString());
        }
        new ArticleFormDialog(stage, form, "Paste article", "Open").showAndWait().ifPresent(f ->
                vm.opening().openText(f.textProperty().get(), f.titleProperty().get().strip(), f.sourceProperty().get().strip(),
                        f.publishedDate(), f.urlProperty().get().strip()));
    }

    void metadataDialog() {
        vm.currentArticle().ifPresent(a -> {
            ArticleFormViewModel form = ArticleFormViewModel.forMetadata(a);
            new ArticleFormDialog(stage, form, "Article details", "Save").showAndWait()
                    .ifPresent(f -> vm.opening().saveMetadata(f.applyTo(a)));
        });
    }

    void importDialog(boolean folder) {
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

    void importClaimReviewDialog() {
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

    void exportDialog() {
        Article a = vm.currentArticle().orElse(null);
        if (a == null) {
            Problems.show(stage, "No article to report on", new IllegalStateException("Open an article first."), "");
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

    /** File > Connect to team desk: the address and the password (never in a file; in the keyring if asked). */
    void connectTeamDeskDialog() {
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
        password.setPromptText("empty: the one kept in the system keyring");
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Address"), url);
        grid.addRow(1, new Label("Password"), password);
        // offered only where the system has a keyring; kept only once the server accepted the password
        java.util.Optional<org.factdesk.store.OsKeyring> keyring = org.factdesk.store.OsKeyring.find();
        javafx.scene.control.CheckBox keep = new javafx.scene.control.CheckBox(
                "Keep the password in " + keyring.map(org.factdesk.store.OsKeyring::name).orElse("the system keyring"));
        keep.setId("deskKeepPassword");
        keep.setVisible(keyring.isPresent());
        keep.setManaged(keyring.isPresent());
        keep.disableProperty().bind(password.textProperty().isEmpty());
        grid.add(keep, 1, 2);
        Label hint = new Label("Add ?sslmode=verify-full to require the server's verified certificate.");
        hint.setWrapText(true);
        grid.add(hint, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType connect = new ButtonType("Connect", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, ButtonType.CANCEL);
        javafx.application.Platform.runLater(url::requestFocus);
        dialog.showAndWait().filter(b -> b == connect).ifPresent(b -> {
            char[] pw = password.getText().toCharArray();
            password.clear();
            vm.teamDesk().connect(url.getText(), pw, keep.isSelected() ? keyring : java.util.Optional.empty());
            java.util.Arrays.fill(pw, '\0');
        });
    }
}
