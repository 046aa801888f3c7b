package org.factdesk.report;

import java.util.Objects;
import org.factdesk.model.Claim;
import org.factdesk.model.Verdict;

/**
 * A claim with its current verdict (Unreviewed when never reviewed). {@code draft}: on a team desk, a verdict no
 * editor has approved yet; reports that show it mark it as such. Always false on a local desk (no approvals there).
 */
public record ReviewedClaim(Claim claim, Verdict verdict, boolean draft) {
    public ReviewedClaim {
        Objects.requireNonNull(claim, "claim");
        verdict = verdict == null ? Verdict.unreviewed(claim.id()) : verdict;
        // an unreviewed claim has nothing to approve: never a draft
        draft = draft && verdict.status() != org.factdesk.model.VerdictStatus.UNREVIEWED;
    }

    public ReviewedClaim(Claim claim, Verdict verdict) {
        this(claim, verdict, false);
    }
}
