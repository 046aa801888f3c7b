package org.factdesk.archive;

import org.factdesk.model.Article;
import org.factdesk.model.Evidence;
import org.factdesk.task.Progress;
import org.junit.jupiter.api.AfterEach;
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

    /** The encoders as they really are again, after a test that simulated a machine where they cannot run. */
    @AfterEach
    void encodersAsTheyAre() {
        DenseEncoder.simulateUnavailable(null);
    }

    private static Article article(String id, String title, String text) {
        return new Article(id, title, text, "Wire", LocalDate.of(2024, 1, 1), "https://example.org/" + id);
    }

    private List<String> find(Archive.Vectors vectors, String claim) throws IOException {
        return find(vectors, DOCS, claim);
    }

    private List<String> find(Archive.Vectors vectors, List<Article> docs, String claim) throws IOException {
        try (Archive archive = Archive.open(tmp.resolve(vectors.name() + docs.size()), vectors)) {
            archive.importDocuments(docs, Progress.NONE);
            return new EvidenceFinder(archive).find(TextClaims.of("q", claim), null, 3).stream()
                    .map(Evidence::docId).toList();
        }
    }

    @Test
    void findsAParaphraseThatSharesNoWordWithTheClaim() throws IOException {
        String claim = "Physicians recommend consuming fruit daily for good health";
        // "health" is only in the title; the text says it with other words entirely
        String reworded = "Medics tell people to munch fruit routinely";

        assertThat(find(Archive.Vectors.NONE, reworded)).doesNotContain("health");
        assertThat(find(Archive.Vectors.ALL, reworded)).first().isEqualTo("health");
        assertThat(find(Archive.Vectors.ALL, claim)).first().isEqualTo("health");
        // short one-passage articles are embedded by default: the same paraphrase is found without asking
        assertThat(find(Archive.Vectors.SHORT, reworded)).first().isEqualTo("health");
    }

    @Test
    void byDefaultOnlyArticlesTheEncoderReadsWholeAreEmbedded() throws IOException {
        try (Archive archive = Archive.open(tmp.resolve("default"))) {
            assertThat(archive.vectors()).isEqualTo(Archive.Vectors.SHORT);
            archive.importDocuments(List.of(NEWS), Progress.NONE);
            assertThat(archive.embeddedArticles()).isZero();
            assertThat(archive.denseSearch()).isFalse();

            archive.importDocuments(DOCS, Progress.NONE);
            assertThat(archive.embeddedArticles()).isEqualTo(DOCS.size());
            assertThat(archive.denseSearch()).isTrue();
        }
        try (Archive archive = Archive.open(tmp.resolve("none"), Archive.Vectors.NONE)) {
            archive.importDocuments(DOCS, Progress.NONE);
            assertThat(archive.embeddedArticles()).isZero();
            assertThat(archive.denseSearch()).isFalse();
        }
    }

    private static final Article NEWS = article("news", "Storm closes rail lines", String.join("\n\n",
            "A storm closed the main rail lines into Berlin on Monday, stranding thousands of travellers at the"
                    + " central station as crews worked through the night to clear fallen trees.",
            "The operator said services to Hamburg and Munich would resume on Tuesday morning, though delays"
                    + " were expected for most of the week while the damaged overhead wires were replaced.",
            "Passengers with tickets for cancelled trains can use them on any service until Friday, the"
                    + " operator added, and refunds can be claimed online or at any staffed station."));

    @Test
    void aNewsArticleAmongClaimsIsRankedByItsPassageWithoutAVector() throws IOException {
        List<Article> docs = new java.util.ArrayList<>(DOCS);
        docs.add(NEWS);

        List<String> found = find(Archive.Vectors.SHORT, docs,
                "Passengers can claim refunds online for cancelled trains until Friday");

        // the claims are embedded, the news article is not: its passage is, when it is found by its words
        assertThat(found).first().isEqualTo("news");
        assertThat(found).contains("rail");
    }

    @Test
    void theImportSaysHowFarTheEmbeddingHasGot() throws IOException {
        List<String> messages = new java.util.ArrayList<>();
        try (Archive archive = Archive.open(tmp.resolve("progress"))) {
            archive.importDocuments(DOCS, progress(messages::add, () -> false));
        }
        assertThat(messages).contains("Imported 0 documents; embedding short ones for dense search: 4 of 4");
    }

    @Test
    void whereTheEncodersCannotRunShortDocumentsAreImportedWithoutVectorsAndSearchedByTheirWords() throws IOException {
        DenseEncoder.simulateUnavailable("the ONNX runtime's native library did not load");
        try (Archive archive = Archive.open(tmp.resolve("no-encoder"))) {
            ImportReport report = archive.importDocuments(DOCS, Progress.NONE);

            assertThat(report.added()).isEqualTo(DOCS.size());
            assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.message())
                    .contains("could not be embedded").contains("native library did not load")
                    .contains("searched by their words"));
            assertThat(archive.embeddedArticles()).isZero();
            assertThat(archive.denseSearch()).isFalse();
            assertThat(new EvidenceFinder(archive).find(TextClaims.of("q", "The train to Berlin was cancelled"), null, 3))
                    .extracting(Evidence::docId).first().isEqualTo("rail");
        }
    }

    @Test
    void anEmbeddedArchiveSearchedWhereTheEncodersCannotRunIsSearchedByItsWords() throws IOException {
        try (Archive archive = Archive.open(tmp.resolve("embedded"))) {
            archive.importDocuments(DOCS, Progress.NONE);
            assertThat(archive.denseSearch()).isTrue();
            DenseEncoder.simulateUnavailable("the ONNX runtime's native library did not load");
            assertThat(new EvidenceFinder(archive).find(TextClaims.of("q", "Share prices fell on Monday"), null, 3))
                    .extracting(Evidence::docId).first().isEqualTo("stocks");
        }
    }

    @Test
    void aCancelWhileEmbeddingWritesNothingOfTheBatch() throws IOException {
        java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();
        // the import's own first check passes; the encoder's do not
        Progress cancelledOnceStarted = progress(message -> { }, () -> checks.incrementAndGet() > 1);
        Path dir = tmp.resolve("cancelled");
        try (Archive archive = Archive.open(dir)) {
            ImportReport report = archive.importDocuments(DOCS, cancelledOnceStarted);

            assertThat(report.cancelled()).isTrue();
            assertThat(archive.size()).isZero();
        }
        try (Archive reopened = Archive.open(dir)) {
            reopened.importDocuments(DOCS, Progress.NONE);
            assertThat(reopened.size()).isEqualTo(DOCS.size());
            assertThat(reopened.embeddedArticles()).isEqualTo(DOCS.size());
        }
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
        try (Archive archive = Archive.open(tmp.resolve("both"), Archive.Vectors.ALL)) {
            archive.importDocuments(DOCS, Progress.NONE);
            Reranker reranker = Reranker.forArchive(archive, true);
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
        try (Archive archive = Archive.open(tmp.resolve("exact"), Archive.Vectors.ALL)) {
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

    private static Progress progress(java.util.function.Consumer<String> messages,
                                     java.util.function.BooleanSupplier cancelled) {
        return new Progress() {
            @Override
            public void update(long done, long total, String message) {
                messages.accept(message);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.getAsBoolean();
            }
        };
    }
}
