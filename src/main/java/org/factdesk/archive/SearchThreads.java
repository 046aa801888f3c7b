package org.factdesk.archive;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TaskExecutor;
import org.apache.lucene.search.similarities.Similarity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The machine's other cores, lent to one evidence search at a time: its first-stage searches and its
 * candidate scoring are split into as many parts as there are cores. A fact-checker waits for one claim
 * at a time, so the cores would otherwise idle while the one search runs.
 * The calling thread works too (Lucene's TaskExecutor runs the parts not yet taken), so a one-core
 * machine has no extra thread and nothing is split.
 */
final class SearchThreads implements AutoCloseable {
    private final int parallelism;
    private final ExecutorService pool;
    private final TaskExecutor tasks;

    SearchThreads(int parallelism) {
        this.parallelism = Math.max(1, parallelism);
        AtomicInteger n = new AtomicInteger();
        this.pool = this.parallelism == 1 ? null : Executors.newFixedThreadPool(this.parallelism - 1, r -> {
            Thread t = new Thread(r, "factdesk-search-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.tasks = new TaskExecutor(pool == null ? Runnable::run : pool);
    }

    /** One part per core, at most four: beyond that the parts are too small to pay for their hand-over. */
    static SearchThreads forThisMachine() {
        return new SearchThreads(Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    int parallelism() {
        return parallelism;
    }

    /** Runs the parts, the caller taking its share; the results in the parts' order. */
    <T> List<T> invokeAll(List<Callable<T>> parts) throws IOException {
        return tasks.invokeAll(parts);
    }

    /**
     * A searcher over the reader whose searches run in parallel, in slices of about equal size: large
     * segments are cut into ranges of documents, small ones grouped, two slices per core so that uneven
     * slices still even out. Term statistics stay those of the whole reader.
     */
    IndexSearcher searcher(IndexReader reader, Similarity similarity) {
        if (parallelism == 1) {
            IndexSearcher s = CorpusStatistics.searcher(reader, null);
            s.setSimilarity(similarity);
            return s;
        }
        int perSlice = Math.max(1, (int) Math.ceil(reader.maxDoc() / (2.0 * parallelism)));
        CorpusStatistics whole = CorpusStatistics.of(reader);
        IndexSearcher s = new IndexSearcher(reader, pool) {
            @Override
            public org.apache.lucene.search.TermStatistics termStatistics(org.apache.lucene.index.Term term, int docFreq,
                                                                          long totalTermFreq) throws java.io.IOException {
                var t = whole == null ? null : whole.term(term);
                return t != null ? t : super.termStatistics(term, docFreq, totalTermFreq);
            }

            @Override
            public org.apache.lucene.search.CollectionStatistics collectionStatistics(String field) throws java.io.IOException {
                var c = whole == null ? null : whole.collection(field);
                return c != null ? c : super.collectionStatistics(field);
            }

            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return slices(leaves, perSlice, Integer.MAX_VALUE, true);
            }
        };
        s.setSimilarity(similarity);
        return s;
    }

    /** {@code docs} (ascending) cut into at most {@link #parallelism} runs of about equal length. */
    List<int[]> split(int[] docs) {
        int parts = Math.min(parallelism, Math.max(1, docs.length / MIN_DOCS_PER_PART));
        List<int[]> out = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            out.add(Arrays.copyOfRange(docs, p * docs.length / parts, (p + 1) * docs.length / parts));
        }
        return out;
    }

    /** Fewer documents than this are scored on one thread: handing them over would cost more. */
    static final int MIN_DOCS_PER_PART = 64;

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
