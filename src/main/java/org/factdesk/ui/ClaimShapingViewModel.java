package org.factdesk.ui;

import org.factdesk.app.Workbench;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.ui.article.ArticleViewModel;
import org.factdesk.ui.claims.ClaimListViewModel;
import org.factdesk.ui.verdict.VerdictViewModel;

import java.util.List;

/**
 * Shaping the claims of the open article: adding, rewording, splitting, merging, dismissing and restoring them,
 * and finding them again; each change keeps the verdicts and selects the claim it leaves.
 */
public final class ClaimShapingViewModel {
    private final WorkbenchSession session;
    private final UiExecutor executor;
    private final ClaimListViewModel claims;
    private final ArticleViewModel article;
    private final VerdictViewModel verdict;

    ClaimShapingViewModel(WorkbenchSession session) {
        this.session = session;
        this.executor = session.executor;
        this.claims = session.claims;
        this.article = session.article;
        this.verdict = session.verdict;
    }

    /** Adds the text between two article offsets as a claim of the given kind, and selects it. */
    public void addClaim(int start, int end, ClaimKind kind) {
        Article a = article.articleProperty().get();
        shapeClaims("Could not add the claim", wb -> List.of(wb.addClaim(a.id(), start, end, kind).id()),
                "Claim added.");
    }

    public void rewordClaim(Claim c, String wording) {
        shapeClaims("Could not change the wording", wb -> List.of(wb.rewordClaim(c.id(), wording).id()),
                "Wording saved; the claim keeps its verdict.");
    }

    /** Splits a claim at an article offset inside it. */
    public void splitClaim(Claim c, int at) {
        shapeClaims("Could not split the claim", wb -> wb.splitClaim(c.id(), at).stream().map(Claim::id).toList(),
                "Claim split in two; the first part keeps the verdict.");
    }

    public void mergeClaims(Claim first, Claim second) {
        shapeClaims("Could not merge the claims", wb -> List.of(wb.mergeClaims(first.id(), second.id()).id()),
                "Claims merged; the earlier one's verdict is kept, the other is among the dismissed.");
    }

    public void dismissClaim(Claim c) {
        Claim next = neighbourOf(c);
        shapeClaims("Could not dismiss the claim", wb -> {
            wb.dismissClaim(c.id());
            return next == null ? List.of() : List.of(next.id());
        }, "Dismissed as not check-worthy; restore it from “Dismissed”.");
    }

    public void restoreClaim(Claim c) {
        shapeClaims("Could not restore the claim", wb -> {
            wb.restoreClaim(c.id());
            return List.of();
        }, "Claim restored.");
    }

    /** Runs the claim finder again; verdicts, manual, edited and dismissed claims all stay. */
    public void reextract() {
        Workbench wb = session.workbench();
        Article a = article.articleProperty().get();
        if (wb == null || a == null) {
            return;
        }
        verdict.commitRationale();
        session.scoring.cancel(); // its list would not hold this change (docs/decisions/0034)
        Claim selected = claims.selectedProperty().get();
        executor.runLong("Finding claims again", p -> {
            List<Claim> found = wb.reextract(a, p);
            return LoadedArticle.of(wb, a, found);
        }, loaded -> {
            reshow(loaded, selected == null ? List.of() : List.of(selected.id()));
            session.notice.set("Claims found again: " + loaded.claims().size() + "; every verdict is kept.");
        }, () -> session.notice.set("Re-extraction cancelled; the claims are unchanged."),
                t -> session.notifier().problem("Could not find the claims again", t, "The claims are unchanged."));
    }

    private void shapeClaims(String failure, ClaimShaping shaping, String done) {
        Workbench wb = session.workbench();
        Article a = article.articleProperty().get();
        if (wb == null || a == null) {
            return;
        }
        verdict.commitRationale();
        session.scoring.cancel(); // its list would not hold this change (docs/decisions/0034)
        executor.run(() -> {
            List<String> select = shaping.apply(wb);
            return new Shaped(LoadedArticle.of(wb, a, wb.storedClaims(a.id())), select);
        }, shaped -> {
            reshow(shaped.loaded(), shaped.select());
            session.notice.set(done);
        }, t -> session.notifier().problem(failure, t, "The claims are unchanged."));
    }

    /** Shows reloaded claims of the open article, keeping the filters and selecting the given claim. */
    private void reshow(LoadedArticle loaded, List<String> select) {
        Article current = article.articleProperty().get();
        if (current == null || !current.id().equals(loaded.article().id())) {
            return;
        }
        claims.show(loaded.claims(), loaded.dismissed(), loaded.statuses(), loaded.checkedBefore());
        claims.markCaptions(loaded.article());
        for (String id : select) {
            for (Claim c : claims.visible()) {
                if (c.id().equals(id)) {
                    claims.selectedProperty().set(c);
                    return;
                }
            }
        }
        if (!claims.visible().isEmpty()) {
            claims.next();
        }
    }

    private Claim neighbourOf(Claim c) {
        List<Claim> shown = claims.visible();
        int i = shown.indexOf(c);
        if (i < 0) {
            return null;
        }
        return i + 1 < shown.size() ? shown.get(i + 1) : i > 0 ? shown.get(i - 1) : null;
    }

    private interface ClaimShaping {
        List<String> apply(Workbench wb);
    }

    private record Shaped(LoadedArticle loaded, List<String> select) {
    }
}
