package org.factdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The signs that a passage states the claim itself, not only its subject (decision 46). */
class ClaimMatchTest {
    private static final Map<String, Integer> DF = Map.of("pole", 3, "10,000", 2, "di", 40, "ukrain", 60, "fight", 30);

    private static ClaimMatch.Claim claim(String text) {
        return ClaimMatch.Claim.of(text, w -> DF.getOrDefault(w, 5), 1000, 0);
    }

    @Test
    void aSentenceThatSaysTheClaimCoversMoreOfItThanASubjectSpreadOverThePassage() {
        ClaimMatch.Claim c = claim("At least 10,000 Poles have died fighting for Ukraine.");
        ClaimMatch.Signs stated = ClaimMatch.of(c, "Losses", "Posts say. At least 10,000 Poles have died fighting for Ukraine. Not so.", null);
        ClaimMatch.Signs subject = ClaimMatch.of(c, "Poland and Ukraine", "Poles help Ukraine. Fighting goes on. Many died.", null);
        assertThat(stated.sentenceCover()).isGreaterThan(subject.sentenceCover() + 0.3);
        assertThat(stated.statedPairs()).isGreaterThan(0.5);
        assertThat(subject.statedPairs()).isZero();
        assertThat(stated.bestSentence()).contains("10,000 Poles");
        assertThat(stated.numberMatch()).isEqualTo(1.0);
        assertThat(subject.numberMissing()).isEqualTo(1.0);
    }

    @Test
    void numbersMeetWithOrWithoutThousandsSeparators() {
        assertThat(ClaimMatch.numbers("10,000 troops in 2024, 1.5 million and 12.0 per cent."))
                .containsExactly("10000", "2024", "1.5", "12");
    }

    @Test
    void aPassageStatingTheClaimMovesAboveThoseThatOnlyShareItsSubjectAndNothingElseMoves() {
        List<String> ranked = List.of("a", "b", "stated", "c");
        Map<String, Double> pairs = Map.of("a", 0.1, "b", 0.55, "stated", 0.8, "c", 0.0);
        // b states the claim too and moves above a; stated stays under b, which holds nearly as many of its pairs
        assertThat(ClaimMatch.statedFirst(ranked, pairs::get)).containsExactly("b", "stated", "a", "c");
        Map<String, Double> clear = Map.of("a", 0.1, "b", 0.2, "stated", 0.8, "c", 0.0);
        assertThat(ClaimMatch.statedFirst(ranked, clear::get)).containsExactly("stated", "a", "b", "c");
    }

    @Test
    void aMegabytePassageWithoutSentenceEndsIsReadInLinearTime() {
        String huge = "word ".repeat(1_000_000);
        ClaimMatch.Claim c = claim("At least 10,000 Poles have died fighting for Ukraine.");
        long t0 = System.nanoTime();
        ClaimMatch.Signs s = ClaimMatch.of(c, "", huge, huge);
        assertThat(s.sentenceCover()).isZero();
        assertThat(ClaimMatch.sentences(huge + ". " + huge)).hasSize(2);
        assertThat(ClaimMatch.sentences("One. Two. ".repeat(1000))).hasSize(ClaimMatch.MAX_SENTENCES);
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(20);
    }
}
