package org.factdesk.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factdesk.LabMain;
import org.factdesk.StandardStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the benchmark harness from rotting: both benchmarks run end to end on tiny inputs and their
 * last line is a JSON object with the keys docs/benchmarks.md and the README rely on. (The numbers
 * themselves come from the documented command, not from this test.)
 */
class BenchCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @RegisterExtension
    final StandardStreams streams = new StandardStreams();

    private int run(String... args) {
        streams.reset();
        return LabMain.execute((d, demo) -> {
            throw new AssertionError("bench must not open a window");
        }, args);
    }

    private JsonNode lastLineJson() throws Exception {
        String[] lines = streams.out().strip().split("\\R");
        return JSON.readTree(lines[lines.length - 1]);
    }

    @Test
    void extractBenchEndsWithTimingsAndMachine() throws Exception {
        assertThat(run("bench", "extract", "--articles", "2", "--warmup", "1", "--iterations", "4"))
                .as(streams.err()).isZero();
        JsonNode r = lastLineJson();
        assertThat(r.path("bench").asText()).isEqualTo("extract");
        assertThat(fieldNames(r)).contains("model_load_ms", "median_ms", "p95_ms", "median_ms_per_1000_words",
                "p95_ms_per_1000_words", "median_cpu_ms_per_1000_words", "mean_words", "target_met");
        assertThat(r.path("mean_words").asInt()).isBetween(900, 1400);
        assertThat(r.path("median_ms").asDouble()).isPositive();
        assertMachine(r.path("machine"));
        assertThat(streams.out()).contains("median ms per 1,000 words");
    }

    @Test
    void archiveBenchComparesBothEnginesOnATinyGeneratedCorpus() throws Exception {
        Path source = tinyCorpus(dir.resolve("tiny.jsonl"), 40);
        Path work = Files.createDirectories(dir.resolve("work"));
        assertThat(run("bench", "archive", "--docs", "2000", "--source", source.toString(), "--queries", "10",
                "--warmup", "3", "--work", work.toString())).as(streams.err()).isZero();

        JsonNode r = lastLineJson();
        assertThat(r.path("bench").asText()).isEqualTo("archive");
        assertThat(r.path("corpus").path("kind").asText()).isEqualTo("recombined");
        assertMachine(r.path("machine"));
        JsonNode run = r.path("runs").get(0);
        assertThat(run.path("docs").asInt()).isEqualTo(2000);
        for (String engine : List.of("factdesk", "sqlite_fts5")) {
            JsonNode e = run.path(engine);
            assertThat(fieldNames(e)).as(engine).contains("imported", "articles_per_s", "mb_per_s", "p50_ms",
                    "p95_ms", "cpu_p50_ms", "process_cpu_mean_ms", "heap_after_import_mb", "heap_during_search_mb",
                    "max_heap_mb", "disk_mb", "mean_hits");
            assertThat(e.path("imported").asInt()).as(engine).isEqualTo(2000);
            assertThat(e.path("disk_mb").asDouble()).as(engine).isPositive();
            assertThat(e.path("mean_hits").asDouble()).as(engine).isPositive();
        }
        // recombined articles have several paragraphs: none is embedded, the timed searches are lexical
        assertThat(run.path("factdesk").path("embedded_articles").asLong()).isZero();
        assertThat(streams.out()).contains("0 articles with dense vectors; searches are lexical");
        assertThat(streams.out()).contains("import, articles/s", "claim -> top 10, p95 ms");
        try (var left = Files.list(work)) {
            assertThat(left).as("indexes are deleted without --keep").isEmpty();
        }
    }

    @Test
    void archiveBenchSaysWhatToDoWhenTheSourceIsMissing() {
        assertThat(run("bench", "archive", "--docs", "10", "--source", dir.resolve("nope.jsonl").toString()))
                .isEqualTo(1);
        assertThat(streams.err()).contains("nope.jsonl", "does not exist", "--source");
    }

    private static void assertMachine(JsonNode m) {
        assertThat(fieldNames(m)).contains("cores", "cpu", "ram_mb", "jdk", "max_heap_mb");
        assertThat(m.path("cores").asInt()).isPositive();
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A made-up archive: news-like sentences with numbers, speakers and places, one article per line. */
    private static Path tinyCorpus(Path file, int articles) throws Exception {
        String[] who = {"The minister", "Officials", "The ministry of defence", "A spokesperson", "Analysts"};
        String[] what = {"troops", "tonnes of grain", "refugees", "drones", "soldiers", "artillery shells"};
        String[] where = {"near the border", "in the capital", "along the front line", "in the north", "at the port"};
        Random random = new Random(7);
        StringBuilder lines = new StringBuilder();
        for (int a = 0; a < articles; a++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 12; s++) {
                // short sentences keep the 2,000-article import quick
                text.append(who[random.nextInt(who.length)]).append(" said ")
                        .append(1000 + random.nextInt(20000)).append(' ').append(what[random.nextInt(what.length)])
                        .append(" moved ").append(where[random.nextInt(where.length)]).append(". ");
            }
            ObjectNode o = JSON.createObjectNode().put("id", "tiny-" + a).put("title", "Report " + a)
                    .put("text", text.toString().strip());
            lines.append(JSON.writeValueAsString(o)).append('\n');
        }
        return Files.writeString(file, lines);
    }
}
