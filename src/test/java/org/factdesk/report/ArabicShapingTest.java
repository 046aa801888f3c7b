package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class ArabicShapingTest {
    @Test
    void lettersTakeTheirJoinedFormsByTheirNeighbours() {
        // seen (initial) alef (final) reh (isolated: alef does not join forward) yeh (initial) teh marbuta (final)
        assertThat(ArabicShaping.shape("سارية")).isEqualTo("\uFEB3\uFE8E\uFEAD\uFEF3\uFE94");
        // beh alone, then beh-beh-beh: initial, medial, final
        assertThat(ArabicShaping.shape("ب ببب")).isEqualTo("\uFE8F \uFE91\uFE92\uFE90");
    }

    @Test
    void lamAlefBecomesOneLigatureAndMarksDoNotBreakAJoin() {
        assertThat(ArabicShaping.shape("لا")).isEqualTo("\uFEFB");
        assertThat(ArabicShaping.shape("سلام")).isEqualTo("\uFEB3\uFEFC\uFEE1");
        // a fatha between two behs keeps them joined
        assertThat(ArabicShaping.shape("بَب")).isEqualTo("\uFE91\u064E\uFE90");
    }

    @Test
    void shapedTextMeansTheSameAfterCompatibilityNormalisation() {
        String text = "قال الوزير إن المعاهدة سارية";
        assertThat(Normalizer.normalize(ArabicShaping.shape(text), Normalizer.Form.NFKC)).isEqualTo(text);
        assertThat(ArabicShaping.shape("Latin, Кириллица, 최선희")).isEqualTo("Latin, Кириллица, 최선희");
    }

    @Test
    void aRightToLeftRunKeepsNumbersInReadingOrder() {
        assertThat(new PdfBidi().reorderRTLTextToLTR("אב 2024 (ג)")).isEqualTo("(ג) 2024 בא");
    }
}
