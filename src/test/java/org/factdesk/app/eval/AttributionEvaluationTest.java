package org.factdesk.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionEvaluationTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path file) {
        return AttributionEvaluation.run(file, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String lastLine() {
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        return lines[lines.length - 1];
    }

    @Test
    void scoresAFoundAttributionWithItsSource() throws IOException {
        String text = "The plant will close, officials said.";
        // source "officials" [22,31], cue "said" [32,36], content [0,20]
        Path file = dir.resolve("one.jsonl");
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"" + text + "\",\"attributions\":"
                + "[{\"source\":[22,31],\"cue\":[32,36],\"content\":[0,20]}]}\n");
        assertThat(run(file)).isZero();
        assertThat(lastLine()).isEqualTo(
                "{\"task\":\"attribution\",\"n\":1,\"precision\":1.0000,\"recall\":1.0000,\"f1\":1.0000,\"source_accuracy\":1.0000}");
    }

    @Test
    void malformedLineNamesFileAndLineAndExitsWithTwo() throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"x\",\"attributions\":[]}\n{\"id\":\"b\",\"text\":\"y\"}\n");
        assertThat(run(file)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(file + ":2: missing array field \"attributions\"");
    }

    @Test
    void spanOutsideTheTextIsReported() throws IOException {
        Path file = dir.resolve("span.jsonl");
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"short\",\"attributions\":"
                + "[{\"source\":null,\"cue\":[0,2],\"content\":[3,99]}]}\n");
        assertThat(run(file)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(":1: attribution 1 content [3, 99] lies outside");
    }

    @Test
    void contentCoverageCountsGoldCharacters() {
        assertThat(AttributionEvaluation.coverage(new org.factdesk.model.Span(0, 5), new org.factdesk.model.Span(0, 10)))
                .isEqualTo(0.5);
        assertThat(AttributionEvaluation.sourceMatches(null, null)).isTrue();
        assertThat(AttributionEvaluation.sourceMatches(new org.factdesk.model.Span(0, 3), null)).isFalse();
    }

    @Test
    void runsOnThePolnearDevSplitWhenPresent() {
        Path dev = Path.of("../shared/data/attribution/polnear-dev.jsonl");
        Assumptions.assumeTrue(Files.exists(dev), "PolNeAR dev split not available");
        assertThat(run(dev)).isZero();
        assertThat(lastLine()).startsWith("{\"task\":\"attribution\",\"n\":");
    }
}
