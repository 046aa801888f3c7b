package org.factdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.model.Article;
import org.factdesk.model.Evidence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One relevance per passage, comparable across claims, never rising down a list; "nothing close" under the cut-off. */
class RelevanceIT {
    @TempDir
    Path tmp;
    Archive archive;
    EvidenceFinder finder;

    @BeforeEach
    void setUp() throws IOException {
        archive = Archive.open(tmp.resolve("archive"), Archive.Vectors.NONE);
        String filler = " The report gives the background of the talks, the positions of both sides and what officials"
                + " expect to happen over the next weeks, with quotes from diplomats and analysts in several capitals.";
        archive.importDocuments(List.of(
                art("w1", "Pyongyang sends troops", "Around 10,000 North Korean troops have arrived in Russia for training,"
                        + " officials in Seoul said." + filler),
                art("w2", "Troop estimate raised", "Ukrainian intelligence now puts the number of North Korean soldiers in"
                        + " Russia at 12,000." + filler),
                art("w3", "Grain exports", "Wheat exports from the Black Sea ports rose by 8% this season, traders said."
                        + filler),
                art("w4", "Harbour reopens", "The harbour reopened on Monday after a two-week closure." + filler),
                art("w5", "Treaty vote", "The Federation Council approved the treaty with North Korea on Wednesday." + filler)),
                null);
        finder = new EvidenceFinder(archive);
    }

    @AfterEach
    void tearDown() throws IOException {
        archive.close();
    }

    private static Article art(String id, String title, String text) {
        return new Article(id, title, text, "Wire", LocalDate.of(2024, 10, 25), "https://example.org/" + id);
    }

    @Test
    void everyPassageHasARelevanceThatNeverRisesDownTheList() {
        List<Evidence> hits = finder.find(TextClaims.of("c", "About 10,000 North Korean soldiers have entered Russia."),
                null, 10);
        assertThat(hits).hasSizeGreaterThan(1);
        for (int i = 0; i < hits.size(); i++) {
            assertThat(hits.get(i).relevance()).isBetween(0.0, 1.0);
            if (i > 0) {
                assertThat(hits.get(i).relevance()).isLessThanOrEqualTo(hits.get(i - 1).relevance());
            }
        }
        assertThat(Relevance.nothingClose(hits)).isFalse();
        assertThat(hits.getFirst().relevance()).isGreaterThan(hits.getLast().relevance());
    }

    @Test
    void aClaimTheArchiveKnowsNothingAboutHasNothingClose() {
        List<Evidence> hits = finder.find(TextClaims.of("c", "The council approved a budget for bicycle lanes in the city."),
                null, 10);
        assertThat(Relevance.nothingClose(hits)).isTrue();
        assertThat(hits).allSatisfy(e -> assertThat(e.relevance()).isLessThan(Relevance.nothingCloseBelow()));
    }

    @Test
    void theShippedModelSaysHowItWasMadeAndHasACutOffBetweenZeroAndOne() {
        Relevance.Model m = Relevance.shipped();
        assertThat(m.about()).contains("RelevanceTrainer");
        assertThat(m.cutoff()).isBetween(0.0, 1.0);
        assertThat(Relevance.ALL_FEATURES).containsAll(m.features());
    }
}
