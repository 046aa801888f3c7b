package org.factdesk.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdesk.model.Claim;
import org.factdesk.model.Quantity;
import org.factdesk.store.CheckedClaim;

/**
 * Finds claims the desk has already checked that a new claim repeats (as Full Fact and Meedan Check
 * do), so the reviewer sees the earlier verdict instead of checking the same thing twice.
 *
 * <p>Two claims match when their content words and numbers overlap strongly: the overlap
 * coefficient of their word sets (stemmed crudely, stop words removed) is at least
 * {@link #MIN_SIMILARITY}, and no number of one contradicts a number of the other's same unit.
 * A desk checks hundreds to thousands of claims, so a linear scan is fast enough.
 */
public final class PriorChecks {
    static final double MIN_SIMILARITY = 0.6;

    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "on", "and", "or", "for", "with",
            "by", "at", "from", "as", "that", "this", "these", "those", "is", "are", "was", "were", "be", "been", "has",
            "have", "had", "it", "its", "his", "her", "their", "our", "we", "they", "he", "she", "will", "would", "said",
            "says", "who", "which", "than", "more", "also", "not", "but", "about", "after", "before", "since");

    /** An earlier verdict on a claim like this one. */
    public record PriorCheck(CheckedClaim checked, double similarity) {
    }

    private PriorChecks() {
    }

    public static List<PriorCheck> find(Claim claim, List<CheckedClaim> checked, int k) {
        Set<String> words = words(claim.text());
        if (words.size() < 3) {
            return List.of();
        }
        List<PriorCheck> out = new ArrayList<>();
        for (CheckedClaim c : checked) {
            if (c.claim().id().equals(claim.id()) || c.claim().articleId().equals(claim.articleId())) {
                continue;
            }
            double sim = overlap(words, words(c.claim().text()));
            if (sim >= MIN_SIMILARITY && !numbersConflict(claim, c.claim())) {
                out.add(new PriorCheck(c, sim));
            }
        }
        out.sort(Comparator.comparingDouble(PriorCheck::similarity).reversed());
        return out.size() > k ? List.copyOf(out.subList(0, k)) : List.copyOf(out);
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (raw.isEmpty() || STOP.contains(raw) || (raw.length() < 3 && !Character.isDigit(raw.charAt(0)))) {
                continue;
            }
            out.add(stem(raw));
        }
        return out;
    }

    private static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return (double) common / Math.min(a.size(), b.size());
    }

    /** "10,000 soldiers" and "12,000 soldiers" are different claims even when the words agree. */
    private static boolean numbersConflict(Claim a, Claim b) {
        for (Quantity qa : a.quantities()) {
            if (qa.unit().isBlank()) {
                continue;
            }
            boolean sameUnitSeen = false;
            boolean sameValueSeen = false;
            for (Quantity qb : b.quantities()) {
                if (stem(qa.unit()).equalsIgnoreCase(stem(qb.unit()))) {
                    sameUnitSeen = true;
                    sameValueSeen |= qa.value() == qb.value();
                }
            }
            if (sameUnitSeen && !sameValueSeen) {
                return true;
            }
        }
        return false;
    }
}
