package org.factdesk.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CheckWorthinessTrainerTest {

    @Test
    void choosesTheThresholdThatMaximisesF1() {
        double[] scores = {0.9, 0.8, 0.7, 0.6, 0.2, 0.1};
        int[] labels = {1, 1, 0, 1, 0, 0};
        CheckWorthinessTrainer.ThresholdChoice c = CheckWorthinessTrainer.bestThreshold(scores, labels);
        assertThat(c.f1()).isCloseTo(6.0 / 7, org.assertj.core.data.Offset.offset(1e-9)); // top 4: P 3/4, R 1
        assertThat(c.threshold()).isStrictlyBetween(0.2, 0.6);
        assertThat(CheckWorthinessTrainer.evaluateAt(scores, labels, c.threshold()).f1()).isEqualTo(c.f1());
    }

    @Test
    void trainsAModelThatSeparatesClaimsFromChatterAndRoundTripsThroughItsFile(@TempDir Path dir) throws Exception {
        StringBuilder tsv = new StringBuilder("id\ttext\tlabel\n");
        String[] claims = {"Taxes rose by 12 percent in 2010.", "The deficit is $400 billion this year.",
                "Crime fell 20 percent since 1990.", "He voted against the bill 15 times.",
                "Unemployment is at 9 percent.", "We lost 800,000 jobs last month."};
        String[] chatter = {"Thank you very much.", "Let me answer that.", "I want to thank the moderator.",
                "Good evening everyone.", "That's a great question.", "Well, let me tell you."};
        int id = 0;
        for (int rep = 0; rep < 5; rep++) {
            for (String c : claims) tsv.append(id++).append('\t').append(c).append("\t1\n");
            for (String c : chatter) tsv.append(id++).append('\t').append(c).append("\t0\n");
        }
        Path train = Files.writeString(dir.resolve("train.tsv"), tsv);
        Path model = dir.resolve("model.bin");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int status = CheckWorthinessTrainer.run(List.of(train), train, model, new PrintStream(log, true, StandardCharsets.UTF_8));
        assertThat(status).as(log.toString(StandardCharsets.UTF_8)).isZero();

        CheckWorthinessModel read;
        try (InputStream in = Files.newInputStream(model)) {
            read = CheckWorthinessModel.read(in);
        }
        CheckWorthinessScorer scorer = CheckWorthinessScorer.of(read);
        assertThat(scorer.score("Exports rose 30 percent in 2015.")).isGreaterThan(scorer.score("Thank you, good evening."));
        assertThat(read.metadata()).containsEntry("trainFiles", List.of("train.tsv")).containsKey("devF1");
        assertThat((Double) read.metadata().get("devF1")).isGreaterThan(0.9);
    }

    @Test
    void refusesMalformedTrainingDataWithFileAndLine(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "id\ttext\tlabel\n1\tFine.\t0\n2\tBroken.\tyes\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CheckWorthinessTrainer.run(List.of(bad), null, dir.resolve("m.bin"),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(bad + ":3:").contains("label must be 0 or 1");
        assertThat(dir.resolve("m.bin")).doesNotExist();
    }

    @Test
    void readsExtraSearchSettingsFromTheCommandLineAndRefusesMalformedOnes() {
        List<CheckWorthinessTrainer.Params> grid = CheckWorthinessTrainer.parseGrid("18,2,0,0,3,8,0.1,1e-3,1.0; 20,2,2,5,0,8,0.1,1e-3,1.0,2");
        assertThat(grid).hasSize(2);
        assertThat(grid.get(0).features()).isEqualTo(new CheckWorthinessFeatures(18, 2, 0, 0, 3));
        assertThat(grid.get(0).seed()).isEqualTo(1);
        assertThat(grid.get(1).seed()).isEqualTo(2);

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CheckWorthinessTrainer.main(new String[] {"--train", "t.tsv", "--dev", "d.tsv", "--search",
                "--grid", "18,2,0"}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true,
                StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--grid setting '18,2,0' has 3 values");
        status = CheckWorthinessTrainer.main(new String[] {"--train", "t.tsv", "--grid", "18,2,0,0,3,8,x,1e-3,1.0",
                "--search", "--dev", "d.tsv"}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertThat(status).isEqualTo(2);
    }
}
