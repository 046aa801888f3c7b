package org.factdesk.ui.evidence;

import org.factdesk.model.Span;
import org.factdesk.ui.Samples;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceViewModelTest {
    @Test
    void resultsForAClaimTheReviewerLeftAreIgnored() {
        EvidenceViewModel vm = new EvidenceViewModel();
        vm.loading("c1");
        vm.loading("c2");
        vm.show("c1", List.of(Samples.evidence()));
        assertThat(vm.items()).isEmpty();
        assertThat(vm.stateProperty().get()).isEqualTo(EvidenceViewModel.State.LOADING);
        vm.show("c2", List.of());
        assertThat(vm.stateProperty().get()).isEqualTo(EvidenceViewModel.State.EMPTY);
        assertThat(vm.placeholderProperty().get()).startsWith("No passages in your archive bear on this claim.");
    }

    @Test
    void countSaysWhenNoPassageIsCloseToTheClaimsWording() {
        assertThat(EvidenceViewModel.countText(List.of())).isEmpty();
        assertThat(EvidenceViewModel.countText(List.of(Samples.looseEvidence("a"), Samples.evidence())))
                .isEqualTo("2 passages from your archive");
        assertThat(EvidenceViewModel.countText(List.of(Samples.looseEvidence("a"), Samples.looseEvidence("b"))))
                .isEqualTo("2 passages, none close");
        assertThat(EvidenceViewModel.countText(List.of(Samples.looseEvidence("a"))))
                .isEqualTo("1 passage, none close");
    }

    @Test
    void aListWithNothingCloseSaysSoAndShowsItsPassagesOnlyOnRequest() {
        EvidenceViewModel vm = new EvidenceViewModel();
        vm.loading("c1");
        var far = List.of(Samples.evidence().withRelevance(0.001), Samples.looseEvidence("b").withRelevance(0.0005));
        vm.show("c1", far);
        assertThat(vm.stateProperty().get()).isEqualTo(EvidenceViewModel.State.NOTHING_CLOSE);
        assertThat(vm.items()).isEmpty();
        assertThat(vm.placeholderProperty().get()).startsWith("Nothing close in your archive.").contains("0.00");
        vm.showNearestAnyway();
        assertThat(vm.items()).hasSize(2);
        assertThat(EvidenceViewModel.countText(vm.items())).isEqualTo("2 passages, none close");

        vm.loading("c2");
        vm.show("c2", List.of(Samples.evidence().withRelevance(0.9), Samples.looseEvidence("b").withRelevance(0.2)));
        assertThat(vm.stateProperty().get()).isEqualTo(EvidenceViewModel.State.READY);
        assertThat(EvidenceViewModel.countText(vm.items())).isEqualTo("2 passages from your archive");
    }

    @Test
    void passageRunsMarkTheMatchedWordsAndClipBadSpans() {
        var runs = PassageText.runs("Some 10,000 soldiers", List.of(new Span(12, 20), new Span(5, 11), new Span(15, 99)));
        assertThat(runs).containsExactly(new PassageText.Run("Some ", false), new PassageText.Run("10,000", true),
                new PassageText.Run(" ", false), new PassageText.Run("soldiers", true));
    }
}
