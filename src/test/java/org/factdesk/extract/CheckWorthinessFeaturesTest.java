package org.factdesk.extract;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class CheckWorthinessFeaturesTest {
    private final CheckWorthinessFeatures words = new CheckWorthinessFeatures(16, 2, 0, 0, 0);

    private static double[] dense(CheckWorthinessFeatures f, String s) {
        double[] d = new double[f.dimension()];
        CheckWorthinessFeatures.Sparse x = f.extract(s);
        for (int i = 0; i < x.size(); i++) d[x.index()[i]] += x.value()[i];
        return d;
    }

    @Test
    void treatsDifferentNumbersOfTheSameShapeAlike() {
        assertThat(dense(words, "We spent 1,200 dollars.")).isEqualTo(dense(words, "We spent 3,400 dollars."));
        assertThat(dense(words, "We spent 1,200 dollars.")).isNotEqualTo(dense(words, "We spent many dollars."));
    }

    @Test
    void marksNumbersPercentagesAndQuestionsInHandFeatures() {
        int base = words.hashedSize();
        double[] claim = dense(words, "Taxes went up 12 percent in 2010.");
        double[] question = dense(words, "Why would you say that?");
        assertThat(claim[base + CheckWorthinessFeatures.HAND_FEATURES.indexOf("has_number")]).isEqualTo(1);
        assertThat(claim[base + CheckWorthinessFeatures.HAND_FEATURES.indexOf("percent")]).isEqualTo(1);
        assertThat(claim[base + CheckWorthinessFeatures.HAND_FEATURES.indexOf("year")]).isEqualTo(1);
        assertThat(question[base + CheckWorthinessFeatures.HAND_FEATURES.indexOf("question")]).isEqualTo(1);
        assertThat(question[base + CheckWorthinessFeatures.HAND_FEATURES.indexOf("has_number")]).isZero();
    }

    @Test
    void keepsEverySlotInsideTheModelDimension() {
        CheckWorthinessFeatures all = new CheckWorthinessFeatures(12, 3, 2, 5, 3);
        CheckWorthinessFeatures.Sparse x = all.extract("Mr. Smith said, \u201cWe cut the deficit by $2.5 trillion!\u201d \u2014 didn't he?");
        assertThat(Arrays.stream(x.index()).allMatch(i -> i >= 0 && i < all.dimension())).isTrue();
        assertThat(all.extract("").size()).isPositive(); // the bias is always there
    }
}
