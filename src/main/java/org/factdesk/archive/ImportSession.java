package org.factdesk.archive;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.factdesk.model.Article;
import org.factdesk.task.CancelledException;
import org.factdesk.task.Progress;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One import run: collects articles into batches and writes each batch with {@code updateDocuments}
 * (replace by id); every {@link #COMMIT_DOCS} articles or {@link #COMMIT_MILLIS} it commits and
 * refreshes the searcher, so that a killed import leaves the last commit as a consistent index (a
 * cancelled one commits what it wrote). Memory is bounded by the batch size and by the ids and text
 * hashes written since the last refresh; ids and hashes of earlier articles are found in the index.
 */
final class ImportSession implements ImportSink {
    @FunctionalInterface
    interface Work {
        void run(ImportSink sink) throws IOException;
    }

    /** {@code sourceId}: the id the source gave an article imported under another (null when it kept its own). */
    private record Pending(Article article, String file, long line, String hash, boolean exists, String sourceId) {
    }

    /** Commit (and make searchable) at least this often: fewer fsyncs and segments than one per batch. */
    static final int COMMIT_DOCS = 10_000;
    static final long COMMIT_MILLIS = 10_000;

    private final Archive archive;
    private final Progress progress;
    private final List<Pending> batch = new ArrayList<>();
    /** Whether this import has said that the encoders cannot run here (once is enough). */
    private boolean embeddingReported;
    /** Text hash -> id, and id -> fingerprint, of the articles not yet visible to the searcher (since the last refresh). */
    private final Map<String, String> unrefreshedHashes = new HashMap<>();
    private final Map<String, ArticleFingerprint> unrefreshedIds = new HashMap<>();
    /**
     * Ids this run has seen on more than one record -> the ids its different articles were imported under
     * (the id itself, then "id (2)" ...) with the fingerprint of each one's latest copy.
     */
    private final Map<String, Map<String, ArticleFingerprint>> collided = new HashMap<>();
    /** Marks this run's article documents, so that a repeated id from an earlier batch is told from an update. */
    private final String runId = UUID.randomUUID().toString();
    private final MessageDigest sha256 = newSha256();
    private final Map<String, String> aliases = new HashMap<>(); // this batch's near-duplicate id -> kept id
    private final List<ImportProblem> problems = new ArrayList<>();
    /** A batch is also cut by size, so that a run of very long articles does not fill the heap. */
    static final long MAX_BATCH_CHARS = 32L << 20;

    /** Longer ids are refused (Lucene's keyword limit is 32,766 bytes; an id that long is a column mix-up). */
    static final int MAX_ID_BYTES = 512;
    /** Longer outlets are cut to this (an outlet is a keyword, indexed and sorted on). */
    static final int MAX_OUTLET_BYTES = 512;

    private int added, updated, skipped;
    /** Articles written and committed: what a kill now would keep, and what the progress line counts. */
    private int committed;
    /** Problems beyond the listed ones (ImportReport.MAX_LISTED_PROBLEMS), counted only. */
    private long unlistedProblems;
    private long batchChars;
    private long done, total = -1, docs;
    private final int commitDocs;
    private long docsSinceCommit, lastCommit = System.currentTimeMillis();

    ImportSession(Archive archive, Progress progress) {
        this(archive, progress, COMMIT_DOCS);
    }

    /** With another commit interval (tests: ids repeated across commits). */
    ImportSession(Archive archive, Progress progress, int commitDocs) {
        this.archive = archive;
        this.progress = progress == null ? Progress.NONE : progress;
        this.commitDocs = commitDocs;
    }

    ImportReport run(Work work) throws IOException {
        boolean cancelled = false;
        try {
            this.progress.checkCancelled();
            work.run(this);
            flush();
            commit();
        } catch (CancelledException e) {
            cancelled = true;
            commit(); // what was written before the cancel is kept
        } catch (IOException e) {
            if (!isDiskFull(e)) {
                throw e;
            }
            // drop what was written since the last commit; the archive stays at that commit
            archive.writer().rollback();
            throw new IOException("the disk holding the archive (" + archive.folder() + ") filled up during the"
                    + " import. The archive keeps the " + committed + " articles committed before; free some space"
                    + " and import again (a re-import adds the rest, nothing is duplicated).", e);
        }
        String notCompacted = null;
        if (!cancelled && added + updated > 0 && added + updated >= Archive.COMPACT_AFTER_SHARE * archive.size()) {
            notCompacted = archive.compact(progress);
        }
        // the line a progress bar ends on, worded as the report's summary; its compaction note says what a skipped
        // compaction means
        progress.update(total > 0 ? total : done, total > 0 ? total : done,
                (cancelled ? "Import cancelled: " : "Import finished: ") + added + " added, " + updated + " updated"
                        + (notCompacted == null ? "" : " (not compacted, " + notCompacted + ")"));
        return new ImportReport(added, updated, skipped, problems, cancelled, notCompacted, unlistedProblems);
    }

    @Override
    public void accept(Article article, String file, long line) throws IOException {
        accept(article, file, line, null);
    }

    /**
     * As {@link #accept(Article, String, long)}, for a copy of an archive's article that already carries the id its
     * source gave it ({@code givenSourceId}, or null): a rebuild keeps it (Archive.copyInto).
     */
    void accept(Article article, String file, long line, String givenSourceId) throws IOException {
        if (article.text().isBlank()) {
            skip(new ImportProblem(file, line, "document '" + shortened(article.id()) + "' has no text; skipped"));
            return;
        }
        int idBytes = utf8Length(article.id());
        if (idBytes > MAX_ID_BYTES) {
            skip(new ImportProblem(file, line, "the id is " + idBytes + " bytes long (\"" + shortened(article.id())
                    + "\"); FactDesk takes ids of up to " + MAX_ID_BYTES + " bytes. Record skipped: check that the id"
                    + " column or field holds the id"));
            return;
        }
        int outletBytes = utf8Length(article.source());
        if (outletBytes > MAX_OUTLET_BYTES) {
            note(new ImportProblem(file, line, "the outlet is " + outletBytes + " bytes long; kept its first "
                    + MAX_OUTLET_BYTES + " bytes"));
            article = new Article(article.id(), article.title(), article.text(),
                    prefixOfBytes(article.source(), MAX_OUTLET_BYTES), article.published(), article.url());
        }
        ArticleFingerprint fingerprint = ArticleFingerprint.of(article);
        String sourceId = null;
        IdLookup seen = lookUp(article.id());
        if (seen.inThisRun) {
            String id = idInThisRun(article, fingerprint, file, line);
            if (!id.equals(article.id())) {
                sourceId = article.id();
                article = article.withId(id);
                seen = lookUp(id);
            }
        }
        if (givenSourceId != null) {
            sourceId = givenSourceId;
        }
        boolean exists = seen.exists;
        if (seen.unrefreshed) {
            String id = article.id();
            // an earlier copy still in the batch is dropped (it counts as what the index had); one already written is updated
            exists = batch.stream().filter(p -> p.article.id().equals(id)).findFirst()
                    .map(Pending::exists).orElse(true);
            batch.removeIf(p -> p.article.id().equals(id));
        }
        String hash = textHash(sha256, article.title(), article.text());
        String dupOf = unrefreshedHashes.get(hash);
        if (dupOf == null) {
            dupOf = indexedDuplicate(hash, article.id());
        }
        if (dupOf != null && !dupOf.equals(article.id())) {
            skip(new ImportProblem(file, line, "document '" + article.id() + "' has the same title and text as '"
                    + dupOf + "' (near-duplicate); not indexed twice, its id opens '" + dupOf + "'"));
            aliases.put(article.id(), dupOf);
            return;
        }
        unrefreshedHashes.put(hash, article.id());
        unrefreshedIds.put(article.id(), fingerprint);
        batch.add(new Pending(article, file, line, hash, exists, sourceId));
        batchChars += article.text().length();
        docs++;
        if (batch.size() + aliases.size() >= Archive.BATCH_SIZE || batchChars >= MAX_BATCH_CHARS) {
            flush();
            if (docsSinceCommit >= commitDocs || System.currentTimeMillis() - lastCommit >= COMMIT_MILLIS) {
                commit();
            }
            progress.checkCancelled();
        }
    }

    /**
     * The id under which a record whose id this run has already written goes: that of the earlier copy it
     * revises (the same title, or mostly the same words), which it replaces; otherwise the first free "id (k)",
     * so that two different articles that share an id in the source (a placeholder, a reused slot) are both kept.
     */
    private String idInThisRun(Article article, ArticleFingerprint fingerprint, String file, long line)
            throws IOException {
        String id = article.id();
        Map<String, ArticleFingerprint> variants = collided.get(id);
        if (variants == null) {
            variants = new LinkedHashMap<>();
            variants.put(id, fingerprintInThisRun(id));
            collided.put(id, variants);
        }
        for (var v : variants.entrySet()) {
            if (v.getValue().sameArticle(fingerprint)) {
                note(new ImportProblem(file, line, "duplicate id '" + id + "' (seen earlier in this import); this later"
                        + " copy replaces the earlier one" + (v.getKey().equals(id) ? "" : ", '" + v.getKey() + "'")));
                v.setValue(fingerprint);
                return v.getKey();
            }
        }
        String free;
        // the variants so far are the id and "id (2)" ... in order: a file of one placeholder id is not rescanned
        for (int k = variants.size() + 1; ; k++) {
            free = id + " (" + k + ")";
            if (!variants.containsKey(free) && !lookUp(free).inThisRun) {
                break;
            }
        }
        note(new ImportProblem(file, line, "duplicate id '" + id + "' (seen earlier in this import) on a different"
                + " article; imported as '" + free + "', so that neither is lost"));
        variants.put(free, fingerprint);
        return free;
    }

    /** The fingerprint of the copy of this id that this run wrote (in the batch, written or already searchable). */
    private ArticleFingerprint fingerprintInThisRun(String id) throws IOException {
        ArticleFingerprint unrefreshed = unrefreshedIds.get(id);
        if (unrefreshed != null) {
            return unrefreshed;
        }
        Article written = archive.document(id).orElseThrow(() -> new IllegalStateException("no article " + id));
        return ArticleFingerprint.of(written);
    }

    /** {@code unrefreshed}: this run wrote it since the last refresh (in the batch or not yet searchable). */
    private record IdLookup(boolean exists, boolean inThisRun, boolean unrefreshed) {
    }

    /** Whether the archive has this article (up to the last refresh, or written since), and whether this run wrote it. */
    private IdLookup lookUp(String id) throws IOException {
        if (unrefreshedIds.containsKey(id)) {
            return new IdLookup(true, true, true);
        }
        return archive.read(s -> {
            // An id that was only a near-duplicate alias gets an article of its own now: that is an addition.
            Query article = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(ArchiveSchema.ID, id)), Occur.FILTER)
                    .add(new TermQuery(new Term(ArchiveSchema.TYPE, ArchiveSchema.TYPE_ARTICLE)), Occur.FILTER)
                    .build();
            if (s.count(article) == 0) {
                return new IdLookup(false, false, false);
            }
            Query ours = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(ArchiveSchema.ID, id)), Occur.FILTER)
                    .add(new TermQuery(new Term(ArchiveSchema.IMPORT_RUN, runId)), Occur.FILTER)
                    .build();
            return new IdLookup(true, s.count(ours) > 0, false);
        });
    }

    /** A near-duplicate's id that opens {@code keptId} (a rebuild copies these from the archive it rebuilds). */
    void alias(String id, String keptId) {
        aliases.put(id, keptId);
    }

    @Override
    public void skip(ImportProblem problem) {
        skipped++;
        list(problem);
    }

    @Override
    public void note(ImportProblem problem) {
        list(problem);
    }

    private void list(ImportProblem problem) {
        if (problems.size() < ImportReport.MAX_LISTED_PROBLEMS) {
            problems.add(problem);
        } else {
            unlistedProblems++;
        }
    }

    static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    /** The longest prefix of {@code s} of at most {@code bytes} UTF-8 bytes, never splitting a character. */
    static String prefixOfBytes(String s, int bytes) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (n + len > bytes) {
                return s.substring(0, i);
            }
            n += len;
            i += Character.charCount(cp);
        }
        return s;
    }

    private static String shortened(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    @Override
    public void position(long done, long total) {
        this.done = done;
        this.total = total;
    }

    /** Writes the batch (not yet committed nor visible to searches). */
    private void flush() throws IOException {
        if (batch.isEmpty() && aliases.isEmpty()) {
            return;
        }
        List<List<IndexableField>> vectors = archive.vectorFields(batch.stream().map(p -> p.article).toList(),
                progress, embeddingProgress(batch.isEmpty() ? null : batch.getFirst())); // only aliases: nothing to embed
        for (int i = 0; i < batch.size(); i++) {
            Pending p = batch.get(i);
            List<Document> docs = Archive.documentsFor(p.article, p.hash);
            if (vectors.get(i) != null) {
                vectors.get(i).forEach(docs.getFirst()::add);
            }
            docs.getFirst().add(new StringField(ArchiveSchema.IMPORT_RUN, runId, Field.Store.NO));
            if (p.sourceId != null) {
                docs.getFirst().add(new StringField(ArchiveSchema.SOURCE_ID, p.sourceId, Field.Store.YES));
            }
            try {
                archive.writer().updateDocuments(new Term(ArchiveSchema.ID, p.article.id()), docs);
            } catch (IllegalArgumentException e) {
                // a document Lucene refuses (an immense term): Lucene drops it alone; the rest of the batch goes on
                skip(new ImportProblem(p.file, p.line, "document '" + shortened(p.article.id()) + "' could not be"
                        + " indexed (" + e.getMessage() + "); skipped"));
                unrefreshedIds.remove(p.article.id());
                unrefreshedHashes.remove(p.hash);
                continue;
            }
            if (p.exists) {
                updated++;
            } else {
                added++;
            }
        }
        for (var alias : aliases.entrySet()) {
            archive.writer().updateDocuments(new Term(ArchiveSchema.ID, alias.getKey()),
                    List.of(Archive.aliasDocument(alias.getKey(), alias.getValue())));
        }
        docsSinceCommit += batch.size() + aliases.size();
        aliases.clear();
        batch.clear();
        batchChars = 0;
        progress.update(total > 0 ? done : docs, total, progressLine());
    }

    /** The count a progress line gives: the committed articles, which a kill or a power cut would keep. */
    private String progressLine() {
        return "Imported " + committed + " documents";
    }

    /** Progress lines while a batch is embedded; the first batch the encoders cannot embed is reported at its start. */
    private Archive.EmbeddingProgress embeddingProgress(Pending first) {
        return new Archive.EmbeddingProgress() {
            @Override
            public void done(int n, int of) {
                progress.update(total > 0 ? done : docs, total, progressLine()
                        + "; embedding short ones for dense search: " + n + " of " + of);
            }

            @Override
            public void unavailable(String why) {
                if (!embeddingReported) {
                    embeddingReported = true;
                    note(new ImportProblem(first.file, first.line, "short documents could not be embedded for dense"
                            + " search (" + why + "); they were imported without vectors and are searched by their words"));
                }
            }
        };
    }

    /** Commits what was written and makes it searchable; earlier ids and hashes are then found in the index. */
    private void commit() throws IOException {
        archive.writer().commit();
        committed = added + updated;
        archive.searchers().maybeRefreshBlocking();
        unrefreshedHashes.clear();
        unrefreshedIds.clear();
        docsSinceCommit = 0;
        lastCommit = System.currentTimeMillis();
        progress.update(total > 0 ? done : docs, total, progressLine());
    }

    /** Another article already in the archive with this text hash, or null. */
    private String indexedDuplicate(String hash, String id) throws IOException {
        return archive.read(s -> {
            TopDocs top = s.search(new TermQuery(new Term(ArchiveSchema.TEXT_HASH, hash)), 2);
            for (ScoreDoc sd : top.scoreDocs) {
                String other = s.storedFields().document(sd.doc, Set.of(ArchiveSchema.ID)).get(ArchiveSchema.ID);
                if (!other.equals(id)) {
                    return other;
                }
            }
            return null;
        });
    }

    /** ENOSPC ("No space left on device") anywhere in the cause chain. */
    static boolean isDiskFull(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 10; t = t.getCause()) {
            String m = t instanceof java.nio.file.FileSystemException fs ? fs.getReason() : t.getMessage();
            if (m != null && (m.contains("No space left on device") || m.contains("There is not enough space"))) {
                return true;
            }
        }
        return false;
    }

    /** Hash of the text with case, punctuation and spacing removed: copies that differ only in those meet. */
    static String textHash(String text) {
        return textHash(newSha256(), text, "");
    }

    /**
     * {@code textHash(title + "\n" + text)} without building that string or a normalised copy: the
     * letters and digits are lower-cased and fed to the digest as UTF-8 through a small buffer.
     */
    static String textHash(MessageDigest digest, String title, String text) {
        digest.reset();
        byte[] buf = new byte[1024];
        int n = hashInto(digest, title, buf, 0);
        n = hashInto(digest, text, buf, n);
        digest.update(buf, 0, n);
        return HexFormat.of().formatHex(digest.digest(), 0, 12);
    }

    private static int hashInto(MessageDigest digest, String s, byte[] buf, int n) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetterOrDigit(cp)) {
                continue;
            }
            cp = Character.toLowerCase(cp);
            if (n > buf.length - 4) {
                digest.update(buf, 0, n);
                n = 0;
            }
            if (cp < 0x80) {
                buf[n++] = (byte) cp;
            } else if (cp < 0x800) {
                buf[n++] = (byte) (0xC0 | (cp >> 6));
                buf[n++] = (byte) (0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                buf[n++] = (byte) (0xE0 | (cp >> 12));
                buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[n++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                buf[n++] = (byte) (0xF0 | (cp >> 18));
                buf[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[n++] = (byte) (0x80 | (cp & 0x3F));
            }
        }
        return n;
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
