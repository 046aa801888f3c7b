package org.factdesk.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.Article;
import org.factdesk.model.CitedEvidence;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.EvidenceRole;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictStatus;

/**
 * Child process for {@link StoreCrashIT}: opens the store, then saves verdicts as fast as it can and prints
 * {@code ACK <claimId> <rationale>} only after {@code saveVerdict} returned, until it is killed.
 * Arguments: database file, run number.
 */
public final class StoreCrashChild {
    static final int CLAIMS = 20;
    static final String ARTICLE_ID = "crash-article";

    private StoreCrashChild() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        int run = Integer.parseInt(args[1]);
        PrintStream out = System.out;
        try (Store store = Store.open(db)) {
            store.saveArticle(new Article(ARTICLE_ID, "Crash test", "x".repeat(CLAIMS * 10), "Harness", null, ""));
            store.saveClaims(ARTICLE_ID, claims());
            out.println("READY");
            out.flush();
            VerdictStatus[] statuses = VerdictStatus.values();
            for (int i = 0; ; i++) {
                String claimId = claimId(i % CLAIMS);
                String rationale = "r" + run + "-" + i;
                Verdict v = new Verdict(claimId, statuses[1 + i % (statuses.length - 1)], rationale, i % 6,
                        "harness", null, List.of(new CitedEvidence("doc-" + i, "t", "s", null,
                        "https://example.org/" + i, "passage " + i, EvidenceRole.SUPPORTS)));
                store.saveVerdict(v, "status");
                out.println("ACK " + claimId + " " + rationale);
                out.flush();
                if (i % 50 == 49) {
                    store.saveClaims(ARTICLE_ID, claims()); // re-extraction in the middle of reviewing
                }
            }
        }
    }

    static String claimId(int n) {
        return ARTICLE_ID + "-c" + n;
    }

    static List<Claim> claims() {
        List<Claim> claims = new ArrayList<>();
        for (int n = 0; n < CLAIMS; n++) {
            claims.add(new Claim(claimId(n), ARTICLE_ID, "claim " + n, ClaimKind.ASSERTION, n * 10, n * 10 + 9,
                    0.5, null, null, null, null));
        }
        return claims;
    }
}
