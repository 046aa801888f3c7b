package org.factdesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.factdesk.app.eval.AttributionEvaluation;
import org.factdesk.app.eval.CheckWorthinessEvaluation;
import org.factdesk.app.eval.QuantityEvaluation;
import org.factdesk.app.eval.RetrievalEvaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluation runners on random and mutated data files (TSV, JSON, JSONL): each returns 0 with the metrics as the
 * last line of its output, or 2 with {@code FILE:LINE: message} on err; it never throws and never hangs. The seeds
 * are small hand-written files in the formats of EVALUATION.md (no benchmark data).
 */
class EvaluationFuzzTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String CHECKWORTHINESS = """
            id\ttext\tlabel
            1\tAbout 10,000 North Korean soldiers have entered Russia, the Pentagon said.\t1
            2\tThank you all for coming tonight.\t0
            3\tUnemployment fell to 3.9 percent in October.\t1
            4\tWhat a wonderful evening it has been.\t0
            5\t"The treaty provides for immediate military aid," the minister said.\t1
            """;

    static final String ATTRIBUTION = """
            {"id": "a1", "outlet": "Wire", "text": "The minister said the talks had failed.", "attributions": [{"source": [0, 12], "cue": [13, 17], "content": [18, 38]}]}
            {"id": "a2", "outlet": "Wire", "text": "\\"We will win,\\" she told reporters.", "attributions": [{"source": [14, 17], "cue": [18, 22], "content": [1, 12]}]}
            {"id": "a3", "outlet": "Wire", "text": "According to officials, 8,000 troops were deployed.", "attributions": [{"source": null, "cue": [0, 12], "content": [24, 50]}]}
            """;

    static final String QUANTITIES = """
            [
             {"text": "Up to 8,000 soldiers were deployed.", "quantities": [
               {"value": "8000.0", "unit": "soldiers", "normalized_unit": "soldier", "change": "<"}]},
             {"text": "Shares fell 2.5% to $40.", "quantities": [
               {"value": "2.5", "unit": "percent", "normalized_unit": "percentage", "change": "down"},
               {"value": "40.0", "unit": "$", "normalized_unit": "dollar", "change": "="}]},
             {"text": "Thousands of people marched.", "quantities": [
               {"value": "1000-10000", "unit": "people", "normalized_unit": "people", "change": "="}]}
            ]
            """;

    static final String COLLECTION = """
            {"id": "d1", "title": "Troops arrive", "text": "About 10,000 North Korean soldiers arrived in Russia.", "source": "Wire", "published": "2024-10-28", "url": "https://example.org/1"}
            {"id": "d2", "title": "Treaty ratified", "text": "The Federation Council ratified the treaty on 6 November.", "source": "Wire"}
            {"id": "d3", "title": "Harvest", "text": "The wheat harvest was the largest in a decade."}
            """;
    static final String QUERIES = "id\ttext\nq1\t10,000 North Korean soldiers in Russia\nq2\ttreaty ratification vote\n";
    static final String QRELS = "query_id\tdoc_id\nq1\td1\nq2\td2\n";

    @TempDir
    Path dir;

    @Test
    void checkWorthinessEvaluationReturnsZeroOrTwo() throws IOException {
        fuzz("checkworthiness", Fuzz.cases(150), ".tsv", CHECKWORTHINESS,
                (file, out, err) -> CheckWorthinessEvaluation.run(file, out, err));
    }

    @Test
    void attributionEvaluationReturnsZeroOrTwo() throws IOException {
        fuzz("attribution", Fuzz.cases(150), ".jsonl", ATTRIBUTION,
                (file, out, err) -> AttributionEvaluation.run(file, out, err));
    }

    @Test
    void quantityEvaluationReturnsZeroOrTwo() throws IOException {
        fuzz("quantities", Fuzz.cases(150), ".json", QUANTITIES,
                (file, out, err) -> QuantityEvaluation.run(file, out, err));
    }

    @Test
    void retrievalEvaluationReturnsZeroOrTwo() throws IOException {
        // Each run builds an index, so fewer cases; one of the three files is mutated in each.
        Path collection = Files.writeString(dir.resolve("collection.jsonl"), COLLECTION);
        Path queries = Files.writeString(dir.resolve("queries.tsv"), QUERIES);
        Path qrels = Files.writeString(dir.resolve("qrels.tsv"), QRELS);
        int cases = Fuzz.cases(24);
        for (int c = 0; c < cases; c++) {
            Random r = Fuzz.random("retrieval", c);
            int which = c % 3;
            String seed = which == 0 ? COLLECTION : which == 1 ? QUERIES : QRELS;
            String ext = which == 0 ? ".jsonl" : ".tsv";
            Path mutated = Files.write(dir.resolve("mutated-" + c + ext), switch (r.nextInt(4)) {
                case 0 -> Fuzz.randomBytes(r, 500);
                case 1 -> Fuzz.mutate(r, seed.getBytes(StandardCharsets.UTF_8), 3);
                default -> structured(r, seed, ext).getBytes(StandardCharsets.UTF_8);
            });
            Path col = which == 0 ? mutated : collection;
            Path q = which == 1 ? mutated : queries;
            Path qr = which == 2 ? mutated : qrels;
            check("retrieval", c, Files.readAllBytes(mutated), mutated,
                    (file, out, err) -> RetrievalEvaluation.run(col, q, qr, out, err));
        }
    }

    private interface Runner {
        int run(Path file, PrintStream out, PrintStream err);
    }

    private void fuzz(String task, int cases, String ext, String seed, Runner runner) throws IOException {
        int ok = 0;
        for (int c = 0; c < cases; c++) {
            Random r = Fuzz.random(task, c);
            byte[] bytes = switch (r.nextInt(10)) {
                case 0 -> Fuzz.randomBytes(r, 800);
                case 1 -> Fuzz.randomText(r, 80).getBytes(StandardCharsets.UTF_8);
                case 2, 3, 4 -> Fuzz.mutate(r, seed.getBytes(StandardCharsets.UTF_8), 3);
                default -> structured(r, seed, ext).getBytes(StandardCharsets.UTF_8);
            };
            Path file = Files.write(dir.resolve(task + "-" + c + ext), bytes);
            if (check(task, c, bytes, file, runner) == 0) {
                ok++;
            }
            Files.delete(file);
        }
        System.out.printf("EvaluationFuzzTest %s: cases=%d ok=%d malformed=%d seed=%d%n", task, cases, ok,
                cases - ok, Fuzz.seed());
    }

    /** Valid syntax, odd content: values of other types and ranges, cells changed, rows and columns lost. */
    private static String structured(Random r, String seed, String ext) {
        return ext.equals(".tsv") ? Fuzz.mutateTsv(r, seed, 3) : Fuzz.mutateJson(r, seed, 3);
    }

    private static int check(String task, int c, byte[] input, Path file, Runner runner) {
        String where = Fuzz.where(task + " evaluation", c);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try {
            status = Fuzz.withTimeout(LIMIT, where, () -> {
                try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                     PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                    return runner.run(file, o, e);
                }
            });
        } catch (AssertionError e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(task + " evaluation threw " + t + " in " + where + "; input: "
                    + Fuzz.describe(input), t);
        }
        String errText = err.toString(StandardCharsets.UTF_8);
        assertThat(status).as("exit status of %s (err: %s); input: %s", where, errText, Fuzz.describe(input))
                .isIn(0, 2);
        if (status == 2) {
            assertThat(errText).as("message of %s; input: %s", where, Fuzz.describe(input)).isNotBlank();
        } else {
            String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
            JsonNode metrics;
            try {
                metrics = JSON.readTree(lines[lines.length - 1]);
            } catch (IOException e) {
                throw new AssertionError("last line of " + where + " is not JSON: " + lines[lines.length - 1], e);
            }
            assertThat(metrics.isObject()).as("metrics of %s", where).isTrue();
        }
        return status;
    }
}
