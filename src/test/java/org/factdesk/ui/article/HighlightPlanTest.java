package org.factdesk.ui.article;

import org.factdesk.model.Claim;
import org.factdesk.model.VerdictStatus;
import org.factdesk.ui.Samples;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightPlanTest {
    private final List<Claim> claims = Samples.claims();
    private final int length = Samples.TEXT.length();

    private static List<String> classesAt(List<HighlightPlan.Segment> plan, int offset) {
        int at = 0;
        for (HighlightPlan.Segment s : plan) {
            if (offset < at + s.length()) {
                return s.styleClasses();
            }
            at += s.length();
        }
        throw new AssertionError("offset beyond plan");
    }

    @Test
    void segmentsCoverTheWholeTextExactly() {
        var plan = HighlightPlan.compute(length, claims, Map.of(), null);
        assertThat(plan.stream().mapToInt(HighlightPlan.Segment::length).sum()).isEqualTo(length);
    }

    @Test
    void unreviewedClaimsAreColouredByKindAndReviewedOnesByStatus() {
        var plan = HighlightPlan.compute(length, claims, Map.of(claims.get(1).id(), VerdictStatus.FALSE), claims.get(0).id());
        assertThat(classesAt(plan, Samples.TEXT.indexOf("Officials"))).containsExactly("claim", "kind-quantity", "selected");
        assertThat(classesAt(plan, Samples.TEXT.indexOf("10,000"))).contains("quantity");
        assertThat(classesAt(plan, Samples.TEXT.indexOf("We will"))).containsExactly("claim", "status-false");
        assertThat(classesAt(plan, Samples.TEXT.indexOf("weather"))).isEmpty();
    }

    @Test
    void clickFindsTheClaimUnderTheOffset() {
        assertThat(HighlightPlan.claimAt(Samples.TEXT.indexOf("minister"), claims, null)).isEqualTo(claims.get(1));
        assertThat(HighlightPlan.claimAt(Samples.TEXT.indexOf("weather"), claims, null)).isNull();
    }

    @Test
    void articleViewModelSelectsTheClickedClaim() {
        var list = new org.factdesk.ui.claims.ClaimListViewModel();
        var vm = new ArticleViewModel(list);
        vm.show(Samples.article());
        list.show(claims, Map.of());
        vm.clickedAt(Samples.TEXT.indexOf("8,000"));
        assertThat(list.selectedProperty().get()).isEqualTo(claims.get(2));
        assertThat(vm.metaText().get()).startsWith("Sample Wire · ").contains("2024");
    }
}
