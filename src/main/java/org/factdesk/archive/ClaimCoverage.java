package org.factdesk.archive;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The share of a claim that a passage states: each of the claim's words (stemmed, without stop words)
 * counts by its rarity in the archive, and is covered when the passage or its article's title has it
 * or one of its synonyms (the archive's synonym list: "troops" covers "soldiers"). A fact-checker reads
 * it as how closely the passage speaks to the claim, which a ranking score, comparable only within one
 * search, cannot say.
 */
final class ClaimCoverage {
    /** Rarity weights of the claim's word groups; a group is a word with its synonyms. */
    private final List<Set<String>> groups = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();
    private double total;
    private final Analyzer documentAnalyzer;

    /**
     * @param queryAnalyzer    the archive's query analyzer (synonyms expanded at the word's position)
     * @param documentAnalyzer the analyzer the archive indexes text with
     */
    ClaimCoverage(String claimText, Analyzer queryAnalyzer, Analyzer documentAnalyzer, IndexReader reader) {
        this.documentAnalyzer = documentAnalyzer;
        Map<Integer, Set<String>> byPosition = new java.util.TreeMap<>();
        for (AnalysedTerms.Positioned p : AnalysedTerms.withPositions(queryAnalyzer, ArchiveSchema.TEXT, claimText)) {
            byPosition.computeIfAbsent(p.position(), x -> new LinkedHashSet<>()).add(p.term());
        }
        Set<Set<String>> seen = new HashSet<>();
        int n = Math.max(1, reader.numDocs());
        for (Set<String> group : byPosition.values()) {
            if (!seen.add(group)) {
                continue; // a repeated word counts once
            }
            double weight = 0;
            for (String w : group) {
                weight = Math.max(weight, idf(reader, w, n));
            }
            groups.add(group);
            weights.add(weight);
            total += weight;
        }
    }

    /** Covered share in 0..1; NaN when the claim has no searchable words. */
    double of(String title, String passage) {
        if (total <= 0) {
            return Double.NaN;
        }
        Set<String> words = new HashSet<>(AnalysedTerms.of(documentAnalyzer, ArchiveSchema.TEXT, passage));
        words.addAll(AnalysedTerms.of(documentAnalyzer, ArchiveSchema.TEXT, title));
        double covered = 0;
        for (int i = 0; i < groups.size(); i++) {
            for (String w : groups.get(i)) {
                if (words.contains(w)) {
                    covered += weights.get(i);
                    break;
                }
            }
        }
        return covered / total;
    }

    /** Never below a small floor: a word in every document still says a little. */
    private static double idf(IndexReader reader, String word, int n) {
        try {
            return Math.max(0.1, Math.log((n + 1.0) / (reader.docFreq(new Term(ArchiveSchema.TEXT, word)) + 0.5)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the archive: " + e.getMessage(), e);
        }
    }
}
