package org.factdesk.ui.dialogs;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.factdesk.archive.ImportProblem;
import org.factdesk.archive.ImportReport;

/** What an archive import did: counts, and each problem with its file and line. */
public final class ImportReportDialog {
    private ImportReportDialog() {
    }

    public static String headline(ImportReport r) {
        return (r.cancelled() ? "Import cancelled: " : "Import finished: ")
                + r.added() + " added, " + r.updated() + " updated, " + r.skipped() + " skipped"
                + (r.notCompacted() == null ? "" : " (not compacted)");
    }

    /** @param searchMode how evidence searches now run on the archive, or blank */
    public static void show(Window owner, ImportReport r, String searchMode) {
        Alert alert = new Alert(r.problems().isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING,
                "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Import into archive");
        alert.setHeaderText(headline(r));
        alert.getDialogPane().setContent(content(r, searchMode));
        alert.getDialogPane().setId("importReportDialog");
        alert.show();
    }

    /** The dialog's body: a cancel's consequence, a skipped compaction's, the archive's search, and the problems. */
    static VBox content(ImportReport r, String searchMode) {
        VBox box = new VBox(8);
        if (r.cancelled()) {
            box.getChildren().add(new Label("What was imported before you cancelled stays in the archive."));
        }
        if (!r.compactionNote().isEmpty()) {
            Label note = new Label(r.compactionNote());
            note.setId("compactionNote");
            note.setWrapText(true);
            box.getChildren().add(note);
        }
        if (searchMode != null && !searchMode.isBlank()) {
            Label mode = new Label(searchMode);
            mode.setId("searchMode");
            mode.setWrapText(true);
            box.getChildren().add(mode);
        }
        if (r.problems().isEmpty()) {
            box.getChildren().add(new Label("No problems."));
        } else {
            Label intro = new Label(r.problemCount() + " problem(s)" + (r.unlistedProblems() == 0 ? ""
                    : " (the first " + r.problems().size() + " are listed)") + "; the lines below were skipped or read "
                    + "as noted, everything else was imported:");
            intro.setWrapText(true);
            ListView<ImportProblem> list = new ListView<>();
            list.setId("importProblems");
            list.getItems().setAll(r.problems());
            list.setPrefSize(620, Math.min(320, 40 + 26 * r.problems().size()));
            box.getChildren().addAll(intro, list);
        }
        return box;
    }
}
