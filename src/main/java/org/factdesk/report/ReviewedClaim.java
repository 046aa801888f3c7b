package org.factdesk.report;

import java.util.Objects;
import org.factdesk.model.Claim;
import org.factdesk.model.Verdict;

/** A claim with its current verdict (Unreviewed when never reviewed). */
public record ReviewedClaim(Claim claim, Verdict verdict) {
    public ReviewedClaim {
        Objects.requireNonNull(claim, "claim");
        verdict = verdict == null ? Verdict.unreviewed(claim.id()) : verdict;
    }
}
