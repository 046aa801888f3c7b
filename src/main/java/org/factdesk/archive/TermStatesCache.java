package org.factdesk.archive;

import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The archive's recently used words with their per-segment term states and statistics, for the current
 * index reader. Claims checked one after another share many words (their topic, and the common words
 * that feedback weighs and rejects), and looking a word up costs a term-dictionary seek in every segment.
 * A new reader (after an import) starts afresh; the least recently used words go first.
 */
final class TermStatesCache {
    /** About a kilobyte per word (one small state per segment): a few megabytes at most. */
    static final int DEFAULT_CAPACITY = 8_000;

    private final int capacity;
    private IndexReaderContext context;
    private final LinkedHashMap<Term, TermStates> states;

    TermStatesCache(int capacity) {
        this.capacity = capacity;
        this.states = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Term, TermStates> eldest) {
                return size() > TermStatesCache.this.capacity;
            }
        };
    }

    /** The term's states and statistics in the searcher's reader (looked up when not cached for it). */
    synchronized TermStates of(IndexSearcher searcher, Term term) throws IOException {
        IndexReaderContext current = searcher.getTopReaderContext();
        if (current != context) {
            states.clear();
            context = current;
        }
        TermStates s = states.get(term);
        if (s == null) {
            s = TermStates.build(searcher, term, true);
            states.put(term, s);
        }
        return s;
    }
}
