package org.factdesk.archive;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.factdesk.model.Evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features the learned re-ranker ({@link Reranker}) sees for each candidate of a claim. Two sets:
 * {@link #LEXICAL}, cheap enough for every search (word overlap on the stemmed words, weighted by
 * rarity, and the first stage's score and rank), and {@link #DENSE}, MiniLM cosines that need the
 * archive's vectors (dense archives only). Each is a share or a cosine, so the weights carry over
 * between archives whose raw scores differ in scale.
 */
final class RerankFeatures {
    static final List<String> LEXICAL = List.of(
            "lexical",         // the first stage's score over the best candidate's
            "reciprocalRank",  // 1 / rank in the first stage
            "titleCover",      // rarity-weighted share of the claim's words found in the title
            "textCover",       // ... in the passage shown
            "titlePrecision",  // rarity-weighted share of the title's words found in the claim
            "textPrecision",   // rarity-weighted share of the passage's words found in the claim
            "titlePairs");     // share of the title's neighbouring word pairs found as pairs in the claim
    static final List<String> DENSE = List.of(
            "cosine",          // claim against the article's stored MiniLM vector (title and start of text)
            "e5Cosine",        // ... against its E5 vector
            "e5TitleCosine",   // ... against the E5 vector of its title alone (of its text when it has no title)
            "e5TextCosine");   // ... against the E5 vector of its text alone

    /** A candidate's texts as the re-ranker reads them. */
    record Candidate(String id, String title, String passage, double score) {
        static Candidate of(Evidence e) {
            return new Candidate(e.docId(), e.title() == null ? "" : e.title(), e.passage() == null ? "" : e.passage(),
                    e.score());
        }
    }

    /**
     * The dense side of the candidates: each article's cosines with the claim, MiniLM's and E5's of title and
     * text together, and E5's of the title alone and of the text alone (NaN when it has no such vector). MiniLM's
     * cosine with the title alone was tried: +0.002 MAP@5 (clef2020 train, 5-fold), not worth embedding titles;
     * E5's whole-article cosine: +0.012; E5's of title and text apart: +0.006 more (decision 12).
     */
    record DenseSides(double[] articleCosines, double[] e5Cosines, double[] e5TitleCosines, double[] e5TextCosines) {
    }

    /** Shared: an analyzer reuses its token streams per thread, and building one is not free. */
    private static final Analyzer ANALYZER = ArchiveSchema.textAnalyzer();
    private final DocumentFrequencies df;

    /** Documents containing a word, and the documents in all: the rarity weights. */
    interface DocumentFrequencies {
        int docFreq(String word);

        int documents();

        /** Counts from one reader (one point in time), held for one re-ranking. */
        static DocumentFrequencies of(IndexReader reader) {
            return new DocumentFrequencies() {
                @Override
                public int docFreq(String word) {
                    try {
                        Term t = new Term(ArchiveSchema.TEXT, word);
                        return CorpusStatistics.docFreq(reader, t, () -> reader.docFreq(t));
                    } catch (IOException e) {
                        throw new UncheckedIOException("could not read the archive: " + e.getMessage(), e);
                    }
                }

                @Override
                public int documents() {
                    return CorpusStatistics.numDocs(reader);
                }
            };
        }
    }

    RerankFeatures(DocumentFrequencies df) {
        this.df = df;
    }

    static List<String> names(boolean dense) {
        if (!dense) {
            return LEXICAL;
        }
        List<String> all = new ArrayList<>(LEXICAL);
        all.addAll(DENSE);
        return all;
    }

    /** One row of features per candidate, in {@link #names} order; {@code dense} null for the lexical set. */
    double[][] of(String claimText, List<Candidate> candidates, DenseSides dense) {
        List<String> claimWords = words(claimText);
        Set<String> claimSet = new LinkedHashSet<>(claimWords);
        Set<String> claimPairs = pairs(claimWords);
        Map<String, Double> idf = new HashMap<>();
        int n = Math.max(1, df.documents());
        double maxScore = 1e-9;
        for (Candidate c : candidates) {
            maxScore = Math.max(maxScore, c.score());
        }
        double claimWeight = 0;
        for (String w : claimSet) {
            claimWeight += idf(w, idf, n);
        }
        int width = names(dense != null).size();
        double[][] out = new double[candidates.size()][width];
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            List<String> titleWords = words(c.title());
            Set<String> titleSet = new HashSet<>(titleWords);
            Set<String> textSet = new HashSet<>(words(c.passage()));
            double[] f = out[i];
            f[0] = Math.max(0, c.score()) / maxScore;
            f[1] = 1.0 / (i + 1);
            f[2] = covered(claimSet, titleSet, idf, n) / Math.max(1e-9, claimWeight);
            f[3] = covered(claimSet, textSet, idf, n) / Math.max(1e-9, claimWeight);
            double titleWeight = 0;
            for (String w : titleSet) {
                titleWeight += idf(w, idf, n);
            }
            f[4] = titleWeight == 0 ? 0 : covered(titleSet, claimSet, idf, n) / titleWeight;
            double textWeight = 0;
            for (String w : textSet) {
                textWeight += idf(w, idf, n);
            }
            f[5] = textWeight == 0 ? 0 : covered(textSet, claimSet, idf, n) / textWeight;
            Set<String> titlePairs = pairs(titleWords);
            int shared = 0;
            for (String p : titlePairs) {
                if (claimPairs.contains(p)) {
                    shared++;
                }
            }
            f[6] = titlePairs.isEmpty() ? 0 : (double) shared / titlePairs.size();
        }
        if (dense != null) {
            int d = LEXICAL.size();
            for (int i = 0; i < candidates.size(); i++) {
                out[i][d] = Double.isNaN(dense.articleCosines()[i]) ? 0 : dense.articleCosines()[i];
                out[i][d + 1] = Double.isNaN(dense.e5Cosines()[i]) ? 0 : dense.e5Cosines()[i];
                double text = dense.e5TextCosines()[i], title = dense.e5TitleCosines()[i];
                out[i][d + 3] = Double.isNaN(text) ? out[i][d + 1] : text;
                // an article without a title is its text
                out[i][d + 2] = Double.isNaN(title) ? out[i][d + 3] : title;
            }
        }
        return out;
    }

    private double covered(Set<String> words, Set<String> in, Map<String, Double> idf, int n) {
        double s = 0;
        for (String w : words) {
            if (in.contains(w)) {
                s += idf(w, idf, n);
            }
        }
        return s;
    }

    /** Inverse document frequency, never below a small floor: a word in every document still counts a little. */
    private double idf(String w, Map<String, Double> cache, int n) {
        return cache.computeIfAbsent(w, x -> Math.max(0.1, Math.log((n + 1.0) / (df.docFreq(x) + 0.5))));
    }

    private static Set<String> pairs(List<String> words) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            out.add(words.get(i) + " " + words.get(i + 1));
        }
        return out;
    }

    /** The text's stemmed words without stop words, as the index sees them. */
    List<String> words(String text) {
        return AnalysedTerms.of(ANALYZER, ArchiveSchema.TEXT, text);
    }
}
