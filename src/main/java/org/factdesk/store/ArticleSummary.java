package org.factdesk.store;

import java.time.Instant;
import org.factdesk.model.Article;

/**
 * An article in the library with its review progress.
 *
 * @param claimCount    claims not dismissed
 * @param reviewedCount of those, claims with a status other than Unreviewed
 * @param lastOpened    when the reviewer last opened it; null if never
 */
public record ArticleSummary(Article article, int claimCount, int reviewedCount, Instant lastOpened) {
}
