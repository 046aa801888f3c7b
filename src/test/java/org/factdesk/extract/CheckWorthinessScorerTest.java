package org.factdesk.extract;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void recordsHowTheShippedHeadWasMadeAndThatItReadsMeaning() {
        assertThat(scorer.readsMeaning()).as(String.valueOf(scorer.whyNgramsOnly())).isTrue();
        @SuppressWarnings("unchecked")
        Map<String, Object> head = (Map<String, Object>) scorer.metadata().get("head");
        assertThat(head).containsKeys("command", "date", "train", "blockedCvF1", "threshold", "encoder", "encodedBand");
        assertThat(head.get("command").toString()).contains("CheckWorthinessHeadTrainer").contains("--folds 5");
        assertThat(((Number) head.get("blockedCvF1")).doubleValue()).isGreaterThan(0.7);
    }

    /** A stand-in encoder: the first coordinate says whether the sentence mentions "percent". */
    private static final class CountingEncoder implements SentenceEncoder {
        final AtomicInteger sentences = new AtomicInteger();

        @Override
        public String name() {
            return "test";
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            sentences.addAndGet(texts.size());
            List<float[]> out = new ArrayList<>();
            for (String t : texts) {
                out.add(t.contains("percent") ? new float[] {1, 0} : new float[] {0, 1});
            }
            return out;
        }
    }

    /** A head that learned "percent means check-worthy", over the n-gram model's probability kept in the middle. */
    private static CheckWorthinessHead percentHead(double bandLow, double bandHigh) {
        double[][] x = new double[200][];
        int[] y = new int[200];
        for (int i = 0; i < 200; i++) {
            y[i] = i % 2;
            x[i] = CheckWorthinessHead.input(y[i] == 1 ? new float[] {1, 0} : new float[] {0, 1}, 0.3 + (i % 7) * 0.01);
        }
        double[][] odds = new double[200][];
        for (int i = 0; i < 200; i++) {
            odds[i] = new double[] {CheckWorthinessHead.logit(0.2 + 0.6 * y[i])};
        }
        return new CheckWorthinessHead("test", ClassifierHead.fit(x, y, "lr", 0, 0, 20, 1), 0.5, bandLow, bandHigh,
                ClassifierHead.fit(odds, y, "lr", 0, 0, 20, 1), Map.of("command", "test"));
    }

    @Test
    void theHeadDecidesWhenItsEncoderRunsAndSeesTheSentencesInOneBatch() {
        CountingEncoder encoder = new CountingEncoder();
        CheckWorthinessScorer withHead = CheckWorthinessScorer.of(modelOf(scorer), percentHead(0, 1.01), () -> encoder);
        double[] s = withHead.scoreAll(List.of("Inflation reached ten percent in May.", "The weather was nice in May."));
        assertThat(withHead.readsMeaning()).isTrue();
        assertThat(withHead.threshold()).isEqualTo(0.5);
        assertThat(s[0]).isGreaterThan(0.5);
        assertThat(s[1]).isLessThan(0.5);
        assertThat(encoder.sentences.get()).isEqualTo(2);
    }

    @Test
    void sentencesOutsideTheBandAreNotEncodedAndStayOnTheirSideOfTheThreshold() {
        CountingEncoder encoder = new CountingEncoder();
        CheckWorthinessScorer banded = CheckWorthinessScorer.of(modelOf(scorer), percentHead(0.99, 1.0), () -> encoder);
        double[] s = banded.scoreAll(List.of("Inflation reached ten percent in May.", "Thank you very much."));
        assertThat(encoder.sentences.get()).isZero();
        assertThat(java.util.Arrays.stream(s).boxed().toList()).allMatch(v -> v < banded.threshold());
    }

    @Test
    void theNgramModelDecidesAloneWhenTheEncoderCannotRun() {
        CheckWorthinessScorer broken = CheckWorthinessScorer.of(modelOf(scorer), percentHead(0, 1.01), () -> {
            throw new IllegalStateException("no ONNX runtime for this platform");
        });
        assertThat(broken.readsMeaning()).isFalse();
        assertThat(broken.whyNgramsOnly()).contains("no ONNX runtime");
        assertThat(broken.threshold()).isEqualTo(modelOf(scorer).threshold());
        assertThat(broken.score("Unemployment fell to 3.5 percent.")).isEqualTo(modelOf(scorer).score("Unemployment fell to 3.5 percent."));
    }

    @Test
    void aHeadFileReadsBackAsWritten() throws Exception {
        CheckWorthinessHead head = percentHead(0.1, 0.8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        head.write(bytes);
        CheckWorthinessHead read = CheckWorthinessHead.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(read.threshold()).isEqualTo(head.threshold());
        assertThat(read.metadata()).containsEntry("command", "test");
        float[] v = {1, 0};
        assertThat(read.probability(v, 0.4)).isCloseTo(head.probability(v, 0.4), org.assertj.core.data.Offset.offset(1e-5));
        assertThat(read.encodes(0.05)).isFalse();
        assertThat(read.encodes(0.5)).isTrue();
        assertThatThrownBy(() -> CheckWorthinessHead.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
                .isInstanceOf(java.io.IOException.class);
    }

    private static CheckWorthinessModel modelOf(CheckWorthinessScorer shipped) {
        try (var in = CheckWorthinessScorer.class.getResourceAsStream(CheckWorthinessScorer.RESOURCE)) {
            return CheckWorthinessModel.read(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void loadsTheModelOnceAndSharesIt() {
        assertThat(CheckWorthinessScorer.load()).isSameAs(scorer);
    }
}
