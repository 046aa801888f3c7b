package org.factdesk.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictStatus;

/** One article's review: the article and its claims with their verdicts, in text order. */
public record ReviewReport(Article article, List<ReviewedClaim> claims) {
    public ReviewReport {
        Objects.requireNonNull(article, "article");
        claims = List.copyOf(claims);
    }

    /** Pairs claims with verdicts by claim id (missing ones are Unreviewed). */
    public static ReviewReport of(Article article, List<Claim> claims, Map<String, Verdict> verdicts) {
        return new ReviewReport(article, claims.stream()
                .map(c -> new ReviewedClaim(c, verdicts.get(c.id())))
                .toList());
    }

    /** Statuses from best rating to worst, Unreviewed last: the order of summaries. */
    public static final List<VerdictStatus> SUMMARY_ORDER = List.of(VerdictStatus.VERIFIED,
            VerdictStatus.MISLEADING, VerdictStatus.DISPUTED, VerdictStatus.FALSE, VerdictStatus.UNVERIFIABLE,
            VerdictStatus.UNREVIEWED);

    /** Number of claims per status, every status present (zero when none), in {@link #SUMMARY_ORDER}. */
    public Map<VerdictStatus, Integer> countsByStatus() {
        return countsByStatus(List.of(this));
    }

    /** Verdicts shown that no editor has approved yet (team desk). */
    public int drafts() {
        return drafts(List.of(this));
    }

    public static int drafts(List<ReviewReport> reports) {
        int n = 0;
        for (ReviewReport r : reports) {
            for (ReviewedClaim c : r.claims) {
                n += c.draft() ? 1 : 0;
            }
        }
        return n;
    }

    public static Map<VerdictStatus, Integer> countsByStatus(List<ReviewReport> reports) {
        Map<VerdictStatus, Integer> counts = new LinkedHashMap<>();
        for (VerdictStatus s : SUMMARY_ORDER) {
            counts.put(s, 0);
        }
        for (ReviewReport r : reports) {
            for (ReviewedClaim c : r.claims) {
                counts.merge(c.verdict().status(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
