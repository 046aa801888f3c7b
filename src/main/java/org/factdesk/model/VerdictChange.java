package org.factdesk.model;

import java.time.Instant;

/**
 * One row of a claim's review history: the verdict as it was after a change.
 *
 * @param seq    increasing sequence number (history order)
 * @param action what changed, e.g. "status", "rationale", "evidence", "undo"
 */
public record VerdictChange(long seq, Instant at, String action, Verdict after) {
}
