package org.factdesk.archive;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RerankFeaturesTest {
    /** Every word equally rare: the shares below are plain word shares. */
    private static final RerankFeatures.DocumentFrequencies EVEN = new RerankFeatures.DocumentFrequencies() {
        @Override
        public int docFreq(String word) {
            return 10;
        }

        @Override
        public int documents() {
            return 1000;
        }
    };

    private static double feature(double[] row, String name) {
        return row[RerankFeatures.LEXICAL.indexOf(name)];
    }

    @Test
    void measuresHowMuchOfTheClaimTheTitleAndTextCover() {
        RerankFeatures f = new RerankFeatures(EVEN);
        double[][] rows = f.of("Bananas cure malaria in Ghana",
                List.of(new RerankFeatures.Candidate("a", "Do bananas cure malaria?", "A post says bananas cure malaria.", 8),
                        new RerankFeatures.Candidate("b", "Ghana elections", "Ghana votes in December.", 4)), null);

        // claim words after stemming and stop words: banana, cure, malaria, ghana
        assertThat(feature(rows[0], "titleCover")).isCloseTo(0.75, within(1e-9));
        assertThat(feature(rows[0], "textCover")).isCloseTo(0.75, within(1e-9));
        assertThat(feature(rows[1], "titleCover")).isCloseTo(0.25, within(1e-9));
        // the title's words: banana, cure, malaria: all in the claim
        assertThat(feature(rows[0], "titlePrecision")).isCloseTo(1.0, within(1e-9));
        assertThat(feature(rows[1], "titlePrecision")).isCloseTo(0.5, within(1e-9));
        // "banana cure", "cure malaria" both neighbours in the claim too
        assertThat(feature(rows[0], "titlePairs")).isCloseTo(1.0, within(1e-9));
        assertThat(feature(rows[1], "titlePairs")).isZero();
    }

    @Test
    void scoresAndRanksAreRelativeToTheBestCandidate() {
        RerankFeatures f = new RerankFeatures(EVEN);
        double[][] rows = f.of("claim words", List.of(new RerankFeatures.Candidate("a", "", "", 8),
                new RerankFeatures.Candidate("b", "", "", 2)), null);

        assertThat(feature(rows[0], "lexical")).isEqualTo(1.0);
        assertThat(feature(rows[1], "lexical")).isEqualTo(0.25);
        assertThat(feature(rows[1], "reciprocalRank")).isEqualTo(0.5);
    }

    @Test
    void rareWordsWeighMoreThanCommonOnes() {
        RerankFeatures f = new RerankFeatures(new RerankFeatures.DocumentFrequencies() {
            @Override
            public int docFreq(String word) {
                return word.equals("zanzibar") ? 1 : 900;
            }

            @Override
            public int documents() {
                return 1000;
            }
        });
        double[][] rows = f.of("Zanzibar tourists", List.of(new RerankFeatures.Candidate("a", "Zanzibar", "", 1),
                new RerankFeatures.Candidate("b", "Tourists", "", 1)), null);

        assertThat(feature(rows[0], "titleCover")).isGreaterThan(0.9);
        assertThat(feature(rows[1], "titleCover")).isLessThan(0.1);
    }

    @Test
    void denseFeaturesFollowTheLexicalOnes() {
        RerankFeatures f = new RerankFeatures(EVEN);
        double[][] rows = f.of("claim", List.of(new RerankFeatures.Candidate("a", "t", "p", 1),
                new RerankFeatures.Candidate("b", "t", "p", 1)), new RerankFeatures.DenseSides(new double[]{0.8, Double.NaN},
                new double[]{0.7, 0.6}, new double[]{0.5, Double.NaN}, new double[]{0.4, 0.3}));

        int d = RerankFeatures.LEXICAL.size();
        assertThat(RerankFeatures.names(true)).startsWith(RerankFeatures.LEXICAL.toArray(String[]::new));
        assertThat(rows[0]).hasSize(RerankFeatures.names(true).size());
        assertThat(rows[0][d]).isEqualTo(0.8);
        assertThat(rows[1][d]).isZero(); // an article without a vector
        assertThat(rows[1][d + 1]).isEqualTo(0.6);
        assertThat(rows[0][d + 2]).isEqualTo(0.5);
        assertThat(rows[0][d + 3]).isEqualTo(0.4);
        assertThat(rows[1][d + 2]).isEqualTo(0.3); // no title: the title's cosine is the text's
    }

    @Test
    void modelSurvivesWritingAndReading() throws IOException {
        Reranker.Model m = new Reranker.Model(List.of("x", "y"), new double[]{1, 2}, new double[]{2, 4},
                new double[]{0.5, -1}, 0.25, 10, "test model");
        Reranker.Model back = Reranker.Model.read(new ByteArrayInputStream(m.write().getBytes(StandardCharsets.UTF_8)));

        assertThat(back.features()).containsExactly("x", "y");
        assertThat(back.depth()).isEqualTo(10);
        assertThat(back.about()).isEqualTo("test model");
        // 0.25 + 0.5 * (3 - 1) / 2 - 1 * (6 - 2) / 4
        assertThat(back.score(new double[]{3, 6})).isCloseTo(-0.25, within(1e-12));
    }

    @Test
    void shippedModelsMatchTheFeatureSets() {
        assertThat(Reranker.shipped(Reranker.LEXICAL_MODEL).features()).isEqualTo(RerankFeatures.names(false));
        assertThat(Reranker.shipped(Reranker.DENSE_MODEL).features()).isEqualTo(RerankFeatures.names(true));
        assertThat(Reranker.shipped(Reranker.LEXICAL_MODEL).about()).contains("RerankerTrainer");
    }

    @Test
    void countsWords() {
        assertThat(Reranker.wordCount("  two words ")).isEqualTo(2);
        assertThat(Reranker.wordCount("")).isZero();
    }

    @Test
    void postSignatureLosesItsHandleButKeepsNameAndDate() {
        String post = "Minecraft is NOT stopping #Minecrafthttps://t.co/V4Lzv97qOc — Helen Z (@HelenAngel) January 2, 2020";
        String clean = EvidenceFinder.cleanText(post);

        assertThat(clean).doesNotContain("HelenAngel").doesNotContain("t.co").doesNotContain("Helen Angel");
        assertThat(clean).contains("Helen Z").contains("January 2, 2020").contains(" Minecraft ");
    }

    @Test
    void handlesInsideThePostAreSplitIntoWords() {
        assertThat(EvidenceFinder.cleanText("a bounty on @realDonaldTrump says #FreeIran2020"))
                .contains("real Donald Trump").contains("Free Iran 2020");
    }
}
