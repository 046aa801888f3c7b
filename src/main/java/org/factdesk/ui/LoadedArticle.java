package org.factdesk.ui;

import org.factdesk.app.Workbench;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.VerdictStatus;
import org.factdesk.task.Progress;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An article with what the claim list shows of it, read in the background before it is shown. */
record LoadedArticle(Article article, List<Claim> claims, Map<String, VerdictStatus> statuses, List<String> notes,
                     List<Claim> dismissed, Set<String> checkedBefore, String lastClaimId) {
    /** The setting that remembers the claim selected last in each article (key + article id). */
    static final String LAST_CLAIM_KEY = "ui.lastClaim.";

    /** These notes with what {@code found} read. */
    LoadedArticle with(LoadedArticle found) {
        return new LoadedArticle(found.article(), found.claims(), found.statuses(), notes, found.dismissed(),
                found.checkedBefore(), found.lastClaimId());
    }

    /** Finds the article's claims (the claim finder runs) and marks it as the one opened last. */
    static LoadedArticle load(Workbench wb, Article a, Progress p) throws Exception {
        p.update(0, -1, "finding claims");
        List<Claim> found = wb.claims(a, p);
        wb.markOpened(a);
        return of(wb, a, found);
    }

    /** The claims given with their statuses, the dismissed ones and those checked before. */
    static LoadedArticle of(Workbench wb, Article a, List<Claim> found) {
        Map<String, VerdictStatus> statuses = new HashMap<>();
        wb.verdicts(a.id()).forEach((id, v) -> statuses.put(id, v.status()));
        return new LoadedArticle(a, found, statuses, List.of(), wb.dismissedClaims(a.id()),
                Set.copyOf(wb.priorChecks(found, 1).keySet()), wb.setting(LAST_CLAIM_KEY + a.id()).orElse(null));
    }
}
