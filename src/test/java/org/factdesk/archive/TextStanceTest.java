package org.factdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factdesk.app.eval.StanceEvaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextStanceTest {
    @Test
    void passageRestatingTheClaimSupportsIt() {
        assertThat(TextStance.judge("The Cretaceous ended with a mass extinction.",
                "The Cretaceous ended with a large mass extinction event.").supports()).isTrue();
    }

    @Test
    void negationOnOneSideGoesAgainstTheClaim() {
        TextStance.Judgement j = TextStance.judge("She refused to model for the brand.",
                "She has modelled for the brand and for two others.");
        assertThat(j.supports()).isFalse();
        assertThat(j.negationMismatch()).isTrue();
    }

    @Test
    void aMissingNumberGoesAgainstTheClaim() {
        TextStance.Judgement j = TextStance.judge("The bridge opened in 1932.", "The bridge opened in 1937 after delays.");
        assertThat(j.missingNumber()).isTrue();
        assertThat(j.supports()).isFalse();
    }

    @Test
    void evaluationReportsAccuracyAndRejectsMalformedLines(@TempDir Path dir) throws Exception {
        Path ok = Files.writeString(dir.resolve("ok.jsonl"), """
                {"id":"1","claim":"The Cretaceous ended.","evidence":"The Cretaceous ended with an extinction.","label":"SUPPORTS"}
                {"id":"2","claim":"She refused to sing.","evidence":"She sang at the festival.","label":"REFUTES"}
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(StanceEvaluation.run(ok, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines[lines.length - 1]).startsWith("{\"task\":\"stance\",\"n\":2,\"accuracy\":1.0000");

        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\":\"1\",\"claim\":\"x\",\"evidence\":\"y\",\"label\":\"MAYBE\"}\n");
        assertThat(StanceEvaluation.run(bad, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.jsonl:1");
    }
}
