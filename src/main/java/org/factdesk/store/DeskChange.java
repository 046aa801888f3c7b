package org.factdesk.store;

import java.time.Instant;
import org.factdesk.model.Verdict;

/**
 * One row of a claim's history on a team desk: who (the PostgreSQL login, set by the server) did what when. A row
 * moved from a local desk by {@code desk migrate} also names who made it there ({@code originWho}) and when.
 */
public record DeskChange(long seq, Instant at, String who, String action, Verdict after, String originWho,
                         Instant originAt) {
    /** "ana", or "ana (moved from a local desk by admin)". */
    public String author() {
        return originWho == null ? who : (originWho.isBlank() ? "local desk" : originWho) + " (moved by " + who + ")";
    }

    /** When the change was made (on the local desk, for a moved row). */
    public Instant when() {
        return originAt == null ? at : originAt;
    }
}
