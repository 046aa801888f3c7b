package org.factdesk.store;

import java.time.Instant;

/** An editor's sign-off of a claim's verdict at {@code version}. */
public record Approval(String claimId, String editor, Instant at, long version) {
}
