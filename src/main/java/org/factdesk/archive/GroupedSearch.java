package org.factdesk.archive;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.factdesk.model.Evidence;
import org.factdesk.model.Stance;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * One grouped search on one searcher: best passage per article, fused with the whole article's
 * score, then re-ranked for outlet diversity.
 */
final class GroupedSearch {
    /** Passages fetched per wanted article, so that grouping still fills k articles. */
    private static final int PASSAGES_PER_ARTICLE = 5;
    /** The first stage of a two-stage search fetches at least this many documents per article wanted. */
    static final int FETCH_PER_RESULT = 3;
    /** How much of the score depends on closeness in time to the article under review, and over how many days. */
    static final double AGE_WEIGHT = 0.4;
    static final double AGE_SCALE_DAYS = 60;

    private final IndexSearcher searcher;
    private final SearchRequest req;
    private final Highlighter highlighter;
    private final TermStatesCache termStates;
    private final SearchThreads threads;
    /** The first stages' searcher: the same reader and similarity, its searches split over the threads. */
    private final IndexSearcher firstStages;

    GroupedSearch(IndexSearcher searcher, SearchRequest req, Highlighter highlighter, TermStatesCache termStates,
                  SearchThreads threads) {
        this.searcher = searcher;
        this.req = req;
        this.highlighter = highlighter;
        this.termStates = termStates;
        this.threads = threads;
        this.firstStages = threads.searcher(searcher.getIndexReader(), searcher.getSimilarity());
    }

    private record Candidate(String id, double score, int passageDoc, int articleDoc) {
    }

    /** Per article id: {normalised best-passage score, normalised article score}, in discovery order. */
    private final Map<String, double[]> scores = new LinkedHashMap<>();
    private final Map<String, Integer> bestPassage = new HashMap<>();
    private final Map<String, Integer> articleDocs = new HashMap<>();

    /** Told the feedback words of the second first stage, when there is one (see Archive.observeFeedbackRecall). */
    private java.util.function.Consumer<Query> feedbackRecallObserver;

    GroupedSearch observingFeedbackRecall(java.util.function.Consumer<Query> observer) {
        this.feedbackRecallObserver = observer;
        return this;
    }

    List<Evidence> run() throws IOException {
        int k = Math.max(1, req.k());
        if (req.recall() != null) {
            scoreCandidates(k);
        } else {
            scoreWholeArchive(k);
        }
        List<Candidate> ranked = new ArrayList<>();
        for (var e : scores.entrySet()) {
            double s = req.passageWeight() * e.getValue()[0] + req.articleWeight() * e.getValue()[1];
            int passageDoc = bestPassage.getOrDefault(e.getKey(), -1);
            int articleDoc = articleDocs.getOrDefault(e.getKey(), -1);
            if (req.preferBefore() != null && req.laterFactor() != 1.0) {
                long day = publishedDay(passageDoc >= 0 ? passageDoc : articleDoc);
                if (day != Long.MIN_VALUE && day > req.preferBefore()) {
                    s *= req.laterFactor();
                } else if (day != Long.MIN_VALUE) {
                    // reports from around the article's time are likelier about the same events than old background
                    s *= 1 - AGE_WEIGHT + AGE_WEIGHT * Math.exp(-(req.preferBefore() - day) / AGE_SCALE_DAYS);
                }
            }
            ranked.add(new Candidate(e.getKey(), s, passageDoc, articleDoc));
        }
        ranked.sort((a, b) -> Double.compare(b.score, a.score));
        List<Candidate> diverse = diversify(ranked, k);

        // the request's own words are marked, not the feedback words a two-stage search adds: those are the
        // archive's guesses, and marking them would show a match where the passage says something else
        Set<String> terms = Highlighter.termsOf(req.query());
        List<Evidence> out = new ArrayList<>();
        for (Candidate c : diverse) {
            out.add(toEvidence(c, terms));
        }
        return out;
    }


    /** One search over all passages and one over all articles. */
    private void scoreWholeArchive(int k) throws IOException {
        if (req.passageWeight() > 0) {
            TopDocs passages = searcher.search(restricted(ArchiveSchema.TYPE_PASSAGE), k * PASSAGES_PER_ARTICLE);
            double max = maxScore(passages);
            for (ScoreDoc sd : passages.scoreDocs) {
                String id = idOf(sd.doc);
                if (!bestPassage.containsKey(id)) {
                    bestPassage.put(id, sd.doc);
                    scores.computeIfAbsent(id, x -> new double[2])[0] = sd.score / max;
                }
            }
        }
        if (req.articleWeight() > 0) {
            TopDocs articles = searcher.search(restricted(ArchiveSchema.TYPE_ARTICLE), Math.max(k * 2, 20));
            double max = maxScore(articles);
            for (ScoreDoc sd : articles.scoreDocs) {
                String id = idOf(sd.doc);
                articleDocs.put(id, sd.doc);
                scores.computeIfAbsent(id, x -> new double[2])[1] = sd.score / max;
            }
        }
    }

    /**
     * Two stages: the recall query's best documents (articles or passages) name the candidate articles;
     * only those articles and their passages are scored with the full query (phrases, proximity,
     * feedback words), whose cost would otherwise grow with the archive. The fusion then mirrors the
     * whole-archive search: the best passages and the best articles, each normalised by its best.
     */
    private void scoreCandidates(int k) throws IOException {
        SearchRequest.Recall recall = req.recall();
        SharedTermStates terms = new SharedTermStates(searcher, termStates);
        int fetch = Math.max(recall.candidates(), FETCH_PER_RESULT * k); // a deep search needs a deep first stage
        Query recallQuery = terms.attach(recall.query());
        ScoreDoc[] hits = firstStage(recallQuery, fetch);
        ArticleBlocks blocks = ArticleBlocks.of(searcher.getIndexReader(), hits);
        if (blocks.size() == 0) {
            return;
        }
        // the scoring query is the claim's query plus, with feedback, the feedback words: each part gets its
        // own weight, so that the claim's scores of the first candidates serve both the choice of feedback
        // documents and the final ranking, and a document's score is the sum of the parts, as one query would give
        Weight claim = weight(terms.attach(req.query()));
        queryWeight = claim;
        // each weight walks each segment's postings once, over the candidates' articles and passages together
        // (an article's passages follow it in the index, so they cost little more than the article itself)
        Map<Integer, Float> claimScores = new HashMap<>();
        scoreInto(claim, blocks.allDocs(), claimScores);
        Weight feedback = null;
        if (recall.feedbackDocs() > 0 && recall.feedbackWeight() > 0) {
            float[] firstPass = scoresOf(blocks.articleDocs(), claimScores);
            Query expansion = Feedback.expansion(searcher, best(blocks.articleDocs(), firstPass, recall.feedbackDocs()),
                    ArchiveSchema.textAnalyzer(), terms, recall.feedbackTerms());
            if (expansion != null) {
                Query weighted = new BoostQuery(expansion, recall.feedbackWeight());
                feedback = weight(weighted);
                if (recall.feedbackRecall() > 0) {
                    blocks = ArticleBlocks.of(searcher.getIndexReader(),
                            withFeedbackCandidates(hits, recallQuery, expansion, fetch, terms));
                }
            }
        }
        int[] allDocs = blocks.allDocs();
        scoreInto(claim, java.util.Arrays.stream(allDocs).filter(d -> !claimScores.containsKey(d)).toArray(), claimScores);
        Map<Integer, Float> totals = claimScores;
        if (feedback != null) { // summed as a disjunction of the two parts would sum them
            totals = new HashMap<>();
            float[] extra = scoreDocs(feedback, allDocs);
            for (int i = 0; i < allDocs.length; i++) {
                totals.put(allDocs[i], (float) ((double) claimScores.get(allDocs[i]) + extra[i]));
            }
        }
        int[] articles = blocks.articleDocs();
        float[] articleScores = scoresOf(articles, totals);
        // only the best articles' passages compete (all of them when passageArticles is 0), as the ranking was
        // tuned: a passage rarely lifts an article from far down the list
        List<Integer> scoredArticles = new ArrayList<>();
        int passageArticles = recall.passageArticles() > 0 ? Math.max(recall.passageArticles(), 2 * k) : 0;
        if (passageArticles > 0 && passageArticles < blocks.size()) {
            for (ScoreDoc sd : best(articles, articleScores, passageArticles)) {
                scoredArticles.add(sd.shardIndex);
            }
            scoredArticles.sort(null);
        } else {
            for (int a = 0; a < blocks.size(); a++) {
                scoredArticles.add(a);
            }
        }
        List<Integer> passageList = new ArrayList<>();
        List<Integer> ownerList = new ArrayList<>();
        for (int a : scoredArticles) {
            for (int p = blocks.firstPassage(a); p < blocks.endPassage(a); p++) {
                passageList.add(blocks.passageDocs()[p]);
                ownerList.add(a);
            }
        }
        int[] passageDocs = passageList.stream().mapToInt(Integer::intValue).toArray();
        float[] passageScores = scoresOf(passageDocs, totals);
        Map<String, Float> shownScore = new HashMap<>();
        for (int i = 0; i < passageDocs.length; i++) { // each scored article shows its best passage, or its first
            String id = blocks.id(ownerList.get(i));
            Float shown = shownScore.get(id);
            if (shown == null || passageScores[i] > shown) {
                shownScore.put(id, passageScores[i]);
                bestPassage.put(id, passageDocs[i]);
            }
        }
        if (req.passageWeight() > 0) {
            ScoreDoc[] top = best(passageDocs, passageScores, k * PASSAGES_PER_ARTICLE);
            for (ScoreDoc sd : top) {
                String id = blocks.id(ownerList.get(sd.shardIndex));
                if (!scores.containsKey(id) || scores.get(id)[0] == 0) {
                    scores.computeIfAbsent(id, x -> new double[2])[0] = sd.score / top[0].score;
                }
            }
        }
        if (req.articleWeight() > 0) {
            ScoreDoc[] top = best(articles, articleScores, Math.max(k * 2, 20));
            for (ScoreDoc sd : top) {
                String id = blocks.id(sd.shardIndex);
                articleDocs.put(id, sd.doc);
                scores.computeIfAbsent(id, x -> new double[2])[1] = sd.score / top[0].score;
            }
        }
    }

    /** The weight's score of each document (ascending doc ids, 0 where it does not match) into {@code out}. */
    private void scoreInto(Weight weight, int[] docs, Map<Integer, Float> out) throws IOException {
        float[] scores = scoreDocs(weight, docs);
        for (int i = 0; i < docs.length; i++) {
            out.put(docs[i], scores[i]);
        }
    }

    private static float[] scoresOf(int[] docs, Map<Integer, Float> scores) {
        float[] out = new float[docs.length];
        for (int i = 0; i < docs.length; i++) {
            out[i] = scores.get(docs[i]);
        }
        return out;
    }

    private Weight weight(Query query) throws IOException {
        return searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
    }

    /**
     * The n best-scoring documents with a positive score, best first (ties: lower doc first, as a search
     * orders them); each ScoreDoc's shardIndex holds the position in {@code docs}.
     */
    private static ScoreDoc[] best(int[] docs, float[] scores, int n) {
        List<ScoreDoc> out = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            if (scores[i] > 0) {
                out.add(new ScoreDoc(docs[i], scores[i], i));
            }
        }
        out.sort((a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
        return out.subList(0, Math.min(n, out.size())).toArray(ScoreDoc[]::new);
    }

    /**
     * The query's score of each document (ascending doc ids), 0 where it does not match. The documents are
     * cut into runs scored in parallel, each run advancing its own scorers from its first document.
     */
    private float[] scoreDocs(Weight weight, int[] docs) throws IOException {
        List<int[]> runs = threads.split(docs);
        List<Callable<float[]>> parts = new ArrayList<>(runs.size());
        for (int[] run : runs) {
            parts.add(() -> scoreRun(weight, run));
        }
        float[] out = new float[docs.length];
        int at = 0;
        for (float[] part : threads.invokeAll(parts)) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    /** One run of {@link #scoreDocs}, on the calling thread. */
    private float[] scoreRun(Weight weight, int[] docs) throws IOException {
        float[] out = new float[docs.length];
        int i = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            if (i >= docs.length) {
                break;
            }
            if (docs[i] >= end) {
                continue;
            }
            Scorer scorer = weight.scorer(leaf);
            DocIdSetIterator it = scorer == null ? null : scorer.iterator();
            for (; i < docs.length && docs[i] < end; i++) {
                int doc = docs[i] - leaf.docBase;
                if (it != null && it.docID() < doc) {
                    it.advance(doc);
                }
                if (it != null && it.docID() == doc) {
                    out[i] = scorer.score();
                }
            }
        }
        return out;
    }

    /** The first-stage hits plus those of the claim's words with the heaviest feedback words. */
    private ScoreDoc[] withFeedbackCandidates(ScoreDoc[] hits, Query recallQuery, Query expansion, int fetch,
                                              SharedTermStates terms)
            throws IOException {
        SearchRequest.Recall recall = req.recall();
        Query strongest = Feedback.strongest(expansion, recall.feedbackRecall(), recall.maxWordDocs(), terms);
        if (strongest == null) { // the search would repeat the first stage
            return hits;
        }
        if (feedbackRecallObserver != null) {
            feedbackRecallObserver.accept(strongest);
        }
        Query words = new FlatDisjunction().add(recallQuery, 1f).add(strongest, recall.feedbackWeight()).build();
        ScoreDoc[] extra = firstStage(words, fetch);
        ScoreDoc[] all = java.util.Arrays.copyOf(hits, hits.length + extra.length);
        System.arraycopy(extra, 0, all, hits.length, extra.length);
        return all;
    }

    /**
     * The best {@code n} documents of a first-stage query. Counting hits only up to {@code n} (instead of
     * Lucene's default 1,000) lets MaxScore skip the documents that cannot enter the top from then on.
     */
    private ScoreDoc[] firstStage(Query query, int n) throws IOException {
        return firstStages.search(restricted(query, null), new TopScoreDocCollectorManager(n, n)).scoreDocs;
    }

    private Query restricted(String type) {
        return restricted(req.query(), type);
    }

    /** The query within the request's filters and exclusions, on documents of one type (any when null). */
    private Query restricted(Query query, String type) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (type != null) {
            b.add(new TermQuery(new Term(ArchiveSchema.TYPE, type)), Occur.FILTER);
        }
        req.filters().forEach(f -> b.add(f, Occur.FILTER));
        req.exclusions().forEach(x -> b.add(x, Occur.MUST_NOT));
        return b.build();
    }

    private static double maxScore(TopDocs top) {
        return top.scoreDocs.length == 0 || top.scoreDocs[0].score <= 0 ? 1 : top.scoreDocs[0].score;
    }

    private String idOf(int doc) throws IOException {
        return keyword(ArchiveSchema.ID, doc);
    }

    /** The publication day, or Long.MIN_VALUE when the document has none. */
    private long publishedDay(int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues values = DocValues.getNumeric(leaf.reader(), ArchiveSchema.PUBLISHED_DAY);
        return values.advanceExact(doc - leaf.docBase) ? values.longValue() : Long.MIN_VALUE;
    }

    /** A keyword field's doc value (fast: no stored-field decompression). */
    private String keyword(String field, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues values = DocValues.getSorted(leaf.reader(), field);
        return values.advanceExact(doc - leaf.docBase) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
    }

    /** Greedy re-rank: each earlier pick from the same outlet multiplies a candidate's score by the decay. */
    private List<Candidate> diversify(List<Candidate> ranked, int k) throws IOException {
        if (req.outletDecay() >= 1.0 || ranked.size() <= 1) {
            return ranked.subList(0, Math.min(k, ranked.size()));
        }
        List<Candidate> pool = new ArrayList<>(ranked.subList(0, Math.min(ranked.size(), k * 3)));
        String[] outlet = new String[pool.size()];
        for (int i = 0; i < pool.size(); i++) {
            Candidate c = pool.get(i);
            outlet[i] = keyword(ArchiveSchema.SOURCE, c.passageDoc >= 0 ? c.passageDoc : c.articleDoc);
        }
        boolean[] taken = new boolean[pool.size()];
        Map<String, Integer> picked = new HashMap<>();
        List<Candidate> out = new ArrayList<>();
        while (out.size() < k && out.size() < pool.size()) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < pool.size(); i++) {
                if (taken[i]) {
                    continue;
                }
                int seen = outlet[i].isEmpty() ? 0 : picked.getOrDefault(outlet[i], 0);
                double s = pool.get(i).score * Math.pow(req.outletDecay(), seen);
                if (s > bestScore) {
                    bestScore = s;
                    best = i;
                }
            }
            taken[best] = true;
            Candidate c = pool.get(best);
            out.add(new Candidate(c.id, bestScore, c.passageDoc, c.articleDoc));
            if (!outlet[best].isEmpty()) {
                picked.merge(outlet[best], 1, Integer::sum);
            }
        }
        return out;
    }

    /** One stored-fields reader for all the results of this search: each new one allocates its own buffers. */
    private StoredFields stored;

    private Evidence toEvidence(Candidate c, Set<String> terms) throws IOException {
        int passageDoc = c.passageDoc >= 0 ? c.passageDoc : bestPassageOf(c.id);
        if (stored == null) {
            stored = searcher.storedFields();
        }
        Document article = stored.document(
                c.articleDoc >= 0 ? c.articleDoc : articleDocOf(c.id),
                Set.of(ArchiveSchema.ID, ArchiveSchema.TITLE, ArchiveSchema.SOURCE, ArchiveSchema.PUBLISHED,
                        ArchiveSchema.URL));
        String passage = passageDoc >= 0
                ? stored.document(passageDoc, Set.of(ArchiveSchema.TEXT)).get(ArchiveSchema.TEXT)
                : "";
        String published = article.get(ArchiveSchema.PUBLISHED);
        return new Evidence(c.id, article.get(ArchiveSchema.TITLE), Archive.storedSource(article),
                published == null ? null : LocalDate.parse(published), article.get(ArchiveSchema.URL),
                passage, highlighter.highlight(passage, terms), c.score, Stance.MENTIONS, "");
    }

    /** The request query's weight, built once for all {@link #bestPassageOf} look-ups of this search. */
    private Weight queryWeight;

    /**
     * For an article found by its whole text: its best-scoring passage (or its first one). Scores the
     * article's few passages with one shared weight instead of a search (and a new weight) per article.
     */
    private int bestPassageOf(String id) throws IOException {
        if (queryWeight == null) {
            queryWeight = weight(req.query());
        }
        Query inArticle = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ArchiveSchema.ID, id)), Occur.FILTER)
                .add(new TermQuery(new Term(ArchiveSchema.TYPE, ArchiveSchema.TYPE_PASSAGE)), Occur.FILTER)
                .build();
        Weight passages = searcher.createWeight(searcher.rewrite(inArticle), ScoreMode.COMPLETE_NO_SCORES, 1f);
        int best = -1;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer inLeaf = passages.scorer(leaf);
            if (inLeaf == null) {
                continue;
            }
            Scorer scorer = queryWeight.scorer(leaf);
            DocIdSetIterator matches = scorer == null ? null : scorer.iterator();
            DocIdSetIterator it = inLeaf.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                float score = 0;
                if (matches != null && matches.docID() < doc) {
                    matches.advance(doc);
                }
                if (matches != null && matches.docID() == doc) {
                    score = scorer.score();
                }
                if (score > bestScore) { // ties keep the earlier passage, as a search would
                    bestScore = score;
                    best = leaf.docBase + doc;
                }
            }
        }
        return best;
    }

    private int articleDocOf(String id) throws IOException {
        TopDocs top = searcher.search(Archive.articleDoc(id), 1);
        return top.scoreDocs[0].doc;
    }
}
