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

class DenseRetrievalIT {
    @TempDir
    Path tmp;

    private static final List<Article> DOCS = List.of(
            article("health", "Nutrition guidance", "Doctors advise eating an apple each day to stay well."),
            article("rail", "Rail disruption", "The train to Berlin was cancelled after a storm damaged the line."),
            article("stocks", "Markets", "Share prices fell sharply on Monday as investors sold bank stocks."),
            article("vote", "Election", "The opposition party won the regional vote by a narrow margin."));

    private static Article article(String id, String title, String text) {
        return new Article(id, title, text, "Wire", LocalDate.of(2024, 1, 1), "https://example.org/" + id);
    }

    private List<String> find(boolean dense, String claim) throws IOException {
        try (Archive archive = Archive.open(tmp.resolve(dense ? "dense" : "plain"), dense)) {
            archive.importDocuments(DOCS, Progress.NONE);
            return new EvidenceFinder(archive).find(TextClaims.of("q", claim), null, 3).stream()
                    .map(Evidence::docId).toList();
        }
    }

    @Test
    void findsAParaphraseThatSharesNoWordWithTheClaim() throws IOException {
        String claim = "Physicians recommend consuming fruit daily for good health";
        // "health" is only in the title; the text says it with other words entirely
        String reworded = "Medics tell people to munch fruit routinely";

        assertThat(find(false, reworded)).doesNotContain("health");
        assertThat(find(true, reworded)).first().isEqualTo("health");
        assertThat(find(true, claim)).first().isEqualTo("health");
    }

    @Test
    void denseIsOffUnlessAsked() throws IOException {
        try (Archive archive = Archive.open(tmp.resolve("default"))) {
            assertThat(archive.dense()).isFalse();
        }
    }
}
