package org.factdesk.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.Attribution;
import org.factdesk.model.Span;
import org.junit.jupiter.api.Test;

class AttributionTrainerTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    /** "NAME reckoned that CLAIM." with the gold cue on "reckoned", a verb the lexicon does not list. */
    private static AttributionTrainer.Article article(String name, String claim) {
        String text = name + " reckoned that " + claim + ". The weather was mild and the roads were quiet.";
        int cue = text.indexOf("reckoned");
        Span cueSpan = new Span(cue, cue + "reckoned".length());
        int contentStart = text.indexOf(claim);
        Attribution gold = new Attribution(new Span(0, name.length()), cueSpan,
                new Span(contentStart, contentStart + claim.length()), null, false);
        return new AttributionTrainer.Article(text, List.of(gold), List.of(cueSpan));
    }

    private static List<AttributionTrainer.Article> corpus() {
        String[] names = {"The mayor", "Officials", "Jane Doe", "The union", "Mr. Smith", "The report", "Analysts", "She"};
        String[] claims = {"taxes would rise", "the plant would close", "prices had doubled", "the vote was rigged",
                "the bridge was unsafe", "jobs would return"};
        List<AttributionTrainer.Article> out = new ArrayList<>();
        for (String n : names) {
            for (String c : claims) {
                out.add(article(n, c));
            }
        }
        return out;
    }

    @Test
    void labelsMarkTheHeadWordOfAMultiWordCue() {
        String text = "The senator has said in a statement that the bill failed.";
        AttributionText t = new AttributionText(text);
        int start = text.indexOf("has said");
        boolean[] y = AttributionTrainer.labels(t, List.of(new Span(start, text.indexOf(" that"))));
        List<String> marked = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            if (y[i]) {
                marked.add(t.token(i).text());
            }
        }
        assertThat(marked).containsExactly("said");
    }

    @Test
    void trainedClassifierAdmitsAnUnlistedCueThatTheLexiconMisses() {
        AttributionCueModel model = AttributionTrainer.train(corpus(), new CueFeatures(14), 4, 0.2, 1e-7, 1, QUIET)
                .withThresholds(0.0, 0.5, "{}");
        String text = "The governor reckoned that the dam would hold.";
        assertThat(new AttributionExtractor(null).extract(text)).isEmpty();
        List<Attribution> found = new AttributionExtractor(model).extract(text);
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().cue().of(text)).isEqualTo("reckoned");
        assertThat(found.getFirst().content().of(text)).isEqualTo("the dam would hold");
        assertThat(found.getFirst().speaker()).isEqualTo("The governor");
    }

    @Test
    void scoringCountsACueOverlapWithHalfTheContentAsFound() {
        List<AttributionTrainer.Article> one = List.of(article("The mayor", "taxes would rise"));
        AttributionTrainer.Scores lexicon = AttributionTrainer.score(new AttributionExtractor(null), one);
        assertThat(lexicon.gold()).isEqualTo(1);
        assertThat(lexicon.found()).isZero();
        AttributionCueModel model = AttributionTrainer.train(corpus(), new CueFeatures(14), 4, 0.2, 1e-7, 1, QUIET)
                .withThresholds(0.0, 0.5, "{}");
        AttributionTrainer.Scores trained = AttributionTrainer.score(new AttributionExtractor(model), one);
        assertThat(trained.found()).isEqualTo(1);
        assertThat(trained.f1()).isEqualTo(1.0);
    }

    @Test
    void crossFittedScoresEveryArticleWithAModelThatNeverSawIt() {
        List<AttributionTrainer.Article> all = corpus();
        AttributionTrainer.Scores pooled = AttributionTrainer.crossFitted(all, 4, 14, 4, 0.2, 1e-7, 1, 0.0, 0.5);
        assertThat(pooled.gold()).isEqualTo(all.size());
        // "reckoned" is unlisted: only the classifier, trained on the other folds, can find it
        assertThat(pooled.found()).isGreaterThan(all.size() / 2);
        assertThat(pooled.precision()).isGreaterThan(0.9);
    }
}
