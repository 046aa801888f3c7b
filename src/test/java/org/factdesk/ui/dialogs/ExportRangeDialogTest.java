package org.factdesk.ui.dialogs;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ExportRangeDialogTest {
    private static final LocalDate D1 = LocalDate.of(2024, 11, 1);
    private static final LocalDate D2 = LocalDate.of(2024, 11, 30);

    @Test
    void explainsWhatIsMissingOrWrongBeforeExporting() {
        assertThat(ExportRangeDialog.problem(D1, D2, "", "/tmp/r.html")).isEmpty();
        assertThat(ExportRangeDialog.problem(D1, D2, "https://checks.example", "/tmp/r.html")).isEmpty();
        assertThat(ExportRangeDialog.problem(null, D2, "", "/tmp/r.html")).contains("both days");
        assertThat(ExportRangeDialog.problem(D2, D1, "", "/tmp/r.html")).contains("before the start");
        assertThat(ExportRangeDialog.problem(D1, D2, "checks.example", "/tmp/r.html")).contains("https://");
        assertThat(ExportRangeDialog.problem(D1, D2, "", " ")).contains("where to save");
    }
}
