package org.factdesk.archive;

import org.factdesk.model.Evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One relevance score per passage that means the same in every list: the estimated probability that the passage
 * is about what the claim states, from a logistic model over features that do not depend on the archive's scale
 * (shares of the claim's words, the re-ranking model's probability, cosines), calibrated on labelled claims whose
 * evidence is in the archive and on the same claims with their evidence left out (the lab's {@code RelevanceTrainer};
 * decision 41). Down a list it never rises: a passage's relevance is at most that of the one above it, so the
 * first passage says whether anything in the archive is close ({@link #nothingClose}).
 */
public final class Relevance {
    static final String MODEL = "relevance.tsv";

    /** Every feature the trainer can look at; the shipped model names the ones it uses. */
    static final List<String> ALL_FEATURES = List.of(
            "rerankP",        // the re-ranking model's probability (lexical or dense, as the archive is searched)
            "coverage",       // share of the claim's key words in the passage or its title, synonyms counted
            "lexical",        // the first stage's score over the best one's in this list
            "reciprocalRank", // 1 / rank in this list
            "titleCover",     // rarity-weighted share of the claim's words in the title
            "textCover",      // ... in the passage
            "titlePrecision", // ... of the title's words in the claim
            "textPrecision",  // ... of the passage's words in the claim
            "titlePairs",     // share of the title's word pairs found in the claim
            "cosine",         // MiniLM cosine with the article (dense archives; 0 otherwise)
            "e5Cosine",       // E5 cosine with the article
            "e5TitleCosine",  // E5 cosine with the title
            "e5TextCosine",   // E5 cosine with the text
            "denseArchive",   // 1 when the archive is searched by meaning as well as words
            "claimWords",     // log of the number of the claim's key words
            "coverageGap",    // coverage minus the next passage's (0 for the last)
            "rerankPGap",     // rerankP minus the next passage's
            "shortDocument",  // 1 when the passage is claim-sized (at most 80 words)
            "articleCoverage",// share of the claim's key words anywhere in the article (title and whole text)
            "nameCoverage",   // share of the claim's names (capitalised words inside a sentence) in the article
            "passageCosine",  // MiniLM cosine of the claim with the title and passage (when computed; 0 otherwise)
            // decision 46: the claim itself rather than its subject (ClaimMatch)
            "sentenceCover",  // rarity-weighted share of the claim's words in the passage's best sentence (or title)
            "rareCover",      // share of the claim's three rarest words in the title and passage
            "missingRare",    // rarity-weighted share of the claim's words nowhere in the article
            "numberMatch",    // share of the claim's numbers found in the article (0 when it has none)
            "numberMissing",  // share of the claim's numbers not found there (0 when it has none)
            "sentenceCosine", // MiniLM cosine of the claim with that best sentence
            "sentenceCoverGap",   // sentenceCover minus the next passage's
            "sentenceCosineGap"); // sentenceCosine minus the next passage's

    /** A logistic model over some of {@link #ALL_FEATURES}, standardised, with the list's cut-off. */
    record Model(List<String> features, double[] mean, double[] scale, double[] weights, double bias, double cutoff,
                 String about) {
        double probability(double[] all) {
            double s = bias;
            for (int i = 0; i < features.size(); i++) {
                s += weights[i] * (all[ALL_FEATURES.indexOf(features.get(i))] - mean[i]) / scale[i];
            }
            return 1 / (1 + Math.exp(-s));
        }

        String write() {
            return LinearModelFile.write(about, features, mean, scale, weights, bias, "cutoff", cutoff);
        }

        static Model read(InputStream in) throws IOException {
            LinearModelFile.Lines lines = LinearModelFile.read(in);
            List<String> features = lines.features();
            for (String f : features) {
                if (!ALL_FEATURES.contains(f)) {
                    throw new IllegalStateException("relevance model feature " + f + " is unknown (retrain it with RelevanceTrainer)");
                }
            }
            return new Model(features, lines.numbers("mean"), lines.numbers("scale"), lines.numbers("weights"),
                    Double.parseDouble(lines.first("bias")), Double.parseDouble(lines.first("cutoff")), lines.about());
        }
    }

    private static volatile Model shipped;

    /** The shipped model (class path), read once. */
    static Model shipped() {
        Model m = shipped;
        if (m == null) {
            try (InputStream in = Relevance.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("relevance model missing from the classpath: org/factdesk/archive/"
                            + MODEL + " (rebuild it with RelevanceTrainer)");
                }
                m = Model.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the relevance model " + MODEL, e);
            }
            shipped = m;
        }
        return m;
    }

    /** The shipped model, or null when this build has none yet (while the first one is trained). */
    static Model shippedOrNull() {
        return Relevance.class.getResource(MODEL) == null ? null : shipped();
    }

    /** The cut-off of the shipped model: a list whose first passage is below it has nothing close to the claim. */
    public static double nothingCloseBelow() {
        return shipped().cutoff();
    }

    /**
     * Whether a claim's list has nothing close to it: no passage, or the first one's relevance under the cut-off
     * (then none after it is above). Without relevance (a free-text search) the share of key words decides, as
     * before (decision 13).
     */
    public static boolean nothingClose(List<Evidence> list) {
        if (list.isEmpty()) {
            return true;
        }
        double first = list.getFirst().relevance();
        if (Double.isNaN(first)) {
            return list.stream().allMatch(Evidence::coversLittle);
        }
        return first < nothingCloseBelow();
    }

    private final Archive archive;
    private final Reranker lexical;
    private final Reranker dense;
    private final Model model;
    /** Whether "passageCosine" is computed: a MiniLM embedding per passage, only when the model uses it or asked. */
    private final boolean passageCosines;

    /**
     * @param model          null: only the features are computed (training)
     * @param passageCosines compute "passageCosine" even when the model does not use it (training a model that might)
     */
    Relevance(Archive archive, Model model, boolean passageCosines) {
        this.archive = archive;
        this.passageCosines = passageCosines || (model != null && model.features().contains("passageCosine"));
        this.lexical = new Reranker(archive, Reranker.shipped(Reranker.LEXICAL_MODEL));
        this.dense = new Reranker(archive, Reranker.shipped(Reranker.DENSE_MODEL));
        this.model = model;
    }

    /** One row of {@link #ALL_FEATURES} per passage of the ranked list (its coverage already measured). */
    double[][] features(String claimText, List<Evidence> ranked, boolean denseSearch, ClaimCoverage coverage) {
        int n = ranked.size();
        double[][] out = new double[n][ALL_FEATURES.size()];
        if (n == 0) {
            return out;
        }
        Reranker r = denseSearch ? dense : lexical;
        double[][] x = r.features(claimText, ranked);
        int claimWords = Math.max(1, new java.util.HashSet<>(AnalysedTerms.of(ArchiveSchema.textAnalyzer(),
                ArchiveSchema.TEXT, claimText)).size());
        for (int i = 0; i < n; i++) {
            double[] f = out[i];
            f[0] = 1 / (1 + Math.exp(-r.model().score(x[i])));
            double passageCoverage = ranked.get(i).coverage();
            f[1] = Double.isNaN(passageCoverage) ? 0 : passageCoverage;
            System.arraycopy(x[i], 0, f, 2, RerankFeatures.LEXICAL.size());
            if (denseSearch) {
                System.arraycopy(x[i], RerankFeatures.LEXICAL.size(), f, 9, RerankFeatures.DENSE.size());
            }
            f[13] = denseSearch ? 1 : 0;
            f[14] = Math.log(claimWords);
            f[17] = Reranker.wordCount(ranked.get(i).passage()) <= Reranker.CLAIM_SIZED_WORDS ? 1 : 0;
        }
        List<String> names = names(claimText);
        boolean cosines = passageCosines;
        String[] articles = new String[n];
        for (int i = 0; i < n; i++) {
            Evidence e = ranked.get(i);
            String article = e.passage();
            try {
                article = archive.document(e.docId()).map(a -> a.text()).orElse(e.passage());
            } catch (IOException ex) {
                throw new UncheckedIOException("could not read the archive: " + ex.getMessage(), ex);
            }
            articles[i] = article;
            double c = coverage == null ? Double.NaN : coverage.of(e.title(), article);
            out[i][18] = Double.isNaN(c) ? 0 : c;
            if (!names.isEmpty()) {
                String hay = (e.title() + "\n" + article).toLowerCase(java.util.Locale.ROOT);
                out[i][19] = names.stream().filter(w -> hay.contains(w.toLowerCase(java.util.Locale.ROOT))).count()
                        / (double) names.size();
            }
            if (cosines) {
                out[i][20] = DenseEncoder.dot(DenseFusion.queryVector(claimText),
                        DenseFusion.passageVector(DenseFusion.embeddingText(e.title(), e.passage())));
            }
        }
        if (model == null || model.features().stream().anyMatch(CLAIM_MATCH_FEATURES::contains)) {
            claimMatch(claimText, ranked, articles, out); // one sentence embedding a passage: only when used
        }
        for (int i = 0; i < n; i++) {
            out[i][15] = i + 1 < n ? out[i][1] - out[i + 1][1] : 0;
            out[i][16] = i + 1 < n ? out[i][0] - out[i + 1][0] : 0;
            out[i][SENTENCE_COVER + 6] = i + 1 < n ? out[i][SENTENCE_COVER] - out[i + 1][SENTENCE_COVER] : 0;
            out[i][SENTENCE_COVER + 7] = i + 1 < n ? out[i][SENTENCE_COVER + 5] - out[i + 1][SENTENCE_COVER + 5] : 0;
        }
        return out;
    }

    private static final int SENTENCE_COVER = ALL_FEATURES.indexOf("sentenceCover");
    private static final List<String> CLAIM_MATCH_FEATURES = ALL_FEATURES.subList(SENTENCE_COVER, ALL_FEATURES.size());

    /** The {@link ClaimMatch} features of each passage (its article read once more from the archive). */
    private void claimMatch(String claimText, List<Evidence> ranked, String[] articles, double[][] out) {
        ClaimMatch.Claim claim;
        try {
            claim = ClaimMatch.Claim.of(claimText, this::docFreq, archive.documentCount(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the archive: " + e.getMessage(), e);
        }
        float[] claimVector = DenseFusion.queryVector(claimText);
        for (int i = 0; i < ranked.size(); i++) {
            Evidence e = ranked.get(i);
            ClaimMatch.Signs m = ClaimMatch.of(claim, e.title(), e.passage(), articles[i]);
            double[] f = out[i];
            f[SENTENCE_COVER] = m.sentenceCover();
            f[SENTENCE_COVER + 1] = m.rareCover();
            f[SENTENCE_COVER + 2] = m.missingRare();
            f[SENTENCE_COVER + 3] = m.numberMatch();
            f[SENTENCE_COVER + 4] = m.numberMissing();
            f[SENTENCE_COVER + 5] = m.bestSentence().isBlank() ? 0
                    : DenseEncoder.dot(claimVector, DenseFusion.passageVector(m.bestSentence()));
        }
    }

    private int docFreq(String word) {
        try {
            return archive.docFreq(new org.apache.lucene.index.Term(ArchiveSchema.TEXT, word));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the archive: " + e.getMessage(), e);
        }
    }

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("(?<=[\\p{L},;:]\\s)\\p{Lu}[\\p{L}'’-]{2,}");

    /** Capitalised words inside a sentence (after a word, not after a full stop): names of people, places, bodies. */
    static List<String> names(String text) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        var m = NAME.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return List.copyOf(out);
    }

    /** The list with each passage's relevance: the model's probability, never above that of the passage before it. */
    List<Evidence> estimate(String claimText, List<Evidence> ranked, boolean denseSearch, ClaimCoverage coverage) {
        if (ranked.isEmpty() || model == null) {
            return ranked;
        }
        double[][] f = features(claimText, ranked, denseSearch, coverage);
        List<Evidence> out = new ArrayList<>(ranked.size());
        double ceiling = 1;
        for (int i = 0; i < ranked.size(); i++) {
            ceiling = Math.min(ceiling, model.probability(f[i]));
            out.add(ranked.get(i).withRelevance(ceiling));
        }
        return out;
    }
}
