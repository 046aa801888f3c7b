package org.factdesk.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.archive.Archive;
import org.factdesk.archive.EvidenceFinder;
import org.factdesk.archive.ImportReport;
import org.factdesk.extract.ClaimExtractor;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.Evidence;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictChange;
import org.factdesk.report.ReportFormat;
import org.factdesk.report.ReportOptions;
import org.factdesk.report.ReportWriter;
import org.factdesk.report.ReviewReport;
import org.factdesk.report.ReviewedClaim;
import org.factdesk.store.ArticleSummary;
import org.factdesk.store.Store;
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
    private final Store store;
    private final Archive archive;
    private final EvidenceFinder evidenceFinder;
    private volatile ClaimExtractor extractor;

    private Workbench(Path dataDir, DataDirLock lock, Store store, Archive archive) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.store = store;
        this.archive = archive;
        this.evidenceFinder = new EvidenceFinder(archive);
    }

    /** Opens (creating if needed) the workspace in {@code dataDir}, locking it against a second FactDesk. */
    public static Workbench open(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        DataDirLock lock = DataDirLock.acquire(dir);
        Store store = null;
        try {
            store = Store.open(dir.resolve(DB_FILE));
            Archive archive = Archive.open(dir.resolve(ARCHIVE_DIR));
            return new Workbench(dir, lock, store, archive);
        } catch (IOException e) {
            closeAll(store, lock);
            throw new WorkspaceException("Cannot open the archive in " + dir.resolve(ARCHIVE_DIR) + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeAll(store, lock);
            throw e;
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

    // --- articles -----------------------------------------------------------------------------

    /** Installs the demo: imports the sample archive and stores the seed article with its claims. */
    public Article installDemo(Progress progress) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("factdesk-demo");
            Path jsonl = DemoWorkspace.extractArchive(tmp);
            archive.importPath(jsonl, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(tmp);
        }
        Article seed = DemoWorkspace.seedArticle();
        store.saveArticle(seed);
        claims(seed, progress);
        return seed;
    }

    public Article demoArticle() {
        Article seed = DemoWorkspace.seedArticle();
        return store.article(seed.id()).orElse(seed);
    }

    public boolean isEmpty() {
        return store.articles().isEmpty();
    }

    /** Reads an article file (.txt, .md, .html) and stores it; the same text opened twice is one article. */
    public ArticleFiles.Loaded openFileWithNotes(Path file) {
        ArticleFiles.Loaded loaded = ArticleFiles.read(file);
        Article article = store.article(loaded.article().id()).orElse(loaded.article());
        store.saveArticle(article);
        return new ArticleFiles.Loaded(article, loaded.notes());
    }

    public Article openFile(Path file) {
        return openFileWithNotes(file).article();
    }

    public Article openText(String text, String title, String source, LocalDate published, String url) {
        Article article = ArticleFiles.fromPastedText(text, title, source, published, url);
        store.saveArticle(article);
        return article;
    }

    public Article saveArticleMetadata(Article article) {
        store.saveArticle(article);
        return article;
    }

    public Optional<Article> article(String id) {
        return store.article(id);
    }

    /** Records that the user is looking at this article, so the next start reopens it. */
    public void markOpened(Article article) {
        store.markOpened(article.id());
    }

    public Optional<Article> lastArticle() {
        return store.lastOpenedArticle();
    }

    public List<ArticleSummary> library() {
        return store.articles();
    }

    // --- claims and evidence ------------------------------------------------------------------

    /** The article's claims: the stored ones, or freshly extracted (and stored) the first time. */
    public List<Claim> claims(Article article, Progress progress) {
        List<Claim> stored = store.claims(article.id());
        if (!stored.isEmpty()) {
            return stored;
        }
        return reextract(article, progress);
    }

    /** Runs the claim finder again; verdicts are keyed by claim id and survive. */
    public List<Claim> reextract(Article article, Progress progress) {
        List<Claim> found = extractor().extract(article, progress);
        store.saveArticle(article);
        store.saveClaims(article.id(), found);
        return store.claims(article.id());
    }

    public Optional<Claim> claim(String claimId) {
        return store.claim(claimId);
    }

    /** Ranked passages of the archive bearing on the claim, preferring sources older than its article. */
    public List<Evidence> evidence(Claim claim, int k) {
        Article context = store.article(claim.articleId()).orElse(null);
        return evidenceFinder.find(claim, context, k);
    }

    /** Lucene query syntax; a syntax error comes back as an ArchiveQueryException with a readable message. */
    /** Earlier verdicts on claims this one repeats (from other articles), most similar first. */
    public List<PriorChecks.PriorCheck> priorChecks(Claim claim, int k) {
        return PriorChecks.find(claim, store.checkedClaims(), k);
    }

    public List<Evidence> searchArchive(String query, int k) {
        try {
            return archive.search(query, k);
        } catch (IOException e) {
            throw archiveFailure(e);
        }
    }

    public Optional<Article> archiveDocument(String id) {
        try {
            return archive.document(id);
        } catch (IOException e) {
            throw archiveFailure(e);
        }
    }

    public int archiveSize() {
        try {
            return archive.size();
        } catch (IOException e) {
            throw archiveFailure(e);
        }
    }

    private WorkspaceException archiveFailure(IOException e) {
        return new WorkspaceException("Cannot read the archive in " + dataDir.resolve(ARCHIVE_DIR) + ": " + e.getMessage()
                + ". If the disk is full or the folder was moved, fix that and restart FactDesk.", e);
    }

    public ImportReport importArchive(Path fileOrDir, Progress progress) {
        try {
            return archive.importPath(fileOrDir, progress);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot import " + fileOrDir + ": " + e.getMessage(), e);
        }
    }

    // --- verdicts -----------------------------------------------------------------------------

    public Verdict verdict(String claimId) {
        return store.verdict(claimId);
    }

    public Map<String, Verdict> verdicts(String articleId) {
        return store.verdicts(articleId);
    }

    public Verdict saveVerdict(Verdict verdict, String action) {
        if (store.claim(verdict.claimId()).isEmpty()) {
            throw new WorkspaceException("There is no claim " + verdict.claimId()
                    + " in this workspace. Run `check` on its article first, or list claims with `check ARTICLE`.");
        }
        return store.saveVerdict(verdict, action);
    }

    public List<VerdictChange> history(String claimId) {
        return store.history(claimId);
    }

    public Verdict undo(String claimId) {
        return store.undo(claimId);
    }

    // --- reports ------------------------------------------------------------------------------

    public ReviewReport reviewReport(String articleId) {
        Article article = store.article(articleId).orElseThrow(() -> new WorkspaceException(
                "There is no article " + articleId + " in this workspace. Open or check the article first."));
        Map<String, Verdict> verdicts = store.verdicts(articleId);
        List<ReviewedClaim> rows = new ArrayList<>();
        for (Claim c : store.claims(articleId)) {
            rows.add(new ReviewedClaim(c, verdicts.getOrDefault(c.id(), Verdict.unreviewed(c.id()))));
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
        return store.articlesReviewedBetween(from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** One report over several articles (e.g. all reviewed in a date range). */
    public void exportReport(List<String> articleIds, ReportFormat format, Path out, ReportOptions options) {
        if (articleIds.isEmpty()) {
            throw new WorkspaceException("There is nothing to report: no article matches. Check the article id or the dates.");
        }
        List<ReviewReport> reports = articleIds.stream().map(this::reviewReport).toList();
        Path target = out.toAbsolutePath();
        try {
            Path parent = target.getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, ".factdesk-report", ".tmp");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                ReportWriter.write(reports, format, os, options);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot write the report to " + target + ": " + e.getMessage()
                    + ". Choose a folder you can write to.", e);
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
        closeAll(archive, store, lock);
    }
}
