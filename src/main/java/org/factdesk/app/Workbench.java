package org.factdesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factdesk.archive.Archive;
import org.factdesk.archive.ArchiveLocation;
import org.factdesk.archive.ArticleArchive;
import org.factdesk.archive.ClusterCredentials;
import org.factdesk.archive.OpenSearchArchive;
import org.factdesk.archive.ArchiveUnavailableException;
import org.factdesk.archive.EvidenceFinder;
import org.factdesk.archive.EvidenceSettings;
import org.factdesk.archive.ImportReport;
import org.factdesk.extract.ClaimExtractor;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Quantity;
import org.factdesk.model.Span;
import org.factdesk.extract.quantity.QuantityExtractor;
import org.factdesk.model.Evidence;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictChange;
import org.factdesk.read.ArticleReader;
import org.factdesk.read.page.ReadException;
import org.factdesk.report.ReportFiles;
import org.factdesk.report.ReportFormat;
import org.factdesk.report.ReportOptions;
import org.factdesk.report.ReportWriter;
import org.factdesk.report.ReviewReport;
import org.factdesk.report.ReviewedClaim;
import org.factdesk.store.ArticleSummary;
import org.factdesk.store.ArchiveImport;
import org.factdesk.store.BackupInfo;
import org.factdesk.store.DiskSpace;
import org.factdesk.store.DeskUrl;
import org.factdesk.store.PgStore;
import org.factdesk.store.ReviewStore;
import org.factdesk.store.Store;
import org.factdesk.store.VersionedVerdict;
import org.factdesk.task.CancelledException;
import org.factdesk.task.Progress;

/**
 * The composition root and the use cases of FactDesk: one per data folder. The UI and the CLI go
 * through it, so both run the very same code paths. Methods may block (files, Lucene, SQLite):
 * the UI calls them off the JavaFX thread.
 */
public final class Workbench implements AutoCloseable {
    static final String DB_FILE = "factdesk.db";
    static final String ARCHIVE_DIR = "archive";

    private final Path dataDir;
    private final DataDirLock lock;
    /** The local desk's SQLite file: settings, the archive's import log, backups; also the reviews on a local desk. */
    private final Store store;
    /** Where articles, claims and verdicts live: {@link #store} itself, or a team desk on PostgreSQL. */
    private final ReviewStore reviews;
    /** The team desk when the reviews are shared, else null. */
    private final PgStore teamDesk;
    /** Null while the archive cannot be used ({@link #archiveProblem} says why): reviews work without it. */
    private volatile Archive archive;
    private volatile EvidenceFinder evidenceFinder;
    private volatile String archiveProblem;
    private volatile ClaimExtractor extractor;
    /** The newsroom archive on a cluster when one is connected: evidence comes from it instead (decision 0064). */
    private volatile OpenSearchArchive cluster;
    private volatile ArticleArchive.ClaimSearch clusterSearch;

    private Workbench(Path dataDir, DataDirLock lock, Store store, PgStore teamDesk, Archive archive,
                      String archiveProblem) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.store = store;
        this.teamDesk = teamDesk;
        this.reviews = teamDesk != null ? teamDesk : store;
        this.archive = archive;
        this.evidenceFinder = archive == null ? null : new EvidenceFinder(archive);
        this.archiveProblem = archiveProblem;
    }

    /** Opens (creating if needed) the workspace in {@code dataDir}, locking it against a second FactDesk. */
    public static Workbench open(Path dataDir) {
        return open(dataDir, null, null);
    }

    /**
     * Opens the workspace in {@code dataDir} with its reviews on the team desk at {@code desk} (null: the local desk).
     * The archive, settings and backups stay in the data folder (docs/decisions/0050).
     */
    public static Workbench open(Path dataDir, DeskUrl desk, char[] password) {
        Path dir = dataDir.toAbsolutePath().normalize();
        DataDirs.requireUsable(dir);
        DataDirLock lock = DataDirLock.acquire(dir);
        Store store = null;
        PgStore teamDesk = null;
        try {
            store = Store.open(dir.resolve(DB_FILE));
            if (desk != null) {
                teamDesk = PgStore.connect(desk, password);
            }
            deleteQuietly(dir.resolve(ARCHIVE_DIR + ".rebuilding")); // a rebuild cut short (ours alone: the lock is held)
            // a lost or damaged archive is reported, never recreated empty; the reviews still open (decision 23)
            String problem = lostArchive(dir, store);
            Archive archive = null;
            if (problem == null) {
                try {
                    archive = Archive.open(dir.resolve(ARCHIVE_DIR));
                } catch (ArchiveUnavailableException e) {
                    problem = e.getMessage() + " Reviews and verdicts work meanwhile; evidence searches do not.";
                }
            }
            return new Workbench(dir, lock, store, teamDesk, archive, problem);
        } catch (IOException e) {
            closeAll(teamDesk, store, lock);
            throw new WorkspaceException("Cannot open the archive in " + dir.resolve(ARCHIVE_DIR) + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeAll(teamDesk, store, lock);
            throw e;
        }
    }

    /** The backups of the workspace's review database, newest first, each checked (restore needs no open workspace). */
    public static List<BackupInfo> backups(Path dataDir) {
        return Store.backups(dataDir.toAbsolutePath().normalize().resolve(DB_FILE));
    }

    /** What a restore did: the backup put in place, and where the database it replaced was kept (null when none). */
    public record Restored(BackupInfo backup, Path keptAside) {
    }

    /**
     * Puts a backup in place of the workspace's review database: {@code backup}, or the newest one that passes the
     * check when null. The replaced database is kept beside it, never deleted. Takes the data folder's lock, so it
     * is refused while a FactDesk has the workspace open.
     */
    public static Restored restoreBackup(Path dataDir, Path backup) {
        Path dir = dataDir.toAbsolutePath().normalize();
        DataDirs.requireUsable(dir);
        Path db = dir.resolve(DB_FILE);
        try (DataDirLock ignored = DataDirLock.acquire(dir)) {
            BackupInfo chosen;
            if (backup == null) {
                chosen = Store.newestGoodBackup(db).orElseThrow(() -> new WorkspaceException(backups(dir).isEmpty()
                        ? "There is no backup in " + dir.resolve("backups") + " to restore."
                        : "None of the backups in " + dir.resolve("backups") + " passes the check; nothing was"
                        + " restored. List them with `factdesk restore --list`."));
            } else {
                // a name from `restore --list`, or the path of a backup kept anywhere
                Path file = backup.getNameCount() == 1 && !java.nio.file.Files.exists(backup)
                        ? dir.resolve("backups").resolve(backup) : backup;
                chosen = Store.describeBackup(file);
            }
            Path kept = Store.restoreBackup(chosen.file(), db).orElse(null);
            return new Restored(chosen, kept);
        }
    }

    private static void closeAll(AutoCloseable... closeables) {
        for (AutoCloseable c : closeables) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // already failing; the first error is the one to report
                }
            }
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    /** A data folder that must already hold a workspace (see DataDirs.requireExisting). */
    public static void requireExistingDataDir(Path dataDir) {
        DataDirs.requireExisting(dataDir);
    }

    /** What the user should know about this open (a backup that could not be taken, an archive that is missing). */
    public List<String> notices() {
        List<String> all = new ArrayList<>(store.notices());
        Archive a = archive;
        if (a != null) {
            all.addAll(a.notices());
        }
        if (archiveProblem != null && cluster == null) {
            all.add(archiveProblem);
        }
        return all;
    }

    /** Why the archive cannot be used, or null when it can. */
    public String archiveProblem() {
        return archiveProblem;
    }

    /** The archive, or a WorkspaceException saying why it cannot be used and what to do. */
    private Archive archive() {
        Archive a = archive;
        if (a == null) {
            throw new WorkspaceException(archiveProblem);
        }
        return a;
    }

    /**
     * The claim search of the archive evidence comes from (the connected cluster's, else the local one's), or a
     * WorkspaceException saying why the archive cannot be used.
     */
    private ArticleArchive.ClaimSearch finder() {
        ArticleArchive.ClaimSearch onCluster = clusterSearch;
        if (onCluster != null) {
            return onCluster;
        }
        EvidenceFinder f = evidenceFinder;
        if (f == null) {
            throw new WorkspaceException(archiveProblem == null ? "The archive is not open." : archiveProblem);
        }
        return f::find;
    }

    // --- the newsroom archive on a cluster (docs/decisions/0064) -------------------------------

    /**
     * Evidence from now on comes from the archive on this cluster ({@code opensearch://HOST:PORT/INDEX}); the local
     * archive stays as it is. The cluster is checked first: an unreachable one, a missing index or an index of another
     * FactDesk version is refused with what to do, and the archive used before stays.
     */
    public void connectArchive(String address, ClusterCredentials credentials) {
        ArchiveLocation at = ArchiveLocation.parse(address);
        OpenSearchArchive opened = null;
        try {
            opened = OpenSearchArchive.connect(at, credentials == null ? ClusterCredentials.forLocation(at) : credentials);
            opened.size(); // the index exists and its mapping is this FactDesk's
            ArticleArchive.ClaimSearch search = opened.evidenceFinder(EvidenceSettings.DEFAULT);
            OpenSearchArchive before = cluster;
            cluster = opened;
            clusterSearch = search;
            closeAll(before);
        } catch (IOException e) {
            closeAll(opened);
            throw new WorkspaceException(e.getMessage(), e);
        }
    }

    /** Back to the data folder's archive. */
    public void disconnectArchive() {
        OpenSearchArchive before = cluster;
        clusterSearch = null;
        cluster = null;
        closeAll(before);
    }

    /**
     * The newsroom archive this workspace's team desk names for all its reviewers ({@code desk set-archive}), if any
     * (docs/decisions/0066); a local desk names none.
     */
    public Optional<String> deskArchive() {
        return reviews.deskArchive();
    }

    /** The cluster evidence comes from ({@code opensearch://...}), if one is connected. */
    public Optional<String> connectedArchive() {
        OpenSearchArchive c = cluster;
        return c == null ? Optional.empty() : Optional.of(c.describe());
    }

    /** Refuses, with the reason, a command that needs the archive when it cannot be used. */
    public void requireArchive() {
        if (cluster != null) {
            return;
        }
        archive();
    }

    /**
     * The archive is missing although this workspace's import log says it had articles: say so (null when not). A
     * missing folder used to be replaced by an empty index with exit 0.
     */
    private static String lostArchive(Path dir, Store store) {
        List<ArchiveImport> log = store.archiveImports();
        if (log.isEmpty() || log.getLast().articles() == 0 || Archive.holdsIndex(dir.resolve(ARCHIVE_DIR))) {
            return null;
        }
        ArchiveImport last = log.getLast();
        List<String> sources = log.stream().map(ArchiveImport::source).distinct().toList();
        long onDisk = sources.stream().filter(Workbench::sourceAvailable).count();
        return "The archive in " + dir.resolve(ARCHIVE_DIR) + " is missing: this workspace's import log says it held "
                + last.articles() + " articles after the import of " + last.source() + " on "
                + java.time.LocalDate.ofInstant(last.at(), java.time.ZoneId.systemDefault()) + ". FactDesk did not"
                + " create an empty one in its place. Run `factdesk reindex` to rebuild it from its " + sources.size()
                + (sources.size() == 1 ? " source (" : " sources (") + onDisk + " of them still on disk), or put the"
                + " folder back from your own backup. Reviews and verdicts work meanwhile; evidence searches do not.";
    }

    private static boolean sourceAvailable(String source) {
        return source.equals(ArchiveImport.DEMO) || Files.exists(Path.of(source));
    }

    /** The claim finder, loaded on first use (its model takes a moment). */
    public ClaimExtractor extractor() {
        ClaimExtractor e = extractor;
        if (e == null) {
            synchronized (this) {
                if (extractor == null) {
                    extractor = ClaimExtractor.createDefault();
                }
                e = extractor;
            }
        }
        return e;
    }

    /**
     * Loads the claim finder and the sentence encoder its check-worthiness head reads (a second or so, once
     * per process), so that the first new article does not wait for them. Safe to call from any thread.
     */
    public void warmUpClaimFinder() {
        extractor();
        org.factdesk.extract.CheckWorthinessScorer.load().readsMeaning();
    }

    // --- articles -----------------------------------------------------------------------------

    /** Installs the demo: imports the sample archive and stores the seed article with its claims. */
    public Article installDemo(Progress progress) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("factdesk-demo");
            Path jsonl = DemoWorkspace.extractArchive(tmp);
            ImportReport report = archive().importPath(jsonl, progress);
            recordImport(ArchiveImport.DEMO, null, report);
        } catch (IOException e) {
            reopenArchiveIfClosed();
            throw new WorkspaceException("Cannot install the demo's archive: " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
        }
        Article seed = DemoWorkspace.seedArticle();
        reviews.saveArticle(seed);
        claims(seed, progress);
        return seed;
    }

    /**
     * The demo's sample data in this workspace: the sample articles in its archive and whether the demo article is
     * in its library. Only a workspace that received the demo before it became a workspace of its own (or the demo
     * workspace itself) has any.
     */
    public record SampleData(List<String> archiveIds, boolean demoArticle) {
        public boolean isEmpty() {
            return archiveIds.isEmpty() && !demoArticle;
        }
    }

    /** What remains after {@link #removeSampleData}: the demo article stays when the reviewer recorded verdicts on it. */
    public record SampleRemoval(int archiveArticles, boolean demoArticleRemoved, boolean demoArticleKept) {
    }

    public SampleData sampleData() {
        Archive a0 = archive;
        if (a0 == null) {
            return new SampleData(List.of(), demoInstalled()); // an archive that cannot be used holds none we can see
        }
        try {
            List<String> ids = new ArrayList<>();
            for (String id : DemoWorkspace.sampleIds()) {
                Optional<Article> a = a0.document(id);
                if (a.isPresent() && a.get().id().equals(id) && DemoWorkspace.isSample(id, a.get().url())) {
                    ids.add(id);
                }
            }
            return new SampleData(List.copyOf(ids), demoInstalled());
        } catch (IOException e) {
            throw archiveFailure(e);
        }
    }

    /**
     * Removes the demo's sample articles from this workspace's archive, and the demo article from its library unless
     * a verdict was recorded on one of its claims (then it stays, and the result says so). Nothing else is touched.
     */
    public SampleRemoval removeSampleData() {
        SampleData found = sampleData();
        try {
            int removed = found.archiveIds().isEmpty() ? 0 : archive().delete(found.archiveIds()).size();
            if (removed > 0) {
                store.forgetArchiveImports(ArchiveImport.DEMO); // a reindex must not bring the samples back
            }
            boolean articleRemoved = found.demoArticle() && reviews.deleteUnreviewedArticle(DemoWorkspace.seedArticle().id());
            return new SampleRemoval(removed, articleRemoved, found.demoArticle() && !articleRemoved);
        } catch (IOException e) {
            throw archiveFailure(e);
        }
    }

    /** Whether a passage comes from the demo's sample articles (fictional outlets, written for the demo). */
    public static boolean isSample(Evidence e) {
        return DemoWorkspace.isSample(e.docId(), e.url());
    }

    /** True once the demo's seed article is in this workspace (its archive is imported with it). */
    public boolean demoInstalled() {
        return reviews.article(DemoWorkspace.seedArticle().id()).isPresent();
    }

    public Article demoArticle() {
        Article seed = DemoWorkspace.seedArticle();
        return reviews.article(seed.id()).orElse(seed);
    }

    public boolean isEmpty() {
        return reviews.articles().isEmpty();
    }

    /**
     * Reads an article file (.html, .md, .txt, .pdf) and stores it; the same file opened twice is one article,
     * and its review is kept.
     */
    public ArticleReader.Result openFileWithNotes(Path file) {
        return openFileWithNotes(file, Progress.NONE);
    }

    /** {@link #openFileWithNotes(Path)} reporting progress (reading a changed page again finds its claims). */
    public ArticleReader.Result openFileWithNotes(Path file, Progress progress) {
        return keep(reading(() -> ArticleReader.read(file)), file, progress);
    }

    /** Stores a file read before the workspace was opened, as {@link #openFileWithNotes} would. */
    public ArticleReader.Result keep(ArticleReader.Result read, Path file, Progress progress) {
        // A PDF's id is its text's (it has no text as it arrived): the file's bytes name the article it was stored
        // as, so that a PDF read differently is read again into its review rather than beside it (decision 82).
        String pdfKey = pdfSourceKey(file);
        if (pdfKey != null) {
            String known = setting(pdfKey).orElse(null);
            if (known != null && !known.equals(read.article().id()) && reviews.article(known).isPresent()) {
                read = new ArticleReader.Result(read.article().withId(known), read.notes());
            }
        }
        ArticleReader.Result stored = stored(read, progress);
        if (pdfKey != null) {
            setSetting(pdfKey, stored.article().id());
        }
        return stored;
    }

    /** "source.pdf.<hash of the bytes>" for a PDF file, else null. */
    private static String pdfSourceKey(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(5);
            if (!new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
                return null;
            }
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(head);
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return "source.pdf." + java.util.HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            return null; // read just now: a file gone since is opened as it was read
        }
    }

    /** Stores an article read before the workspace was opened, as {@link #openFileWithNotes} would. */
    public ArticleReader.Result keep(ArticleReader.Result read) {
        return stored(read);
    }

    public Article openFile(Path file) {
        return openFileWithNotes(file).article();
    }

    /** Fetches a web page the user asked for (FactDesk's only network use), reads it and stores it. */
    public ArticleReader.Result openUrl(String url, Progress progress) {
        ArticleReader.Result read = stored(reading(() -> ArticleReader.fetch(url, progress)), progress);
        // A live page can change after it was reviewed (a correction, a stealth edit): its text is the record of what
        // was checked, so a page whose text now differs is a new article beside the old, and the note says where the
        // old one is.
        Article article = read.article();
        if (article.url().isBlank()) {
            return read;
        }
        String key = "source.url." + Article.idForText(article.url());
        Optional<Article> before = setting(key).filter(id -> !id.equals(article.id())).flatMap(reviews::article);
        setSetting(key, article.id());
        if (before.isEmpty()) {
            return read;
        }
        List<String> notes = new ArrayList<>(read.notes());
        notes.add(changedPageNote(before.get()));
        return new ArticleReader.Result(article, List.copyOf(notes));
    }

    private static String changedPageNote(Article before) {
        return "This page's text differs from when it was opened before (it was edited, or FactDesk now reads it"
                + " otherwise). It is opened as a new article; the earlier text and its review stay in the article library"
                + " as \"" + abbreviated(before.displayTitle()) + "\" (" + before.id() + ").";
    }

    /**
     * Reads text the user pasted (a web address is fetched, Markdown and HTML are read as such) and stores it;
     * the title, outlet, date and URL the user typed win over what the text itself says.
     */
    public ArticleReader.Result openPasted(String text, String title, String source, LocalDate published, String url,
                                           Progress progress) {
        ArticleReader.Result read = stored(reading(() -> ArticleReader.readPasted(text, progress)), progress);
        Article a = read.article();
        Article typed = a.withMetadata(blankOr(title, a.title()), blankOr(source, a.source()),
                published != null ? published : a.published(), blankOr(url, a.url()));
        if (!typed.equals(a)) {
            reviews.saveArticle(typed);
        }
        return new ArticleReader.Result(typed, read.notes());
    }

    /** Pasted text with the metadata the user typed (see {@link #openPasted}). */
    public Article openText(String text, String title, String source, LocalDate published, String url) {
        return openPasted(text, title, source, published, url, Progress.NONE).article();
    }

    /**
     * A stored review of the same article wins: reopening never resets what the reviewer already did. An article in
     * another language gets a note: claims, speakers and numbers are found with English rules and models.
     */
    private ArticleReader.Result stored(ArticleReader.Result read) {
        return stored(read, Progress.NONE);
    }

    private ArticleReader.Result stored(ArticleReader.Result read, Progress progress) {
        List<String> notes = new ArrayList<>(read.notes());
        Optional<Article> prior = reviews.article(read.article().id());
        Article article;
        if (prior.isEmpty()) {
            article = read.article();
            reviews.saveArticle(article);
        } else {
            article = readAgain(prior.get(), read.article(), notes, progress);
        }
        if (!org.factdesk.extract.lexicon.EnglishText.readsAsEnglish(article.text())) {
            notes.add(NOT_ENGLISH);
        }
        return new ArticleReader.Result(article, List.copyOf(notes));
    }

    /**
     * The same file read by today's reader (decision 82): when it reads as before, the stored article; when it reads
     * differently, today's reading with the claims the reviewer worked on moved onto it, or, if any of those is not
     * in the new text, the reading the reviewer worked on, with a note either way.
     */
    private Article readAgain(Article stored, Article read, List<String> notes, Progress progress) {
        // The title, outlet, date and address stay as stored: the reviewer may have set them (a workspace from before
        // FactDesk recorded that cannot say), and what the reader finds fills only what is blank.
        Article fresh = read.withMetadata(blankOr(stored.title(), read.title()), blankOr(stored.source(), read.source()),
                stored.published() != null ? stored.published() : read.published(), blankOr(stored.url(), read.url()));
        if (fresh.equals(stored)) {
            return stored;
        }
        if (fresh.text().equals(stored.text()) && fresh.captions().equals(stored.captions())) {
            reviews.saveArticle(fresh); // new details only: the claims' places hold
            return fresh;
        }
        List<Claim> all = new ArrayList<>(reviews.claims(stored.id()));
        List<Claim> dismissed = reviews.dismissedClaims(stored.id());
        all.addAll(dismissed);
        Set<String> manual = reviews.manualClaimIds(stored.id());
        Set<String> dismissedIds = new java.util.HashSet<>();
        dismissed.forEach(c -> dismissedIds.add(c.id()));
        Set<String> reviewed = reviewedClaimIds(stored.id());
        List<Claim> worked = all.stream()
                .filter(c -> manual.contains(c.id()) || reviewed.contains(c.id()) || dismissedIds.contains(c.id()))
                .toList();
        Rereading.Plan plan = Rereading.plan(stored, fresh, worked);
        // A dismissal of words the article no longer has dismisses nothing: it goes; a verdict or an own claim never.
        List<Claim> missing = plan.notFound().stream()
                .filter(c -> manual.contains(c.id()) || reviewed.contains(c.id())).toList();
        if (!missing.isEmpty()) {
            notes.add("FactDesk now reads this page differently than when it was first opened, but "
                    + (missing.size() == 1 ? "a claim you worked on" : missing.size() + " claims you worked on, as")
                    + " \"" + abbreviated(missing.get(0).text()) + "\", " + (missing.size() == 1 ? "is" : "are")
                    + " not in the new reading, so the reading you reviewed is kept.");
            return stored;
        }
        progress.update(0, -1, "reading the article again");
        List<Claim> found = extractor().extract(fresh, progress);
        Set<String> foundIds = new java.util.HashSet<>();
        found.forEach(c -> foundIds.add(c.id()));
        Set<String> madeManual = new java.util.HashSet<>();
        List<Claim> kept = new ArrayList<>();
        for (Claim k : plan.kept()) {
            if (!manual.contains(k.id()) && !foundIds.contains(k.id())) {
                // the finder now reads the sentence a little otherwise: its reading, under the id the work hangs on
                Claim successor = Rereading.successor(k, found, fresh.text());
                k = successor == null ? k : successor;
                if (reviewed.contains(k.id())) {
                    madeManual.add(k.id()); // so that no later extraction drops the claim its verdict is on
                }
            }
            kept.add(k);
        }
        reviews.replaceReading(fresh, kept, madeManual, Rereading.besides(found, kept));
        setSetting(QUICK_SCORES_KEY + fresh.id(), null);
        notes.add("Read again: FactDesk now reads this page differently than when it was first opened; its claims"
                + " were found again" + (kept.isEmpty() ? "." : ", and your work on " + kept.size()
                + (kept.size() == 1 ? " claim" : " claims") + " carried over."));
        return fresh;
    }

    /** The article's claims with a saved verdict (one never reviewed has none). */
    private Set<String> reviewedClaimIds(String articleId) {
        Set<String> out = new java.util.HashSet<>();
        reviews.verdicts(articleId).forEach((id, v) -> {
            if (v.updatedAt() != null) {
                out.add(id);
            }
        });
        return out;
    }

    private static String abbreviated(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }

    /** The note on an article that does not read as English. */
    static final String NOT_ENGLISH = "This article does not read as English. FactDesk finds claims, speakers and numbers"
            + " with English rules and models, so expect few claims, no speakers and some wrong ones; the evidence"
            + " search still works on its words.";

    private static ArticleReader.Result reading(java.util.function.Supplier<ArticleReader.Result> read) {
        try {
            return read.get();
        } catch (ReadException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
    }

    private static String blankOr(String typed, String found) {
        return typed == null || typed.isBlank() ? found : typed.strip();
    }

    public Article saveArticleMetadata(Article article) {
        reviews.saveArticle(article);
        return article;
    }

    public Optional<Article> article(String id) {
        return reviews.article(id);
    }

    /** Records that the user is looking at this article, so the next start reopens it. */
    public void markOpened(Article article) {
        reviews.markOpened(article.id());
    }

    public Optional<Article> lastArticle() {
        return reviews.lastOpenedArticle();
    }

    public List<ArticleSummary> library() {
        return reviews.articles();
    }

    // --- claims and evidence ------------------------------------------------------------------

    /**
     * The article's claims: the stored ones, or freshly extracted (and stored) the first time or when a window
     * left them with only the n-gram model's scores ({@link #claimsFirst}).
     */
    public List<Claim> claims(Article article, Progress progress) {
        List<Claim> stored = reviews.claims(article.id());
        if (!stored.isEmpty() && setting(QUICK_SCORES_KEY + article.id()).isEmpty()) {
            return stored;
        }
        return reextract(article, progress);
    }

    /** Claims to show at once, and whether better scores are to come from {@link #scoreClaims}. */
    public record FirstClaims(List<Claim> claims, boolean scoresToCome) {
    }

    /** Marks an article whose stored claims carry only the n-gram model's scores (a window closed before the rest). */
    private static final String QUICK_SCORES_KEY = "claims.quickScores.";

    /**
     * The article's claims to list at once: the stored ones, or the n-gram model's (stored, so that a verdict or a
     * dismissal on one holds) when the sentence encoder is still to score them; {@link #scoreClaims} then finds them
     * with the encoder. An article left with only the quick scores is scored again when next opened.
     */
    public FirstClaims claimsFirst(Article article, Progress progress) {
        List<Claim> stored = reviews.claims(article.id());
        boolean quickOnly = setting(QUICK_SCORES_KEY + article.id()).isPresent();
        ClaimExtractor e = extractor();
        if (!stored.isEmpty()) {
            return new FirstClaims(stored, quickOnly && e.scoresMayChange());
        }
        if (!e.scoresMayChange()) {
            return new FirstClaims(reextract(article, progress), false);
        }
        List<Claim> quick = e.extractQuickly(article, progress);
        reviews.saveArticle(article);
        reviews.saveClaims(article.id(), quick);
        setSetting(QUICK_SCORES_KEY + article.id(), "ngram");
        return new FirstClaims(reviews.claims(article.id()), true);
    }

    /** Finds the article's claims with the sentence encoder's scores (after {@link #claimsFirst}); stored. */
    public List<Claim> scoreClaims(Article article, Progress progress) {
        return reextract(article, progress);
    }

    /** The stored claims that are not dismissed, never extracting (empty when the reviewer dismissed them all). */
    public List<Claim> storedClaims(String articleId) {
        return reviews.claims(articleId);
    }

    /**
     * Runs the claim finder again; verdicts are keyed by claim id and survive. A reviewed claim the finder no longer
     * finds (it now reads the sentence otherwise, or joins a table's rows) becomes the reviewer's, so that its verdict
     * stays listed, and a new claim in its place that says the same is left out.
     */
    public List<Claim> reextract(Article article, Progress progress) {
        List<Claim> found = extractor().extract(article, progress);
        reviews.saveArticle(article);
        Set<String> foundIds = new java.util.HashSet<>();
        found.forEach(c -> foundIds.add(c.id()));
        Set<String> manual = reviews.manualClaimIds(article.id());
        Set<String> reviewed = reviewedClaimIds(article.id());
        List<Claim> kept = new ArrayList<>();
        for (Claim c : reviews.claims(article.id())) {
            if (reviewed.contains(c.id()) && !manual.contains(c.id()) && !foundIds.contains(c.id())) {
                reviews.saveManualClaim(c); // first: the save below then leaves it alone, whenever it is interrupted
                kept.add(c);
            }
        }
        reviews.saveClaims(article.id(), kept.isEmpty() ? found : Rereading.besides(found, kept));
        setSetting(QUICK_SCORES_KEY + article.id(), null);
        return reviews.claims(article.id());
    }

    public Optional<Claim> claim(String claimId) {
        return reviews.claim(claimId);
    }

    // --- shaping claims (the reviewer's decisions; re-extraction never undoes them) ---------------

    /**
     * Adds a claim the reviewer selected in the article: the text between {@code start} and {@code end}
     * (trimmed of surrounding white space), score 1.0, origin manual. Numbers in it are recognised.
     */
    public Claim addClaim(String articleId, int start, int end, ClaimKind kind) {
        Article article = requireArticle(articleId);
        Span span = trimmed(article.text(), start, end);
        if (span.end() - span.start() < 3) {
            throw new WorkspaceException("Select the words of the claim in the article first (at least a few characters).");
        }
        Claim claim = manualClaim(article, span, kind, 1.0);
        reviews.saveManualClaim(claim);
        reviews.setDismissed(claim.id(), false);
        return reviews.claim(claim.id()).orElse(claim);
    }

    /**
     * Changes the wording of a claim (the normalised claim that gets published). The claim keeps its id,
     * its place in the article and its verdict; the edited wording becomes its text.
     */
    public Claim rewordClaim(String claimId, String wording) {
        Claim c = requireClaim(claimId);
        String text = wording == null ? "" : wording.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw new WorkspaceException("A claim needs some wording: type the claim as it should be published.");
        }
        Claim edited = new Claim(c.id(), c.articleId(), text, c.kind(), c.start(), c.end(), c.score(), c.quantities(),
                c.attribution(), c.agreement(), c.dates());
        reviews.saveManualClaim(edited);
        return edited;
    }

    /**
     * Splits a claim at an article offset inside it into two claims. The first part keeps the claim's
     * id (and so its verdict and history); the second is a new manual claim of the same kind. A claim the
     * reviewer reworded is split in its wording too: each part keeps the edited words that belong to it.
     */
    public List<Claim> splitClaim(String claimId, int at) {
        Claim c = requireClaim(claimId);
        Article article = requireArticle(c.articleId());
        Span first = trimmed(article.text(), c.start(), at);
        Span second = trimmed(article.text(), at, c.end());
        if (at <= c.start() || at >= c.end() || first.end() - first.start() < 3 || second.end() - second.start() < 3) {
            throw new WorkspaceException("Place the caret inside the claim's text, between the two parts to split it into.");
        }
        Claim head = manualClaim(article, first, c.kind(), c.score());
        Claim tail = manualClaim(article, second, c.kind(), c.score());
        // A reworded claim's parts keep the reviewer's words for them (ClaimWording), not the article's.
        List<String> wording = ClaimWording.split(c.text(), head.text(), tail.text());
        head = new Claim(c.id(), head.articleId(), wording.get(0), head.kind(), head.start(), head.end(), head.score(),
                head.quantities(), head.attribution(), head.agreement(), head.dates());
        tail = new Claim(tail.id(), tail.articleId(), wording.get(1), tail.kind(), tail.start(), tail.end(), tail.score(),
                tail.quantities(), tail.attribution(), tail.agreement(), tail.dates());
        reviews.saveManualClaim(head);
        reviews.saveManualClaim(tail);
        reviews.setDismissed(tail.id(), false);
        return List.of(head, tail);
    }

    /**
     * Merges two adjacent claims of one article into one covering both. The merged claim keeps the id,
     * kind and verdict of the earlier one; the later one is dismissed (kept with its verdict, restorable).
     * Edited wording of either claim is kept, joined by the article's words between the two.
     */
    public Claim mergeClaims(String firstId, String secondId) {
        Claim a = requireClaim(firstId);
        Claim b = requireClaim(secondId);
        if (!a.articleId().equals(b.articleId()) || a.id().equals(b.id())) {
            throw new WorkspaceException("Select two different claims of the same article to merge.");
        }
        Claim first = a.start() <= b.start() ? a : b;
        Claim second = first == a ? b : a;
        for (Claim other : reviews.claims(first.articleId())) {
            boolean between = other.start() > first.start() && other.start() < second.start();
            if (!other.id().equals(first.id()) && !other.id().equals(second.id()) && between) {
                throw new WorkspaceException("Only adjacent claims can be merged: \"" + shorten(other.text())
                        + "\" lies between them.");
            }
        }
        Article article = requireArticle(first.articleId());
        Span span = trimmed(article.text(), first.start(), Math.max(first.end(), second.end()));
        Claim merged = manualClaim(article, span, first.kind(), Math.max(first.score(), second.score()));
        String text = article.text();
        String between = first.end() < second.start() ? text.substring(first.end(), second.start()) : " ";
        String wording = ClaimWording.merge(first.text(), text.substring(first.start(), first.end()), between,
                second.text(), text.substring(second.start(), second.end()), merged.text());
        merged = new Claim(first.id(), merged.articleId(), wording, merged.kind(), merged.start(), merged.end(),
                merged.score(), merged.quantities(), first.attribution() != null ? first.attribution() : second.attribution(),
                first.agreement() != null ? first.agreement() : second.agreement(), merged.dates());
        reviews.saveManualClaim(merged);
        reviews.setDismissed(second.id(), true);
        return merged;
    }

    /** Dismisses a claim as not check-worthy: it leaves the list and reports; its verdict stays. */
    public void dismissClaim(String claimId) {
        requireClaim(claimId);
        reviews.setDismissed(claimId, true);
    }

    public void restoreClaim(String claimId) {
        requireClaim(claimId);
        reviews.setDismissed(claimId, false);
    }

    public List<Claim> dismissedClaims(String articleId) {
        return reviews.dismissedClaims(articleId);
    }

    /** For each claim, the earlier verdicts on claims it repeats (only claims that have some). */
    public Map<String, List<PriorChecks.PriorCheck>> priorChecks(List<Claim> claims, int k) {
        List<org.factdesk.store.CheckedClaim> checked = reviews.checkedClaims();
        Map<String, List<PriorChecks.PriorCheck>> out = new java.util.LinkedHashMap<>();
        for (Claim c : claims) {
            List<PriorChecks.PriorCheck> found = PriorChecks.find(c, checked, k);
            if (!found.isEmpty()) {
                out.put(c.id(), found);
            }
        }
        return out;
    }

    private Claim manualClaim(Article article, Span span, ClaimKind kind, double score) {
        String text = article.text().substring(span.start(), span.end()).replaceAll("\\s+", " ");
        List<Quantity> quantities = new QuantityExtractor().extract(article.text().substring(span.start(), span.end()))
                .stream().map(q -> q.shifted(span.start())).toList();
        return new Claim(Claim.idFor(article.id(), text), article.id(), text, kind, span.start(), span.end(), score,
                quantities, null, null, List.of());
    }

    private static Span trimmed(String text, int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    private Article requireArticle(String articleId) {
        return reviews.article(articleId).orElseThrow(() -> new WorkspaceException(
                "There is no article " + articleId + " in this workspace. Open the article first."));
    }

    private Claim requireClaim(String claimId) {
        return reviews.claim(claimId).orElseThrow(() -> new WorkspaceException(
                "There is no claim " + claimId + " in this workspace. Reload the article's claims and try again."));
    }

    // --- settings (per workspace) -------------------------------------------------------------

    public Optional<String> setting(String key) {
        return store.setting(key);
    }

    /** A null value removes the setting. */
    public void setSetting(String key, String value) {
        store.setSetting(key, value);
    }

    /** Ranked passages of the archive bearing on the claim, preferring sources older than its article. */
    public List<Evidence> evidence(Claim claim, int k) {
        Article context = reviews.article(claim.articleId()).orElse(null);
        return finder().find(claim, context, k, Set.of());
    }

    /**
     * Ranked passages for a claim typed in (a line of {@code check --claims}): the whole text is the claim, with no
     * article around it; nothing is stored.
     */
    public List<Evidence> evidenceForText(String claimText, int k) {
        return finder().find(org.factdesk.archive.TextClaims.of("typed", claimText), null, k, Set.of());
    }

    /** Whether the list has nothing close to its claim (its first passage's relevance is under the cut-off). */
    public static boolean nothingClose(List<Evidence> list) {
        return org.factdesk.archive.Relevance.nothingClose(list);
    }

    /** Earlier verdicts on claims this one repeats (from other articles), most similar first. */
    public List<PriorChecks.PriorCheck> priorChecks(Claim claim, int k) {
        return PriorChecks.find(claim, reviews.checkedClaims(), k);
    }

    /** Lucene query syntax; a syntax error comes back as an ArchiveQueryException with a readable message. */
    public List<Evidence> searchArchive(String query, int k) {
        try {
            OpenSearchArchive onCluster = cluster; // the newsroom archive when connected (decision 67)
            return onCluster != null ? onCluster.search(query, k) : archive().search(query, k);
        } catch (IOException e) {
            throw archiveFailure(e);
        }
    }

    public Optional<Article> archiveDocument(String id) {
        try {
            OpenSearchArchive onCluster = cluster;
            return onCluster != null ? onCluster.document(id) : archive().document(id);
        } catch (IOException e) {
            throw archiveFailure(e);
        }
    }

    public int archiveSize() {
        try {
            OpenSearchArchive onCluster = cluster;
            return onCluster != null ? onCluster.size() : archive().size();
        } catch (IOException e) {
            throw archiveFailure(e);
        }
    }

    /** How evidence searches run on this archive, for people: dense-fused or lexical, and why (decision 15). */
    public String archiveSearchMode() {
        try {
            OpenSearchArchive onCluster = cluster;
            if (onCluster != null) {
                return "Evidence comes from the newsroom archive " + onCluster.describe() + " (" + onCluster.size()
                        + " articles); its searches " + (onCluster.denseSearch() ? "compare meaning as well as words."
                        : "match words.");
            }
            Archive a = archive();
            long embedded = a.embeddedArticles();
            int size = a.size();
            return a.denseSearch()
                    ? "Evidence searches compare meaning as well as words: " + embedded + " of " + size
                    + " articles are short enough to embed (claims, posts, notes)."
                    : "Evidence searches match words: " + embedded + " of " + size
                    + " articles are short enough to embed, fewer than half (news articles are not embedded).";
        } catch (IOException e) {
            throw archiveFailure(e);
        }
    }

    private WorkspaceException archiveFailure(IOException e) {
        if (e instanceof ArchiveUnavailableException) {
            return new WorkspaceException(e.getMessage(), e);
        }
        return new WorkspaceException("Cannot read the archive in " + dataDir.resolve(ARCHIVE_DIR) + ": " + e.getMessage()
                + ". If the disk is full or the folder was moved, fix that and restart FactDesk; if the archive is damaged,"
                + " `factdesk reindex` rebuilds it.", e);
    }

    // --- the world's earlier fact-checks (ClaimReview, decision 45) ----------------------------

    static final String CHECKED_BEFORE_DIR = "checked-before";
    private org.factdesk.archive.CheckedBefore checkedBefore;

    /** The published checks, opened on first use; null when none were ever imported (and {@code create} is false). */
    private synchronized org.factdesk.archive.CheckedBefore checkedBefore(boolean create) {
        if (checkedBefore == null && (create || Files.isDirectory(dataDir.resolve(CHECKED_BEFORE_DIR)))) {
            try {
                checkedBefore = org.factdesk.archive.CheckedBefore.open(dataDir.resolve(CHECKED_BEFORE_DIR));
            } catch (IOException e) {
                throw new WorkspaceException("Cannot open the earlier fact-checks in " + dataDir.resolve(CHECKED_BEFORE_DIR)
                        + ": " + e.getMessage() + ". Import them again, or move that folder away.", e);
            }
        }
        return checkedBefore;
    }

    /** Imports schema.org ClaimReview (JSON-LD, DataFeed, saved fact-check pages, Fact Check Tools responses). */
    public org.factdesk.archive.CheckedBefore.Imported importClaimReviews(Path fileOrDir, Progress progress) {
        try {
            return checkedBefore(true).importFrom(fileOrDir, progress);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot import " + fileOrDir + ": " + e.getMessage(), e);
        }
    }

    /** Earlier fact-checks published elsewhere that check this claim ("Checked before by OUTLET (DATE): RATING"). */
    public List<org.factdesk.archive.CheckedBefore.Match> checkedBefore(Claim claim, int k) {
        org.factdesk.archive.CheckedBefore c = checkedBefore(false);
        return c == null ? List.of() : c.find(claim, k);
    }

    /** The same for a claim typed in. */
    public List<org.factdesk.archive.CheckedBefore.Match> checkedBeforeText(String claimText, int k) {
        return checkedBefore(org.factdesk.archive.TextClaims.of("typed", claimText), k);
    }

    /** How many published checks this workspace holds. */
    public int checkedBeforeCount() {
        org.factdesk.archive.CheckedBefore c = checkedBefore(false);
        return c == null ? 0 : c.size();
    }

    public ImportReport importArchive(Path fileOrDir, Progress progress) {
        OpenSearchArchive onCluster = cluster;
        if (onCluster != null) {
            // into the newsroom archive the window searches (decision 67); the local import log is the local archive's
            try {
                return onCluster.importPath(fileOrDir, progress);
            } catch (IOException e) {
                throw new WorkspaceException("Cannot import " + fileOrDir + " into " + onCluster.describe() + ": "
                        + e.getMessage(), e);
            }
        }
        try {
            ImportReport report = archive().importPath(fileOrDir, progress);
            recordImport(fileOrDir.toAbsolutePath().normalize().toString(), fileOrDir, report);
            return report;
        } catch (IOException e) {
            reopenArchiveIfClosed();
            throw new WorkspaceException("Cannot import " + fileOrDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * After a failure Lucene may have closed the archive's writer (a full disk): open the archive again at its last
     * commit, which also removes the half-written files; when even that fails, say so for every later archive call.
     */
    private synchronized void reopenArchiveIfClosed() {
        Archive a = archive;
        if (a == null || a.writable()) {
            return;
        }
        archive = null;
        evidenceFinder = null;
        closeAll(a);
        try {
            Archive reopened = Archive.open(dataDir.resolve(ARCHIVE_DIR));
            archive = reopened;
            evidenceFinder = new EvidenceFinder(reopened);
        } catch (IOException | RuntimeException e) {
            archiveProblem = "The archive could not be opened again after a failed import (" + e.getMessage()
                    + "). Free some space on its disk and restart FactDesk; the archive is kept at its last commit.";
        }
    }

    /** Logs an import that wrote articles, so that a lost archive can be told and rebuilt (decision 23). */
    private void recordImport(String source, Path path, ImportReport report) throws IOException {
        if (report.added() + report.updated() == 0) {
            return;
        }
        Long bytes = null;
        java.time.Instant modified = null;
        if (path != null && Files.isRegularFile(path)) {
            bytes = Files.size(path);
            modified = Files.getLastModifiedTime(path).toInstant();
        }
        store.recordArchiveImport(source, bytes, modified, report.added(), report.updated(), archive().size());
    }

    /**
     * What a reindex did: how many articles the rebuilt archive holds, what it was rebuilt from, the sources it could
     * not read (with the articles they had brought), and where the archive it replaced was kept.
     */
    public record Reindexed(int articles, String from, List<String> rebuilt, List<String> missing, Path keptAside) {
    }

    /**
     * Rebuilds the archive beside the old one and swaps them: from the old archive's own stored articles when it
     * opens (unless {@code fromSources}), otherwise by importing again every source in the import log, each at the
     * place of its last import (so that later imports still win). Sources no longer on disk are said, with the
     * articles they had brought. The old archive folder is kept as {@code archive.before-reindex-<time>}: nothing is
     * deleted. Without a log (imports before FactDesk kept one) a rebuild from sources has nothing to read.
     */
    public synchronized Reindexed reindex(boolean fromSources, Progress progress) {
        Path archiveDir = dataDir.resolve(ARCHIVE_DIR);
        Path rebuilding = dataDir.resolve(ARCHIVE_DIR + ".rebuilding");
        List<String> rebuilt = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        String from;
        int articles;
        try {
            deleteRecursively(rebuilding); // a rebuild that stopped half-way: ours, never the user's
            long needed = folderBytes(archiveDir) + folderBytes(archiveDir) / 5 + (64L << 20);
            long free = Files.getFileStore(dataDir).getUsableSpace();
            if (free < needed) {
                throw new WorkspaceException("Rebuilding the archive needs about " + DiskSpace.megabytes(needed)
                        + " free beside it (the old one is kept until the new one is in place), but the disk holding "
                        + dataDir + " has " + DiskSpace.megabytes(free) + ". Free some space and run reindex again.");
            }
            Files.createDirectories(rebuilding);
            Path synonyms = archiveDir.resolve("synonyms.txt");
            if (Files.isRegularFile(synonyms)) {
                Files.copy(synonyms, rebuilding.resolve("synonyms.txt"));
            }
            Archive old = archive;
            try (Archive fresh = Archive.open(rebuilding)) {
                if (!fromSources && old != null) {
                    from = "the archive's own stored articles";
                    old.copyInto(fresh, progress);
                    rebuilt.add(archiveDir.toString());
                } else {
                    from = "the sources in the import log";
                    for (ArchiveImport source : lastImportOfEachSource(store.archiveImports())) {
                        progress.checkCancelled();
                        if (!sourceAvailable(source.source())) {
                            missing.add(source.source() + " (no longer on disk; it had brought " + source.added()
                                    + " new and " + source.updated() + " updated articles)");
                            continue;
                        }
                        if (source.source().equals(ArchiveImport.DEMO)) {
                            Path tmp = Files.createTempDirectory("factdesk-demo");
                            try {
                                fresh.importPath(DemoWorkspace.extractArchive(tmp), progress);
                            } finally {
                                deleteQuietly(tmp);
                            }
                        } else {
                            fresh.importPath(Path.of(source.source()), progress);
                        }
                        rebuilt.add(source.source());
                    }
                }
                articles = fresh.size();
            }
            Path kept = null;
            Archive current = archive;
            archive = null;
            evidenceFinder = null;
            archiveProblem = "The archive is being rebuilt.";
            if (current != null) {
                current.close();
            }
            if (Files.exists(archiveDir)) {
                kept = dataDir.resolve(ARCHIVE_DIR + ".before-reindex-" + java.time.format.DateTimeFormatter
                        .ofPattern("yyyyMMdd-HHmmss").format(java.time.LocalDateTime.now()));
                Files.move(archiveDir, kept);
            }
            Files.move(rebuilding, archiveDir);
            Archive reopened = Archive.open(archiveDir);
            archive = reopened;
            evidenceFinder = new EvidenceFinder(reopened);
            archiveProblem = null;
            return new Reindexed(articles, from, rebuilt, missing, kept);
        } catch (IOException e) {
            throw new WorkspaceException("Could not rebuild the archive in " + archiveDir + ": " + e.getMessage()
                    + (org.factdesk.store.DiskSpace.isDiskFull(e) ? " (the disk is full: free some space)" : "")
                    + ". The archive was left as it was; the half-built copy"
                    + " in " + rebuilding + " can be deleted.", e);
        }
    }

    private static long folderBytes(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    /** Each source once, at the place of its last import, in log order. */
    private static List<ArchiveImport> lastImportOfEachSource(List<ArchiveImport> log) {
        Map<String, ArchiveImport> last = new java.util.LinkedHashMap<>();
        for (ArchiveImport i : log) {
            last.remove(i.source());
            last.put(i.source(), i);
        }
        return List.copyOf(last.values());
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    // --- verdicts -----------------------------------------------------------------------------

    public Verdict verdict(String claimId) {
        return reviews.verdict(claimId);
    }

    public Map<String, Verdict> verdicts(String articleId) {
        return reviews.verdicts(articleId);
    }

    public Verdict saveVerdict(Verdict verdict, String action) {
        if (reviews.claim(verdict.claimId()).isEmpty()) {
            throw new WorkspaceException("There is no claim " + verdict.claimId()
                    + " in this workspace. Run `check` on its article first, or list claims with `check ARTICLE`.");
        }
        return reviews.saveVerdict(verdict, action);
    }

    /** Saves only over {@code expectedVersion}; a newer change by a colleague is refused with both versions shown. */
    public VersionedVerdict saveVerdict(Verdict verdict, String action, long expectedVersion) {
        if (reviews.claim(verdict.claimId()).isEmpty()) {
            throw new WorkspaceException("There is no claim " + verdict.claimId()
                    + " in this workspace. Run `check` on its article first, or list claims with `check ARTICLE`.");
        }
        return reviews.saveVerdict(verdict, action, expectedVersion);
    }

    public VersionedVerdict versionedVerdict(String claimId) {
        return reviews.versionedVerdict(claimId);
    }

    public List<VerdictChange> history(String claimId) {
        return reviews.history(claimId);
    }

    /** The team desk the reviews are on, or empty on a local desk. */
    public java.util.Optional<PgStore> teamDesk() {
        return java.util.Optional.ofNullable(teamDesk);
    }

    /** The team desk, or a message saying the command needs one. */
    public PgStore requireTeamDesk(String command) {
        if (teamDesk == null) {
            throw new WorkspaceException("`" + command + "` works on a team desk: give its address before the command,"
                    + " e.g. factdesk --desk postgresql://ana@desk.example.org/factdesk " + command + " ...");
        }
        return teamDesk;
    }

    /** Where the reviews are: the SQLite file or the team desk's address. */
    public String reviewsLocation() {
        return reviews.location();
    }

    /** The local desk's SQLite file (what `desk migrate` moves). */
    public Path localDatabase() {
        return store.file();
    }

    public Verdict undo(String claimId) {
        return reviews.undo(claimId);
    }

    /** True when {@link #undo} has a change to take back (a read of the history, so it survives a restart). */
    public boolean canUndo(String claimId) {
        return reviews.canUndo(claimId);
    }

    /** Takes back the latest undo (derived from the stored history, so it survives a restart). */
    public Verdict redo(String claimId) {
        return reviews.redo(claimId);
    }

    /** True when {@link #redo} has an undo to take back: no new change since the latest undo. */
    public boolean canRedo(String claimId) {
        return reviews.canRedo(claimId);
    }

    /** Sets the verdict back to how it was after history entry {@code seq}; itself a history entry. */
    public Verdict revertTo(String claimId, long seq) {
        return reviews.revertTo(claimId, seq);
    }

    // --- reports ------------------------------------------------------------------------------

    public ReviewReport reviewReport(String articleId) {
        return reviewReport(articleId, false);
    }

    /**
     * The report of an article; with {@code approvedOnly}, on a team desk a verdict an editor has not approved is
     * reported as Unreviewed, so drafts never reach ClaimReview or a published report; without it, such a verdict is
     * shown and marked as a draft ({@link ReviewedClaim#draft()}).
     */
    public ReviewReport reviewReport(String articleId, boolean approvedOnly) {
        // on a team desk: without approvedOnly, a verdict not approved is shown but marked as a draft
        java.util.Set<String> approved = teamDesk != null
                ? new java.util.HashSet<>(teamDesk.approvedClaimIds()) : null;
        Article article = reviews.article(articleId).orElseThrow(() -> new WorkspaceException(
                "There is no article " + articleId + " in this workspace. Open or check the article first."));
        Map<String, Verdict> verdicts = reviews.verdicts(articleId);
        List<ReviewedClaim> rows = new ArrayList<>();
        for (Claim c : reviews.claims(articleId)) {
            Verdict v = verdicts.getOrDefault(c.id(), Verdict.unreviewed(c.id()));
            boolean isApproved = approved == null || approved.contains(c.id());
            rows.add(approvedOnly && !isApproved ? new ReviewedClaim(c, Verdict.unreviewed(c.id()))
                    : new ReviewedClaim(c, v, !isApproved));
        }
        return new ReviewReport(article, rows);
    }

    /** Writes the report to a temporary file first, so a failed export never leaves half a file. */
    public void exportReport(String articleId, ReportFormat format, Path out) {
        exportReport(List.of(articleId), format, out, ReportOptions.defaults());
    }

    /** Articles with a verdict change in [from, to] (whole days, local time), newest first. */
    public List<Article> articlesReviewedBetween(LocalDate from, LocalDate to) {
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        return reviews.articlesReviewedBetween(from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** One report over several articles (e.g. all reviewed in a date range). */
    public void exportReport(List<String> articleIds, ReportFormat format, Path out, ReportOptions options) {
        exportReport(articleIds, format, out, options, Progress.NONE);
    }

    /**
     * As above, cancellable: the report is written to a temporary file and moved into place only if
     * the export was not cancelled meanwhile, so a cancelled export leaves no file and any earlier
     * report at {@code out} untouched (a PDF renderer cannot be interrupted, but its result is dropped).
     */
    public void exportReport(List<String> articleIds, ReportFormat format, Path out, ReportOptions options,
                             Progress progress) {
        exportReport(articleIds, format, out, options, progress, false);
    }

    /** As above; {@code approvedOnly}: only verdicts an editor approved (on a team desk). */
    public void exportReport(List<String> articleIds, ReportFormat format, Path out, ReportOptions options,
                             Progress progress, boolean approvedOnly) {
        if (articleIds.isEmpty()) {
            throw new WorkspaceException("There is nothing to report: no article matches. Check the article id or the dates.");
        }
        List<ReviewReport> reports = new ArrayList<>();
        for (String id : articleIds) {
            progress.checkCancelled();
            reports.add(reviewReport(id, approvedOnly));
        }
        Path target = out.toAbsolutePath();
        try {
            boolean written = ReportFiles.write(target, os -> ReportWriter.write(reports, format, os, options),
                    progress::isCancelled);
            if (!written) {
                throw new CancelledException();
            }
        } catch (ReportFiles.RefusedTarget e) {
            throw new WorkspaceException("Cannot write the report to " + target + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot write the report to " + target + ": " + (DiskSpace.isDiskFull(e)
                    ? "the disk holding " + target.getParent() + " is full. Free some space or choose another folder;"
                    + " any earlier file there is untouched." : e.getMessage() + ". Choose a folder you can write to."), e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }

    @Override
    public void close() {
        closeAll(cluster, checkedBefore, archive, teamDesk, store, lock);
    }
}
