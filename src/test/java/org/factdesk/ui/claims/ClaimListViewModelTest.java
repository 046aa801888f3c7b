package org.factdesk.ui.claims;

import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.VerdictStatus;
import org.factdesk.ui.Samples;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimListViewModelTest {
    private final List<Claim> claims = Samples.claims();

    @Test
    void nextAndPreviousWalkTheVisibleClaimsAndStopAtTheEnds() {
        ClaimListViewModel vm = new ClaimListViewModel();
        vm.show(claims, Map.of());
        assertThat(vm.next()).isEqualTo(claims.get(0));
        assertThat(vm.next()).isEqualTo(claims.get(1));
        assertThat(vm.next()).isEqualTo(claims.get(2));
        assertThat(vm.next()).isEqualTo(claims.get(2));
        assertThat(vm.previous()).isEqualTo(claims.get(1));
    }

    @Test
    void scoresArrivingLaterReSortTheListAndKeepTheSameClaimSelected() {
        ClaimListViewModel vm = new ClaimListViewModel();
        vm.sortProperty().set(ClaimListViewModel.Sort.SCORE);
        vm.show(claims, Map.of());
        Claim quote = claims.get(1);
        vm.selectedProperty().set(quote);
        assertThat(vm.visible()).containsExactly(claims.get(0), claims.get(2), quote);

        vm.rescored(List.of(claims.get(0).withScore(0.30), quote.withScore(0.95), claims.get(2).withScore(0.60)), java.util.Set.of());

        assertThat(vm.visible()).extracting(Claim::id).containsExactly(quote.id(), claims.get(2).id(), claims.get(0).id());
        assertThat(vm.selectedProperty().get()).isEqualTo(quote.withScore(0.95));
        assertThat(ClaimListViewModel.sameButScore(quote, vm.selectedProperty().get())).isTrue();
        assertThat(vm.isReplacing()).isFalse();
    }

    @Test
    void whenNewScoresDropTheSelectedClaimTheNearestOneInTheTextIsSelected() {
        ClaimListViewModel vm = new ClaimListViewModel();
        vm.show(claims, Map.of());
        vm.selectedProperty().set(claims.get(1));
        vm.rescored(List.of(claims.get(0), claims.get(2)), java.util.Set.of());
        Claim nearest = Math.abs(claims.get(0).start() - claims.get(1).start())
                <= Math.abs(claims.get(2).start() - claims.get(1).start()) ? claims.get(0) : claims.get(2);
        assertThat(vm.selectedProperty().get()).isEqualTo(nearest);
        assertThat(vm.all()).hasSize(2);
    }

    @Test
    void aClaimInAnImageCaptionIsMarkedAsOne() {
        ClaimListViewModel vm = new ClaimListViewModel();
        vm.show(claims, Map.of());
        Claim second = claims.get(1);
        String text = "x".repeat(Math.max(second.end(), claims.get(2).end()) + 1);
        vm.markCaptions(new org.factdesk.model.Article("a", "", text, "", null, "", "", null, "",
                List.of(new org.factdesk.model.Span(second.start(), second.end()))));
        assertThat(vm.isInCaption(second)).isTrue();
        assertThat(vm.isInCaption(claims.get(0))).isFalse();
        vm.markCaptions(null);
        assertThat(vm.isInCaption(second)).isFalse();
    }

    @Test
    void filtersByKindStatusAndText() {
        ClaimListViewModel vm = new ClaimListViewModel();
        vm.show(claims, Map.of(claims.get(2).id(), VerdictStatus.VERIFIED));
        vm.kindFilterProperty().set(ClaimKind.QUANTITY);
        assertThat(vm.visible()).containsExactly(claims.get(0), claims.get(2));
        vm.statusFilterProperty().set(VerdictStatus.UNREVIEWED);
        assertThat(vm.visible()).containsExactly(claims.get(0));
        vm.setStatus(claims.get(0).id(), VerdictStatus.FALSE);
        assertThat(vm.visible()).isEmpty();
        vm.kindFilterProperty().set(null);
        vm.statusFilterProperty().set(null);
        vm.textFilterProperty().set("ana ruiz");
        assertThat(vm.visible()).containsExactly(claims.get(1));
    }

    @Test
    void filtersByLowestCheckWorthinessScoreTogetherWithTheOtherFilters() {
        ClaimListViewModel vm = new ClaimListViewModel();
        vm.show(claims, Map.of()); // scores 0.91, 0.55, 0.78
        vm.minScoreFilterProperty().set(0.75);
        assertThat(vm.visible()).containsExactly(claims.get(0), claims.get(2));
        vm.kindFilterProperty().set(ClaimKind.ATTRIBUTION);
        assertThat(vm.visible()).isEmpty();
        vm.minScoreFilterProperty().set(0.5);
        assertThat(vm.visible()).containsExactly(claims.get(1));
        vm.minScoreFilterProperty().set(null);
        vm.kindFilterProperty().set(null);
        assertThat(vm.visible()).containsExactlyElementsOf(claims);
    }

    @Test
    void countsReviewedClaims() {
        ClaimListViewModel vm = new ClaimListViewModel();
        var text = vm.progressText();
        vm.show(claims, Map.of(claims.get(0).id(), VerdictStatus.DISPUTED));
        assertThat(text.get()).isEqualTo("1 of 3 reviewed");
        vm.setStatus(claims.get(1).id(), VerdictStatus.VERIFIED);
        assertThat(text.get()).isEqualTo("2 of 3 reviewed");
    }

    @Test
    void emptyArticleSaysNoClaimsWereFound() {
        ClaimListViewModel vm = new ClaimListViewModel();
        vm.show(List.of(), Map.of());
        assertThat(vm.placeholderProperty().get()).startsWith("No check-worthy claims found");
        assertThat(vm.next()).isNull();
    }

    @Test
    void detailsShowSpeakerAndNormalisedQuantities() {
        assertThat(ClaimFormat.details(claims.get(0))).isEqualTo("about 10,000 soldiers");
        assertThat(ClaimFormat.details(claims.get(2))).isEqualTo("up to 8,000 soldiers");
        assertThat(ClaimFormat.details(claims.get(1))).isEqualTo("Ana Ruiz");
        assertThat(ClaimFormat.excerpt("one two three four five six", 12)).isEqualTo("one two…");
    }

    @Test
    void sortsByScoreStatusAndKindAndBackToTextOrder() {
        ClaimListViewModel vm = new ClaimListViewModel();
        vm.show(claims, Map.of(claims.get(0).id(), VerdictStatus.VERIFIED));
        vm.sortProperty().set(ClaimListViewModel.Sort.SCORE);
        assertThat(vm.visible()).containsExactly(claims.get(0), claims.get(2), claims.get(1));
        vm.sortProperty().set(ClaimListViewModel.Sort.STATUS);
        assertThat(vm.visible().getFirst()).isNotEqualTo(claims.get(0)); // unreviewed first
        vm.sortProperty().set(ClaimListViewModel.Sort.KIND);
        assertThat(vm.visible()).containsExactly(claims.get(0), claims.get(2), claims.get(1));
        vm.sortProperty().set(ClaimListViewModel.Sort.POSITION);
        assertThat(vm.visible()).containsExactlyElementsOf(claims);
    }

    @Test
    void showsDismissedClaimsInsteadOfActiveOnesWhenAskedAndMarksRepeats() {
        ClaimListViewModel vm = new ClaimListViewModel();
        vm.show(claims.subList(0, 2), List.of(claims.get(2)), Map.of(), java.util.Set.of(claims.get(1).id()));
        assertThat(vm.visible()).containsExactly(claims.get(0), claims.get(1));
        assertThat(vm.progressText().get()).isEqualTo("0 of 2 reviewed");
        assertThat(vm.repeatsCheckedClaim(claims.get(1))).isTrue();
        assertThat(vm.repeatsCheckedClaim(claims.get(0))).isFalse();
        vm.showDismissedProperty().set(true);
        assertThat(vm.visible()).containsExactly(claims.get(2));
        assertThat(vm.isDismissed(claims.get(2))).isTrue();
        vm.showDismissedProperty().set(false);
        assertThat(vm.visible()).containsExactly(claims.get(0), claims.get(1));
    }
}
