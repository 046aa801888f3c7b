package org.factdesk.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuantityEvaluationTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path file) {
        return QuantityEvaluation.run(file, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private JsonNode lastLine() throws Exception {
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        return new ObjectMapper().readTree(lines[lines.length - 1]);
    }

    @Test
    void scoresValueUnitAndChangeAndEndsWithOneJsonLine() throws Exception {
        Path file = dir.resolve("q.json");
        Files.writeString(file, """
                [
                 {"text": "Up to 8,000 soldiers were deployed.", "quantities": [
                   {"value": "8000.0", "unit": "soldiers", "normalized_unit": "soldier", "change": "<"}]},
                 {"text": "Shares fell 2.5% to $40.", "quantities": [
                   {"value": "2.5", "unit": "percent", "normalized_unit": "percentage", "change": "down"},
                   {"value": "40.0", "unit": "$", "normalized_unit": "dollar", "change": "="}]},
                 {"text": "Thousands of people marched.", "quantities": [
                   {"value": "1000-10000", "unit": "people", "normalized_unit": "people", "change": "="}]}
                ]
                """);
        assertThat(run(file)).isZero();
        JsonNode json = lastLine();
        assertThat(json.get("task").asText()).isEqualTo("quantities");
        assertThat(json.get("n").asInt()).isEqualTo(3);
        assertThat(json.get("value_f1").asDouble()).isEqualTo(1.0);
        assertThat(json.get("value_unit_f1").asDouble()).isEqualTo(1.0);
        assertThat(json.get("value_change_f1").asDouble()).isEqualTo(1.0);
        assertThat(json.has("value_precision")).isTrue();
        assertThat(json.has("value_change_recall")).isTrue();
    }

    @Test
    void reportsTheFileAndLineOfAMalformedItemAndExitsWith2() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "[\n {\"text\": \"ok\", \"quantities\": []},\n {\"quantities\": []}\n]\n");
        assertThat(run(file)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(file + ":3: ").contains("text");
    }

    @Test
    void reportsBrokenJsonWithItsLine() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "[\n {\"text\": \"ok\", \"quantities\": []},\n {\"text\": \"x\" \"quantities\": []}\n]\n");
        assertThat(run(file)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(file + ":3: ");
    }

    @Test
    void rejectsAValueThatIsNotANumber() throws Exception {
        Path file = dir.resolve("value.json");
        Files.writeString(file, "[{\"text\": \"ok\", \"quantities\": [{\"value\": \"many\", \"change\": \"=\"}]}]");
        assertThat(run(file)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(":1: ").contains("many");
    }

    @Test
    void meetsTheTargetsOnNewsQuantDevWhenTheDataIsPresent() throws Exception {
        Path dev = Path.of("../shared/data/quantities/newsquant-dev.json");
        Assumptions.assumeTrue(Files.exists(dev), "NewsQuant dev split not present");
        assertThat(run(dev)).isZero();
        JsonNode json = lastLine();
        assertThat(json.get("value_f1").asDouble()).isGreaterThanOrEqualTo(0.93);
        // 0.873 before decision 30: "rose from X to Y" is now a change (two figures), where NewsQuant's dev
        // annotation has a range in a sentence or two; the held-out half decides, not this split
        assertThat(json.get("value_unit_f1").asDouble()).isGreaterThanOrEqualTo(0.865);
        assertThat(json.get("value_change_f1").asDouble()).isGreaterThanOrEqualTo(0.89);
    }
}
