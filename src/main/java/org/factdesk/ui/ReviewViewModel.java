package org.factdesk.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.factdesk.app.Workbench;
import org.factdesk.model.Claim;
import org.factdesk.model.Evidence;
import org.factdesk.model.EvidenceRole;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictChange;
import org.factdesk.model.VerdictStatus;
import org.factdesk.archive.ArchiveQueryException;
import org.factdesk.store.DeskEvent;
import org.factdesk.store.DeskUnavailableException;
import org.factdesk.store.VerdictConflictException;
import org.factdesk.store.VersionedVerdict;
import org.factdesk.ui.evidence.EvidenceViewModel;
import org.factdesk.ui.claims.ClaimListViewModel;
import org.factdesk.ui.verdict.VerdictViewModel;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The review of the selected claim: its verdict read and saved (over the version read, decision 0053), undo, redo
 * and going back in its history, and on a team desk the saves kept while the server is away and colleagues'
 * changes as they come.
 */
public final class ReviewViewModel implements AutoCloseable {
    private final WorkbenchSession session;
    private final UiExecutor executor;
    private final ClaimListViewModel claims;
    private final EvidenceViewModel evidence;
    private final VerdictViewModel verdict;
    private final StringProperty notice;

    /** The version of each claim's verdict as last read or saved here: saves go over it (optimistic locking). */
    private final Map<String, Long> versions = new ConcurrentHashMap<>();
    /** Saves refused because the server was away, by claim; the newest per claim wins, as on screen. */
    private final Map<String, PendingSave> pending = new ConcurrentHashMap<>();
    /** Saves sent and not yet answered (FX thread only): the banner stays until they are through. */
    private int savesInFlight;
    private final StringProperty deskBanner = new SimpleStringProperty("");
    /** Where the reconnect attempts are timed (a daemon thread of the window's). */
    private final ScheduledExecutorService reconnects;
    private ScheduledFuture<?> reconnecting;

    ReviewViewModel(WorkbenchSession session, ScheduledExecutorService reconnects) {
        this.session = session;
        this.executor = session.executor;
        this.claims = session.claims;
        this.evidence = session.evidence;
        this.verdict = session.verdict;
        this.notice = session.notice;
        this.reconnects = reconnects;
        verdict.setSaver(this::save);
    }

    /** A new workspace: the versions read in the last one mean nothing there. */
    void forgetVersions() {
        versions.clear();
    }

    @Override
    public void close() {
        reconnects.shutdownNow();
    }

    void claimSelected(Claim c) {
        Workbench wb = session.workbench();
        if (c == null || wb == null) {
            evidence.noClaim();
            verdict.clear();
            return;
        }
        evidence.loading(c.id());
        executor.run(() -> review(wb, c.id()), r -> {
            Claim now = claims.selectedProperty().get();
            if (now != null && c.id().equals(now.id())) { // the same claim, perhaps with a new score
                showReview(now, r);
            }
        }, t -> session.notifier().problem("Could not load the verdict of this claim", t, "Select the claim again."));
        executor.run(() -> {
            wb.setSetting(LoadedArticle.LAST_CLAIM_KEY + c.articleId(), c.id());
            return wb.priorChecks(c, 3);
        }, found -> verdict.showPriorChecks(c, found), t -> { });
        executor.run(() -> wb.evidence(c, WorkbenchSession.EVIDENCE_K), found -> evidence.show(c.id(), found),
                t -> evidence.failed(c.id(), Problems.describe(t)));
        executor.run(() -> wb.checkedBefore(c, 3).stream().map(m -> m.check().summary()
                        + (m.check().url().isBlank() ? "" : " — " + m.check().url())).toList(),
                lines -> evidence.showCheckedBefore(c.id(), lines), t -> { });
    }

    private void save(Verdict v, String action) {
        Workbench wb = session.workbench();
        if (wb == null || v == null) {
            return;
        }
        claims.setStatus(v.claimId(), v.status());
        verdict.canRedoProperty().set(false); // a new change ends what can be redone
        savesInFlight++;
        executor.run(() -> {
            // read when the save runs, not when it was asked for: this window's saves run one after another, each
            // over the version the one before it produced (a rationale and a status saved together never conflict)
            Long expected = versions.get(v.claimId());
            if (expected == null) {
                wb.saveVerdict(v, action);
            } else {
                versions.merge(v.claimId(), wb.saveVerdict(v, action, expected).version(), Math::max);
            }
            return review(wb, v.claimId());
        }, r -> {
            savesInFlight--;
            pending.remove(r.verdict().claimId());
            if (pending.isEmpty() && savesInFlight == 0 && !deskBanner.get().isEmpty()) {
                deskBanner.set("");
                notice.set("Connected to the team desk again; the changes kept meanwhile are saved.");
            }
            claims.setStatus(r.verdict().claimId(), r.verdict().status());
            versions.merge(r.verdict().claimId(), r.version(), Math::max);
            verdict.applySaved(r.verdict(), r.history());
            if (r.verdict().claimId().equals(shownClaimId())) {
                verdict.canUndoProperty().set(r.canUndo());
                verdict.canRedoProperty().set(r.canRedo());
            }
        }, t -> {
            savesInFlight--;
            if (t instanceof VerdictConflictException conflict) {
                verdict.saveFailed("a colleague saved a newer version");
                session.notifier().conflict(conflict, keepMine -> {
                    if (keepMine) {
                        versions.merge(v.claimId(), conflict.theirs().version(), Math::max);
                        save(v, action);
                    } else {
                        refreshClaim(v.claimId(), true);
                    }
                });
            } else if (t instanceof DeskUnavailableException) {
                pending.put(v.claimId(), new PendingSave(v, action));
                verdict.saveFailed("kept here; saved when the team desk is back");
                serverAway();
            } else {
                verdict.saveFailed(Problems.describe(t));
                session.notifier().problem("Your verdict change was not saved", t,
                        "The change is still on screen: try again (e.g. choose the status again or press Save).");
            }
        });
    }

    /** Not empty while the team desk server cannot be reached: what happened and that edits are kept. */
    public ReadOnlyStringProperty deskBannerProperty() {
        return deskBanner;
    }

    /** The server went away: say so, keep the edits, and try again every 2 s until it is back. */
    private void serverAway() {
        deskBanner.set("The team desk server cannot be reached. Your changes stay in this window and are saved when"
                + " it is back" + (pending.isEmpty() ? "" : " (" + pending.size() + " kept)") + "; reconnecting…");
        if (reconnecting == null || reconnecting.isDone()) {
            reconnecting = reconnects.scheduleWithFixedDelay(this::tryReconnect, 2, 2,
                    java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    /** On the reconnect thread: one cheap read; when it works, the kept saves go out again (in claim order). */
    private void tryReconnect() {
        Workbench wb = session.workbench();
        if (wb == null) {
            return;
        }
        executor.run(() -> {
            wb.versionedVerdict("");
            return true;
        }, ok -> serverBack(), t -> { });
    }

    private void serverBack() {
        if (reconnecting != null) {
            reconnecting.cancel(false);
        }
        // a save still on its way may yet fail and be kept: the banner goes when it is through (save's callback)
        if (pending.isEmpty() && savesInFlight == 0) {
            deskBanner.set("");
            notice.set("Connected to the team desk again.");
        }
        for (PendingSave p : List.copyOf(pending.values())) {
            save(p.verdict(), p.action());
        }
        Claim shown = verdict.claimProperty().get();
        if (shown != null && !pending.containsKey(shown.id())) {
            refreshClaim(shown.id(), false);
        }
    }

    /** A colleague's change, a comment, or the listening connection lost or back. */
    void deskEvent(DeskEvent e) {
        if (e.kind().equals("connection")) {
            if (e.connected()) {
                serverBack();
            } else {
                serverAway();
            }
            return;
        }
        if (e.claimId() != null && e.kind().equals("verdict_history")) {
            refreshClaim(e.claimId(), false);
        }
    }

    /**
     * Reads a claim's verdict again (a colleague changed it): its status in the list, and in the verdict pane unless
     * the reviewer is typing there ({@code force}: take theirs anyway, after a conflict).
     */
    private void refreshClaim(String claimId, boolean force) {
        Workbench wb = session.workbench();
        if (wb == null) {
            return;
        }
        executor.run(() -> review(wb, claimId), r -> {
            claims.setStatus(claimId, r.verdict().status());
            Claim shown = verdict.claimProperty().get();
            if (shown != null && shown.id().equals(claimId)) {
                if (force || !verdict.rationaleDirtyProperty().get()) {
                    showReview(shown, r);
                } else {
                    notice.set(r.verdict().reviewer() + " changed this claim's verdict; saving yours will show both.");
                }
            }
        }, t -> { });
    }

    public void setStatus(VerdictStatus s) {
        if (verdict.claimProperty().get() != null) {
            verdict.statusProperty().set(s);
        }
    }

    public void attach(Evidence e, EvidenceRole role) {
        verdict.attach(e, role);
    }

    /** The claim's verdict and history, with the version they were read at. */
    private static Review review(Workbench wb, String claimId) {
        VersionedVerdict v = wb.versionedVerdict(claimId);
        return new Review(v.verdict(), wb.history(claimId), wb.canUndo(claimId), wb.canRedo(claimId), v.version());
    }

    /** Shows a review; its version is what the next save goes over (only what the reviewer has seen). */
    private void showReview(Claim c, Review r) {
        versions.merge(c.id(), r.version(), Math::max); // versions only grow: an older read never takes one back
        verdict.show(c, r.verdict(), r.history());
        verdict.canUndoProperty().set(r.canUndo());
        verdict.canRedoProperty().set(r.canRedo());
    }

    private String shownClaimId() {
        Claim c = verdict.claimProperty().get();
        return c == null ? null : c.id();
    }

    /** Takes back the latest change not yet undone; Undo is a read of the stored history, so it survives a restart. */
    public void undo() {
        historyStep("undo", "Undone", Workbench::canUndo, Workbench::undo);
    }

    /**
     * Takes back the latest undo. Like undo it is a read of the stored history (a redo is itself a history
     * row), so it works after a restart, until a new change is made.
     */
    public void redo() {
        historyStep("redo", "Redone", Workbench::canRedo, Workbench::redo);
    }

    /** Undo or redo on the shown claim, in the background; says what happened, or that there was nothing to do. */
    private void historyStep(String verb, String done, java.util.function.BiPredicate<Workbench, String> possible,
                             java.util.function.BiConsumer<Workbench, String> step) {
        Claim c = verdict.claimProperty().get();
        Workbench wb = session.workbench();
        if (c == null || wb == null) {
            return;
        }
        verdict.commitRationale();
        executor.run(() -> {
            boolean could = possible.test(wb, c.id());
            step.accept(wb, c.id());
            return new Stepped(review(wb, c.id()), could);
        }, u -> afterHistoryStep(c, u.review(), !u.changed() ? "Nothing to " + verb + "."
                : done + ": the verdict is " + u.review().verdict().status().label() + " again."),
                t -> session.notifier().problem("Could not " + verb, t, "Nothing was changed."));
    }

    /** Sets the verdict back to how it was after an earlier step of its history (itself a new step). */
    public void revertTo(VerdictChange change) {
        Claim c = verdict.claimProperty().get();
        Workbench wb = session.workbench();
        if (c == null || wb == null || change == null) {
            return;
        }
        verdict.commitRationale();
        executor.run(() -> {
            wb.revertTo(c.id(), change.seq());
            return review(wb, c.id());
        }, r -> afterHistoryStep(c, r, "Went back to the verdict of " + VerdictViewModel.describeTime(change.at())
                + ": " + r.verdict().status().label() + "."), t -> session.notifier().problem("Could not go back", t, "Nothing was changed."));
    }

    private void afterHistoryStep(Claim c, Review r, String message) {
        claims.setStatus(c.id(), r.verdict().status());
        if (c.equals(verdict.claimProperty().get())) {
            showReview(c, r);
        }
        notice.set(message);
    }

    private record Review(Verdict verdict, List<VerdictChange> history, boolean canUndo, boolean canRedo, long version) {
    }

    /** A verdict change kept in the window while the team desk server is away, saved when it is back. */
    private record PendingSave(Verdict verdict, String action) {
    }

    private record Stepped(Review review, boolean changed) {
    }

    // ---- the evidence beside the review ----

    public void openSource(Evidence e) {
        Workbench wb = session.workbench();
        if (e == null || wb == null) {
            return;
        }
        executor.run(() -> wb.archiveDocument(e.docId()), found -> {
            if (found.isPresent()) {
                session.notifier().showSource(found.get(), e);
            } else {
                session.notifier().problem("The source article is not in the archive", new IllegalStateException(
                        "No archive document has the id " + e.docId() + "."), "Re-import the archive it came from.");
            }
        }, t -> session.notifier().problem("Could not open the source article", t, "Try again."));
    }

    /** Archive search with Lucene syntax; a syntax error is shown in the evidence pane, not as an exception. */
    public void searchArchive(String query) {
        Workbench wb = session.workbench();
        if (wb == null) {
            return;
        }
        String key = evidence.searching(query);
        executor.run(() -> wb.searchArchive(query, 20), found -> evidence.searchShown(key, found), t -> {
            if (t instanceof ArchiveQueryException) {
                evidence.searchFailed(key, Problems.describe(t));
            } else {
                evidence.searchFailed(key, "The archive could not be searched: " + Problems.describe(t));
            }
        });
    }

    /** Back to the evidence of the selected claim. */
    public void clearArchiveSearch() {
        Claim c = claims.selectedProperty().get();
        if (c == null) {
            evidence.noClaim();
        } else {
            session.reloadEvidence();
        }
    }
}
