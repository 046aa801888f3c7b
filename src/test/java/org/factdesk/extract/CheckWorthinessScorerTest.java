package org.factdesk.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CheckWorthinessScorerTest {
    private final CheckWorthinessScorer scorer = CheckWorthinessScorer.load();

    @Test
    void scoresEverySentenceBetweenZeroAndOne() {
        for (String s : List.of("Thank you very much.", "Unemployment fell to 3.5 percent in 2019, the lowest in 50 years.",
                "", "?", "We will win.", "x".repeat(5000), "The Senate voted 52 to 48 against the bill."))
            assertThat(scorer.score(s)).isBetween(0.0, 1.0);
        assertThat(scorer.threshold()).isStrictlyBetween(0.0, 1.0);
    }

    @Test
    void ranksFactualNumericClaimAbovePleasantry() {
        double claim = scorer.score("Our unemployment rate went from 10 percent to 4.7 percent in eight years.");
        double pleasantry = scorer.score("Thank you all so much for being here tonight, it's great to see you.");
        assertThat(claim).isGreaterThan(pleasantry);
        assertThat(claim).isGreaterThanOrEqualTo(scorer.threshold());
        assertThat(pleasantry).isLessThan(scorer.threshold());
    }

    @Test
    void recordsHowTheShippedModelWasMade() {
        assertThat(scorer.metadata()).containsKeys("command", "created", "trainFiles", "devF1", "threshold");
        assertThat(scorer.metadata().get("command").toString()).contains("CheckWorthinessTrainer");
    }

    @Test
    void loadsTheModelOnceAndSharesIt() {
        assertThat(CheckWorthinessScorer.load()).isSameAs(scorer);
    }
}
