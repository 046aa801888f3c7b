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
    void secondEncoderReadsAParaphraseCloserThanAnUnrelatedText() {
        DenseEncoder e5 = DenseEncoder.e5();
        float[] claim = e5.embedQuery("Medics tell people to munch fruit routinely");

        double paraphrase = DenseEncoder.dot(claim, e5.embedPassage("Doctors advise eating an apple each day to stay well."));
        double unrelated = DenseEncoder.dot(claim, e5.embedPassage("Share prices fell sharply on Monday."));

        assertThat(claim).hasSize(DenseEncoder.DIMENSION);
        assertThat(DenseEncoder.dot(claim, claim)).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-4));
        assertThat(paraphrase).isGreaterThan(unrelated);
    }

    @Test
    void rerankerReadsBothStoredVectorsOfADenseArchive() throws IOException {
        try (Archive archive = Archive.open(tmp.resolve("both"), true)) {
            archive.importDocuments(DOCS, Progress.NONE);
            Reranker reranker = Reranker.forArchive(archive);
            List<Evidence> hits = new EvidenceFinder(archive, EvidenceFinder.Tuning.DEFAULT, null)
                    .find(TextClaims.of("q", "Physicians recommend consuming fruit daily"), null, 4);

            double[][] x = reranker.features("Physicians recommend consuming fruit daily", hits);

            int cosine = RerankFeatures.names(true).indexOf("cosine");
            int e5 = RerankFeatures.names(true).indexOf("e5Cosine");
            assertThat(hits).first().extracting(Evidence::docId).isEqualTo("health");
            assertThat(x[0][cosine]).isGreaterThan(0.3);
            int e5Text = RerankFeatures.names(true).indexOf("e5TextCosine");
            assertThat(x[0][e5]).isGreaterThan(0.3);
            assertThat(x[0][e5Text]).isGreaterThan(0.3);
            for (int i = 1; i < x.length; i++) {
                assertThat(x[0][e5]).isGreaterThan(x[i][e5]);
                assertThat(x[0][e5Text]).isGreaterThan(x[i][e5Text]);
            }
        }
    }

    @Test
    void exactScanFindsTheSameNeighboursAsTheGraphSearchAndKeepsToTheFilter() throws IOException {
        try (Archive archive = Archive.open(tmp.resolve("exact"), true)) {
            archive.importDocuments(DOCS, Progress.NONE);
            float[] q = DenseFusion.queryVector("Physicians recommend consuming fruit daily");
            var articles = new org.apache.lucene.search.TermQuery(
                    new org.apache.lucene.index.Term(ArchiveSchema.TYPE, ArchiveSchema.TYPE_ARTICLE));
            var notHealth = new org.apache.lucene.search.BooleanQuery.Builder()
                    .add(articles, org.apache.lucene.search.BooleanClause.Occur.FILTER)
                    .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(ArchiveSchema.ID, "health")),
                            org.apache.lucene.search.BooleanClause.Occur.MUST_NOT).build();
            var s = archive.searchers().acquire();
            try {
                var graph = s.search(new org.apache.lucene.search.KnnFloatVectorQuery(DenseFusion.VECTOR, q, 3, articles), 3).scoreDocs;
                var exact = DenseFusion.exactNearest(s, DenseFusion.VECTOR, q, 3, articles);
                var filtered = DenseFusion.exactNearest(s, DenseFusion.VECTOR, q, 10, notHealth);

                assertThat(exact).hasSize(3);
                for (int i = 0; i < 3; i++) {
                    assertThat(exact[i].doc).isEqualTo(graph[i].doc);
                    assertThat(exact[i].score).isCloseTo(graph[i].score, org.assertj.core.api.Assertions.within(1e-5f));
                }
                assertThat(DenseFusion.idOf(s, exact[0].doc)).isEqualTo("health");
                assertThat(filtered).hasSize(3);
                for (var sd : filtered) {
                    assertThat(DenseFusion.idOf(s, sd.doc)).isNotEqualTo("health");
                }
            } finally {
                archive.searchers().release(s);
            }
        }
    }

    @Test
    void denseIsOffUnlessAsked() throws IOException {
        try (Archive archive = Archive.open(tmp.resolve("default"))) {
            assertThat(archive.dense()).isFalse();
        }
    }
}
