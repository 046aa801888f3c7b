package org.factdesk.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.factdesk.app.Workbench;
import org.factdesk.store.DeskEvent;
import org.factdesk.store.DeskUnavailableException;
import org.factdesk.store.DeskUrl;
import org.factdesk.store.PgStore;
import org.factdesk.store.VerdictConflictException;
import org.factdesk.store.VersionedVerdict;
import org.factdesk.app.WorkspaceException;
import org.factdesk.archive.ArchiveQueryException;
import org.factdesk.archive.ImportReport;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Evidence;
import org.factdesk.model.EvidenceRole;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictChange;
import org.factdesk.model.VerdictStatus;
import org.factdesk.report.ReportFormat;
import org.factdesk.store.ArticleSummary;
import org.factdesk.task.Progress;
import org.factdesk.ui.article.ArticleViewModel;
import org.factdesk.ui.claims.ClaimListViewModel;
import org.factdesk.ui.evidence.EvidenceViewModel;
import org.factdesk.ui.verdict.VerdictViewModel;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workbench screen: opens the workspace and articles, and wires the claim selection to evidence and
 * verdict. Every workbench call runs on the {@link UiExecutor}; results come back on the FX thread.
 */
public final class MainViewModel implements AutoCloseable {
    public enum Phase { OPENING, READY, FAILED }

    /** What the view shows for failures and results that need the reviewer's attention. */
    public interface Notifier {
        void problem(String what, Throwable cause, String whatToDo);

        /** The workspace cannot be used at all; the app will close after this is shown. */
        void fatal(String what, String message);

        /** @param searchMode how evidence searches now run on the archive (Workbench.archiveSearchMode) */
        void importFinished(ImportReport report, String searchMode);

        void showSource(Article article, Evidence passage);

        /**
         * The workspace cannot be opened (its database is missing, empty or damaged) but {@code backup} passes the
         * check: offer to restore it ({@link #restoreBackup}), or close.
         */
        default void restorable(String what, String message, Path backup) {
            fatal(what, message);
        }

        /**
         * A colleague saved a newer verdict than the one this save was made over: show both, and call
         * {@code keepMine} with true to save the reviewer's over theirs, false to take theirs.
         */
        default void conflict(VerdictConflictException e, java.util.function.Consumer<Boolean> keepMine) {
            problem("A colleague changed this verdict", e, "Your version was not saved; theirs is kept.");
            keepMine.accept(false);
        }
    }

    static final int EVIDENCE_K = 10;

    private final UiExecutor executor;
    private final ClaimListViewModel claims = new ClaimListViewModel();
    private final ArticleViewModel article = new ArticleViewModel(claims);
    private final EvidenceViewModel evidence = new EvidenceViewModel();
    private final VerdictViewModel verdict = new VerdictViewModel();
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.OPENING);
    private final StringProperty workspaceText = new SimpleStringProperty("");
    private final StringProperty archiveText = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private Notifier notifier;
    private volatile Workbench workbench;
    private volatile Path userDataDir;
    private volatile Path workspaceDir;
    private final javafx.beans.property.BooleanProperty demoWorkspace = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.BooleanProperty hasSampleData = new javafx.beans.property.SimpleBooleanProperty();

    private record Loaded(Article article, List<Claim> claims, Map<String, VerdictStatus> statuses, List<String> notes,
                          List<Claim> dismissed, Set<String> checkedBefore, String lastClaimId) {
        Loaded with(Loaded found) {
            return new Loaded(found.article(), found.claims(), found.statuses(), notes, found.dismissed(),
                    found.checkedBefore(), found.lastClaimId());
        }
    }

    private record Review(Verdict verdict, List<VerdictChange> history, boolean canUndo, boolean canRedo, long version) {
    }

    /** A verdict change kept in the window while the team desk server is away, saved when it is back. */
    private record PendingSave(Verdict verdict, String action) {
    }

    // ---- the team desk (docs/decisions/0053) ----
    private volatile DeskUrl deskUrl;
    private volatile char[] deskPassword;
    /** The version of each claim's verdict as last read or saved here: saves go over it (optimistic locking). */
    private final Map<String, Long> versions = new java.util.concurrent.ConcurrentHashMap<>();
    /** Saves refused because the server was away, by claim; the newest per claim wins, as on screen. */
    private final Map<String, PendingSave> pending = new java.util.concurrent.ConcurrentHashMap<>();
    private final StringProperty deskBanner = new SimpleStringProperty("");
    private final java.util.concurrent.ScheduledExecutorService reconnects =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "factdesk-desk-reconnect");
                t.setDaemon(true);
                return t;
            });
    private java.util.concurrent.ScheduledFuture<?> reconnecting;

    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty publicationUrl = new SimpleStringProperty("");

    public MainViewModel(UiExecutor executor, Notifier notifier) {
        this.executor = executor;
        this.notifier = notifier;
        verdict.setSaver(this::save);
        claims.selectedProperty().addListener((obs, old, now) -> claimSelected(now));
    }

    public void setNotifier(Notifier notifier) {
        this.notifier = notifier;
    }

    /**
     * Opens the user's data folder in the background, or with {@code demo} the demo workspace inside it (set up on
     * first use: decision 40). A workspace without articles shows the welcome, never the demo.
     */
    public void openWorkspace(Path userDataDir, boolean demo) {
        openWorkspace(userDataDir, demo, java.util.concurrent.CompletableFuture.completedFuture(null));
    }

    /**
     * The same, but the background work starts only once {@code startAfter} completes (the application
     * passes its first frame, so that opening the workspace does not slow that frame down); the window shows
     * the opening state from the start.
     */
    public void openWorkspace(Path userDataDir, boolean demo, java.util.concurrent.Future<?> startAfter) {
        this.userDataDir = userDataDir;
        Path dataDir = workspaceDir(userDataDir, demo);
        workspaceDir = dataDir;
        demoWorkspace.set(demo);
        phase.set(Phase.OPENING);
        article.opening();
        claims.loading("Opening workspace…");
        workspaceText.set(dataDir + (demo ? " (demo)" : "") + (deskUrl == null ? "" : " · team desk " + deskUrl));
        Workbench previous = workbench;
        workbench = null;
        executor.runLong("Opening workspace", p -> {
            startAfter.get();
            if (previous != null) {
                executor.awaitQueuedCalls(); // the saves queued on the workspace being left are written first
                previous.close();
            }
            DeskUrl desk = deskUrl;
            Workbench wb = desk == null ? Workbench.open(dataDir) : Workbench.open(dataDir, desk, deskPassword);
            workbench = wb;
            versions.clear();
            wb.teamDesk().ifPresent(d -> d.listen(e -> executor.run(() -> e, this::deskEvent, t -> { })));
            Article a;
            Path fileToOpen = atStart;
            atStart = null;
            if (fileToOpen != null) {
                a = wb.openFileWithNotes(fileToOpen).article();
                fileFromCommandLine = fileToOpen;
            } else if (demo && !wb.demoInstalled() && wb.archiveProblem() == null) {
                p.update(0, -1, "setting up the demo workspace");
                a = wb.installDemo(p);
            } else {
                // Where the reviewer left off; else the article they worked on last; none in a new workspace.
                a = wb.lastArticle().or(() -> wb.library().stream().findFirst().map(s -> s.article())).orElse(null);
            }
            Loaded loaded = a == null ? null : load(wb, a, p);
            return new Opening(loaded, wb.library().isEmpty(), demo ? new Workbench.SampleData(List.of(), false)
                    : wb.sampleData());
        }, opened -> {
            phase.set(Phase.READY);
            Path fromCommandLine = fileFromCommandLine;
            fileFromCommandLine = null;
            if (fromCommandLine != null) {
                fileOpened.accept(fromCommandLine);
            }
            refreshArchiveSize();
            article.welcomeProperty().set(opened.empty());
            show(opened.loaded());
            if (!opened.samples().isEmpty()) {
                notice.set(sampleNotice(opened.samples()));
            }
            hasSampleData.set(!opened.samples().isEmpty());
            showOpenNotices();
            warmUpClaimFinder();
        }, () -> {
            phase.set(Phase.READY);
            article.show(null);
            claims.clear();
            showOpenNotices();
        }, t -> {
            phase.set(Phase.FAILED);
            article.openFailed();
            Path backup = restorableBackup(t);
            if (backup != null) {
                notifier.restorable("FactDesk cannot open its workspace", Problems.describe(t), backup);
            } else if (t instanceof WorkspaceException || t instanceof org.factdesk.store.StoreException) {
                notifier.fatal("FactDesk cannot open its workspace", Problems.describe(t));
            } else {
                notifier.fatal("FactDesk could not open its workspace in " + dataDir, Problems.describe(t)
                        + "\n\nCheck that the folder exists and is writable, or start FactDesk with --data-dir DIR.");
            }
        });
    }

    /** The workspace just opened: its article (null for none), whether it has none at all, its sample data. */
    private record Opening(Loaded loaded, boolean empty, Workbench.SampleData samples) {
    }

    /** The folder the window works in: the user's data folder, or the demo workspace inside it. */
    static Path workspaceDir(Path userDataDir, boolean demo) {
        return demo ? org.factdesk.app.DemoWorkspace.folder(userDataDir) : userDataDir;
    }

    static String sampleNotice(Workbench.SampleData samples) {
        return "This workspace holds the demo's sample data (" + samples.archiveIds().size() + " sample archive articles"
                + (samples.demoArticle() ? " and the demo article" : "") + "), marked “sample” in the evidence. "
                + "File ▸ Remove sample data takes it out; the demo has a workspace of its own.";
    }

    /** Leaves the workspace for the demo workspace (set up on first use), or back for the user's own. */
    public void switchWorkspace(boolean demo) {
        if (userDataDir == null || phase.get() == Phase.OPENING || demo == demoWorkspace.get()) {
            return;
        }
        verdict.commitRationale();
        evidence.noClaim();
        verdict.clear();
        hasSampleData.set(false);
        openWorkspace(userDataDir, demo);
    }

    /** Removes the demo's sample data from the open (user's) workspace, and says what was done. */
    public void removeSampleData() {
        Workbench wb = workbench;
        if (wb == null || demoWorkspace.get()) {
            return;
        }
        executor.runLong("Removing sample data", p -> wb.removeSampleData(), done -> {
            hasSampleData.set(false);
            refreshArchiveSize();
            reloadEvidence();
            notice.set("Removed " + done.archiveArticles() + " sample articles from the archive"
                    + (done.demoArticleRemoved() ? " and the demo article from the library."
                    : done.demoArticleKept() ? "; the demo article stays in the library, as it has your verdicts." : "."));
        }, () -> { }, t -> notifier.problem("Could not remove the sample data", t, "Try again; nothing of yours was removed."));
    }

    /** The user's data folder (the demo workspace is inside it; null before the first opening). */
    public Path userDataDir() {
        return userDataDir;
    }

    /** The folder of the workspace open now (null before the first). */
    public Path workspaceDir() {
        return workspaceDir;
    }

    public javafx.beans.property.ReadOnlyBooleanProperty demoWorkspaceProperty() {
        return demoWorkspace;
    }

    public javafx.beans.property.ReadOnlyBooleanProperty hasSampleDataProperty() {
        return hasSampleData;
    }

    /** Said in the status bar once the next open is done (what a restore did), or null; FX thread only. */
    private String noticeAfterOpen;

    /** What the open has to say (no backup for lack of space, an archive that cannot be used) in the status bar. */
    private void showOpenNotices() {
        Workbench wb = workbench;
        if (wb == null) {
            return;
        }
        List<String> notices = new java.util.ArrayList<>(wb.notices());
        if (noticeAfterOpen != null) {
            notices.addFirst(noticeAfterOpen);
            noticeAfterOpen = null;
        }
        if (!notices.isEmpty()) {
            notice.set(String.join(" ", notices));
        }
        if (wb.archiveProblem() != null) {
            notifier.problem("The archive cannot be used", new WorkspaceException(wb.archiveProblem()), null);
        }
    }

    /** The good backup a failed open offers (a missing, empty or damaged database), or null. */
    private static Path restorableBackup(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof org.factdesk.store.StoreException se) {
                return se.latestBackup().orElse(null);
            }
        }
        return null;
    }

    /** The backups of the workspace's database, newest first, each checked (File > Restore backup). */
    public void loadBackups(java.util.function.Consumer<List<org.factdesk.store.BackupInfo>> show) {
        Path dir = workspaceDir;
        if (dir == null) {
            return;
        }
        executor.run(() -> Workbench.backups(dir), show,
                t -> notifier.problem("Could not list the backups", t, "Check that the data folder is readable."));
    }

    /**
     * Closes the workspace, puts {@code backup} back in place of its database (the replaced database is kept beside
     * it, renamed) and opens the workspace again.
     */
    public void restoreBackup(Path backup) {
        Path dir = workspaceDir;
        if (dir == null) {
            return;
        }
        verdict.commitRationale();
        executor.runLong("Restoring a backup", p -> {
            executor.awaitQueuedCalls();
            Workbench wb = workbench;
            workbench = null;
            if (wb != null) {
                wb.close();
            }
            return Workbench.restoreBackup(dir, backup);
        }, restored -> {
            noticeAfterOpen = "Restored the backup " + restored.backup().file().getFileName() + " ("
                    + restored.backup().summary() + ")" + (restored.keptAside() == null ? "."
                    : "; the database it replaced is kept as " + restored.keptAside().getFileName() + ".");
            openWorkspace(userDataDir, demoWorkspace.get());
        }, () -> openWorkspace(userDataDir, demoWorkspace.get()), t -> {
            notifier.problem("Could not restore the backup", t, "Nothing was replaced. Choose another backup.");
            openWorkspace(userDataDir, demoWorkspace.get());
        });
    }

    /**
     * Once the window is ready, the claim finder and its sentence encoder load on a background thread of low
     * priority, so that the first article opened does not wait a second for them (off with
     * {@link #setWarmUpClaimFinder}: they load on first use).
     */
    private void warmUpClaimFinder() {
        Workbench wb = workbench;
        if (wb == null || !warmUp) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                wb.warmUpClaimFinder();
            } catch (RuntimeException | LinkageError e) {
                // the finder then loads on first use and reports its own problem there
            }
        }, "claim-finder-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    static final String LAST_CLAIM_KEY = "ui.lastClaim.";

    private static Loaded load(Workbench wb, Article a, Progress p) throws Exception {
        p.update(0, -1, "finding claims");
        List<Claim> found = wb.claims(a, p);
        wb.markOpened(a);
        return loadedClaims(wb, a, found);
    }

    private static Loaded loadedClaims(Workbench wb, Article a, List<Claim> found) {
        Map<String, VerdictStatus> statuses = new HashMap<>();
        wb.verdicts(a.id()).forEach((id, v) -> statuses.put(id, v.status()));
        return new Loaded(a, found, statuses, List.of(), wb.dismissedClaims(a.id()),
                Set.copyOf(wb.priorChecks(found, 1).keySet()), wb.setting(LAST_CLAIM_KEY + a.id()).orElse(null));
    }

    private void show(Loaded loaded) {
        if (loaded == null) {
            article.show(null);
            claims.clear();
            return;
        }
        verdict.clear();
        claims.show(loaded.claims(), loaded.dismissed(), loaded.statuses(), loaded.checkedBefore());
        claims.markCaptions(loaded.article());
        article.show(loaded.article());
        // Reopen where the reviewer left off: the claim selected last time, else the first.
        Claim last = loaded.claims().stream().filter(c -> c.id().equals(loaded.lastClaimId())).findFirst().orElse(null);
        if (last != null && claims.visible().contains(last)) {
            claims.selectedProperty().set(last);
        } else if (!loaded.claims().isEmpty()) {
            claims.next();
        }
    }

    public void openFile(Path file) {
        openArticle("Opening " + file.getFileName(), (wb, p) -> {
            var loaded = wb.openFileWithNotes(file);
            return new Opened(loaded.article(), loaded.notes());
        }, "Choose a .txt, .md or .html file with the article text.", () -> fileOpened.accept(file));
    }

    /** Hears each article file opened (File > Open Recent), on the UI thread. */
    public void setOnFileOpened(java.util.function.Consumer<Path> listener) {
        fileOpened = listener == null ? f -> { } : listener;
    }

    private volatile java.util.function.Consumer<Path> fileOpened = f -> { };
    /** The file the command line asked for, once the workspace opened on it (for Open Recent). */
    private volatile Path fileFromCommandLine;
    /** The file the command line asks for, opened by the next workspace opening instead of the last article. */
    private volatile Path atStart;
    private volatile boolean warmUp = true;

    /** The article file the first opening of a workspace shows (the command line's), or null for where it left off. */
    public void openAtStart(Path file) {
        atStart = file;
    }

    /** Whether the claim finder loads in the background once the window is ready (else on first use). */
    public void setWarmUpClaimFinder(boolean on) {
        warmUp = on;
    }

    /** Pasted text (a pasted web address is fetched); the details the user typed win over what the text says. */
    public void openText(String text, String title, String source, java.time.LocalDate published, String url) {
        openArticle("Reading pasted article", (wb, p) -> {
            var read = wb.openPasted(text, title, source, published, url, p);
            return new Opened(read.article(), read.notes());
        }, "Check the pasted text and try again.");
    }

    /** Fetches the page at a web address the user gave: FactDesk's only use of the network. */
    public void openUrl(String url) {
        openArticle("Fetching " + url, (wb, p) -> {
            var read = wb.openUrl(url, p);
            return new Opened(read.article(), read.notes());
        }, "Check the address, or save the page in the browser (Ctrl+S) and open the file.");
    }

    /** Reopens an article of the library at the claim the reviewer selected last. */
    public void openStored(String articleId) {
        openArticle("Opening the article", (wb, p) -> new Opened(wb.article(articleId).orElseThrow(() -> new WorkspaceException(
                "The article " + articleId + " is no longer in this workspace.")), List.of()),
                "Refresh the library and choose another article.");
    }

    /** Every article in the workspace with its progress, for the library. */
    public void loadLibrary(java.util.function.Consumer<List<ArticleSummary>> show) {
        Workbench wb = workbench;
        if (wb == null) {
            return;
        }
        verdict.commitRationale();
        executor.run(wb::library, show, t -> notifier.problem("Could not read the article library", t, "Try again."));
    }

    private record Opened(Article article, List<String> notes) {
    }

    private interface ArticleSource {
        Opened open(Workbench wb, Progress progress) throws Exception;
    }

    private void openArticle(String label, ArticleSource source, String whatToDo) {
        openArticle(label, source, whatToDo, () -> { });
    }

    private void openArticle(String label, ArticleSource source, String whatToDo, Runnable onOpened) {
        Workbench wb = workbench;
        if (wb == null) {
            return;
        }
        verdict.commitRationale();
        Article before = article.articleProperty().get();
        article.opening();
        executor.runLong(label, p -> {
            Opened opened = source.open(wb, p);
            return new Loaded(opened.article(), List.of(), Map.of(), opened.notes(), List.of(), Set.of(), null)
                    .with(load(wb, opened.article(), p));
        }, loaded -> {
            show(loaded);
            notice.set(String.join(" ", loaded.notes()));
            onOpened.run();
        },
                () -> article.show(before),
                t -> {
                    article.openFailed();
                    notifier.problem("Could not open the article", t, whatToDo);
                });
    }

    public void saveMetadata(Article edited) {
        Workbench wb = workbench;
        executor.run(() -> wb.saveArticleMetadata(edited), saved -> {
            Article current = article.articleProperty().get();
            if (current != null && current.id().equals(saved.id())) {
                article.articleProperty().set(saved);
            }
        }, t -> notifier.problem("Could not save the article details", t, "Try again; your edit was not saved."));
    }

    private void claimSelected(Claim c) {
        Workbench wb = workbench;
        if (c == null || wb == null) {
            evidence.noClaim();
            verdict.clear();
            return;
        }
        evidence.loading(c.id());
        executor.run(() -> review(wb, c.id()), r -> {
            if (c.equals(claims.selectedProperty().get())) {
                showReview(c, r);
            }
        }, t -> notifier.problem("Could not load the verdict of this claim", t, "Select the claim again."));
        executor.run(() -> {
            wb.setSetting(LAST_CLAIM_KEY + c.articleId(), c.id());
            return wb.priorChecks(c, 3);
        }, found -> verdict.showPriorChecks(c, found), t -> { });
        executor.run(() -> wb.evidence(c, EVIDENCE_K), found -> evidence.show(c.id(), found),
                t -> evidence.failed(c.id(), Problems.describe(t)));
        executor.run(() -> wb.checkedBefore(c, 3).stream().map(m -> m.check().summary()
                        + (m.check().url().isBlank() ? "" : " — " + m.check().url())).toList(),
                lines -> evidence.showCheckedBefore(c.id(), lines), t -> { });
    }

    /** Imports earlier fact-checks published as ClaimReview; the selected claim's are shown at once. */
    public void importClaimReviews(Path path) {
        Workbench wb = workbench;
        if (wb == null) {
            return;
        }
        executor.runLong("Importing fact-checks from " + path.getFileName(), p -> wb.importClaimReviews(path, p), done -> {
            notice.set(done.read() + " fact-checks read, " + done.added() + " new"
                    + (done.problems().isEmpty() ? "." : "; " + done.problems().size() + " problems: "
                    + done.problems().getFirst()));
            Claim c = claims.selectedProperty().get();
            if (c != null) {
                claimSelected(c);
            }
        }, () -> notice.set("Import of fact-checks cancelled."), t -> notifier.problem("Could not import the fact-checks in "
                + path, t, "Give ClaimReview JSON-LD, a DataFeed, a saved fact-check page or a Fact Check Tools response."));
    }

    private void save(Verdict v, String action) {
        Workbench wb = workbench;
        if (wb == null || v == null) {
            return;
        }
        claims.setStatus(v.claimId(), v.status());
        verdict.canRedoProperty().set(false); // a new change ends what can be redone
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
            pending.remove(r.verdict().claimId());
            if (pending.isEmpty() && !deskBanner.get().isEmpty()) {
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
            if (t instanceof VerdictConflictException conflict) {
                verdict.saveFailed("a colleague saved a newer version");
                notifier.conflict(conflict, keepMine -> {
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
                notifier.problem("Your verdict change was not saved", t,
                        "The change is still on screen: try again (e.g. choose the status again or press Save).");
            }
        });
    }

    // ---- the team desk ----

    /** Signs in to a team desk and reopens the workspace with its reviews there; a wrong password leaves all as is. */
    public void connectTeamDesk(String url, char[] password) {
        DeskUrl parsed;
        try {
            parsed = DeskUrl.parse(url);
        } catch (IllegalArgumentException e) {
            notifier.problem("Not a team desk address", e, "Use postgresql://USER@HOST:PORT/DATABASE.");
            return;
        }
        char[] pw = password.clone();
        executor.run(() -> {
            PgStore.connect(parsed, pw).close(); // check the address and password before leaving the open workspace
            return parsed;
        }, ok -> {
            deskUrl = ok;
            deskPassword = pw;
            openWorkspace(userDataDir, demoWorkspace.get());
        }, t -> notifier.problem("Could not connect to the team desk", t,
                "Check the address and your password; the workspace stays as it was."));
    }

    /** Back to the local desk in the data folder. */
    public void disconnectTeamDesk() {
        deskUrl = null;
        deskPassword = null;
        openWorkspace(userDataDir, demoWorkspace.get());
    }

    public boolean onTeamDesk() {
        return deskUrl != null;
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
        Workbench wb = workbench;
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
        if (pending.isEmpty()) {
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
    private void deskEvent(DeskEvent e) {
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
        Workbench wb = workbench;
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

    private record Stepped(Review review, boolean changed) {
    }

    /** Undo or redo on the shown claim, in the background; says what happened, or that there was nothing to do. */
    private void historyStep(String verb, String done, java.util.function.BiPredicate<Workbench, String> possible,
                             java.util.function.BiConsumer<Workbench, String> step) {
        Claim c = verdict.claimProperty().get();
        Workbench wb = workbench;
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
                t -> notifier.problem("Could not " + verb, t, "Nothing was changed."));
    }

    /** Sets the verdict back to how it was after an earlier step of its history (itself a new step). */
    public void revertTo(VerdictChange change) {
        Claim c = verdict.claimProperty().get();
        Workbench wb = workbench;
        if (c == null || wb == null || change == null) {
            return;
        }
        verdict.commitRationale();
        executor.run(() -> {
            wb.revertTo(c.id(), change.seq());
            return review(wb, c.id());
        }, r -> afterHistoryStep(c, r, "Went back to the verdict of " + VerdictViewModel.describeTime(change.at())
                + ": " + r.verdict().status().label() + "."), t -> notifier.problem("Could not go back", t, "Nothing was changed."));
    }

    private void afterHistoryStep(Claim c, Review r, String message) {
        claims.setStatus(c.id(), r.verdict().status());
        if (c.equals(verdict.claimProperty().get())) {
            showReview(c, r);
        }
        notice.set(message);
    }

    // ---- shaping claims ------------------------------------------------------------------------

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
        Workbench wb = workbench;
        Article a = article.articleProperty().get();
        if (wb == null || a == null) {
            return;
        }
        verdict.commitRationale();
        Claim selected = claims.selectedProperty().get();
        executor.runLong("Finding claims again", p -> {
            List<Claim> found = wb.reextract(a, p);
            return loadedClaims(wb, a, found);
        }, loaded -> {
            reshow(loaded, selected == null ? List.of() : List.of(selected.id()));
            notice.set("Claims found again: " + loaded.claims().size() + "; every verdict is kept.");
        }, () -> notice.set("Re-extraction cancelled; the claims are unchanged."),
                t -> notifier.problem("Could not find the claims again", t, "The claims are unchanged."));
    }

    private interface ClaimShaping {
        List<String> apply(Workbench wb);
    }

    private void shapeClaims(String failure, ClaimShaping shaping, String done) {
        Workbench wb = workbench;
        Article a = article.articleProperty().get();
        if (wb == null || a == null) {
            return;
        }
        verdict.commitRationale();
        executor.run(() -> {
            List<String> select = shaping.apply(wb);
            return new Shaped(loadedClaims(wb, a, wb.storedClaims(a.id())), select);
        }, shaped -> {
            reshow(shaped.loaded(), shaped.select());
            notice.set(done);
        }, t -> notifier.problem(failure, t, "The claims are unchanged."));
    }

    private record Shaped(Loaded loaded, List<String> select) {
    }

    /** Shows reloaded claims of the open article, keeping the filters and selecting the given claim. */
    private void reshow(Loaded loaded, List<String> select) {
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

    public void openSource(Evidence e) {
        Workbench wb = workbench;
        if (e == null || wb == null) {
            return;
        }
        executor.run(() -> wb.archiveDocument(e.docId()), found -> {
            if (found.isPresent()) {
                notifier.showSource(found.get(), e);
            } else {
                notifier.problem("The source article is not in the archive", new IllegalStateException(
                        "No archive document has the id " + e.docId() + "."), "Re-import the archive it came from.");
            }
        }, t -> notifier.problem("Could not open the source article", t, "Try again."));
    }

    public void importArchive(Path path) {
        Workbench wb = workbench;
        record Imported(ImportReport report, String searchMode) {
        }
        executor.runLong("Importing " + path.getFileName(),
                p -> new Imported(wb.importArchive(path, p), wb.archiveSearchMode()), done -> {
            refreshArchiveSize();
            reloadEvidence();
            notifier.importFinished(done.report(), done.searchMode());
        }, () -> {
            refreshArchiveSize();
            notice.set("Import cancelled; what was imported before stays in the archive.");
        }, t -> notifier.problem("Could not import " + path, t,
                "Import a JSONL file with one {id, title, text, source, published, url} object per line, "
                        + "or a folder of .txt/.md/.html files."));
    }

    public void exportReport(ReportFormat format, Path out) {
        exportReport(format, out, "", "", false);
    }

    /**
     * Exports the open article's review in the background. The organisation and publication URL go into
     * the report (ClaimReview's author and url); {@code remember} keeps them for the next export.
     */
    public void exportReport(ReportFormat format, Path out, String organisation, String publicationUrl, boolean remember) {
        Workbench wb = workbench;
        Article a = article.articleProperty().get();
        if (wb == null || a == null) {
            return;
        }
        verdict.commitRationale();
        executor.runLong("Exporting report", p -> {
            executor.awaitQueuedCalls(); // the verdict edits just committed are in the report
            p.checkCancelled();
            p.update(0, -1, format.label());
            if (remember) {
                wb.setSetting(ORGANISATION_KEY, organisation);
                wb.setSetting(PUBLICATION_URL_KEY, publicationUrl);
            }
            wb.exportReport(List.of(a.id()), format, out, new org.factdesk.report.ReportOptions(organisation,
                    publicationUrl, java.time.Instant.now()), p);
            return out;
        }, path -> notice.set("Report saved to " + path), () -> notice.set("Export cancelled."),
                t -> notifier.problem("Could not export the report", t, "Choose another folder or file name."));
    }

    static final String ORGANISATION_KEY = "report.organisation";
    static final String PUBLICATION_URL_KEY = "report.publicationUrl";

    /** The organisation and publication URL last used for reports in this workspace. */
    public void loadReportSettings(java.util.function.BiConsumer<String, String> show) {
        Workbench wb = workbench;
        if (wb == null) {
            return;
        }
        executor.run(() -> List.of(wb.setting(ORGANISATION_KEY).orElse(""), wb.setting(PUBLICATION_URL_KEY).orElse("")),
                v -> show.accept(v.get(0), v.get(1)), t -> show.accept("", ""));
    }

    /** One report over every article with a verdict change in [from, to]; remembers organisation and URL. */
    public void exportRange(java.time.LocalDate from, java.time.LocalDate to, ReportFormat format, String organisation,
                            String publicationUrl, Path out) {
        Workbench wb = workbench;
        if (wb == null) {
            return;
        }
        verdict.commitRationale();
        executor.runLong("Exporting reviews " + from + " to " + to, p -> {
            executor.awaitQueuedCalls();
            wb.setSetting(ORGANISATION_KEY, organisation);
            wb.setSetting(PUBLICATION_URL_KEY, publicationUrl);
            List<String> ids = wb.articlesReviewedBetween(from, to).stream().map(Article::id).toList();
            if (ids.isEmpty()) {
                throw new WorkspaceException("No article was reviewed between " + from + " and " + to
                        + ", so there is nothing to report. Widen the date range.");
            }
            p.checkCancelled();
            wb.exportReport(ids, format, out, new org.factdesk.report.ReportOptions(organisation, publicationUrl,
                    java.time.Instant.now()), p);
            return ids.size();
        }, n -> notice.set("Report of " + n + (n == 1 ? " article" : " articles") + " saved to " + out),
                () -> notice.set("Export cancelled."),
                t -> notifier.problem("Could not export the reviews", t, "Check the dates and the file name, then try again."));
    }

    /** Archive search with Lucene syntax; a syntax error is shown in the evidence pane, not as an exception. */
    public void searchArchive(String query) {
        Workbench wb = workbench;
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
            reloadEvidence();
        }
    }

    private void reloadEvidence() {
        Claim c = claims.selectedProperty().get();
        Workbench wb = workbench;
        if (c != null && wb != null) {
            evidence.loading(c.id());
            executor.run(() -> wb.evidence(c, EVIDENCE_K), found -> evidence.show(c.id(), found),
                    t -> evidence.failed(c.id(), Problems.describe(t)));
        }
    }

    private void refreshArchiveSize() {
        Workbench wb = workbench;
        if (wb == null) {
            return;
        }
        executor.run(wb::archiveSize, n -> archiveText.set("Archive: " + n + (n == 1 ? " article" : " articles")),
                t -> archiveText.set("Archive: unavailable"));
    }

    public Optional<Article> currentArticle() {
        return Optional.ofNullable(article.articleProperty().get());
    }

    public void next() {
        claims.next();
    }

    public void previous() {
        claims.previous();
    }

    public void cancelTask() {
        executor.cancel();
    }

    /** Saves what is still pending, waits for queued saves and closes the workspace. */
    @Override
    public void close() {
        reconnects.shutdownNow();
        verdict.commitRationale();
        executor.drain(10_000);
        Workbench wb = workbench;
        workbench = null;
        if (wb != null) {
            try {
                wb.close();
            } catch (Exception e) {
                System.err.println("FactDesk: closing the workspace: " + Problems.describe(e));
            }
        }
    }

    public UiExecutor executor() {
        return executor;
    }

    public ClaimListViewModel claims() {
        return claims;
    }

    public ArticleViewModel article() {
        return article;
    }

    public EvidenceViewModel evidence() {
        return evidence;
    }

    public VerdictViewModel verdict() {
        return verdict;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public ReadOnlyStringProperty workspaceTextProperty() {
        return workspaceText;
    }

    public ReadOnlyStringProperty archiveTextProperty() {
        return archiveText;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

}
