package org.factdesk.store;

import java.time.Instant;

/** A comment on a claim; who and when are set by the server. */
public record DeskComment(long seq, Instant at, String who, String text) {
}
