package org.factdesk.archive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a passage restates a claim or goes against it, from the words alone: how much of the
 * claim's content the passage covers, whether one of them negates or restricts what the other says
 * ("never", "refused", "only"), and whether the claim's numbers appear in the passage.
 *
 * <p>Deliberately simple and explainable; measured on FEVER-Symmetric (see README). The workbench
 * uses it only when the signal is strong, to flag a passage as restating or negating a claim.
 */
public final class TextStance {
    /** Coverage above which (after penalties) a passage is taken to support the claim. */
    static final double SUPPORT_THRESHOLD = 0.6;
    static final double NEGATION_PENALTY = 0.5;
    static final double NUMBER_PENALTY = 0.4;

    private static final Pattern TOKEN = Pattern.compile("n't|[\\p{L}\\p{N}]+(?:[.,'’-][\\p{L}\\p{N}]+)*");
    private static final Set<String> NEGATION = Set.of("not", "no", "never", "only", "refused", "incapable", "failed",
            "unable", "nobody", "none", "without", "zero", "lost", "worst", "exclusively", "neither", "nor", "n't",
            "cannot", "rejected", "denied", "avoided", "stopped", "ended", "didn", "doesn", "isn", "wasn", "won");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "on", "and", "or", "for", "with",
            "by", "at", "from", "as", "that", "this", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it",
            "its", "his", "her", "their", "he", "she", "they", "will", "would", "who", "which", "than", "more", "also",
            "but", "about", "after", "before", "since", "s", "lrb", "rrb");

    /** The judgement and what it rests on. */
    public record Judgement(boolean supports, double score, double coverage, boolean negationMismatch,
                            boolean missingNumber) {
    }

    private TextStance() {
    }

    public static Judgement judge(String claim, String passage) {
        List<String> c = tokens(claim);
        List<String> e = tokens(passage);
        Set<String> passageWords = new HashSet<>(e);
        int claimNegations = 0;
        int passageNegations = 0;
        List<String> content = new ArrayList<>();
        Set<String> claimNumbers = new HashSet<>();
        for (String t : c) {
            if (NEGATION.contains(t)) {
                claimNegations++;
            } else if (!STOP.contains(t)) {
                content.add(t);
            }
            if (Character.isDigit(t.charAt(0))) {
                claimNumbers.add(t);
            }
        }
        for (String t : e) {
            if (NEGATION.contains(t)) {
                passageNegations++;
            }
        }
        int covered = 0;
        for (String t : content) {
            if (passageWords.contains(t)) {
                covered++;
            }
        }
        double coverage = content.isEmpty() ? 0 : (double) covered / content.size();
        boolean negationMismatch = claimNegations != passageNegations;
        boolean missingNumber = !claimNumbers.isEmpty() && !passageWords.containsAll(claimNumbers);
        double score = coverage - (negationMismatch ? NEGATION_PENALTY : 0) - (missingNumber ? NUMBER_PENALTY : 0);
        return new Judgement(score > SUPPORT_THRESHOLD, score, coverage, negationMismatch, missingNumber);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group().replace(",", ""));
        }
        return out;
    }
}
