package org.factdesk.archive;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pseudo-relevance feedback (RM3 style): the words that the best first-pass articles share, weighted
 * by how well each article matched, become a second, lighter part of the query. Helps when the claim
 * and the prior report use different words for the same event.
 */
final class Feedback {
    /** Words in more than this share of articles say nothing about the event. */
    static final double MAX_DOC_SHARE = 0.05;
    static final int MAX_CHARS = 20_000;
    /** Feedback from articles shorter than this (in words) is trusted proportionally less: few words, poor statistics. */
    static final int FULL_TRUST_LENGTH = 200;

    private Feedback() {
    }

    static Query expansion(IndexSearcher searcher, SearchRequest req, Analyzer analyzer, TermStatesCache cache,
                           int terms) throws IOException {
        BooleanQuery.Builder first = new BooleanQuery.Builder()
                .add(req.query(), Occur.MUST)
                .add(new TermQuery(new Term(ArchiveSchema.TYPE, ArchiveSchema.TYPE_ARTICLE)), Occur.FILTER);
        req.filters().forEach(f -> first.add(f, Occur.FILTER));
        req.exclusions().forEach(x -> first.add(x, Occur.MUST_NOT));
        return expansion(searcher, searcher.search(first.build(), req.k()).scoreDocs, analyzer,
                new SharedTermStates(searcher, cache), terms);
    }

    /**
     * The expansion from given feedback documents, best first. Its term queries carry the states looked
     * up for the document-frequency check, so scoring with them looks nothing up again.
     */
    static Query expansion(IndexSearcher searcher, ScoreDoc[] top, Analyzer analyzer, SharedTermStates termStates,
                           int terms) throws IOException {
        if (top.length == 0) {
            return null;
        }
        double maxScore = top[0].score;
        Map<String, Double> weights = new HashMap<>();
        long totalLength = 0;
        StoredFields stored = searcher.storedFields(); // one for all: each allocates its own buffers
        for (ScoreDoc sd : top) {
            Document d = stored.document(sd.doc, Set.of(ArchiveSchema.TITLE, ArchiveSchema.TEXT));
            String text = d.get(ArchiveSchema.TITLE) + "\n" + d.get(ArchiveSchema.TEXT);
            if (text.length() > MAX_CHARS) {
                text = text.substring(0, MAX_CHARS);
            }
            Map<String, Integer> tf = new HashMap<>();
            List<String> docTerms = AnalysedTerms.of(analyzer, ArchiveSchema.TEXT, text);
            int length = docTerms.size();
            for (String term : docTerms) {
                tf.merge(term, 1, Integer::sum);
            }
            totalLength += length;
            double docWeight = Math.exp((sd.score - maxScore) / Math.max(1e-6, maxScore) * 3); // softmax-ish
            for (var e : tf.entrySet()) {
                weights.merge(e.getKey(), docWeight * e.getValue() / Math.max(1, length), Double::sum);
            }
        }
        int n = CorpusStatistics.numDocs(searcher.getIndexReader());
        List<Map.Entry<String, Double>> ranked = weights.entrySet().stream()
                .filter(e -> e.getKey().length() > 1 && !e.getKey().chars().allMatch(Character::isDigit))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(terms * 4L)
                .toList();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int added = 0;
        double top1 = -1;
        for (var e : ranked) {
            Term term = new Term(ArchiveSchema.TEXT, e.getKey());
            int df = termStates.docFreq(term);
            if (df > MAX_DOC_SHARE * n || df < 2) {
                continue;
            }
            if (top1 < 0) {
                top1 = e.getValue();
            }
            b.add(new BoostQuery(termStates.termQuery(term), (float) (e.getValue() / top1)),
                    Occur.SHOULD);
            if (++added >= terms) {
                break;
            }
        }
        if (added == 0) {
            return null;
        }
        double trust = Math.min(1.0, (double) totalLength / top.length / FULL_TRUST_LENGTH);
        return new BoostQuery(b.build(), (float) trust);
    }

    /**
     * The first {@code n} (the heaviest) words of an expansion that are in at most {@code maxDocs} documents,
     * as a flat disjunction of its single words; null when none is left.
     */
    static Query strongest(Query expansion, int n, long maxDocs, SharedTermStates termStates) throws IOException {
        float trust = 1f;
        Query q = expansion;
        if (q instanceof BoostQuery b) {
            trust = b.getBoost();
            q = b.getQuery();
        }
        if (!(q instanceof BooleanQuery bq)) {
            return expansion;
        }
        BooleanQuery.Builder out = new BooleanQuery.Builder();
        int kept = 0;
        for (var c : bq.clauses().subList(0, Math.min(n, bq.clauses().size()))) {
            if (maxDocs == Long.MAX_VALUE || !(EvidenceFinder.unboosted(c.query()) instanceof TermQuery tq)
                    || termStates.docFreq(tq.getTerm()) <= maxDocs) {
                out.add(c.query(), Occur.SHOULD);
                kept++;
            }
        }
        return kept == 0 ? null : new BoostQuery(out.build(), trust);
    }
}
