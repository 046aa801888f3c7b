package org.factdesk.archive;

import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.factdesk.model.Article;
import org.factdesk.model.Evidence;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Predicate;

/**
 * Optional dense retrieval: the BM25 evidence list (top {@link #DEPTH}) and the articles nearest to the
 * claim's MiniLM embedding (top {@link #DEPTH} by cosine) are fused. Two fusions, chosen by
 * {@link Params}: reciprocal-rank fusion, or a linear mix of max-normalised BM25 and cosine.
 *
 * <p>Measured (evaluate retrieval --dense; fusion tuned on clef2020 train, 2026-11-29): clef2020
 * (tweets against reworded fact-checked claims) train MAP@5 0.824 -> 0.910 at lin:0.85 (lin:0.8 0.904,
 * lin:0.9 0.906, lin:1 = dense alone 0.860, rrf:60:1 0.890); dev 0.753 -> 0.865 (R@10 0.858 -> 0.959).
 * basil (news claims against long articles, of which only the first {@link DenseEncoder#MAX_CHARS}
 * characters are embedded) loses: dev 0.9455 -> 0.907 at lin:0.8, 0.941 at lin:0.5. Import of the
 * clef2020 collection: 7.3 s per 1,000 short documents against 0.63 s without (the encoder runs on one
 * thread); a query 90 ms against 48 ms; hence off by default. The fused list is then re-ordered by the
 * {@link Reranker}'s dense model (decision 9): clef2020 dev 0.865 -> 0.893.
 */
public final class DenseFusion {
    static final String VECTOR = "vec";
    /** The article's E5 embedding, read by the re-ranker only (decision 9). */
    static final String E5_VECTOR = "vec_e5";
    /** E5 embeddings of the title alone and of the text alone, also for the re-ranker only (decision 12). */
    static final String E5_TITLE_VECTOR = "vec_e5_title";
    static final String E5_TEXT_VECTOR = "vec_e5_text";
    static final int DEPTH = 100;
    /** MiniLM cosine an article needs to be a result by its vector alone (unrelated news: 0-0.2; paraphrases 0.5+). */
    static final double MIN_COSINE_ALONE = 0.3;
    /**
     * Archives up to this many articles are searched exhaustively (a dot product per article: about 1 ms per
     * 10,000 on one core): the graph search's approximation lost relevant articles there, and its results
     * varied from one import to the next with the segments (clef2020 dev R@100 0.990 or 0.995).
     */
    static final int EXACT_UP_TO = 50_000;

    /**
     * @param rrf    true: reciprocal-rank fusion with constant {@code c}; false: linear mix
     * @param weight weight of the dense side (RRF: its rank term's factor; linear: share of the score, 0..1)
     * @param c      RRF rank constant
     */
    public record Params(boolean rrf, double weight, double c) {
        public static final Params DEFAULT = new Params(false, 0.85, 60);

        /** "rrf:60:1" or "lin:0.5" (tuning runs: {@code evaluate retrieval --dense-sweep}); null or blank = default. */
        public static Params parse(String spec) {
            if (spec == null || spec.isBlank()) {
                return DEFAULT;
            }
            String[] p = spec.strip().split(":");
            try {
                return switch (p[0]) {
                    case "rrf" -> new Params(true, p.length > 2 ? Double.parseDouble(p[2]) : 1,
                            p.length > 1 ? Double.parseDouble(p[1]) : 60);
                    case "lin" -> new Params(false, Double.parseDouble(p[1]), 60);
                    default -> throw new IllegalArgumentException("dense fusion '" + spec + "': use rrf:C:W or lin:W");
                };
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException("dense fusion '" + spec + "': use rrf:C:W or lin:W, with numbers");
            }
        }
    }

    private final Archive archive;
    private final Params params;
    /** Claim embeddings, shared by the fusion and the re-ranker: a claim is searched again and again while reviewed. */
    private static final Map<String, float[]> QUERY_VECTORS = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> e) {
            return size() > 2048;
        }
    });
    private static final Map<String, float[]> E5_QUERY_VECTORS = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> e) {
            return size() > 2048;
        }
    });

    private static final Map<String, float[]> E5_PASSAGE_VECTORS = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> e) {
            return size() > 4096;
        }
    });

    private static final Map<String, float[]> PASSAGE_VECTORS = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> e) {
            return size() > 4096;
        }
    });

    public DenseFusion(Archive archive, Params params) {
        this.archive = archive;
        this.params = params;
    }

    /**
     * Whether the encoder reads the whole article: one passage (a claim, a post, a note; not a news article of
     * paragraphs) whose embedding text is within the encoder's {@link DenseEncoder#MAX_CHARS}.
     */
    static boolean readWhole(Article a) {
        String title = a.title() == null ? "" : a.title().strip();
        int chars = (title.isEmpty() ? 0 : title.length() + 2) + a.text().length(); // embeddingText's, not built
        return chars <= DenseEncoder.MAX_CHARS && Passages.split(a.text()).size() <= 1;
    }

    /** The text an article is embedded from: its title and the start of its text. */
    static String embeddingText(Article a) {
        return embeddingText(a.title(), a.text());
    }

    static String embeddingText(String title, String text) {
        String t = title == null ? "" : title.strip();
        return t.isEmpty() ? text : t + ". " + text;
    }

    /** Every vector field an embedded article may have, in the order they are stored on a cluster. */
    static final List<String> VECTOR_FIELDS = List.of(VECTOR, E5_VECTOR, E5_TITLE_VECTOR, E5_TEXT_VECTOR);

    /** The vectors an article's document holds (none for an article imported without), by field. */
    static Map<String, float[]> storedVectors(org.apache.lucene.index.LeafReader reader, int doc) throws IOException {
        Map<String, float[]> out = new LinkedHashMap<>();
        for (String field : VECTOR_FIELDS) {
            FloatVectorValues values = reader.getFloatVectorValues(field);
            if (values == null) {
                continue;
            }
            KnnVectorValues.DocIndexIterator it = values.iterator();
            if (it.advance(doc) == doc) {
                out.put(field, values.vectorValue(it.index()).clone());
            }
        }
        return out;
    }

    /** Vector fields from vectors computed earlier (a cluster stores them with the article: decision 65). */
    static List<IndexableField> vectorFields(Map<String, float[]> vectors) {
        List<IndexableField> fields = new ArrayList<>(vectors.size());
        vectors.forEach((field, v) -> fields.add(new KnnFloatVectorField(field, v, VectorSimilarityFunction.DOT_PRODUCT)));
        return fields;
    }

    /** The vector fields of an embedded article's document. */
    static List<IndexableField> vectorFields(Article a) {
        List<IndexableField> fields = new ArrayList<>(4);
        fields.add(new KnnFloatVectorField(VECTOR, DenseEncoder.get().embed(embeddingText(a)),
                VectorSimilarityFunction.DOT_PRODUCT));
        // the re-ranker's second opinion (E5 reads the text its own way, with more layers): most of the import time
        fields.add(new KnnFloatVectorField(E5_VECTOR, DenseEncoder.e5().embedPassage(embeddingText(a)),
                VectorSimilarityFunction.DOT_PRODUCT));
        // a fact-check's headline and its claim say the claim two ways; a post may match either (decision 12)
        if (a.title() != null && !a.title().isBlank()) {
            fields.add(new KnnFloatVectorField(E5_TITLE_VECTOR, DenseEncoder.e5().embedPassage(a.title()),
                    VectorSimilarityFunction.DOT_PRODUCT));
        }
        fields.add(new KnnFloatVectorField(E5_TEXT_VECTOR, DenseEncoder.e5().embedPassage(a.text()),
                VectorSimilarityFunction.DOT_PRODUCT));
        return fields;
    }

    /**
     * The BM25 request's results re-ranked with the claim's embedding; k articles.
     *
     * @param claimText the claim as the encoder should read it
     */
    List<Evidence> search(SearchRequest bm25, String claimText, int k) throws IOException {
        int depth = Math.max(k, DEPTH);
        List<Evidence> lexical = archive.search(withK(bm25, bm25.query(), depth));
        float[] q = queryVector(claimText);

        Map<String, Double> cosine = new HashMap<>();
        List<String> denseRanked = new ArrayList<>();
        IndexSearcher s = archive.searchers().acquire();
        try {
            Query articles = articleFilter(bm25, null);
            ScoreDoc[] nearest = s.getIndexReader().docFreq(new Term(ArchiveSchema.TYPE, ArchiveSchema.TYPE_ARTICLE))
                    <= EXACT_UP_TO ? exactNearest(s, VECTOR, q, depth, articles)
                    : s.search(new KnnFloatVectorQuery(VECTOR, q, depth, articles), depth).scoreDocs;
            for (ScoreDoc sd : nearest) {
                String id = idOf(s, sd.doc);
                denseRanked.add(id);
                cosine.put(id, 2.0 * sd.score - 1); // DOT_PRODUCT scores are (1 + cos) / 2
            }
            List<String> missing = lexical.stream().map(Evidence::docId).filter(id -> !cosine.containsKey(id)).toList();
            if (!missing.isEmpty()) {
                // exact similarity of the lexical hits the approximate search did not return
                Query only = articleFilter(bm25, new TermInSetQuery(ArchiveSchema.ID,
                        missing.stream().map(BytesRef::new).toList()));
                for (ScoreDoc sd : s.search(new KnnFloatVectorQuery(VECTOR, q, missing.size(), only), missing.size()).scoreDocs) {
                    cosine.put(idOf(s, sd.doc), 2.0 * sd.score - 1);
                }
            }
            for (Evidence e : lexical) {
                if (!cosine.containsKey(e.docId())) {
                    // an article imported without a vector (a news article among claims): its headline and best
                    // passage are embedded now, rather than its lexical score standing alone against fused ones
                    cosine.put(e.docId(), DenseEncoder.dot(q, passageVector(embeddingText(e.title(), e.passage()))));
                }
            }
        } finally {
            archive.searchers().release(s);
        }

        Map<String, Double> fused = new LinkedHashMap<>();
        double maxLexical = lexical.isEmpty() ? 1 : Math.max(1e-9, lexical.getFirst().score());
        for (int i = 0; i < lexical.size(); i++) {
            Evidence e = lexical.get(i);
            fused.put(e.docId(), params.rrf() ? 1.0 / (params.c() + i + 1)
                    : (1 - params.weight()) * Math.max(0, e.score()) / maxLexical);
        }
        // an article that shares no word with the claim comes in on its vector alone only when it is near: dense
        // search always has neighbours, and in a small archive the nearest can be about something else entirely
        Predicate<String> admitted = id -> fused.containsKey(id)
                || cosine.getOrDefault(id, 0.0) >= MIN_COSINE_ALONE;
        if (params.rrf()) {
            for (int i = 0; i < denseRanked.size(); i++) {
                if (admitted.test(denseRanked.get(i))) {
                    fused.merge(denseRanked.get(i), params.weight() / (params.c() + i + 1), Double::sum);
                }
            }
        } else {
            for (var e : cosine.entrySet()) {
                if (admitted.test(e.getKey())) {
                    fused.merge(e.getKey(), params.weight() * Math.max(0, e.getValue()), Double::sum);
                }
            }
        }
        List<String> order = new ArrayList<>(fused.keySet());
        order.sort((a, b) -> Double.compare(fused.get(b), fused.get(a)));
        order = order.subList(0, Math.min(k, order.size()));

        Map<String, Evidence> byId = new HashMap<>();
        lexical.forEach(e -> byId.putIfAbsent(e.docId(), e));
        List<String> fetch = order.stream().filter(id -> !byId.containsKey(id)).toList();
        if (!fetch.isEmpty()) {
            // articles only the vectors found: their best passage for the claim's words, highlighted as usual
            Query among = new BooleanQuery.Builder()
                    .add(new TermInSetQuery(ArchiveSchema.ID, fetch.stream().map(BytesRef::new).toList()), Occur.FILTER)
                    .add(bm25.query(), Occur.SHOULD).build();
            for (Evidence e : archive.search(new SearchRequest(among, bm25.filters(), bm25.exclusions(), fetch.size(),
                    bm25.passageWeight(), bm25.articleWeight(), 1.0, bm25.similarity()))) {
                byId.putIfAbsent(e.docId(), e);
            }
        }
        List<Evidence> out = new ArrayList<>(order.size());
        for (String id : order) {
            Evidence e = byId.get(id);
            if (e != null) {
                out.add(new Evidence(e.docId(), e.title(), e.source(), e.published(), e.url(), e.passage(),
                        e.highlights(), fused.get(id), e.stance(), e.stanceNote()));
            }
        }
        return out;
    }

    /** The k articles (passing the filter) whose vectors in {@code field} are nearest to q, by a full scan. */
    static ScoreDoc[] exactNearest(IndexSearcher s, String field, float[] q, int k, Query filter) throws IOException {
        Weight weight = s.createWeight(s.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1);
        PriorityQueue<ScoreDoc> top = new PriorityQueue<>(k + 1, (a, b) -> a.score != b.score
                ? Float.compare(a.score, b.score) : Integer.compare(b.doc, a.doc));
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(field);
            Scorer scorer = weight.scorer(leaf);
            if (values == null || scorer == null) {
                continue;
            }
            KnnVectorValues.DocIndexIterator vectors = values.iterator();
            DocIdSetIterator matches = scorer.iterator();
            Bits live = leaf.reader().getLiveDocs();
            for (int d = matches.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = matches.nextDoc()) {
                if ((live != null && !live.get(d)) || (vectors.docID() < d && vectors.advance(d) != d)
                        || vectors.docID() != d) {
                    continue;
                }
                // the same score as the graph search's: (1 + cosine) / 2 for unit vectors
                float score = VectorSimilarityFunction.DOT_PRODUCT.compare(q, values.vectorValue(vectors.index()));
                top.add(new ScoreDoc(leaf.docBase + d, score));
                if (top.size() > k) {
                    top.poll();
                }
            }
        }
        ScoreDoc[] out = new ScoreDoc[top.size()];
        for (int i = out.length - 1; i >= 0; i--) {
            out[i] = top.poll();
        }
        return out;
    }

    /** The claim's embedding (cached). */
    static float[] queryVector(String claimText) {
        return QUERY_VECTORS.computeIfAbsent(claimText, t -> DenseEncoder.get().embed(t));
    }

    /**
     * E5's passage embedding of a candidate's title or text, for an archive imported before those were stored
     * (cached: such an archive pays for each text once, not for each search).
     */
    static float[] e5PassageVector(String text) {
        return E5_PASSAGE_VECTORS.computeIfAbsent(text, t -> DenseEncoder.e5().embedPassage(t));
    }

    /** MiniLM's embedding of a passage found without a vector of its own (cached). */
    static float[] passageVector(String text) {
        return PASSAGE_VECTORS.computeIfAbsent(text, t -> DenseEncoder.get().embed(t));
    }

    /** The claim's E5 embedding (cached). */
    static float[] e5QueryVector(String claimText) {
        return E5_QUERY_VECTORS.computeIfAbsent(claimText, t -> DenseEncoder.e5().embedQuery(t));
    }

    private static SearchRequest withK(SearchRequest r, Query q, int k) {
        return new SearchRequest(q, r.filters(), r.exclusions(), k, r.passageWeight(), r.articleWeight(),
                r.outletDecay(), r.similarity(), r.preferBefore(), r.laterFactor());
    }

    private static Query articleFilter(SearchRequest r, Query extra) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ArchiveSchema.TYPE, ArchiveSchema.TYPE_ARTICLE)), Occur.FILTER);
        r.filters().forEach(f -> b.add(f, Occur.FILTER));
        r.exclusions().forEach(x -> b.add(x, Occur.MUST_NOT));
        if (extra != null) {
            b.add(extra, Occur.FILTER);
        }
        return b.build();
    }

    static String idOf(IndexSearcher s, int doc) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues values = DocValues.getSorted(leaf.reader(), ArchiveSchema.ID);
        return values.advanceExact(doc - leaf.docBase) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
    }
}
