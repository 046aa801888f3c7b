package org.factdesk.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.factdesk.app.Workbench;
import org.factdesk.store.DeskUrl;
import org.factdesk.store.VerdictConflictException;
import org.factdesk.app.WorkspaceException;
import org.factdesk.archive.ImportReport;
import org.factdesk.model.Article;
import org.factdesk.model.Evidence;
import org.factdesk.ui.article.ArticleViewModel;
import org.factdesk.ui.claims.ClaimListViewModel;
import org.factdesk.ui.evidence.EvidenceViewModel;
import org.factdesk.ui.verdict.VerdictViewModel;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.List;
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
         * check: offer to restore it ({@link WorkspaceBackups#restore}), or close.
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

    private final UiExecutor executor;
    private final WorkspaceOpener opener;
    private final ClaimListViewModel claims = new ClaimListViewModel();
    private final ArticleViewModel article = new ArticleViewModel(claims);
    private final EvidenceViewModel evidence = new EvidenceViewModel();
    private final VerdictViewModel verdict = new VerdictViewModel();
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.OPENING);
    private final StringProperty workspaceText = new SimpleStringProperty("");
    private final StringProperty archiveText = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    /** File > Connect archive: the newsroom archive on a cluster, kept across reopened workspaces. */
    private final ArchiveConnection archiveConnection;
    private final WorkbenchSession session;
    private final ReviewViewModel review;
    private final ClaimShapingViewModel shaping;
    private final TransferViewModel transfer;
    private final ArticleOpeningViewModel opening;
    private final AlsoReviewing alsoReviewing;
    private volatile Path userDataDir;
    private volatile Path workspaceDir;
    private final javafx.beans.property.BooleanProperty demoWorkspace = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.BooleanProperty hasSampleData = new javafx.beans.property.SimpleBooleanProperty();

    /** File > Connect to team desk: the desk the workspaces open on, or the local one. */
    private final TeamDeskConnection teamDesk;
    private final WorkspaceBackups backups;

    /** How the window opens a workspace: on the local desk ({@code desk} null) or a team desk. */
    public interface WorkspaceOpener {
        Workbench open(Path dataDir, DeskUrl desk, char[] password);
    }

    /** The workbench's own workspaces, on the executor given (the application's, or a test's synchronous one). */
    public MainViewModel(UiExecutor executor, Notifier notifier) {
        this(executor, notifier, (dir, desk, password) -> desk == null ? Workbench.open(dir)
                : Workbench.open(dir, desk, password), Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "factdesk-desk-reconnect");
                    t.setDaemon(true);
                    return t;
                }));
    }

    /**
     * @param opener     opens the workspaces (tests may give a workspace of their own)
     * @param reconnects times the attempts to reach a team desk server that went away (shut down on close)
     */
    public MainViewModel(UiExecutor executor, Notifier notifier, WorkspaceOpener opener,
                         ScheduledExecutorService reconnects) {
        this.executor = executor;
        this.opener = opener;
        session = new WorkbenchSession(executor, claims, article, evidence, verdict, notice, archiveText);
        session.setNotifier(notifier);
        archiveConnection = new ArchiveConnection(executor, session::workbench, session::notifier, notice, () -> {
            session.refreshArchiveSize();
            session.reloadEvidence();
        });
        Runnable reopen = () -> openWorkspace(userDataDir, demoWorkspace.get());
        teamDesk = new TeamDeskConnection(executor, session::notifier, reopen);
        backups = new WorkspaceBackups(session, () -> workspaceDir, reopen);
        review = new ReviewViewModel(session, reconnects);
        shaping = new ClaimShapingViewModel(session);
        transfer = new TransferViewModel(session, review::claimSelected);
        opening = new ArticleOpeningViewModel(session);
        claims.selectedProperty().addListener((obs, old, now) -> {
            if (!ClaimListViewModel.sameButScore(old, now)) { // new scores arriving are not a new choice
                review.claimSelected(now);
            }
        });
        alsoReviewing = new AlsoReviewing(executor);
        article.articleProperty().addListener((obs, old, now) -> alsoReviewing.refresh(session.workbench(),
                article.articleProperty()::get));
    }

    /** Who else has the article open (presence) goes to its line; everything else to the review. */
    private void deskEvent(org.factdesk.store.DeskEvent e) {
        if (e.kind().equals("presence")) {
            alsoReviewing.refresh(session.workbench(), article.articleProperty()::get);
        } else if (e.kind().equals("reading")) {
            Workbench wb = session.workbench();
            String me = wb == null ? null : wb.teamDesk().map(d -> d.url().user()).orElse(null);
            if (e.who() == null || !e.who().equals(me)) { // this window read it again itself and shows it already
                opening.readAgainElsewhere(e.claimId(), e.who());
            }
        } else {
            review.deskEvent(e);
        }
    }

    /** "Also reviewing: ana" while colleagues have the shown article open on the team desk; else empty. */
    public javafx.beans.property.ReadOnlyStringProperty alsoReviewingProperty() {
        return alsoReviewing.textProperty();
    }

    public void setNotifier(Notifier notifier) {
        session.setNotifier(notifier);
    }

    /** The selected claim's verdict: saves, undo and redo, the team desk's kept saves. */
    public ReviewViewModel review() {
        return review;
    }

    /** Adding, rewording, splitting, merging and dismissing claims. */
    public ClaimShapingViewModel shaping() {
        return shaping;
    }

    /** Articles in: a file, pasted text, a web address, the library. */
    public ArticleOpeningViewModel opening() {
        return opening;
    }

    /** Imports into the workspace and reports out of it. */
    public TransferViewModel transfer() {
        return transfer;
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
        session.scoring.cancel();
        article.opening();
        claims.loading("Opening workspace…");
        workspaceText.set(dataDir + (demo ? " (demo)" : "") + (teamDesk.url() == null ? "" : " · team desk " + teamDesk.url()));
        Workbench previous = session.workbench();
        session.setWorkbench(null);
        executor.runLong("Opening workspace", p -> {
            startAfter.get();
            if (previous != null) {
                executor.awaitQueuedCalls(); // the saves queued on the workspace being left are written first
                session.scoring.awaitIdle();
                previous.close();
            }
            Workbench wb = opener.open(dataDir, teamDesk.url(), teamDesk.password());
            archiveConnection.reconnect(wb); // before any evidence is searched
            session.setWorkbench(wb);
            review.forgetVersions();
            wb.teamDesk().ifPresent(d -> d.listen(e -> executor.run(() -> e, this::deskEvent, t -> { })));
            Article a;
            List<String> notes = List.of();
            Path fileToOpen = atStart;
            atStart = null;
            if (fileToOpen != null) {
                var read = wb.openFileWithNotes(fileToOpen, p);
                a = read.article();
                notes = read.notes(); // "read again", "not valid UTF-8", "does not read as English"
                fileFromCommandLine = fileToOpen;
            } else if (demo && !wb.demoInstalled() && wb.archiveProblem() == null) {
                p.update(0, -1, "setting up the demo workspace");
                a = wb.installDemo(p);
            } else {
                // Where the reviewer left off; else the article they worked on last; none in a new workspace.
                a = wb.lastArticle().or(() -> wb.library().stream().findFirst().map(s -> s.article())).orElse(null);
            }
            LoadedArticle loaded = a == null ? null : LoadedArticle.load(wb, a, p);
            return new Opening(loaded, wb.library().isEmpty(), demo ? new Workbench.SampleData(List.of(), false)
                    : wb.sampleData(), notes);
        }, opened -> {
            phase.set(Phase.READY);
            archiveConnection.showReconnect();
            Path fromCommandLine = fileFromCommandLine;
            fileFromCommandLine = null;
            if (fromCommandLine != null) {
                opening.fileOpened(fromCommandLine);
            }
            refreshArchiveSize();
            article.welcomeProperty().set(opened.empty());
            opening.show(opened.loaded());
            if (!opened.notes().isEmpty()) {
                notice.set(String.join(" ", opened.notes()));
            }
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
            Path backup = WorkspaceBackups.restorable(t);
            if (backup != null) {
                session.notifier().restorable("FactDesk cannot open its workspace", Problems.describe(t), backup);
            } else if (t instanceof WorkspaceException || t instanceof org.factdesk.store.StoreException) {
                session.notifier().fatal("FactDesk cannot open its workspace", Problems.describe(t));
            } else {
                session.notifier().fatal("FactDesk could not open its workspace in " + dataDir, Problems.describe(t)
                        + "\n\nCheck that the folder exists and is writable, or start FactDesk with --data-dir DIR.");
            }
        });
    }

    /** The workspace just opened: its article (null for none), whether it has none at all, its sample data. */
    private record Opening(LoadedArticle loaded, boolean empty, Workbench.SampleData samples, List<String> notes) {
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
        Workbench wb = session.workbench();
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
        }, () -> { }, t -> session.notifier().problem("Could not remove the sample data", t, "Try again; nothing of yours was removed."));
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

    /** What the open has to say (no backup for lack of space, an archive that cannot be used) in the status bar. */
    private void showOpenNotices() {
        Workbench wb = session.workbench();
        if (wb == null) {
            return;
        }
        List<String> notices = new java.util.ArrayList<>(wb.notices());
        String restored = backups.takeNoticeAfterOpen();
        if (restored != null) {
            notices.addFirst(restored);
        }
        if (!notices.isEmpty()) {
            notice.set(String.join(" ", notices));
        }
        if (wb.archiveProblem() != null) {
            session.notifier().problem("The archive cannot be used", new WorkspaceException(wb.archiveProblem()), null);
        }
    }

    /** File > Restore backup: the workspace database's backups, and putting one back. */
    public WorkspaceBackups backups() {
        return backups;
    }

    /**
     * Once the window is ready, the claim finder and its sentence encoder load on a background thread of low
     * priority, so that the first article opened does not wait a second for them (off with
     * {@link #setWarmUpClaimFinder}: they load on first use).
     */
    private void warmUpClaimFinder() {
        Workbench wb = session.workbench();
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

    /** File > Connect to team desk: the desk the workspaces open on, or the local one. */
    public TeamDeskConnection teamDesk() {
        return teamDesk;
    }

    /** File > Connect archive: the newsroom archive on a cluster, instead of the data folder's. */
    public ArchiveConnection archiveConnection() {
        return archiveConnection;
    }

    private void reloadEvidence() {
        session.reloadEvidence();
    }

    private void refreshArchiveSize() {
        session.refreshArchiveSize();
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
        review.close();
        verdict.commitRationale();
        session.scoring.close();
        executor.drain(10_000);
        Workbench wb = session.workbench();
        session.setWorkbench(null);
        if (wb != null) {
            try {
                wb.close();
            } catch (Exception e) {
                java.util.logging.Logger.getLogger(MainViewModel.class.getName()).warning(
                        "closing the workspace: " + Problems.describe(e));
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
