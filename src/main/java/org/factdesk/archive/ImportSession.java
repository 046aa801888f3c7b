package org.factdesk.archive;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.factdesk.model.Article;
import org.factdesk.task.CancelledException;
import org.factdesk.task.Progress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One import run: collects articles into batches, writes each batch with {@code updateDocuments}
 * (replace by id), commits it, and checks for cancellation between batches, so that a cancelled or
 * killed import leaves the last committed batch as a consistent index. Memory is bounded by the
 * batch size (plus a set of the ids seen, to report duplicates).
 */
final class ImportSession implements ImportSink {
    @FunctionalInterface
    interface Work {
        void run(ImportSink sink) throws IOException;
    }

    private record Pending(Article article, String file, long line, String hash) {
    }

    private final Archive archive;
    private final Progress progress;
    private final List<Pending> batch = new ArrayList<>();
    private final Map<String, String> batchHashes = new HashMap<>();
    private final Set<String> seenIds = new HashSet<>();
    private final Map<String, String> aliases = new HashMap<>(); // this batch's near-duplicate id -> kept id
    private final List<ImportProblem> problems = new ArrayList<>();
    /** A batch is also cut by size, so that a run of very long articles does not fill the heap. */
    static final long MAX_BATCH_CHARS = 32L << 20;

    private int added, updated, skipped;
    private long batchChars;
    private long done, total = -1, docs;

    ImportSession(Archive archive, Progress progress) {
        this.archive = archive;
        this.progress = progress == null ? Progress.NONE : progress;
    }

    ImportReport run(Work work) throws IOException {
        boolean cancelled = false;
        try {
            this.progress.checkCancelled();
            work.run(this);
            flush();
        } catch (CancelledException e) {
            cancelled = true;
        }
        progress.update(total > 0 ? total : done, total > 0 ? total : done,
                (cancelled ? "Import cancelled: " : "Import finished: ") + added + " added, " + updated + " updated");
        return new ImportReport(added, updated, skipped, problems, cancelled);
    }

    @Override
    public void accept(Article article, String file, long line) throws IOException {
        if (article.text().isBlank()) {
            skip(new ImportProblem(file, line, "document '" + article.id() + "' has no text; skipped"));
            return;
        }
        if (!seenIds.add(article.id())) {
            note(new ImportProblem(file, line, "duplicate id '" + article.id()
                    + "' (seen earlier in this import); this later copy replaces the earlier one"));
            batch.removeIf(p -> p.article.id().equals(article.id()));
        }
        String hash = textHash(article.title() + "\n" + article.text());
        String dupOf = batchHashes.get(hash);
        if (dupOf == null) {
            dupOf = indexedDuplicate(hash, article.id());
        }
        if (dupOf != null && !dupOf.equals(article.id())) {
            skip(new ImportProblem(file, line, "document '" + article.id() + "' has the same title and text as '"
                    + dupOf + "' (near-duplicate); not indexed twice, its id opens '" + dupOf + "'"));
            aliases.put(article.id(), dupOf);
            return;
        }
        batchHashes.put(hash, article.id());
        batch.add(new Pending(article, file, line, hash));
        batchChars += article.text().length();
        docs++;
        if (batch.size() + aliases.size() >= Archive.BATCH_SIZE || batchChars >= MAX_BATCH_CHARS) {
            flush();
            progress.checkCancelled();
        }
    }

    @Override
    public void skip(ImportProblem problem) {
        skipped++;
        problems.add(problem);
    }

    @Override
    public void note(ImportProblem problem) {
        problems.add(problem);
    }

    @Override
    public void position(long done, long total) {
        this.done = done;
        this.total = total;
    }

    private void flush() throws IOException {
        if (batch.isEmpty() && aliases.isEmpty()) {
            return;
        }
        IndexSearcher s = archive.searchers().acquire();
        try {
            for (Pending p : batch) {
                boolean exists = s.count(new TermQuery(new Term(ArchiveSchema.ID, p.article.id()))) > 0;
                archive.writer().updateDocuments(new Term(ArchiveSchema.ID, p.article.id()),
                        archive.indexDocuments(p.article, p.hash));
                if (exists) {
                    updated++;
                } else {
                    added++;
                }
            }
        } finally {
            archive.searchers().release(s);
        }
        for (var alias : aliases.entrySet()) {
            archive.writer().updateDocuments(new Term(ArchiveSchema.ID, alias.getKey()),
                    List.of(Archive.aliasDocument(alias.getKey(), alias.getValue())));
        }
        archive.writer().commit();
        archive.searchers().maybeRefreshBlocking();
        aliases.clear();
        batch.clear();
        batchChars = 0;
        batchHashes.clear();
        progress.update(total > 0 ? done : docs, total, "Imported " + (added + updated) + " documents");
    }

    /** Another article already in the archive with this text hash, or null. */
    private String indexedDuplicate(String hash, String id) throws IOException {
        IndexSearcher s = archive.searchers().acquire();
        try {
            TopDocs top = s.search(new TermQuery(new Term(ArchiveSchema.TEXT_HASH, hash)), 2);
            for (ScoreDoc sd : top.scoreDocs) {
                String other = s.storedFields().document(sd.doc, Set.of(ArchiveSchema.ID)).get(ArchiveSchema.ID);
                if (!other.equals(id)) {
                    return other;
                }
            }
            return null;
        } finally {
            archive.searchers().release(s);
        }
    }

    /** Hash of the text with case, punctuation and spacing removed: copies that differ only in those meet. */
    static String textHash(String text) {
        StringBuilder norm = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(norm::appendCodePoint);
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(norm.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
