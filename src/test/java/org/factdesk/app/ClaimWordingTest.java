package org.factdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimWordingTest {
    @Test
    void anUneditedClaimSplitsIntoTheArticlesWords() {
        assertThat(ClaimWording.split("Work starts in March and ends in 2027.", "Work starts in March",
                "and ends in 2027.")).containsExactly("Work starts in March", "and ends in 2027.");
    }

    @Test
    void eachPartKeepsTheReviewersWordsThatBelongToIt() {
        // Article: "Work starts in March and ends in 2027." The reviewer named who and what.
        assertThat(ClaimWording.split("Work on the Harbour Road homes starts in March 2025 and ends in 2027, the council said.",
                "Work starts in March", "and ends in 2027."))
                .containsExactly("Work on the Harbour Road homes starts in March 2025",
                        "and ends in 2027, the council said.");
    }

    @Test
    void wordsInsertedAtTheSplitPointStayWithTheFirstPartUpToAClauseMark() {
        assertThat(ClaimWording.split("Troops entered Russia in October and will fight in Kursk.",
                "Troops entered Russia", "and will fight in Kursk."))
                .containsExactly("Troops entered Russia in October", "and will fight in Kursk.");
        assertThat(ClaimWording.split("Troops entered Russia, officials said; they will reportedly fight in Kursk.",
                "Troops entered Russia", "and will fight in Kursk."))
                .containsExactly("Troops entered Russia, officials said", "they will reportedly fight in Kursk.");
        assertThat(ClaimWording.split("Troops entered Russia. Reportedly they will fight in Kursk.",
                "Troops entered Russia", "and will fight in Kursk."))
                .containsExactly("Troops entered Russia.", "Reportedly they will fight in Kursk.");
    }

    @Test
    void aPartTheWordingDoesNotCoverGetsTheArticlesWords() {
        assertThat(ClaimWording.split("Construction ends in 2027.", "Work starts in March", "and ends in 2027."))
                .containsExactly("Work starts in March", "Construction ends in 2027.");
    }

    @Test
    void aCompleteRewriteStaysWithTheFirstPartWhichKeepsTheVerdict() {
        assertThat(ClaimWording.split("Housing project timeline announced", "Work starts in March", "and ends in 2027."))
                .containsExactly("Housing project timeline announced", "and ends in 2027.");
    }

    @Test
    void mergeKeepsEditedWordingJoinedByTheArticlesWordsBetween() {
        assertThat(ClaimWording.merge("Work starts in March", "Work starts in March", " ", "and ends in 2027.",
                "and ends in 2027.", "Work starts in March and ends in 2027."))
                .isEqualTo("Work starts in March and ends in 2027.");
        assertThat(ClaimWording.merge("Work on 4,500 homes starts in March 2025", "Work starts in March", "  ",
                "and ends in 2027.", "and ends in 2027.", "Work starts in March and ends in 2027."))
                .isEqualTo("Work on 4,500 homes starts in March 2025 and ends in 2027.");
    }
}
