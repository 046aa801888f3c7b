package org.factdesk.archive;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.Executor;

/**
 * The statistics of the whole archive when the index being searched holds only part of it: an archive on a cluster
 * hands FactDesk a claim's candidate articles, and FactDesk scores them in a small local index with the cluster's
 * document frequencies, so that BM25 weights, feedback words and rarity features are those of the whole archive
 * (docs/decisions/0061). A reader without registered statistics is its own whole archive.
 */
interface CorpusStatistics {
    /** The term's documents and occurrences in the whole archive, or null when unknown (the reader's own are used). */
    TermStatistics term(Term term);

    /** The field's statistics in the whole archive, or null when unknown. */
    CollectionStatistics collection(String field);

    /** Whether the whole archive is known to lack the term (the reader's own count would be wrong, not just partial). */
    default boolean lacks(Term term) {
        return false;
    }

    /** Documents (articles, passages, aliases) in the whole archive. */
    long documents();

    /** Readers whose archive is larger than themselves. Weak keys: a closed reader's entry goes with it. */
    Map<IndexReader, CorpusStatistics> REGISTERED = Collections.synchronizedMap(new WeakHashMap<>());

    static void register(IndexReader reader, CorpusStatistics statistics) {
        REGISTERED.put(reader, statistics);
    }

    static CorpusStatistics of(IndexReader reader) {
        return REGISTERED.get(reader);
    }

    /** Documents containing the term: the whole archive's count when known, else the reader's. */
    static int docFreq(IndexReader reader, Term term, IOIntSupplier local) throws IOException {
        CorpusStatistics s = of(reader);
        TermStatistics t = s == null ? null : s.term(term);
        if (t == null && s != null && s.lacks(term)) {
            return 0;
        }
        return t != null ? (int) Math.min(Integer.MAX_VALUE, t.docFreq()) : local.get();
    }

    /** Documents in the whole archive, or the reader's live documents. */
    static int numDocs(IndexReader reader) {
        CorpusStatistics s = of(reader);
        return s != null ? (int) Math.min(Integer.MAX_VALUE, s.documents()) : reader.numDocs();
    }

    @FunctionalInterface
    interface IOIntSupplier {
        int get() throws IOException;
    }

    /** A searcher over the reader that scores with the whole archive's statistics when they are registered. */
    static IndexSearcher searcher(IndexReader reader, Executor executor) {
        CorpusStatistics s = of(reader);
        if (s == null) {
            return executor == null ? new IndexSearcher(reader) : new IndexSearcher(reader, executor);
        }
        return new WholeArchiveSearcher(reader, executor, s);
    }

    /** Term and collection statistics of the whole archive; postings, norms and scores from the reader. */
    final class WholeArchiveSearcher extends IndexSearcher {
        private final CorpusStatistics statistics;

        WholeArchiveSearcher(IndexReader reader, Executor executor, CorpusStatistics statistics) {
            super(reader, executor);
            this.statistics = statistics;
        }

        @Override
        public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
            TermStatistics t = statistics.term(term);
            return t != null ? t : super.termStatistics(term, docFreq, totalTermFreq);
        }

        @Override
        public CollectionStatistics collectionStatistics(String field) throws IOException {
            CollectionStatistics c = statistics.collection(field);
            return c != null ? c : super.collectionStatistics(field);
        }
    }
}
