package org.factdesk.store;

/**
 * Somebody with an article open on the team desk right now: {@code who} is the session's login (the server's, not
 * the client's word), {@code articleId} what its window announced, {@code mine} this store's own session.
 */
public record Presence(String who, String articleId, boolean mine) {
}
