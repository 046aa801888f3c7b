package org.factdesk.archive;

import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The term statistics of one search request, looked up once per word and shared by all its queries.
 * A two-stage evidence search builds several weights over the same words (first stage, full query,
 * feedback words, their extra candidates); each weight would otherwise look every word up again in
 * every segment's term dictionary, which at a million articles costs as much as scoring.
 */
final class SharedTermStates {
    private final IndexSearcher searcher;
    private final TermStatesCache cache;
    private final Map<Term, TermStates> states = new HashMap<>();

    /** @param cache the archive's words seen in earlier requests on the same reader, or null for none */
    SharedTermStates(IndexSearcher searcher, TermStatesCache cache) {
        this.searcher = searcher;
        this.cache = cache;
    }

    /** The term's per-segment states and statistics (looked up on first use). */
    TermStates of(Term term) throws IOException {
        TermStates s = states.get(term);
        if (s == null) {
            s = cache != null ? cache.of(searcher, term) : TermStates.build(searcher, term, true);
            states.put(term, s);
        }
        return s;
    }

    /** Documents (articles and passages) containing the term, as {@code IndexReader.docFreq} counts them. */
    int docFreq(Term term) throws IOException {
        return CorpusStatistics.docFreq(searcher.getIndexReader(), term, () -> of(term).docFreq());
    }

    /** A term query that reuses these states. */
    TermQuery termQuery(Term term) throws IOException {
        return new TermQuery(term, of(term));
    }

    /**
     * The same query with every term query (in boolean and boost queries) carrying these states: the
     * same matches and scores, without the repeated look-ups. Other queries are left as they are.
     */
    Query attach(Query q) throws IOException {
        return switch (q) {
            case TermQuery tq -> termQuery(tq.getTerm());
            case BoostQuery bq -> new BoostQuery(attach(bq.getQuery()), bq.getBoost());
            case BooleanQuery bq -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder()
                        .setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
                for (BooleanClause c : bq.clauses()) {
                    b.add(attach(c.query()), c.occur());
                }
                yield b.build();
            }
            default -> q;
        };
    }
}
