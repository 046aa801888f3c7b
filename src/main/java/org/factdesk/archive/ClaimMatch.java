package org.factdesk.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs that a passage states the claim itself, not only something on its subject (decision 46). When an archive
 * has nothing on a claim, its best passage is usually on the same subject: it shares the claim's subject words
 * (the rarest ones, a name) spread over the passage, but not the claim's figures, its other rare words or a
 * sentence that says most of the claim. These measures look at the claim's words sentence by sentence, at its
 * rarest words and at its numbers; each is a share, so it means the same in any archive.
 *
 * <p>Linear in the passage: sentences are cut by a regular expression without backtracking, each is analysed once,
 * and at most {@link #MAX_SENTENCES} sentences of a passage are read.
 */
final class ClaimMatch {
    /** A passage longer than this many sentences is read only this far (passages are a few sentences long). */
    static final int MAX_SENTENCES = 60;
    /** How many of the claim's rarest words {@link #rareCover} asks for. */
    static final int RARE_WORDS = 3;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;:])\\s+|\\n+");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");

    /** The claim as it is matched: its analysed words with their rarity weights, its rarest words, its numbers. */
    record Claim(Map<String, Double> weights, double total, Set<String> rarest, Set<String> numbers, Set<String> pairs) {
        /**
         * @param minDocs the claim's words in fewer articles than this are left out: 0 keeps all (a word no article
         *                has is a word no passage shares: the relevance features count it as missing), 1 keeps
         *                those some article has
         */
        static Claim of(String claimText, ToIntFunction<String> docFreq, int documents, int minDocs) {
            Map<String, Double> weights = new HashMap<>();
            List<String> words = AnalysedTerms.of(ArchiveSchema.textAnalyzer(), ArchiveSchema.TEXT, claimText);
            for (String w : new LinkedHashSet<>(words)) {
                int df = docFreq.applyAsInt(w);
                if (df >= minDocs) {
                    weights.put(w, Math.max(0.1, Math.log((documents + 1.0) / (df + 0.5))));
                }
            }
            double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
            Set<String> rarest = new LinkedHashSet<>();
            weights.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey())).limit(RARE_WORDS).forEach(e -> rarest.add(e.getKey()));
            return new Claim(weights, total, rarest, ClaimMatch.numbers(claimText), ClaimMatch.pairs(words));
        }
    }

    /** Every feature of one passage; see {@link Relevance#ALL_FEATURES} for their meanings. */
    record Signs(double sentenceCover, double rareCover, double missingRare, double numberMatch, double numberMissing,
                 String bestSentence, double statedPairs) {
    }

    private ClaimMatch() {
    }

    static Signs of(Claim claim, String title, String passage, String article) {
        String bestSentence = passage == null ? "" : passage;
        double best = 0;
        double bestPairs = 0;
        Set<String> seen = new HashSet<>();
        List<String> sentences = sentences(title);
        sentences.addAll(sentences(passage));
        for (String s : sentences) {
            List<String> inOrder = AnalysedTerms.of(ArchiveSchema.textAnalyzer(), ArchiveSchema.TEXT, s);
            Set<String> words = new HashSet<>(inOrder);
            seen.addAll(words);
            if (!claim.pairs().isEmpty()) {
                Set<String> pairs = pairs(inOrder);
                pairs.retainAll(claim.pairs());
                bestPairs = Math.max(bestPairs, (double) pairs.size() / claim.pairs().size());
            }
            double c = cover(claim, words);
            if (c > best) {
                best = c;
                bestSentence = s;
            }
        }
        Set<String> articleWords = new HashSet<>(seen);
        if (article != null && article != passage && article.length() > (passage == null ? 0 : passage.length())) {
            articleWords.addAll(AnalysedTerms.of(ArchiveSchema.textAnalyzer(), ArchiveSchema.TEXT, article));
        }
        long rare = claim.rarest().stream().filter(seen::contains).count();
        double missing = 0;
        for (var e : claim.weights().entrySet()) {
            if (!articleWords.contains(e.getKey())) {
                missing += e.getValue();
            }
        }
        double numberMatch = 0;
        double numberMissing = 0;
        if (!claim.numbers().isEmpty()) {
            Set<String> found = numbers((title == null ? "" : title) + "\n" + (article == null ? passage : article));
            long shared = claim.numbers().stream().filter(found::contains).count();
            numberMatch = (double) shared / claim.numbers().size();
            numberMissing = 1 - numberMatch;
        }
        return new Signs(best, claim.rarest().isEmpty() ? 0 : (double) rare / claim.rarest().size(),
                claim.total() == 0 ? 0 : missing / claim.total(), numberMatch, numberMissing, bestSentence, bestPairs);
    }

    /** A passage with a sentence (or title) holding at least this share of the claim's word pairs states the claim. */
    static final double STATES = 0.5;
    /** ... and moves above the passages before it whose sentences hold at least this share less. */
    static final double STATES_MARGIN = 0.3;

    /**
     * The list with the passages that state the claim (a sentence holding most of its neighbouring word pairs, as
     * "10,000 Poles" and "Poles died" in the claim "10,000 Poles died") moved above those that only share its
     * subject (their sentences holding far fewer of those pairs), in order otherwise.
     * The first stage and the re-ranker score whole passages, so several sentences that each repeat the subject's
     * words can outscore the one sentence that says what the claim says (issue 20: a fact-check quoting the claim
     * ranked third).
     */
    static <T> List<T> statedFirst(List<T> ranked, java.util.function.ToDoubleFunction<T> statedPairs) {
        List<T> out = new ArrayList<>(ranked);
        List<Double> cover = new ArrayList<>();
        for (T t : out) {
            cover.add(statedPairs.applyAsDouble(t));
        }
        for (int i = 1; i < out.size(); i++) {
            double c = cover.get(i);
            if (c < STATES) {
                continue;
            }
            int to = i;
            while (to > 0 && cover.get(to - 1) <= c - STATES_MARGIN) {
                to--;
            }
            if (to < i) {
                out.add(to, out.remove(i));
                cover.add(to, cover.remove(i));
            }
        }
        return out;
    }

    /** The rarity-weighted share of the claim's words among these words. */
    private static double cover(Claim claim, Set<String> words) {
        if (claim.total() == 0) {
            return 0;
        }
        double s = 0;
        for (var e : claim.weights().entrySet()) {
            if (words.contains(e.getKey())) {
                s += e.getValue();
            }
        }
        return s / claim.total();
    }

    /** The neighbouring word pairs of analysed words (stop words already out: "died fighting for" gives one). */
    private static Set<String> pairs(List<String> words) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            out.add(words.get(i) + ' ' + words.get(i + 1));
        }
        return out;
    }

    /** The text's sentences, at most {@link #MAX_SENTENCES} of them. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (out.size() < MAX_SENTENCES) {
            boolean found = m.find();
            int end = found ? m.start() : text.length();
            String s = text.substring(start, end).strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
            if (!found) {
                break;
            }
            start = m.end();
        }
        return out;
    }

    /** The text's numbers as digits only ("10,000" and "10000" meet; "1.5" keeps its point), years included. */
    static Set<String> numbers(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String n = m.group().replace(",", "");
            while (n.endsWith(".")) {
                n = n.substring(0, n.length() - 1);
            }
            if (n.endsWith(".0")) {
                n = n.substring(0, n.length() - 2);
            }
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }
}
