package org.factdesk.model;

import java.time.Instant;
import java.util.List;

/**
 * The current review of a claim.
 *
 * @param confidence 0 (not given) to 5
 * @param reviewer   who made the last change; may be empty
 * @param updatedAt  when it was last changed; null for a claim never reviewed
 */
public record Verdict(String claimId, VerdictStatus status, String rationale, int confidence, String reviewer,
                      Instant updatedAt, List<CitedEvidence> evidence) {
    public Verdict {
        rationale = rationale == null ? "" : rationale;
        reviewer = reviewer == null ? "" : reviewer;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        if (confidence < 0 || confidence > 5) {
            throw new IllegalArgumentException("confidence must be 0..5, was " + confidence);
        }
    }

    public static Verdict unreviewed(String claimId) {
        return new Verdict(claimId, VerdictStatus.UNREVIEWED, "", 0, "", null, List.of());
    }

    public Verdict withStatus(VerdictStatus s) {
        return new Verdict(claimId, s, rationale, confidence, reviewer, updatedAt, evidence);
    }

    public Verdict withRationale(String r) {
        return new Verdict(claimId, status, r, confidence, reviewer, updatedAt, evidence);
    }

    public Verdict withEvidence(List<CitedEvidence> e) {
        return new Verdict(claimId, status, rationale, confidence, reviewer, updatedAt, e);
    }
}
