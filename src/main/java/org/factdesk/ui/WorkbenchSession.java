package org.factdesk.ui;

import javafx.beans.property.StringProperty;
import org.factdesk.app.Workbench;
import org.factdesk.model.Claim;
import org.factdesk.ui.article.ArticleViewModel;
import org.factdesk.ui.claims.ClaimListViewModel;
import org.factdesk.ui.claims.ClaimScoring;
import org.factdesk.ui.evidence.EvidenceViewModel;
import org.factdesk.ui.verdict.VerdictViewModel;

/**
 * What the workbench's view models share: the workspace open now, the executor every call runs on, the panes'
 * view models, the status bar's notice and where problems are shown. One per window, made by {@link MainViewModel}.
 */
final class WorkbenchSession {
    static final int EVIDENCE_K = 10;

    final UiExecutor executor;
    final ClaimListViewModel claims;
    final ArticleViewModel article;
    final EvidenceViewModel evidence;
    final VerdictViewModel verdict;
    final StringProperty notice;
    /** The sentence encoder's scores, after the list shows the n-gram model's (docs/decisions/0034). */
    final ClaimScoring scoring;
    private final StringProperty archiveText;
    private volatile Workbench workbench;
    private volatile MainViewModel.Notifier notifier;

    WorkbenchSession(UiExecutor executor, ClaimListViewModel claims, ArticleViewModel article, EvidenceViewModel evidence,
                     VerdictViewModel verdict, StringProperty notice, StringProperty archiveText) {
        this.executor = executor;
        this.claims = claims;
        this.article = article;
        this.evidence = evidence;
        this.verdict = verdict;
        this.notice = notice;
        this.scoring = new ClaimScoring(executor::onFxThread);
        this.archiveText = archiveText;
    }

    /** The workspace open now; null while one opens, or after a failed open. */
    Workbench workbench() {
        return workbench;
    }

    void setWorkbench(Workbench wb) {
        workbench = wb;
    }

    MainViewModel.Notifier notifier() {
        return notifier;
    }

    void setNotifier(MainViewModel.Notifier n) {
        notifier = n;
    }

    /** Reads the selected claim's evidence again (the archive changed). */
    void reloadEvidence() {
        Claim c = claims.selectedProperty().get();
        Workbench wb = workbench;
        if (c != null && wb != null) {
            evidence.loading(c.id());
            executor.run(() -> wb.evidence(c, EVIDENCE_K), found -> evidence.show(c.id(), found),
                    t -> evidence.failed(c.id(), Problems.describe(t)));
        }
    }

    /** Counts the archive again for the status bar. */
    void refreshArchiveSize() {
        Workbench wb = workbench;
        if (wb == null) {
            return;
        }
        executor.run(wb::archiveSize, n -> archiveText.set("Archive: " + n + (n == 1 ? " article" : " articles")),
                t -> archiveText.set("Archive: unavailable"));
    }
}
