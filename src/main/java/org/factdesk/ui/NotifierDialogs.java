package org.factdesk.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.factdesk.archive.ImportReport;
import org.factdesk.model.Article;
import org.factdesk.model.Evidence;
import org.factdesk.store.BackupInfo;
import org.factdesk.ui.dialogs.ImportReportDialog;
import org.factdesk.ui.dialogs.SourceArticleWindow;

import java.nio.file.Path;
import java.util.List;

/** How the window tells the reviewer what the view model reports: problems, a workspace that cannot open, conflicts. */
final class NotifierDialogs implements MainViewModel.Notifier {
    private final MainViewModel vm;
    private final Stage stage;
    private Runnable onFatal = () -> { };

    NotifierDialogs(MainViewModel vm, Stage stage) {
        this.vm = vm;
        this.stage = stage;
    }

    /** What happens once a fatal problem was shown (the application closes). */
    void setOnFatal(Runnable onFatal) {
        this.onFatal = onFatal;
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
        alert.showAndWait().filter(restore::equals).ifPresentOrElse(b -> vm.backups().restore(backup), onFatal);
    }

    /** File > Restore backup: the good backups, newest first; the one chosen replaces the database (kept beside it). */
    void restoreBackupDialog() {
        vm.backups().load(all -> {
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
                confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> vm.backups().restore(b.file()));
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
        SourceArticleWindow.show(stage, article, passage.passage(), FactDeskTheme.stylesheet(), FactDeskTheme::follow);
    }
}
