package org.factdesk.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictChange;

/**
 * One claim's verdict history, oldest row first, and what undo, redo and revert make of it. No SQL: both
 * review stores (SQLite {@link Store}, PostgreSQL {@link PgStore}) read the rows, ask this class for the
 * next {@link Step}, and write that step as the current verdict plus one new history row. Undo and redo are
 * thus reads of history (an undo row names the change it took back in {@code undoes}; a redo row names the
 * undo it took back there), so they survive a restart and any other reviewer's client sees them.
 */
final class VerdictHistory {
    /** A history row taking back a change (or a redo); its {@code undoes} names that row. */
    static final String UNDO = "undo";
    /** A history row taking back an undo; its {@code undoes} names that undo row. */
    static final String REDO = "redo";
    /** A history row setting the verdict back to how it was after an earlier row. */
    static final String REVERT = "revert";

    /** One history row: the verdict as it was after the change {@code action}. */
    record Row(long seq, Instant at, String action, Long undoes, Verdict after) {
    }

    /** What to write next: this verdict, as a history row of this action naming {@code undoes} (or null). */
    record Step(Verdict verdict, String action, Long undoes) {
    }

    private final String claimId;
    private final List<Row> rows;
    /** Rows a change (or a redo) wrote that are not undone: the undo stack, newest last. */
    private final List<Long> undoable = new ArrayList<>();
    /** Undo rows not taken back since the last change: the redo stack, newest last. */
    private final List<Long> redoable = new ArrayList<>();

    VerdictHistory(String claimId, List<Row> rows) {
        this.claimId = claimId;
        this.rows = List.copyOf(rows);
        // replay the stacks as in any editor: a change can be undone, an undo redone, and a new change clears redo
        for (Row r : this.rows) {
            if (r.undoes() == null) {
                undoable.add(r.seq());
                redoable.clear();
            } else if (REDO.equals(r.action())) {
                redoable.remove(r.undoes());
                undoable.add(r.seq());
            } else {
                undoable.remove(r.undoes());
                redoable.add(r.seq());
            }
        }
    }

    boolean canUndo() {
        return !undoable.isEmpty();
    }

    boolean canRedo() {
        return !redoable.isEmpty();
    }

    /** Takes back the latest change not yet undone: the verdict as it was before it. Empty with nothing to undo. */
    Optional<Step> undo() {
        return undoable.isEmpty() ? Optional.empty() : Optional.of(takeBack(undoable.getLast(), UNDO));
    }

    /** Takes back the latest undo: the verdict as it was before that undo. Empty with nothing to redo. */
    Optional<Step> redo() {
        return redoable.isEmpty() ? Optional.empty() : Optional.of(takeBack(redoable.getLast(), REDO));
    }

    /** The verdict as it was after row {@code seq}; a store error when the claim has no such row. */
    Step revertTo(long seq) {
        for (Row r : rows) {
            if (r.seq() == seq) {
                return new Step(r.after(), REVERT, null);
            }
        }
        throw new StoreException("Claim " + claimId + " has no history entry " + seq + " to go back to.");
    }

    /** Every change, oldest first, as the history view shows it. */
    List<VerdictChange> changes() {
        return rows.stream().map(r -> new VerdictChange(r.seq(), r.at(), r.action(), r.after())).toList();
    }

    private Step takeBack(long seq, String action) {
        return new Step(stateBefore(seq), action, seq);
    }

    /** The verdict just before row {@code seq}: every change is a row, so it is the previous row's. */
    private Verdict stateBefore(long seq) {
        Verdict before = Verdict.unreviewed(claimId);
        for (Row r : rows) {
            if (r.seq() == seq) {
                return before;
            }
            before = r.after();
        }
        throw new IllegalStateException("history row " + seq + " of claim " + claimId + " not found");
    }
}
