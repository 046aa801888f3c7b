package org.factdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckWorthinessHeadTrainerTest {
    @Test
    void blockedFoldsHoldRunsOfConsecutiveIdsWhateverTheFileOrder() {
        List<CheckWorthinessDataset.Example> data = new ArrayList<>();
        int[] ids = {907, 3, 12, 455, 8, 1000, 77, 31, 600, 150};
        for (int i = 0; i < ids.length; i++) {
            data.add(new CheckWorthinessDataset.Example(Integer.toString(ids[i]), "s" + i, i % 2, i + 2));
        }
        int[] fold = CheckWorthinessHeadTrainer.blockedFolds(data, 5);
        // sorted ids: 3 8 | 12 31 | 77 150 | 455 600 | 907 1000
        assertThat(fold[1]).isEqualTo(fold[4]).isZero();
        assertThat(fold[2]).isEqualTo(fold[7]).isEqualTo(1);
        assertThat(fold[6]).isEqualTo(fold[9]).isEqualTo(2);
        assertThat(fold[3]).isEqualTo(fold[8]).isEqualTo(3);
        assertThat(fold[0]).isEqualTo(fold[5]).isEqualTo(4);
    }

    @Test
    void theRecordedCommandLeavesOutTheVectorCacheThatChangesNothing() {
        String recorded = CheckWorthinessHeadTrainer.recordedArguments(
                new String[] {"--train", "t.tsv", "--vectors", "/tmp/v", "--l2", "0.01", "--out", "h.bin"});
        assertThat(recorded).isEqualTo("--train t.tsv --l2 0.01 --out h.bin");
    }

    @Test
    void badArgumentsGetAClearMessageAndStatusTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(CheckWorthinessHeadTrainer.main(new String[] {"--l2", "x"}, System.out, e)).isEqualTo(2);
        assertThat(CheckWorthinessHeadTrainer.main(new String[] {"--folds"}, System.out, e)).isEqualTo(2);
        assertThat(CheckWorthinessHeadTrainer.main(new String[] {"--train", "nowhere.tsv", "--out", "h.bin"}, System.out, e))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a number").contains("needs a value").contains("nowhere.tsv");
    }
}
