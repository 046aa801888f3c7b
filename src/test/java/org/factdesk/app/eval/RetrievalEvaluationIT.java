package org.factdesk.app.eval;

import org.factdesk.archive.Archive;
import org.factdesk.archive.DenseFusion;
import org.factdesk.archive.EvidenceFinder;
import org.factdesk.archive.EvidenceSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetrievalEvaluationIT {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path c, Path q, Path r) {
        return RetrievalEvaluation.run(c, q, r, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Runs with --in-article, checks the exit code and returns what was printed. */
    private String runInArticle(Path c, Path q, Path r) {
        int code = RetrievalEvaluation.run(c, q, r, RetrievalEvaluation.Options.defaults().withInArticle(true),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The metrics' JSON line. */
    private static String lastLine(String text) {
        return text.strip().lines().reduce((x, y) -> y).orElseThrow();
    }

    private Path collection() throws IOException {
        return Files.writeString(tmp.resolve("collection.jsonl"), """
                {"id": "d1", "title": "Troops enter Russia", "text": "About 10,000 North Korean soldiers entered Russia."}
                {"id": "d2", "title": "Grain", "text": "Wheat exports rose this season."}
                {"id": "d3", "title": "Launch", "text": "North Korea launched an intercontinental ballistic missile."}
                """);
    }

    @Test
    void scoresAPerfectRankingAndEndsWithTheJsonLine() throws IOException {
        Path q = Files.writeString(tmp.resolve("q.tsv"), "id\ttext\nq1\tten thousand DPRK troops in Russia\nq2\tICBM launch by Pyongyang\n");
        Path r = Files.writeString(tmp.resolve("r.tsv"), "query_id\tdoc_id\nq1\td1\nq2\td3\n");
        assertThat(run(collection(), q, r)).isZero();
        // one-sentence documents: embedded at import, as the workbench's archive would (decision 15)
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("dense-fused search: 3 of 3 articles");
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines[lines.length - 1]).isEqualTo(
                "{\"task\":\"retrieval\",\"n\":2,\"map_at_5\":1.0000,\"mrr_at_5\":1.0000,\"recall_at_10\":1.0000,"
                        + "\"recall_at_100\":1.0000}");
    }

    @Test
    void dropRelevantLeavesOutTheRelevantDocumentsOfASeededShareAndCountsWhatIsSaidNothingClose() throws IOException {
        Path q = Files.writeString(tmp.resolve("q.tsv"), "id\ttext\nq1\tten thousand DPRK troops in Russia\n"
                + "q2\tICBM launch by Pyongyang\nq3\tWheat exports rose this season\nq4\tNorth Korean soldiers in Russia\n");
        Path r = Files.writeString(tmp.resolve("r.tsv"), "query_id\tdoc_id\nq1\td1\nq2\td3\nq3\td2\nq4\td1\n");
        int code = RetrievalEvaluation.run(collection(), q, r,
                RetrievalEvaluation.Options.defaults().withDrop(new RetrievalEvaluation.Drop(0.5, 7)), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        String json = lastLine(out.toString(StandardCharsets.UTF_8));
        assertThat(json).startsWith("{\"task\":\"retrieval\",\"n\":2,").contains("\"drop_relevant\":0.5,\"seed\":7,"
                + "\"unanswerable\":2,").contains("\"flagged_unanswerable\":").contains("\"flagged_answerable\":");
        // the same seed leaves out the same queries
        assertThat(RetrievalEvaluation.dropped(RetrievalEvaluation.readQueriesQuietly(q), RetrievalEvaluation.readQrelsQuietly(r),
                new RetrievalEvaluation.Drop(0.5, 7))).isEqualTo(RetrievalEvaluation.dropped(
                RetrievalEvaluation.readQueriesQuietly(q), RetrievalEvaluation.readQrelsQuietly(r),
                new RetrievalEvaluation.Drop(0.5, 7))).hasSize(2);
    }

    @Test
    void inArticleSearchesAQueryTakenFromItsArchivedArticleAsAClaimOfThatArticle() throws IOException {
        Path c = Files.writeString(tmp.resolve("dated.jsonl"), """
                {"id": "d1", "title": "Troops enter Russia", "text": "About 10,000 North Korean soldiers entered Russia.", "published": "2024-10-28"}
                {"id": "d2", "title": "Grain", "text": "Wheat exports rose this season.", "published": "2024-10-20"}
                {"id": "d3", "title": "Launch", "text": "North Korea launched an intercontinental ballistic missile.", "published": "2024-10-31"}
                {"id": "d4", "title": "Soldiers cross the border", "text": "Some 10,000 soldiers from North Korea are now in Russia.", "published": "2024-10-29"}
                """);
        // d1's query is its own text; d2's id names an unrelated document (as CLEF's post ids name fact-checks)
        Path q = Files.writeString(tmp.resolve("q.tsv"),
                "id\ttext\nd1\tAbout 10,000 North Korean soldiers entered Russia.\nd2\tICBM launch by Pyongyang\n");
        Path r = Files.writeString(tmp.resolve("r.tsv"), "query_id\tdoc_id\nd1\td4\nd2\td3\n");
        String text = runInArticle(c, q, r);
        assertThat(text).contains("1 of them passages of their archived article, searched as claims of it");
        // d4, dated the day after d1, is of its news cycle and ranks first; d1 itself is left out
        assertThat(lastLine(text)).contains("\"map_at_5\":1.0000");
    }

    @Test
    void inArticleFindsAQuerysArticleImportedUnderAnotherIdBecauseItsIdWasTaken() throws IOException {
        Path c = Files.writeString(tmp.resolve("shared-ids.jsonl"), """
                {"id": "empty", "title": "Grain", "text": "Wheat exports rose this season.", "published": "2024-10-20"}
                {"id": "empty", "title": "Troops enter Russia", "text": "About 10,000 North Korean soldiers entered Russia.", "published": "2024-10-28"}
                {"id": "d4", "title": "Soldiers cross the border", "text": "Some 10,000 soldiers from North Korea are now in Russia.", "published": "2024-10-29"}
                """);
        Path q = Files.writeString(tmp.resolve("q.tsv"), "id\ttext\nempty\tAbout 10,000 North Korean soldiers entered Russia.\n");
        Path r = Files.writeString(tmp.resolve("r.tsv"), "query_id\tdoc_id\nempty\td4\n");
        String text = runInArticle(c, q, r);
        // the troops article came second and is "empty (2)": it is still the query's own article
        assertThat(text).contains("1 of them passages of their archived article, searched as claims of it");
        assertThat(lastLine(text)).contains("\"map_at_5\":1.0000");
    }

    @Test
    void aRelevantDocumentThatSharesTheQuerysIdIsCountedNotSkippedAsTheQuerysOwn() throws IOException {
        // ids of posts and of fact-checks are both small numbers in CLEF: query d3 is not document d3's lede
        Path q = Files.writeString(tmp.resolve("q.tsv"), "id\ttext\nd3\tICBM launch by Pyongyang\n");
        Path r = Files.writeString(tmp.resolve("r.tsv"), "query_id\tdoc_id\nd3\td3\n");
        assertThat(run(collection(), q, r)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"map_at_5\":1.0000");
    }

    @Test
    void keptArchiveIsImportedOnceAndReusedWithTheSameScores() throws IOException {
        Path q = Files.writeString(tmp.resolve("q.tsv"), "id\ttext\nq1\tten thousand DPRK troops in Russia\n");
        Path r = Files.writeString(tmp.resolve("r.tsv"), "query_id\tdoc_id\nq1\td1\n");
        Path kept = tmp.resolve("kept");
        var options = RetrievalEvaluation.Options.defaults().withKeepArchive(kept);
        assertThat(RetrievalEvaluation.run(collection(), q, r, options, printer(out), printer(err))).isZero();
        String first = out.toString(StandardCharsets.UTF_8);
        out.reset();
        assertThat(RetrievalEvaluation.run(collection(), q, r, options, printer(out), printer(err))).isZero();
        String second = out.toString(StandardCharsets.UTF_8);

        assertThat(first).contains("imported 3 documents");
        assertThat(second).contains("reusing the archive").doesNotContain("imported");
        assertThat(lastLine(second)).isEqualTo(lastLine(first));
        assertThat(kept).isDirectory();
    }

    @Test
    void aSweepMeasuresEachSettingOverOneImportAndEndsWithTheLastOnesJson() throws IOException {
        Path q = Files.writeString(tmp.resolve("q.tsv"), "id\ttext\nq1\tten thousand DPRK troops in Russia\n");
        Path r = Files.writeString(tmp.resolve("r.tsv"), "query_id\tdoc_id\nq1\td1\n");
        var settings = java.util.List.of(
                EvidenceSettings.of(EvidenceFinder.Tuning.parse("k1=1.2,b=0.75")),
                EvidenceSettings.of(EvidenceFinder.Tuning.parse("k1=0.9")).withRerank(false));
        var options = RetrievalEvaluation.Options.defaults().withVectors(Archive.Vectors.NONE).withSettings(settings);

        assertThat(RetrievalEvaluation.run(collection(), q, r, options, printer(out), printer(err))).isZero();

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).containsOnlyOnce("imported 3 documents").contains("lexical search: 0 of 3")
                .contains("== " + settings.get(0)).contains("== " + settings.get(1));
        assertThat(text.lines().filter(l -> l.startsWith("{\"task\":\"retrieval\"")).count()).isEqualTo(2);
        assertThat(lastLine(text)).contains("\"map_at_5\":1.0000");
    }

    @Test
    void aTuningWithAnUnknownNameIsRefusedWithTheNamesItTakes() {
        assertThatThrownBy(() -> EvidenceFinder.Tuning.parse("k1=0.9,bb=0.4"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'bb=0.4'")
                .hasMessageContaining("k1, b,");
        assertThatThrownBy(() -> EvidenceFinder.Tuning.parse("k1=high")).hasMessageContaining("'high' is not a number");
        assertThatThrownBy(() -> DenseFusion.Params.parse("lin:x")).hasMessageContaining("use rrf:C:W or lin:W");
    }

    private static PrintStream printer(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }

    @Test
    void malformedQrelsLineGivesFileAndLineAndExitTwo() throws IOException {
        Path q = Files.writeString(tmp.resolve("q.tsv"), "id\ttext\nq1\tsoldiers\n");
        Path r = Files.writeString(tmp.resolve("r.tsv"), "query_id\tdoc_id\nq1\td1\nthis line has no tab\n");
        assertThat(run(collection(), q, r)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("r.tsv:3:");
    }

    @Test
    void malformedCollectionLineGivesFileAndLineAndExitTwo() throws IOException {
        Path c = Files.writeString(tmp.resolve("c.jsonl"), "{\"id\": \"d1\", \"text\": \"ok\"}\n{not json\n");
        Path q = Files.writeString(tmp.resolve("q.tsv"), "id\ttext\nq1\tok\n");
        Path r = Files.writeString(tmp.resolve("r.tsv"), "query_id\tdoc_id\nq1\td1\n");
        assertThat(run(c, q, r)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("c.jsonl:2:");
    }

    @Test
    void averagePrecisionDividesByTheNumberOfRelevantDocuments() {
        var m = RetrievalEvaluation.Metrics.of(java.util.List.of("a", "x", "b"), java.util.Set.of("a", "b", "c", "d"));
        assertThat(m.ap5()).isEqualTo((1.0 + 2.0 / 3) / 4);
        assertThat(m.rr5()).isEqualTo(1.0);
        assertThat(m.r10()).isEqualTo(0.5);
    }
}
