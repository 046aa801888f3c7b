package org.factdesk.archive;

import org.apache.lucene.analysis.Analyzer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The share of a claim that a passage states: each of the claim's words (stemmed, without stop words)
 * counts by its rarity in the archive, and is covered when the passage or its article's title has it
 * or one of its synonyms (the archive's synonym list: "troops" covers "soldiers"). A fact-checker reads
 * it as how closely the passage speaks to the claim, which a ranking score, comparable only within one
 * search, cannot say.
 */
final class ClaimCoverage {
    /** Documents containing a word (the archive's cached statistics). */
    interface DocumentFrequency {
        int of(String word) throws IOException;
    }

    /** One of the claim's words with its synonyms, weighted by its rarity. */
    private record WordGroup(Set<String> forms, double weight) {
    }

    private final List<WordGroup> groups = new ArrayList<>();
    private final double total;
    private final Analyzer documentAnalyzer;

    /**
     * @param queryAnalyzer    the archive's query analyzer (synonyms expanded at the word's position)
     * @param documentAnalyzer the analyzer the archive indexes text with
     * @param documents        documents in the archive, the base of the rarity weights
     */
    ClaimCoverage(String claimText, Analyzer queryAnalyzer, Analyzer documentAnalyzer, DocumentFrequency docFreq,
                  int documents) throws IOException {
        this.documentAnalyzer = documentAnalyzer;
        Map<Integer, Set<String>> byPosition = new TreeMap<>();
        for (AnalysedTerms.Positioned p : AnalysedTerms.withPositions(queryAnalyzer, ArchiveSchema.TEXT, claimText)) {
            byPosition.computeIfAbsent(p.position(), x -> new LinkedHashSet<>()).add(p.term());
        }
        Set<Set<String>> seen = new HashSet<>();
        int n = Math.max(1, documents);
        double sum = 0;
        for (Set<String> forms : byPosition.values()) {
            if (!seen.add(forms)) {
                continue; // a repeated word counts once
            }
            double weight = 0;
            for (String w : forms) {
                // never below a small floor: a word in every document still says a little
                weight = Math.max(weight, Math.max(0.1, Math.log((n + 1.0) / (docFreq.of(w) + 0.5))));
            }
            groups.add(new WordGroup(forms, weight));
            sum += weight;
        }
        total = sum;
    }

    /** Covered share in 0..1; NaN when the claim has no searchable words. */
    double of(String title, String passage) {
        if (total <= 0) {
            return Double.NaN;
        }
        Set<String> words = new HashSet<>(AnalysedTerms.of(documentAnalyzer, ArchiveSchema.TEXT, passage));
        words.addAll(AnalysedTerms.of(documentAnalyzer, ArchiveSchema.TEXT, title));
        double covered = 0;
        for (WordGroup g : groups) {
            if (g.forms().stream().anyMatch(words::contains)) {
                covered += g.weight();
            }
        }
        return covered / total;
    }
}
