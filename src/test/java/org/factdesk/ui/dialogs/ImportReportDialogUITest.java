package org.factdesk.ui.dialogs;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.factdesk.archive.ImportProblem;
import org.factdesk.archive.ImportReport;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The import report says when a large import left the archive uncompacted, and why. */
class ImportReportDialogUITest {
    @Test
    void anImportLeftUncompactedSaysWhyAndWhatItMeans() throws Exception {
        FxToolkit.registerPrimaryStage();
        ImportReport report = new ImportReport(900, 0, 1,
                List.of(new ImportProblem("feed.jsonl", 7, "malformed JSON; skipped")), false,
                "it needs 3,700 MB free on the archive's disk, which has 1,200 MB");

        VBox content = WaitForAsyncUtils.asyncFx(() -> ImportReportDialog.content(report, "")).get();

        assertThat(ImportReportDialog.headline(report)).isEqualTo(
                "Import finished: 900 added, 0 updated, 1 skipped (not compacted)");
        assertThat(content.lookup("#searchMode")).isNull();
        Label note = (Label) content.lookup("#compactionNote");
        assertThat(note).isNotNull();
        assertThat(note.getText()).isEqualTo("The archive was not compacted (it needs 3,700 MB free on the archive's"
                + " disk, which has 1,200 MB): searches stay slower until the next large import.");
        assertThat(content.lookup("#importProblems")).isNotNull();
    }

    @Test
    void aCompactedImportShowsNoNoteAndSaysHowTheArchiveIsSearched() throws Exception {
        FxToolkit.registerPrimaryStage();
        ImportReport report = new ImportReport(900, 0, 0, List.of(), false);

        String mode = "Evidence searches compare meaning as well as words: 900 of 900 articles are short enough to embed"
                + " (claims, posts, notes).";
        VBox content = WaitForAsyncUtils.asyncFx(() -> ImportReportDialog.content(report, mode)).get();

        assertThat(ImportReportDialog.headline(report)).isEqualTo("Import finished: 900 added, 0 updated, 0 skipped");
        assertThat(((Label) content.lookup("#searchMode")).getText()).isEqualTo(mode);
        assertThat(content.lookup("#compactionNote")).isNull();
        assertThat(content.getChildren()).extracting(n -> n instanceof Label l ? l.getText() : "")
                .contains("No problems.");
    }
}
