package org.factdesk.archive;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOSupplier;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.factdesk.model.Article;
import org.factdesk.model.Evidence;
import org.factdesk.model.Span;
import org.factdesk.model.Stance;
import org.factdesk.task.Progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The archive of prior articles: owns the Lucene {@link IndexWriter} and a {@link SearcherManager}
 * (near-real-time readers over the writer). Imports are batched (one commit per batch) and
 * idempotent (documents are replaced by article id). Searches return the best passage per article.
 */
public final class Archive implements ArticleArchive {
    static final int BATCH_SIZE = 1000;
    /** Longer searches are pasted articles, not queries, and can take Lucene's parser a long time. */
    static final int MAX_QUERY_CHARS = 2000;

    private final Path archiveDir;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer queryAnalyzer;
    private final Analyzer queryTextAnalyzer;
    private final Highlighter highlighter;
    private final SynonymMap synonyms;
    /** Words of recent evidence searches with their term statistics (see TermStatesCache). */
    private final TermStatesCache termStates = new TermStatesCache(TermStatesCache.DEFAULT_CAPACITY);
    /** Lucene's merges, which a cancelled compaction aborts. */
    private final AbortableMerges merges = new AbortableMerges();
    /** The cores one evidence search may use. */
    private final SearchThreads searchThreads;
    /** Which articles get dense vectors at import (see {@link Vectors}). */
    private final Vectors vectors;
    /**
     * The whole archive's statistics when this index holds only a cluster's candidates for one claim (set before the
     * candidates are added; each new reader is registered with them), or null for a local archive.
     */
    private volatile CorpusStatistics statistics;
    /** What the user should know about this open (an older index that could not be rebuilt). */
    private final List<String> notices = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Which articles the importer embeds for dense retrieval (decision 15). Embedding costs import time (about
     * 28 ms an article on one core, against 0.4 ms for the rest of its indexing) and helps only where the encoder
     * reads the whole document: fact-checked claims, posts, short notes. On news articles, of which it reads the
     * first 1,000 characters, it lowers the ranking (BASIL dev MAP@5 0.947 -> 0.896).
     */
    public enum Vectors {
        /** None: lexical search only. */
        NONE,
        /** The default: articles of one passage that the encoder reads whole (claims, posts), not news articles. */
        SHORT,
        /** Every article ({@code --dense}): import about 25 times slower. */
        ALL
    }

    private Archive(Path archiveDir, Vectors vectors, SearchThreads searchThreads) throws IOException {
        this.archiveDir = archiveDir;
        this.vectors = vectors;
        this.searchThreads = searchThreads;
        Files.createDirectories(archiveDir);
        // Before the writer: a bad synonyms.txt must not leave the index locked (found by fuzzing)
        this.synonyms = Synonyms.load(archiveDir);
        Path index = ArchiveSchema.indexFolder(archiveDir);
        boolean committed = hasCommit(index);
        this.directory = FSDirectory.open(index);
        // CREATE only into an empty folder: over files without a commit it would delete segments the user may need
        IndexWriterConfig config = new IndexWriterConfig(ArchiveSchema.indexAnalyzer())
                .setSimilarity(ArchiveSchema.similarity())
                .setOpenMode(committed ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64)
                .setMergeScheduler(merges)
                .setCommitOnClose(true);
        IndexWriter w;
        try {
            w = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IOException("The archive in " + archiveDir + " is in use by another FactDesk window or process."
                    + " Close it, or choose another data folder.", e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw damaged(index, e);
        }
        this.writer = w;
        try {
            if (!committed) {
                writer.commit(); // a fresh archive is openable at once, even if the first import is killed
            }
            this.searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader,
                                                 org.apache.lucene.index.IndexReader previous) {
                    CorpusStatistics whole = statistics;
                    if (whole != null) {
                        CorpusStatistics.register(reader, whole);
                    }
                    IndexSearcher s = CorpusStatistics.searcher(reader, null);
                    s.setSimilarity(ArchiveSchema.similarity());
                    return s;
                }
            });
        } catch (IOException | RuntimeException e) {
            writer.rollback(); // closes without a commit: the index stays as it was
            directory.close();
            throw damaged(index, e);
        }
        this.queryAnalyzer = ArchiveSchema.queryAnalyzer(synonyms);
        this.queryTextAnalyzer = ArchiveSchema.queryTextAnalyzer(synonyms);
        this.highlighter = new Highlighter(ArchiveSchema.textAnalyzer());
    }

    /** Files a writer leaves in a folder before its first commit: nothing the user could need. */
    private static boolean isScratch(String file) {
        return file.equals(IndexWriter.WRITE_LOCK_NAME) || file.startsWith("pending_segments_");
    }

    /**
     * Whether the index folder holds a commit point ({@code segments_N}). A folder with other files but no commit is
     * refused (see {@link #damaged}); one that is missing or holds only a lock and a half-written first commit is new.
     */
    private static boolean hasCommit(Path index) throws IOException {
        if (!Files.isDirectory(index)) {
            return false;
        }
        List<String> files;
        try (Stream<Path> list = Files.list(index)) {
            files = list.map(p -> p.getFileName().toString()).toList();
        }
        if (files.stream().anyMatch(f -> f.startsWith("segments_"))) {
            return true;
        }
        List<String> data = files.stream().filter(f -> !isScratch(f)).toList();
        if (!data.isEmpty()) {
            throw new ArchiveUnavailableException("The archive index in " + index + " holds " + data.size()
                    + " files but no commit point (no segments_N file), so it cannot be opened. FactDesk did not"
                    + " change it: a new index there would delete those files. Run `factdesk reindex` to rebuild"
                    + " the archive from its sources (the folder is kept aside), or put the folder back from your"
                    + " own backup.", null);
        }
        return false;
    }

    /** The index is there but cannot be opened: say so, with what to do; nothing was changed. */
    private static ArchiveUnavailableException damaged(Path index, Throwable e) {
        return new ArchiveUnavailableException("The archive index in " + index + " is damaged and cannot be opened ("
                + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()) + "). FactDesk did not change it."
                + " Run `factdesk reindex` to rebuild the archive (the damaged folder is kept aside), or put the"
                + " folder back from your own backup.", e);
    }

    /**
     * Whether the archive folder holds an index (a committed one of this schema, or an older version's folder that
     * opening rebuilds): a workspace whose import log says the archive had articles, but which holds none, has lost
     * it (docs/decisions/0023).
     */
    public static boolean holdsIndex(Path archiveDir) {
        try (Stream<Path> list = Files.list(archiveDir)) {
            return list.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().startsWith(ArchiveSchema.FOLDER_PREFIX))
                    .anyMatch(p -> {
                        try (Stream<Path> files = Files.list(p)) {
                            return files.anyMatch(f -> !isScratch(f.getFileName().toString()));
                        } catch (IOException e) {
                            return true; // there, but unreadable: let opening say what is wrong
                        }
                    });
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Opens (or creates) the archive in the folder. An index written by an older schema version is
     * rebuilt from its stored articles into the current version's folder. An index folder whose commit point is
     * missing or whose files are damaged is refused with an {@link ArchiveUnavailableException}, never replaced.
     * The articles the encoder reads whole are embedded ({@link Vectors#SHORT}, decision 15).
     */
    public static Archive open(Path archiveDir) throws IOException {
        return open(archiveDir, Vectors.SHORT);
    }

    /** @param vectors the articles embedded at import; searches fuse the vectors when most articles have one */
    public static Archive open(Path archiveDir, Vectors vectors) throws IOException {
        return open(archiveDir, vectors, SearchThreads.forThisMachine());
    }

    /** With the given search threads (tests: the same rankings on one thread and on several). */
    static Archive open(Path archiveDir, Vectors vectors, SearchThreads searchThreads) throws IOException {
        Archive archive;
        try {
            archive = new Archive(archiveDir, vectors, searchThreads);
        } catch (IOException | RuntimeException e) {
            searchThreads.close();
            throw e;
        }
        try {
            SchemaMigration.rebuildOlderIndexes(archive, archiveDir);
        } catch (IOException | RuntimeException e) {
            archive.close();
            throw e;
        }
        return archive;
    }

    @Override
    public String describe() {
        return "the archive in " + archiveDir;
    }

    @Override
    public ClaimSearch evidenceFinder(EvidenceSettings settings) {
        return new EvidenceFinder(this, settings)::find;
    }

    public Vectors vectors() {
        return vectors;
    }

    /** What the user should know about this open, or empty. */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    void notice(String message) {
        notices.add(message);
    }

    /**
     * Whether evidence searches fuse dense vectors: when at least half of the articles have one (a database of
     * claims or posts, or an archive imported with {@link Vectors#ALL}). A news archive with a few short notes
     * among its articles is searched lexically, as it ranks best.
     */
    public boolean denseSearch() throws IOException {
        Boolean decided = denseDecided;
        if (decided != null) {
            return decided;
        }
        if (vectors == Vectors.NONE) {
            return false;
        }
        return read(s -> {
            int articles = s.getIndexReader().docFreq(new Term(ArchiveSchema.TYPE, ArchiveSchema.TYPE_ARTICLE));
            return articles > 0 && 2 * embedded(s) >= articles;
        });
    }

    /** Set for an index of a cluster's candidates: the whole archive decides whether searches fuse vectors. */
    private volatile Boolean denseDecided;

    void denseSearchAs(Boolean dense) {
        this.denseDecided = dense;
    }

    /** How many articles have a dense vector (deleted ones until their segment is merged). */
    public long embeddedArticles() throws IOException {
        return read(Archive::embedded);
    }

    private static long embedded(IndexSearcher s) throws IOException {
        long n = 0;
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(DenseFusion.VECTOR);
            n += values == null ? 0 : values.size();
        }
        return n;
    }

    public Path folder() {
        return archiveDir;
    }

    /** Room an import leaves for merges and the commit, beyond twice its source's size. */
    static final long IMPORT_RESERVE = 16L << 20;

    /** Free bytes on the archive's disk (tests: a full disk). */
    private volatile IOSupplier<Long> freeSpace = () -> Files.getFileStore(folder()).getUsableSpace();

    void freeSpace(IOSupplier<Long> freeSpace) {
        this.freeSpace = freeSpace;
    }

    /**
     * Imports a .jsonl file, a folder of .txt/.md/.html files, a CSV, a feed or a PDF. Refused before anything is
     * written when the archive's disk has less than twice the source's size (the index takes about 1.4 times the
     * text, merges more for a while) plus {@link #IMPORT_RESERVE} free (docs/decisions/0024).
     */
    public ImportReport importPath(Path fileOrDir, Progress progress) throws IOException {
        if (!Files.exists(fileOrDir)) {
            throw new IOException("Nothing to import: " + fileOrDir + " does not exist.");
        }
        long source = bytesOf(fileOrDir);
        long needed = 2 * source + IMPORT_RESERVE;
        long free = freeSpace.get();
        if (free < needed) {
            throw new IOException("the disk holding the archive (" + archiveDir + ") is too full for this import: it"
                    + " has " + megabytes(free) + " free, and importing " + megabytes(source) + " needs about "
                    + megabytes(needed) + ". Nothing was imported; free some space and import again.");
        }
        ImportSession session = new ImportSession(this, progress);
        return session.run(sink -> Importers.forPath(fileOrDir).read(fileOrDir, sink));
    }

    /** Imports articles given in memory (or streamed by the caller), with the same batching and checks. */
    public ImportReport importDocuments(Iterable<Article> docs, Progress progress) throws IOException {
        ImportSession session = new ImportSession(this, progress);
        return session.run(sink -> {
            long n = 0;
            for (Article a : docs) {
                sink.accept(a, "(documents)", ++n);
            }
        });
    }

    /**
     * Copies this archive into {@code target}: every article with the id its source gave it, and every near-duplicate
     * id that opens one (a rebuild of a readable archive, docs/decisions/0023). Runs on one point-in-time view.
     */
    public ImportReport copyInto(Archive target, Progress progress) throws IOException {
        return read(s -> {
            ImportSession session = new ImportSession(target, progress);
            String file = "(archive " + archiveDir + ")";
            return session.run(sink -> walkStored(s, new StoredWalk() {
                long n = 0;

                @Override
                public void alias(String id, String keptId) {
                    session.alias(id, keptId);
                }

                @Override
                public void article(Document d) throws IOException {
                    session.accept(toArticle(d), file, ++n, d.get(ArchiveSchema.SOURCE_ID));
                    sink.position(n, -1);
                }
            }));
        });
    }

    /** What a walk over an archive's stored documents meets, in index order (passages are passed over). */
    interface StoredWalk {
        /** A near-duplicate's id that opens the kept article {@code keptId}. */
        void alias(String id, String keptId) throws IOException;

        /** An article's stored document ({@link #toArticle} reads it). */
        void article(Document d) throws IOException;

        /** The same, with where it is: for a walk that reads the article's vectors too. */
        default void article(Document d, org.apache.lucene.index.LeafReader reader, int doc) throws IOException {
            article(d);
        }

        /** Asked after each alias or article: true ends the walk there. */
        default boolean stop() throws IOException {
            return false;
        }
    }

    /**
     * Walks every live stored document of one point-in-time view: the rebuild of an archive and the shipping of one to
     * a cluster both carry over its articles and aliases this way. False when {@link StoredWalk#stop} ended it early.
     */
    static boolean walkStored(IndexSearcher s, StoredWalk walk) throws IOException {
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            var stored = leaf.reader().storedFields();
            var live = leaf.reader().getLiveDocs();
            for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                if (live != null && !live.get(i)) {
                    continue;
                }
                Document d = stored.document(i);
                String keptId = d.get(ArchiveSchema.ALIAS_OF);
                if (keptId != null) {
                    walk.alias(d.get(ArchiveSchema.ID), keptId);
                } else if (d.get(ArchiveSchema.URL) != null) { // an article (passages store no URL)
                    walk.article(d, leaf.reader(), i);
                } else {
                    continue;
                }
                if (walk.stop()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** An import that writes at least this share of the archive's articles compacts the index afterwards. */
    static final double COMPACT_AFTER_SHARE = 0.25;

    /**
     * Merges the index into one segment. Every evidence search looks each of its ~100 words up and sets up
     * its scorers once per segment; after a large import the index has a dozen or more segments of very
     * different sizes, and these set-ups cost a fifth of a search (docs/decisions/0014). Merging rewrites the
     * index (about 40 s at a million articles), so imports call it only when they wrote at least
     * {@link #COMPACT_AFTER_SHARE} of the archive: the archive then grows geometrically between merges, and
     * all merges together cost a few rewrites of the final index.
     * A cancel, a disk without room for the merged copy or a failed merge leave the index as the import
     * committed it: compaction only makes searches faster, it never costs an import.
     *
     * @return why the index was left as it was, or null when it is compact
     */
    String compact(Progress progress) throws IOException {
        return compact(progress, () -> Files.getFileStore(directory.getDirectory()).getUsableSpace());
    }

    /** {@link #compact(Progress)} with the disk's free bytes measured by {@code freeSpace} (tests: a full disk). */
    String compact(Progress progress, IOSupplier<Long> freeSpace) throws IOException {
        if (segmentCount() <= 1) {
            return null;
        }
        long indexBytes = 0;
        for (String file : directory.listAll()) {
            indexBytes += directory.fileLength(file);
        }
        long needed = indexBytes + indexBytes / 10; // the merged copy, beside the segments it replaces
        long free = freeSpace.get();
        if (free < needed) {
            return "it needs " + megabytes(needed) + " free on the archive's disk, which has " + megabytes(free);
        }
        progress.update(0, -1, "Compacting the archive for fast searches");
        if (progress.isCancelled()) {
            return "cancelled";
        }
        Thread watcher = Thread.ofPlatform().daemon().name("factdesk-compaction-cancel").start(() -> {
            try {
                while (!progress.isCancelled()) {
                    Thread.sleep(100);
                }
                merges.abortAll();
            } catch (InterruptedException e) {
                // the merge ended first
            }
        });
        try {
            writer.forceMerge(1);
        } catch (IOException e) {
            return progress.isCancelled() ? "cancelled" : "the merge failed (" + e.getMessage() + ")";
        } finally {
            watcher.interrupt();
            try {
                watcher.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            merges.resume();
        }
        writer.commit();
        searchers.maybeRefreshBlocking();
        return null;
    }

    /** The size of a file, or of the files in a folder (a folder's walk stops at 100,000 files: an estimate). */
    private static long bytesOf(Path fileOrDir) {
        if (!Files.isDirectory(fileOrDir)) {
            try {
                return Files.size(fileOrDir);
            } catch (IOException e) {
                return 0;
            }
        }
        try (Stream<Path> walk = Files.walk(fileOrDir)) {
            return walk.limit(100_000).filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0; // an unreadable folder: the import itself says what is wrong
        }
    }

    /** False once Lucene closed the writer after a failure (a full disk): reopen the archive to write again. */
    public boolean writable() {
        return writer.isOpen();
    }

    private static String megabytes(long bytes) {
        if (bytes < (1 << 20)) {
            return "less than 1 MB";
        }
        return String.format(java.util.Locale.ROOT, "%,d MB", bytes >> 20);
    }

    /** Segments of the searchable index. */
    int segmentCount() throws IOException {
        return read(s -> s.getIndexReader().leaves().size());
    }

    /** Lucene's merges (tests: aborting one). */
    AbortableMerges merges() {
        return merges;
    }

    /** Work on one point-in-time view of the index. */
    @FunctionalInterface
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Runs the work on the current searcher, held (and its files kept open) until the work is done. */
    <T> T read(SearcherWork<T> work) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return work.apply(s);
        } finally {
            searchers.release(s);
        }
    }

    /** The article with this id; the id of a near-duplicate skipped at import opens the copy that was kept. */
    public Optional<Article> document(String id) throws IOException {
        return read(s -> {
            TopDocs top = s.search(articleDoc(id), 1);
            if (top.scoreDocs.length == 0) {
                TopDocs alias = s.search(typed(id, ArchiveSchema.TYPE_ALIAS), 1);
                if (alias.scoreDocs.length == 0) {
                    return Optional.empty();
                }
                String kept = s.storedFields().document(alias.scoreDocs[0].doc).get(ArchiveSchema.ALIAS_OF);
                top = s.search(articleDoc(kept), 1);
                if (top.scoreDocs.length == 0) {
                    return Optional.empty();
                }
            }
            return Optional.of(toArticle(s.storedFields().document(top.scoreDocs[0].doc)));
        });
    }

    /** Ids of near-duplicates that were folded into this article at import (empty for most). */
    public List<String> duplicateIds(String id) throws IOException {
        return idsWhere(ArchiveSchema.ALIAS_OF, id, ArchiveSchema.TYPE_ALIAS);
    }

    /**
     * The id the source gave this article when the import stored it under another ("x (2)": a different
     * article of the same import had taken "x"); empty for most.
     */
    Optional<String> sourceId(String id) throws IOException {
        return read(s -> {
            TopDocs top = s.search(articleDoc(id), 1);
            return top.scoreDocs.length == 0 ? Optional.<String>empty() : Optional.ofNullable(s.storedFields()
                    .document(top.scoreDocs[0].doc, Set.of(ArchiveSchema.SOURCE_ID)).get(ArchiveSchema.SOURCE_ID));
        });
    }

    /** The ids of the articles imported under "x (2)" ... because another article of their import had {@code sourceId}. */
    public List<String> idsImportedAs(String sourceId) throws IOException {
        return idsWhere(ArchiveSchema.SOURCE_ID, sourceId, ArchiveSchema.TYPE_ARTICLE);
    }

    /** The ids of the documents of this type whose keyword field has this value. */
    private List<String> idsWhere(String field, String value, String type) throws IOException {
        return read(s -> {
            Query q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(field, value)), Occur.FILTER)
                    .add(new TermQuery(new Term(ArchiveSchema.TYPE, type)), Occur.FILTER)
                    .build();
            List<String> out = new ArrayList<>();
            for (ScoreDoc sd : s.search(q, 1000).scoreDocs) {
                out.add(s.storedFields().document(sd.doc, Set.of(ArchiveSchema.ID)).get(ArchiveSchema.ID));
            }
            return out;
        });
    }

    /**
     * Every id a source gave the text of this hit: its own, the source id it was imported instead of, and the
     * near-duplicates folded into it. What an evaluation judges a hit by.
     */
    public List<String> sourceIds(String id) throws IOException {
        List<String> ids = new ArrayList<>(List.of(id));
        sourceId(id).ifPresent(ids::add);
        ids.addAll(duplicateIds(id));
        return ids;
    }

    /**
     * The archive's articles that hold a text its source gave this id: the article with that id, the one it was
     * folded into as a near-duplicate, and those imported as "id (2)" ... (the inverse of {@link #sourceIds}).
     */
    public Set<String> articleIdsFor(String sourceId) throws IOException {
        Set<String> ids = new java.util.LinkedHashSet<>();
        document(sourceId).ifPresent(a -> ids.add(a.id()));
        ids.addAll(idsImportedAs(sourceId));
        return ids;
    }

    static Document aliasDocument(String id, String keptId) {
        Document d = new Document();
        d.add(new StringField(ArchiveSchema.ID, id, Field.Store.YES));
        d.add(new SortedDocValuesField(ArchiveSchema.ID, new BytesRef(id)));
        d.add(new StringField(ArchiveSchema.TYPE, ArchiveSchema.TYPE_ALIAS, Field.Store.NO));
        d.add(new StringField(ArchiveSchema.ALIAS_OF, keptId, Field.Store.YES));
        return d;
    }

    /**
     * Removes these articles with their passages and the near-duplicates folded into them, and commits; ids not in
     * the archive are skipped.
     *
     * @return the ids that were in the archive and are now removed
     */
    public List<String> delete(java.util.Collection<String> ids) throws IOException {
        List<String> present = new ArrayList<>();
        read(s -> {
            for (String id : ids) {
                if (s.count(articleDoc(id)) > 0) {
                    present.add(id);
                }
            }
            return null;
        });
        if (present.isEmpty()) {
            return present;
        }
        for (String id : present) {
            writer.deleteDocuments(new Term(ArchiveSchema.ID, id));
            writer.deleteDocuments(new TermQuery(new Term(ArchiveSchema.ALIAS_OF, id)));
        }
        writer.commit();
        searchers.maybeRefreshBlocking();
        return present;
    }

    public int size() throws IOException {
        return read(s -> s.count(new TermQuery(new Term(ArchiveSchema.TYPE, ArchiveSchema.TYPE_ARTICLE))));
    }

    /**
     * Full-text search in Lucene syntax ({@code "North Korea" AND troops}, {@code source:reuters},
     * {@code title:treaty}); synonyms and number normalisation apply.
     *
     * @throws ArchiveQueryException when the query cannot be parsed, with a message for the user
     */
    public List<Evidence> search(String userQuery, int k) throws IOException {
        Query q = parseUserQuery(userQuery);
        return q == null ? List.of() : search(SearchRequest.of(q, k));
    }

    /** The search box's text as this archive's query (null for a blank one); a bad one is an ArchiveQueryException. */
    Query parseUserQuery(String userQuery) {
        if (userQuery == null || userQuery.isBlank()) {
            return null;
        }
        if (userQuery.length() > MAX_QUERY_CHARS) {
            throw new ArchiveQueryException("The search is " + userQuery.length() + " characters long; FactDesk"
                    + " searches up to " + MAX_QUERY_CHARS + ". Shorten it to the words that matter.", null);
        }
        // "**" means the same as "*" but makes Lucene's wildcard automaton slow to build (found by fuzzing)
        userQuery = userQuery.replaceAll("\\*{2,}", "*");
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                new String[]{ArchiveSchema.TEXT, ArchiveSchema.TITLE}, queryAnalyzer,
                Map.of(ArchiveSchema.TEXT, 1f, ArchiveSchema.TITLE, 1.5f));
        parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        parser.setSplitOnWhitespace(false);
        parser.setDefaultOperator(QueryParser.Operator.OR);
        Query parsed;
        try {
            parsed = parser.parse(userQuery);
        } catch (ParseException | IllegalArgumentException e) {
            throw new ArchiveQueryException("Could not understand the search \"" + userQuery + "\": "
                    + firstLine(e.getMessage()) + ". Put phrases in double quotes, balance brackets and quotes,"
                    + " and put a \\ before special characters such as : ( ) [ ] { } ^ ~ * ? /", e);
        } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
            throw new ArchiveQueryException("The search \"" + shortened(userQuery) + "\" expands to more than "
                    + IndexSearcher.getMaxClauseCount() + " terms; use fewer words or wildcards.", e);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(parsed, Occur.SHOULD);
        for (NumberNormalizer.NumberMention n : NumberNormalizer.find(userQuery)) {
            b.add(new BoostQuery(new TermQuery(new Term(ArchiveSchema.NUMBERS, n.token())), 2f), Occur.SHOULD);
        }
        return b.build();
    }

    /** A grouped search; the stance of each hit is MENTIONS until the evidence finder says more. */
    public List<Evidence> search(SearchRequest req) throws IOException {
        return read(s -> {
            IndexSearcher searcher = s;
            if (req.similarity() != null) {
                searcher = CorpusStatistics.searcher(s.getIndexReader(), null);
                searcher.setSimilarity(req.similarity());
            }
            return new GroupedSearch(searcher, req, highlighter, termStates, searchThreads)
                    .observingFeedbackRecall(feedbackRecallObserver).run();
        });
    }

    /**
     * Told the feedback words each two-stage search sends to its second first stage (null: nobody listens). The
     * cluster's candidate index uses it to fetch those words' candidates from the whole archive (decision 0063).
     */
    private volatile java.util.function.Consumer<Query> feedbackRecallObserver;

    void observeFeedbackRecall(java.util.function.Consumer<Query> observer) {
        feedbackRecallObserver = observer;
    }

    /** Pseudo-relevance feedback words from the top {@code req.k()} articles, as a query (null when none). */
    Query feedbackQuery(SearchRequest req, int terms) throws IOException {
        return read(s -> {
            IndexSearcher searcher = CorpusStatistics.searcher(s.getIndexReader(), null);
            searcher.setSimilarity(req.similarity() != null ? req.similarity() : ArchiveSchema.similarity());
            return Feedback.expansion(searcher, req, ArchiveSchema.textAnalyzer(), termStates, terms);
        });
    }

    /** Documents in the index (articles, passages, aliases): the base of document-frequency shares. */
    int documentCount() throws IOException {
        return read(s -> CorpusStatistics.numDocs(s.getIndexReader()));
    }

    /** Documents (articles and passages) containing the term. */
    int docFreq(Term term) throws IOException {
        return read(s -> CorpusStatistics.docFreq(s.getIndexReader(), term, () -> termStates.of(s, term).docFreq()));
    }

    Highlighter highlighter() {
        return highlighter;
    }

    Analyzer queryTextAnalyzer() {
        return queryTextAnalyzer;
    }

    Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    /** Scores this index's documents with the whole archive's statistics (see {@link CorpusStatistics}). */
    void scoreWith(CorpusStatistics whole) throws IOException {
        this.statistics = whole;
        if (whole != null) {
            read(s -> {
                CorpusStatistics.register(s.getIndexReader(), whole); // the current reader too, until the next
                return null;
            });
        }
    }

    // ---- writing, used by ImportSession ----

    IndexWriter writer() {
        return writer;
    }

    SearcherManager searchers() {
        return searchers;
    }

    static Query articleDoc(String id) {
        return typed(id, ArchiveSchema.TYPE_ARTICLE);
    }

    private static Query typed(String id, String type) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ArchiveSchema.ID, id)), Occur.FILTER)
                .add(new TermQuery(new Term(ArchiveSchema.TYPE, type)), Occur.FILTER)
                .build();
    }

    /** The index analysis of text and title (thread-safe; reuses its token streams per thread). */
    private static final Analyzer INDEX_TEXT_ANALYZER = ArchiveSchema.textAnalyzer();

    /**
     * The vector fields of the batch's articles that this archive embeds, in order (null for the others). The
     * encoder, most of an embedded article's import time, runs on all cores, a few articles at a time: after
     * each few, {@code embedded} hears how many are done (on this thread) and a cancel stops it (a batch of
     * claims takes seconds to embed).
     */
    List<List<IndexableField>> vectorFields(List<Article> articles, Progress progress, EmbeddingProgress embedded) {
        List<List<IndexableField>> out = new ArrayList<>(Collections.nCopies(articles.size(), null));
        int[] toEmbed = IntStream.range(0, articles.size())
                .filter(i -> vectors == Vectors.ALL || (vectors == Vectors.SHORT && DenseFusion.readWhole(articles.get(i))))
                .toArray();
        String unavailable = toEmbed.length > 0 ? DenseEncoder.unavailable() : null;
        if (unavailable != null) {
            embedded.unavailable(unavailable); // imported without vectors, searched by their words
            return out;
        }
        for (int from = 0; from < toEmbed.length; from += EMBEDDING_CHUNK) {
            progress.checkCancelled();
            Arrays.stream(toEmbed, from, Math.min(toEmbed.length, from + EMBEDDING_CHUNK)).parallel()
                    .forEach(i -> out.set(i, DenseFusion.vectorFields(articles.get(i))));
            embedded.done(Math.min(toEmbed.length, from + EMBEDDING_CHUNK), toEmbed.length);
        }
        return out;
    }

    /** Articles embedded between two progress reports: about half a second's work on two cores. */
    static final int EMBEDDING_CHUNK = 32;

    /** Hears how far the embedding of an import batch has got, or why it could not be done. */
    interface EmbeddingProgress {
        void done(int embedded, int ofBatch);

        /** The encoders cannot run on this machine: the batch's articles are imported without vectors. */
        void unavailable(String why);
    }

    /** The article document followed by its passages, all carrying the article id. */
    static List<Document> documentsFor(Article a, String textHash) {
        List<Document> docs = new ArrayList<>();
        Document article = new Document();
        common(article, a, ArchiveSchema.TYPE_ARTICLE);
        // the text is analysed once, passage by passage, and replayed into the article and passage documents
        List<Span> passages = Passages.split(a.text());
        AnalysedPassages analysed = AnalysedPassages.of(INDEX_TEXT_ANALYZER, ArchiveSchema.TEXT, a.text(), passages);
        AnalysedPassages title = a.title().isEmpty() ? null : AnalysedPassages.of(INDEX_TEXT_ANALYZER,
                ArchiveSchema.TITLE, a.title(), List.of(new Span(0, a.title().length())));
        article.add(new StoredField(ArchiveSchema.TITLE, a.title()));
        article.add(title == null ? new TextField(ArchiveSchema.TITLE, a.title(), Field.Store.NO)
                : new TextField(ArchiveSchema.TITLE, title.passage(0)));
        article.add(new StoredField(ArchiveSchema.TEXT, a.text()));
        article.add(analysed == null ? new TextField(ArchiveSchema.TEXT, a.text(), Field.Store.NO)
                : new TextField(ArchiveSchema.TEXT, analysed.article(passages)));
        // numbers are found once in the whole article and sliced per passage
        List<NumberNormalizer.NumberMention> numbers = NumberNormalizer.find(a.title() + "\n" + a.text());
        article.add(new TextField(ArchiveSchema.NUMBERS, NumberNormalizer.tokens(numbers), Field.Store.NO));
        article.add(new StoredField(ArchiveSchema.URL, a.url()));
        article.add(new StringField(ArchiveSchema.TEXT_HASH, textHash, Field.Store.YES));
        docs.add(article);
        List<List<NumberNormalizer.NumberMention>> passageNumbers =
                NumberNormalizer.slice(a.text(), a.title().length() + 1, numbers, passages);
        for (int i = 0; i < passages.size(); i++) {
            Span p = passages.get(i);
            String text = p.of(a.text());
            Document passage = new Document();
            common(passage, a, ArchiveSchema.TYPE_PASSAGE);
            passage.add(title == null ? new TextField(ArchiveSchema.TITLE, a.title(), Field.Store.NO)
                    : new TextField(ArchiveSchema.TITLE, title.passage(0)));
            passage.add(new StoredField(ArchiveSchema.TEXT, text));
            passage.add(analysed == null ? new TextField(ArchiveSchema.TEXT, text, Field.Store.NO)
                    : new TextField(ArchiveSchema.TEXT, analysed.passage(i)));
            passage.add(new TextField(ArchiveSchema.NUMBERS, NumberNormalizer.tokens(passageNumbers.get(i)),
                    Field.Store.NO));
            passage.add(new StoredField(ArchiveSchema.PASSAGE_START, p.start()));
            passage.add(new StoredField(ArchiveSchema.PASSAGE_END, p.end()));
            docs.add(passage);
        }
        return docs;
    }

    private static void common(Document d, Article a, String type) {
        d.add(new StringField(ArchiveSchema.ID, a.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(ArchiveSchema.ID, new BytesRef(a.id())));
        d.add(new StringField(ArchiveSchema.TYPE, type, Field.Store.NO));
        String outlet = a.source().strip().toLowerCase(Locale.ROOT);
        d.add(new StringField(ArchiveSchema.SOURCE, outlet, Field.Store.NO));
        d.add(new SortedDocValuesField(ArchiveSchema.SOURCE, new BytesRef(outlet)));
        d.add(new StoredField(ArchiveSchema.SOURCE, a.source()));
        if (a.published() != null) {
            long day = a.published().toEpochDay();
            d.add(new LongPoint(ArchiveSchema.PUBLISHED_DAY, day));
            d.add(new NumericDocValuesField(ArchiveSchema.PUBLISHED_DAY, day));
            d.add(new StoredField(ArchiveSchema.PUBLISHED, a.published().toString()));
        }
    }

    static Article toArticle(Document d) {
        String published = d.get(ArchiveSchema.PUBLISHED);
        return new Article(d.get(ArchiveSchema.ID), d.get(ArchiveSchema.TITLE), d.get(ArchiveSchema.TEXT),
                storedSource(d), published == null ? null : LocalDate.parse(published), d.get(ArchiveSchema.URL));
    }

    /** The outlet as written (the indexed keyword form is lowercased). */
    static String storedSource(Document d) {
        for (var f : d.getFields(ArchiveSchema.SOURCE)) {
            if (f.fieldType().stored()) {
                return f.stringValue();
            }
        }
        return "";
    }

    /** A long search, shortened for a message. */
    private static String shortened(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public void close() throws IOException {
        searchThreads.close();
        try {
            searchers.close();
        } finally {
            try {
                writer.close();
            } finally {
                directory.close();
            }
        }
    }
}
