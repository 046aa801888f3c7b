package org.factdesk.archive;

import org.factdesk.model.Article;
import org.factdesk.model.Evidence;
import org.factdesk.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The learned last stage on small real archives: what it re-orders, what it leaves alone. */
class RerankerIT {
    @TempDir
    Path tmp;

    /** Fact-checked claims, a sentence each, as in a fact-checker's archive. */
    static final List<Article> CHECKS = List.of(
            check("1", "Did Iran Offer an $80 Million Bounty for Trump's Head?",
                    "Iran's government announced an $80 million bounty on the head of U.S. President Donald Trump."),
            check("2", "Is Minecraft Shutting Down in 2020?", "The video game Minecraft is being shut down in 2020."),
            check("3", "Did a Photograph Show Engagement Rings Taken From War Victims?",
                    "A photograph shows engagement rings removed from victims of World War II."),
            check("4", "Is the U.S. Army Texting People About a Military Draft?",
                    "The U.S. Army is sending text messages informing people they have been selected for a draft."),
            check("5", "Did Trump Say Iran Would Pay?", "President Trump said Iran would pay a big price for the attack."));

    private static Article check(String id, String title, String text) {
        return new Article(id, title, text, "factcheck.example", LocalDate.of(2020, 1, 10), "https://example.org/" + id);
    }

    /** A report of a few hundred words: longer than any claim. */
    private static Article report(String id, String title, String topic) {
        String text = ("Officials discussed " + topic + " at length on Tuesday, and reporters asked many questions. ")
                .repeat(12);
        return new Article(id, title, text, "Wire " + id, LocalDate.of(2020, 1, 10), "https://example.org/" + id);
    }

    @Test
    void findsTheFactCheckOfAPostWithLinksAndSignature() throws IOException {
        try (Archive archive = Archive.open(tmp.resolve("checks"), Archive.Vectors.NONE)) {
            archive.importDocuments(CHECKS, Progress.NONE);
            String post = "OMG! Iran's regime just announced an $80 million bounty for anyone who brings the head of"
                    + " @realDonaldTrump #FreeIran2020pic.twitter.com/uB3xyz — Some One (@someone) January 5, 2020";

            List<Evidence> found = new EvidenceFinder(archive).find(TextClaims.of("q", post), null, 3);

            assertThat(found).first().extracting(Evidence::docId).isEqualTo("1");
            // the shown score is the model's probability of relevance
            assertThat(found).allSatisfy(e -> assertThat(e.score()).isBetween(0.0, 1.0));
        }
    }

    @Test
    void reordersOnlyTheFirstStagesResults() throws IOException {
        try (Archive archive = Archive.open(tmp.resolve("checks"), Archive.Vectors.NONE)) {
            archive.importDocuments(CHECKS, Progress.NONE);
            var claim = TextClaims.of("q", "Trump says Iran will pay for the bounty on his head");

            List<String> first = ids(new EvidenceFinder(archive, EvidenceFinder.Tuning.DEFAULT, null).find(claim, null, 10));
            List<String> reranked = ids(new EvidenceFinder(archive).find(claim, null, 10));

            assertThat(reranked).containsExactlyInAnyOrderElementsOf(first);
        }
    }

    @Test
    void leavesLongReportsInTheFirstStagesOrder() throws IOException {
        try (Archive archive = Archive.open(tmp.resolve("reports"), Archive.Vectors.NONE)) {
            archive.importDocuments(List.of(report("a", "Budget talks", "the budget and the bounty"),
                    report("b", "Bounty offered", "the bounty offered by Iran"),
                    report("c", "Iran talks", "Iran and the budget")), Progress.NONE);
            var claim = TextClaims.of("q", "Iran offered a bounty");

            List<Evidence> first = new EvidenceFinder(archive, EvidenceFinder.Tuning.DEFAULT, null).find(claim, null, 3);
            List<Evidence> reranked = new EvidenceFinder(archive).find(claim, null, 3);

            assertThat(ids(reranked)).containsExactlyElementsOf(ids(first));
            assertThat(reranked.getFirst().score()).isEqualTo(first.getFirst().score());
        }
    }

    @Test
    void isTurnedOffByTheSettingsForComparisons() throws IOException {
        try (Archive archive = Archive.open(tmp.resolve("off"), Archive.Vectors.NONE)) {
            archive.importDocuments(CHECKS, Progress.NONE);
            var claim = TextClaims.of("q", "Trump says Iran will pay for the bounty on his head");

            List<Evidence> off = new EvidenceFinder(archive, EvidenceSettings.DEFAULT.withRerank(false))
                    .find(claim, null, 10);
            List<Evidence> firstStages = new EvidenceFinder(archive, EvidenceFinder.Tuning.DEFAULT, null)
                    .find(claim, null, 10);

            assertThat(off).extracting(Evidence::docId).containsExactlyElementsOf(ids(firstStages));
            assertThat(off).extracting(Evidence::score)
                    .containsExactlyElementsOf(firstStages.stream().map(Evidence::score).toList());
            assertThat(Reranker.forArchive(archive, false).model().features()).isEqualTo(RerankFeatures.LEXICAL);
        }
    }

    private static List<String> ids(List<Evidence> es) {
        return es.stream().map(Evidence::docId).toList();
    }
}
