package org.factdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictStatus;
import org.junit.jupiter.api.Test;

/**
 * Undo, redo and revert as reads of a claim's history, without a database: an in-memory history appends
 * each step as the next row, as both review stores do (their SQL is tested in ReviewStoreContract).
 */
class VerdictHistoryTest {
    private static final String CLAIM = "c1";

    /** The stores' write, in memory: a step becomes the current verdict and the next history row. */
    private static final class InMemoryHistory {
        private final List<VerdictHistory.Row> rows = new ArrayList<>();
        private Verdict current = Verdict.unreviewed(CLAIM);

        VerdictStatus change(VerdictStatus status) {
            return write(new Verdict(CLAIM, status, "", 3, "ana", null, List.of()), "status", null);
        }

        VerdictStatus undo() {
            return apply(read().undo());
        }

        VerdictStatus redo() {
            return apply(read().redo());
        }

        VerdictStatus revertTo(long seq) {
            VerdictHistory.Step step = read().revertTo(seq);
            return write(step.verdict(), step.action(), step.undoes());
        }

        VerdictHistory read() {
            return new VerdictHistory(CLAIM, rows);
        }

        List<String> actions() {
            return rows.stream().map(VerdictHistory.Row::action).toList();
        }

        private VerdictStatus apply(Optional<VerdictHistory.Step> step) {
            return step.map(s -> write(s.verdict(), s.action(), s.undoes())).orElse(current.status());
        }

        private VerdictStatus write(Verdict v, String action, Long undoes) {
            rows.add(new VerdictHistory.Row(rows.size() + 1, Instant.EPOCH.plusSeconds(rows.size()), action, undoes, v));
            current = v;
            return v.status();
        }
    }

    @Test
    void aClaimWithNoHistoryHasNothingToUndoOrRedo() {
        VerdictHistory empty = new VerdictHistory(CLAIM, List.of());

        assertThat(empty.canUndo()).isFalse();
        assertThat(empty.canRedo()).isFalse();
        assertThat(empty.undo()).isEmpty();
        assertThat(empty.redo()).isEmpty();
        assertThat(empty.changes()).isEmpty();
    }

    @Test
    void undoTakesBackTheLatestChangeAndNamesTheRowItUndoes() {
        InMemoryHistory h = new InMemoryHistory();
        h.change(VerdictStatus.FALSE);
        h.change(VerdictStatus.MISLEADING);

        VerdictHistory.Step step = h.read().undo().orElseThrow();

        assertThat(step.verdict().status()).isEqualTo(VerdictStatus.FALSE);
        assertThat(step.action()).isEqualTo(VerdictHistory.UNDO);
        assertThat(step.undoes()).isEqualTo(2L);
    }

    @Test
    void repeatedUndosWalkBackToUnreviewedAndThenStop() {
        InMemoryHistory h = new InMemoryHistory();
        h.change(VerdictStatus.FALSE);
        h.change(VerdictStatus.MISLEADING);

        assertThat(h.undo()).isEqualTo(VerdictStatus.FALSE);
        assertThat(h.undo()).isEqualTo(VerdictStatus.UNREVIEWED);
        assertThat(h.read().canUndo()).isFalse();
        assertThat(h.undo()).isEqualTo(VerdictStatus.UNREVIEWED);
        assertThat(h.actions()).containsExactly("status", "status", "undo", "undo");
    }

    @Test
    void redoWalksForwardAgainAndCanItselfBeUndone() {
        InMemoryHistory h = new InMemoryHistory();
        h.change(VerdictStatus.FALSE);
        h.change(VerdictStatus.MISLEADING);
        h.undo();
        h.undo();

        assertThat(h.redo()).isEqualTo(VerdictStatus.FALSE);
        assertThat(h.redo()).isEqualTo(VerdictStatus.MISLEADING);
        assertThat(h.read().canRedo()).isFalse();
        assertThat(h.undo()).isEqualTo(VerdictStatus.FALSE);
        assertThat(h.actions()).containsExactly("status", "status", "undo", "undo", "redo", "redo", "undo");
    }

    @Test
    void aNewChangeEndsWhatCanBeRedone() {
        InMemoryHistory h = new InMemoryHistory();
        h.change(VerdictStatus.FALSE);
        h.undo();
        assertThat(h.read().canRedo()).isTrue();

        h.change(VerdictStatus.VERIFIED);

        assertThat(h.read().canRedo()).isFalse();
        assertThat(h.redo()).isEqualTo(VerdictStatus.VERIFIED);
        assertThat(h.undo()).isEqualTo(VerdictStatus.UNREVIEWED);
    }

    @Test
    void revertSetsAnEarlierVerdictAsANewChangeThatUndoTakesBack() {
        InMemoryHistory h = new InMemoryHistory();
        h.change(VerdictStatus.FALSE);
        h.change(VerdictStatus.MISLEADING);
        h.change(VerdictStatus.VERIFIED);

        assertThat(h.revertTo(1)).isEqualTo(VerdictStatus.FALSE);
        assertThat(h.actions().getLast()).isEqualTo(VerdictHistory.REVERT);
        assertThat(h.undo()).isEqualTo(VerdictStatus.VERIFIED);
    }

    @Test
    void revertToARowTheClaimDoesNotHaveSaysWhichClaimAndRow() {
        InMemoryHistory h = new InMemoryHistory();
        h.change(VerdictStatus.FALSE);

        assertThatThrownBy(() -> h.revertTo(99)).isInstanceOf(StoreException.class)
                .hasMessageContaining("Claim c1").hasMessageContaining("no history entry 99");
    }

    @Test
    void changesListEveryRowOldestFirst() {
        InMemoryHistory h = new InMemoryHistory();
        h.change(VerdictStatus.FALSE);
        h.undo();

        assertThat(h.read().changes()).extracting(c -> c.seq() + " " + c.action() + " " + c.after().status())
                .containsExactly("1 status FALSE", "2 undo UNREVIEWED");
    }
}
