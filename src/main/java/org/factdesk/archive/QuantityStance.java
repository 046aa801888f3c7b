package org.factdesk.archive;

import org.apache.lucene.analysis.Analyzer;
import org.factdesk.model.Claim;
import org.factdesk.model.Quantity;
import org.factdesk.model.Stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stance of a passage towards a quantity claim: when the passage gives a value for the same counted
 * noun (troops ~ soldiers through the synonyms) and names the claim's place or actor, the value
 * agrees (within the claim's qualifier: "about", "up to", "more than") or differs; else it mentions.
 */
final class QuantityStance {
    /** How far "about" stretches: about 10,000 covers 9,500 to 10,500, not 11,000. */
    static final double ABOUT_TOLERANCE = 0.05;
    static final double EXACT_TOLERANCE = 0.005;
    /** "up to X" / "more than X" agree with figures within this factor of X. */
    static final double BOUND_REACH = 0.75;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private static final int NOUN_WINDOW = 4;

    record Result(Stance stance, String note) {
    }

    private final Analyzer nounAnalyzer;   // with synonyms: the claim's noun and its aliases
    private final Analyzer passageAnalyzer; // plain: the passage's words

    QuantityStance(Analyzer queryTextAnalyzer, Analyzer textAnalyzer) {
        this.nounAnalyzer = queryTextAnalyzer;
        this.passageAnalyzer = textAnalyzer;
    }

    /**
     * A figure in the headline is the article's own figure and decides; otherwise the passage's
     * figures do (the passage may quote the claim's figure only to compare it with its own).
     */
    Result assess(Claim claim, String passage, String title) {
        List<Quantity> quantities = claim.quantities().stream().filter(q -> !q.vague() && q.value() != 0).toList();
        if (quantities.isEmpty() || passage.isEmpty() || !namesSamePlaceOrActor(claim.text(), passage + "\n" + title)) {
            return new Result(Stance.MENTIONS, "");
        }
        List<Set<String>> nouns = quantities.stream().map(q -> terms(nounAnalyzer, nounOf(q, claim))).toList();
        Result headline = title == null || title.isBlank() ? null : compare(quantities, nouns, title);
        if (headline != null && headline.stance() != Stance.MENTIONS) {
            return new Result(headline.stance(), headline.note() + " (headline)");
        }
        Result inPassage = compare(quantities, nouns, passage);
        return inPassage != null ? inPassage : new Result(Stance.MENTIONS, "");
    }

    Result assess(Claim claim, String passage) {
        return assess(claim, passage, "");
    }

    private Result compare(List<Quantity> quantities, List<Set<String>> nouns, String passage) {
        String lower = passage.toLowerCase(Locale.ROOT);
        Result differs = null;
        for (NumberNormalizer.NumberMention n : NumberNormalizer.find(passage)) {
            if (NumberNormalizer.looksLikeYear(passage, n)) {
                continue;
            }
            // "12,000 soldiers", or "the number of soldiers in Russia at 12,000"
            Set<String> near = terms(passageAnalyzer, wordsAfter(passage, n.end(), NOUN_WINDOW));
            near.addAll(terms(passageAnalyzer, wordsBefore(passage, n.start(), 2 * NOUN_WINDOW)));
            double value = n.value().doubleValue();
            Quantity closest = null;
            for (int i = 0; i < quantities.size(); i++) {
                Quantity q = quantities.get(i);
                if (nouns.get(i).stream().anyMatch(near::contains)
                        && (closest == null || logDistance(q, value) < logDistance(closest, value))) {
                    closest = q;
                }
            }
            if (closest == null) {
                continue;
            }
            String figure = passage.substring(n.start(), n.end());
            String passageQualifier = qualifierBefore(lower, n.start());
            if (agrees(closest, value, passageQualifier)) {
                return new Result(Stance.AGREES, "states " + figure + ", as the claim (" + claimFigure(closest) + ")");
            }
            if (differs == null && sameMagnitude(closest, value) && !compatible(closest, value, passageQualifier)) {
                differs = new Result(Stance.DIFFERS, figure + " vs " + claimFigure(closest) + " in the claim");
            }
        }
        return differs;
    }

    private static double logDistance(Quantity q, double value) {
        return Math.abs(Math.log(Math.max(value, 1e-9) / Math.max(q.value(), 1e-9)));
    }

    /** Figures for the same thing are of the same order; "1,500 already moved" is not an estimate of "10,000 sent". */
    private static boolean sameMagnitude(Quantity q, double value) {
        double ratio = value / q.value();
        return ratio >= 0.5 && ratio <= 2.0;
    }

    /** A passage bound that does not contradict the claim: "at least 3,000" vs 10,000. */
    private static boolean compatible(Quantity q, double value, String passageQualifier) {
        return switch (passageQualifier) {
            case ">" -> value <= q.value();
            case "<" -> value >= (q.upper() != null ? q.upper() : q.value());
            default -> false;
        };
    }

    private static String claimFigure(Quantity q) {
        return q.qualifier().equals("=") ? q.valueText() : q.qualifierText() + " " + q.valueText();
    }

    /** The claim's quantities; claims built without the extractor get their numbers found here. */
    static List<Quantity> claimQuantities(Claim claim) {
        if (!claim.quantities().isEmpty()) {
            return claim.quantities().stream().filter(q -> !q.vague()).toList();
        }
        List<Quantity> out = new ArrayList<>();
        String text = claim.text();
        for (NumberNormalizer.NumberMention n : NumberNormalizer.find(text)) {
            double v = n.value().doubleValue();
            if (NumberNormalizer.looksLikeYear(text, n)) {
                continue;
            }
            String qualifier = qualifierBefore(text.toLowerCase(Locale.ROOT), n.start());
            out.add(new Quantity(text.substring(n.start(), n.end()), n.start(), n.end(), v, null,
                    wordsAfter(text, n.end(), NOUN_WINDOW), qualifier, false));
        }
        return out;
    }

    /** The counted noun: the extractor's unit, else the lower-case words right after the number. */
    private static String nounOf(Quantity q, Claim claim) {
        String unit = q.unit();
        String text = claim.text();
        if (unit.isBlank()) {
            // extractor quantities carry article offsets; the claim starts at claim.start() in the article
            int end = q.start() >= claim.start() && claim.end() > claim.start() && q.end() - claim.start() <= text.length()
                    ? q.end() - claim.start() : q.end();
            unit = end <= text.length() ? wordsAfter(text, end, NOUN_WINDOW) : "";
        }
        // nationality and place adjectives ("North Korean") are not the counted thing
        StringBuilder sb = new StringBuilder();
        Matcher m = WORD.matcher(unit);
        while (m.find()) {
            if (!Character.isUpperCase(m.group().charAt(0))) {
                sb.append(m.group()).append(' ');
            }
        }
        return sb.toString().strip();
    }

    static String wordsAfter(String text, int from, int n) {
        Matcher m = WORD.matcher(text);
        m.region(Math.min(from, text.length()), text.length());
        StringBuilder sb = new StringBuilder();
        int count = 0;
        int last = from;
        while (count < n && m.find()) {
            String between = text.substring(last, m.start());
            if (between.matches(".*[.;:!?\\d].*")) {
                break; // do not run into the next clause or number
            }
            sb.append(m.group()).append(' ');
            last = m.end();
            count++;
        }
        return sb.toString().strip();
    }

    /** Up to n words before the offset in the same clause (stops at sentence punctuation and other numbers). */
    static String wordsBefore(String text, int to, int n) {
        int from = to;
        int count = 0;
        while (from > 0 && count < n) {
            int i = from - 1;
            while (i >= 0 && !Character.isLetter(text.charAt(i))) {
                char c = text.charAt(i);
                if (".;:!?".indexOf(c) >= 0 || Character.isDigit(c)) {
                    return text.substring(from, to);
                }
                i--;
            }
            if (i < 0) {
                break;
            }
            int end = i + 1;
            while (i >= 0 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '-')) {
                i--;
            }
            from = i + 1;
            count++;
            if (end <= from) {
                break;
            }
        }
        return text.substring(from, to);
    }

    static String qualifierBefore(String lower, int start) {
        String before = lower.substring(Math.max(0, start - 20), start);
        if (before.matches(".*(about|around|approximately|roughly|some|nearly|almost|estimated|~)\\s*$")) {
            return "~";
        }
        if (before.matches(".*(up to|as many as|at most|no more than|less than|fewer than|under)\\s*$")) {
            return "<";
        }
        if (before.matches(".*(more than|over|at least|upwards of|in excess of)\\s*$")) {
            return ">";
        }
        return "=";
    }

    static boolean agrees(Quantity q, double value, String passageQualifier) {
        double v = q.value();
        double hi = q.upper() != null ? q.upper() : v;
        boolean vague = !passageQualifier.equals("=") || q.qualifier().equals("~");
        double tolerance = vague ? ABOUT_TOLERANCE : EXACT_TOLERANCE;
        return switch (q.qualifier()) {
            // "up to 8,000" is borne out by 8,000 or a little under, not by any smaller figure
            case "<", "<=" -> value <= hi * (1 + tolerance) && value >= hi * BOUND_REACH;
            case ">", ">=" -> value >= v * (1 - tolerance) && value <= v / BOUND_REACH;
            default -> value >= v * (1 - tolerance) && value <= hi * (1 + tolerance);
        };
    }

    /** When the claim names people or places (capitalised words inside the sentence), the passage names one too. */
    private static boolean namesSamePlaceOrActor(String claim, String passage) {
        Set<String> names = new HashSet<>();
        Matcher m = WORD.matcher(claim);
        boolean first = true;
        while (m.find()) {
            String w = m.group();
            if (!first && Character.isUpperCase(w.charAt(0)) && w.length() > 2) {
                names.add(w.toLowerCase(Locale.ROOT).replaceAll("(n|an|ian|ese|ish|i)$", ""));
            }
            first = false;
        }
        if (names.isEmpty()) {
            return true;
        }
        String p = passage.toLowerCase(Locale.ROOT);
        return names.stream().anyMatch(p::contains);
    }

    private static Set<String> terms(Analyzer analyzer, String text) {
        return new HashSet<>(AnalysedTerms.of(analyzer, ArchiveSchema.TEXT, text));
    }
}
