package org.factdesk.ui.verdict;

import org.factdesk.model.Claim;
import org.factdesk.model.EvidenceRole;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictChange;
import org.factdesk.model.VerdictStatus;
import org.factdesk.ui.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictViewModelTest {
    record Save(Verdict verdict, String action) {
    }

    private final List<Save> saves = new ArrayList<>();
    private final VerdictViewModel vm = new VerdictViewModel();
    private final Claim claim = Samples.claims().get(0);
    private final Claim other = Samples.claims().get(1);

    @BeforeEach
    void setUp() {
        vm.setSaver((v, a) -> saves.add(new Save(v, a)));
    }

    @Test
    void loadingAVerdictSavesNothing() {
        Verdict v = new Verdict(claim.id(), VerdictStatus.DISPUTED, "two sources differ", 3, "ana", Instant.now(), List.of());
        vm.show(claim, v, List.of());
        assertThat(saves).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo(VerdictStatus.DISPUTED);
        assertThat(vm.rationaleProperty().get()).isEqualTo("two sources differ");
        assertThat(vm.confidenceProperty().get()).isEqualTo(3);
        assertThat(vm.saveStateProperty().get()).startsWith("Saved ").contains("by ana");
    }

    @Test
    void choosingAStatusSavesItWithTheRationaleTypedSoFar() {
        vm.show(claim, Verdict.unreviewed(claim.id()), List.of());
        vm.rationaleProperty().set("Matches the ministry's figure");
        vm.statusProperty().set(VerdictStatus.VERIFIED);
        assertThat(saves).singleElement().satisfies(s -> {
            assertThat(s.action()).isEqualTo("status");
            assertThat(s.verdict().status()).isEqualTo(VerdictStatus.VERIFIED);
            assertThat(s.verdict().rationale()).isEqualTo("Matches the ministry's figure");
            assertThat(s.verdict().claimId()).isEqualTo(claim.id());
        });
        vm.commitRationale();
        assertThat(saves).hasSize(1);
    }

    @Test
    void switchingClaimsSavesTheUnsavedRationaleOfThePreviousClaim() {
        vm.show(claim, Verdict.unreviewed(claim.id()), List.of());
        vm.rationaleProperty().set("half-typed note");
        assertThat(vm.rationaleDirtyProperty().get()).isTrue();
        vm.show(other, Verdict.unreviewed(other.id()), List.of());
        assertThat(saves).singleElement().satisfies(s -> {
            assertThat(s.action()).isEqualTo("rationale");
            assertThat(s.verdict().claimId()).isEqualTo(claim.id());
            assertThat(s.verdict().rationale()).isEqualTo("half-typed note");
        });
        assertThat(vm.rationaleProperty().get()).isEmpty();
        assertThat(vm.rationaleDirtyProperty().get()).isFalse();
    }

    @Test
    void attachingTheSamePassageTwiceChangesItsRoleInsteadOfDuplicating() {
        vm.show(claim, Verdict.unreviewed(claim.id()), List.of());
        vm.attach(Samples.evidence(), EvidenceRole.SUPPORTS);
        vm.attach(Samples.evidence(), EvidenceRole.SUPPORTS);
        vm.attach(Samples.evidence(), EvidenceRole.CONTRADICTS);
        assertThat(vm.evidence()).singleElement().extracting(c -> c.role()).isEqualTo(EvidenceRole.CONTRADICTS);
        assertThat(saves).extracting(Save::action).containsExactly("evidence", "evidence");
        vm.remove(vm.evidence().getFirst());
        assertThat(saves.getLast().verdict().evidence()).isEmpty();
    }

    @Test
    void aLateSaveResultForAnotherClaimDoesNotOverwriteTheShownOne() {
        vm.show(claim, Verdict.unreviewed(claim.id()), List.of());
        vm.statusProperty().set(VerdictStatus.FALSE);
        Verdict savedFirst = saves.getFirst().verdict();
        vm.show(other, Verdict.unreviewed(other.id()), List.of());
        vm.applySaved(savedFirst, List.of(new VerdictChange(1, Instant.now(), "status", savedFirst)));
        assertThat(vm.history()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo(VerdictStatus.UNREVIEWED);
    }

    @Test
    void historyIsShownNewestFirst() {
        Verdict v = Verdict.unreviewed(claim.id());
        vm.show(claim, v, List.of(new VerdictChange(1, Instant.parse("2024-11-04T10:00:00Z"), "status", v),
                new VerdictChange(2, Instant.parse("2024-11-04T11:00:00Z"), "rationale", v)));
        assertThat(vm.history()).extracting(VerdictChange::seq).containsExactly(2L, 1L);
    }
}
