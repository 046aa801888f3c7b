package org.factdesk.store;

import org.factdesk.model.Claim;
import org.factdesk.model.Verdict;

/** A claim that already has a verdict, with the article it was found in. */
public record CheckedClaim(Claim claim, Verdict verdict, String articleTitle) {
}
