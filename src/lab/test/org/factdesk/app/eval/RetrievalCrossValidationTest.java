package org.factdesk.app.eval;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RetrievalCrossValidationTest {
    @Test
    void choosesTheTuningBetterOnEverySetAndScoresEachQueryWithATuningChosenWithoutIt() {
        List<RetrievalCrossValidation.Row> rows = new ArrayList<>();
        for (String set : List.of("a", "b")) {
            for (int q = 0; q < 10; q++) {
                rows.add(new RetrievalCrossValidation.Row(set, "", "q" + q, 0.5, 0.5));
                // better on nine queries of ten, worse on one
                rows.add(new RetrievalCrossValidation.Row(set, "k1=1.2", "q" + q, q == 0 ? 0.0 : 1.0, 1.0));
            }
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();

        RetrievalCrossValidation.crossValidate(rows, List.of("", "k1=1.2"), 5, 1,
                new PrintStream(buf, true, StandardCharsets.UTF_8));

        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("chosen on all train queries: [k1=1.2]")
                .contains("a: MAP@5 0.9000 vs 0.5000").contains("b: MAP@5 0.9000 vs 0.5000");
        assertThat(out.lines().filter(l -> l.startsWith("fold ")).count()).isEqualTo(5);
    }
}
