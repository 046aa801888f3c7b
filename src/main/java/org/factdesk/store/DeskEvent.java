package org.factdesk.store;

/**
 * Something a colleague changed on the team desk: {@code kind} is "verdict_history" (a verdict change), "comments",
 * "reading" (an article read again with a new text and claims; {@code claimId} then holds the article's id), or
 * "presence" (somebody opened or left an article: ask {@link PgStore#reviewingNow()});
 * {@code connected} false means the listening connection was lost (true again once it is back).
 */
public record DeskEvent(String kind, String claimId, String who, boolean connected) {
}
