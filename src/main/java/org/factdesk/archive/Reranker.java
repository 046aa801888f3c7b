package org.factdesk.archive;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;
import org.factdesk.model.Evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The last stage of an evidence search: a learned linear model (logistic regression, trained on
 * clef2020 train by the lab's {@code RerankerTrainer}) re-orders the first {@link #depth()} results of the
 * BM25 (or dense-fused) ranking from {@link RerankFeatures}. The lexical model re-orders lexical searches;
 * the dense model, which also reads MiniLM and E5 cosines, the dense-fused ones ({@link Archive#denseSearch()}).
 */
public final class Reranker {
    static final String LEXICAL_MODEL = "reranker-lexical.tsv";
    static final String DENSE_MODEL = "reranker-dense.tsv";
    /**
     * Documents up to this many words are re-ordered: the size of the fact-checked claims the model learned
     * from (clef2020: 99 % up to 36 words, the longest 120), a sentence or a few, as a claim, a post or a
     * headline with its summary is.
     */
    static final int CLAIM_SIZED_WORDS = 80;
    /** The same size in indexed words (stop words left out), as the index's length norms count them. */
    static final int CLAIM_SIZED_TERMS = 50;

    /**
     * A linear model over standardised features.
     *
     * @param about how the model was made (data, command, date, scores), one line
     */
    public record Model(List<String> features, double[] mean, double[] scale, double[] weights, double bias,
                        int depth, String about) {
        double score(double[] x) {
            double s = bias;
            for (int i = 0; i < weights.length; i++) {
                s += weights[i] * (x[i] - mean[i]) / scale[i];
            }
            return s;
        }

        /** Tab-separated lines: about, features, mean, scale, weights, bias, depth (LinearModelFile). */
        String write() {
            return LinearModelFile.write(about, features, mean, scale, weights, bias, "depth", depth);
        }

        static Model read(InputStream in) throws IOException {
            LinearModelFile.Lines lines = LinearModelFile.read(in);
            return new Model(lines.features(), lines.numbers("mean"), lines.numbers("scale"), lines.numbers("weights"),
                    Double.parseDouble(lines.first("bias")), Integer.parseInt(lines.first("depth")), lines.about());
        }
    }

    private final Archive archive;
    private final Model model;
    private final boolean dense;
    Reranker(Archive archive, Model model) {
        this.archive = archive;
        this.model = model;
        this.dense = model.features().size() > RerankFeatures.LEXICAL.size();
        if (!model.features().equals(RerankFeatures.names(dense))) {
            throw new IllegalStateException("re-ranking model features " + model.features() + " do not match "
                    + RerankFeatures.names(dense) + " (retrain it with RerankerTrainer)");
        }
    }

    /** The shipped model for lexical or dense-fused searches of this archive (off: {@link EvidenceSettings#rerank()}). */
    static Reranker forArchive(Archive archive, boolean dense) {
        return new Reranker(archive, shipped(dense ? DENSE_MODEL : LEXICAL_MODEL));
    }

    /** A re-ranker with zero weights: for computing features before a model exists (training). */
    static Reranker untrained(Archive archive, boolean dense, int depth) {
        List<String> names = RerankFeatures.names(dense);
        double[] ones = new double[names.size()];
        Arrays.fill(ones, 1);
        return new Reranker(archive, new Model(names, new double[names.size()], ones, new double[names.size()], 0,
                depth, "untrained"));
    }

    static Model shipped(String name) {
        try (InputStream in = Reranker.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("re-ranking model missing from the classpath: org/factdesk/archive/"
                        + name + " (rebuild it with RerankerTrainer)");
            }
            return Model.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the re-ranking model " + name, e);
        }
    }

    Model model() {
        return model;
    }

    /** How many of the first stage's results are re-ordered. */
    int depth() {
        return model.depth();
    }

    /**
     * The first {@link #depth()} results with their claim-sized documents re-ordered by the model among the
     * places they hold; longer articles keep their places, and the results after the first {@link #depth()}
     * follow in their order. The model learned from fact-checked claims (a sentence or two each) and knows
     * nothing of long reports, whose same-event ranking (passages, dates) it made worse when it re-ordered
     * them too: basil dev MAP@5 0.947 -> 0.865.
     */
    /** The claim-sized results among the first ones: their places in the list, themselves, their feature rows. */
    private record Movable(List<Integer> places, List<Evidence> evidence, double[][] features) {
    }

    List<Evidence> rerank(String claimText, List<Evidence> ranked, Policy policy) {
        int n = Math.min(depth(), ranked.size());
        if (n <= 1) {
            return ranked;
        }
        Movable m;
        try {
            m = archive.read(s -> {
                List<Integer> places = claimSized(s, ranked.subList(0, n));
                if (places.size() <= 1) {
                    return null;
                }
                List<Evidence> movable = places.stream().map(ranked::get).toList();
                return new Movable(places, movable, features(s.getIndexReader(), claimText, movable));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the archive: " + e.getMessage(), e);
        }
        if (m == null) {
            return ranked;
        }
        List<Integer> places = m.places();
        List<Evidence> movable = m.evidence();
        double[][] x = m.features();
        double[] score = new double[movable.size()];
        for (int i = 0; i < score.length; i++) {
            // the model's probability of relevance, under the workbench's preference for earlier sources
            score[i] = policy.dateFactor(movable.get(i)) / (1 + Math.exp(-model.score(x[i])));
        }
        List<Evidence> out = new ArrayList<>(ranked);
        List<Evidence> diverse = policy.diversify(movable, score);
        for (int i = 0; i < diverse.size(); i++) {
            out.set(places.get(i), diverse.get(i));
        }
        return out;
    }

    /**
     * What the first stage's ranking adds to relevance and the re-ranker keeps (GroupedSearch's rules): earlier
     * sources count less the older they are, and each earlier pick from the same outlet multiplies a result's
     * score by {@code outletDecay}. Sources published after the article under review (times {@code laterFactor})
     * come after the earlier ones: the model's probabilities spread wider than the first stage's scores, so a
     * factor alone would no longer keep a later report below earlier ones that say the same.
     *
     * @param preferBefore the epoch day that ends the article under review's news cycle, or null for none
     */
    record Policy(Long preferBefore, double laterFactor, double outletDecay) {
        static final Policy NONE = new Policy(null, 1, 1);

        boolean later(Evidence e) {
            return preferBefore != null && e.published() != null && e.published().toEpochDay() > preferBefore;
        }

        double dateFactor(Evidence e) {
            if (preferBefore == null || e.published() == null) {
                return 1;
            }
            long day = e.published().toEpochDay();
            if (day > preferBefore) {
                return laterFactor;
            }
            return 1 - GroupedSearch.AGE_WEIGHT + GroupedSearch.AGE_WEIGHT
                    * Math.exp(-(preferBefore - day) / GroupedSearch.AGE_SCALE_DAYS);
        }

        /** Greedy: earlier sources first, best score first, each pick's outlet discounting its others; scores as shown. */
        List<Evidence> diversify(List<Evidence> results, double[] score) {
            boolean[] taken = new boolean[results.size()];
            Map<String, Integer> picked = new HashMap<>();
            List<Evidence> out = new ArrayList<>(results.size());
            while (out.size() < results.size()) {
                int best = -1;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < results.size(); i++) {
                    if (taken[i]) {
                        continue;
                    }
                    String outlet = outlet(results.get(i));
                    double s = score[i] * Math.pow(outletDecay, outlet.isEmpty() ? 0 : picked.getOrDefault(outlet, 0));
                    boolean later = later(results.get(i));
                    if (best < 0 || (later != later(results.get(best)) ? !later : s > bestScore)) {
                        bestScore = s;
                        best = i;
                    }
                }
                taken[best] = true;
                Evidence e = results.get(best);
                if (!outlet(e).isEmpty()) {
                    picked.merge(outlet(e), 1, Integer::sum);
                }
                out.add(new Evidence(e.docId(), e.title(), e.source(), e.published(), e.url(), e.passage(),
                        e.highlights(), bestScore, e.stance(), e.stanceNote()));
            }
            return out;
        }

        private static String outlet(Evidence e) {
            return e.source() == null ? "" : e.source().strip().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Positions of the results whose whole article has at most {@link #CLAIM_SIZED_TERMS} indexed words, read
     * from the index's length norms (no stored text is read: that cost more than the rest of the re-ranking).
     */
    private List<Integer> claimSized(IndexSearcher s, List<Evidence> head) throws IOException {
        List<Integer> shortPassages = new ArrayList<>();
        for (int i = 0; i < head.size(); i++) {
            if (wordCount(head.get(i).passage()) <= CLAIM_SIZED_WORDS) { // an article is at least its passage
                shortPassages.add(i);
            }
        }
        if (shortPassages.isEmpty()) {
            return shortPassages;
        }
        Map<String, Integer> terms = new HashMap<>();
        var articles = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ArchiveSchema.TYPE, ArchiveSchema.TYPE_ARTICLE)), Occur.FILTER)
                .add(new TermInSetQuery(ArchiveSchema.ID, shortPassages.stream()
                        .map(i -> new BytesRef(head.get(i).docId())).toList()), Occur.FILTER).build();
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        for (ScoreDoc sd : s.search(articles, shortPassages.size()).scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            NumericDocValues norms = leaf.reader().getNormValues(ArchiveSchema.TEXT);
            int length = norms != null && norms.advanceExact(sd.doc - leaf.docBase)
                    ? SmallFloat.byte4ToInt((byte) norms.longValue()) : Integer.MAX_VALUE;
            terms.put(DenseFusion.idOf(s, sd.doc), length);
        }
        return shortPassages.stream()
                .filter(i -> terms.getOrDefault(head.get(i).docId(), Integer.MAX_VALUE) <= CLAIM_SIZED_TERMS).toList();
    }

    static int wordCount(String text) {
        if (text == null) {
            return 0;
        }
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter;
        }
        return n;
    }

    /** The feature rows of the candidates (for training and for {@link #rerank}). */
    double[][] features(String claimText, List<Evidence> candidates) {
        try {
            return archive.read(s -> features(s.getIndexReader(), claimText, candidates));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the archive: " + e.getMessage(), e);
        }
    }

    private double[][] features(IndexReader reader, String claimText, List<Evidence> candidates) {
        List<RerankFeatures.Candidate> cs = candidates.stream().map(RerankFeatures.Candidate::of).toList();
        return new RerankFeatures(RerankFeatures.DocumentFrequencies.of(reader))
                .of(claimText, cs, dense ? denseSides(claimText, candidates) : null);
    }

    private RerankFeatures.DenseSides denseSides(String claimText, List<Evidence> candidates) {
        float[] e5Claim = DenseFusion.e5QueryVector(claimText);
        double[] titles = articleCosines(DenseFusion.E5_TITLE_VECTOR, e5Claim, candidates);
        double[] texts = articleCosines(DenseFusion.E5_TEXT_VECTOR, e5Claim, candidates);
        for (int i = 0; i < candidates.size(); i++) {
            // an archive imported before titles and texts were embedded apart: embed the candidate's now (its
            // passage stands for its text: the re-ranker re-orders claim-sized articles only)
            Evidence e = candidates.get(i);
            if (Double.isNaN(texts[i]) && e.passage() != null && !e.passage().isBlank()) {
                texts[i] = DenseEncoder.dot(e5Claim, DenseFusion.e5PassageVector(e.passage()));
            }
            if (Double.isNaN(titles[i]) && e.title() != null && !e.title().isBlank()) {
                titles[i] = DenseEncoder.dot(e5Claim, DenseFusion.e5PassageVector(e.title()));
            }
        }
        float[] miniLmClaim = DenseFusion.queryVector(claimText);
        double[] miniLm = articleCosines(DenseFusion.VECTOR, miniLmClaim, candidates);
        double[] e5 = articleCosines(DenseFusion.E5_VECTOR, e5Claim, candidates);
        for (int i = 0; i < candidates.size(); i++) {
            // an article imported without vectors (one not read whole, among embedded ones): its title and
            // passage, as the fusion embedded them
            if (!Double.isNaN(miniLm[i]) && !Double.isNaN(e5[i])) {
                continue;
            }
            Evidence e = candidates.get(i);
            String read = DenseFusion.embeddingText(e.title(), e.passage() == null ? "" : e.passage());
            if (Double.isNaN(miniLm[i])) {
                miniLm[i] = DenseEncoder.dot(miniLmClaim, DenseFusion.passageVector(read));
            }
            if (Double.isNaN(e5[i])) {
                e5[i] = DenseEncoder.dot(e5Claim, DenseFusion.e5PassageVector(read));
            }
        }
        return new RerankFeatures.DenseSides(miniLm, e5, titles, texts);
    }

    /** The cosine of the claim with each candidate article's stored vector, via an exact search among them. */
    private double[] articleCosines(String field, float[] claim, List<Evidence> candidates) {
        // the stored vectors are not read back directly: a filtered vector search scores exactly the cosine we need
        Map<String, Double> cos;
        try {
            cos = archive.read(s -> {
                var only = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(ArchiveSchema.TYPE, ArchiveSchema.TYPE_ARTICLE)), Occur.FILTER)
                        .add(new TermInSetQuery(ArchiveSchema.ID, candidates.stream()
                                .map(e -> new BytesRef(e.docId())).toList()), Occur.FILTER).build();
                Map<String, Double> found = new HashMap<>();
                for (ScoreDoc sd : s.search(new KnnFloatVectorQuery(field, claim, candidates.size(), only),
                        candidates.size()).scoreDocs) {
                    found.put(DenseFusion.idOf(s, sd.doc), 2.0 * sd.score - 1);
                }
                return found;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the archive: " + e.getMessage(), e);
        }
        double[] out = new double[candidates.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = cos.getOrDefault(candidates.get(i).docId(), Double.NaN);
        }
        return out;
    }
}
