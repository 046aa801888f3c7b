package org.factdesk.extract.quantity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.extract.quantity.QuantityTokens.Tok;
import org.factdesk.extract.quantity.QuantityTokens.Type;

/**
 * Reads the number at a token: digits (grouped, decimal, with a glued or spaced scale such as "10k",
 * "$5 mln"), fractions ("½", "3/4"), number words ("three thousand", "half") and vague amounts
 * ("thousands of", "several hundred"). Only the value and its extent; what it counts is read elsewhere.
 */
final class NumberReader {
    private NumberReader() {}

    /** A number read at a token: its extent [from, to), value (and upper end), and how it was written. */
    record Num(int from, int to, double value, Double upper, boolean vague, boolean scaled, double scale,
               boolean word, String unitFromSuffix) {
        Num withValue(double v, Double u) {
            return new Num(from, to, v, u, vague, scaled, scale, word, unitFromSuffix);
        }
    }

    /** Scale words; "lakh" and "crore" as Indian and South Asian English news writes large numbers. */
    static final Map<String, Double> SCALE = Map.of(
            "hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12,
            "lakh", 1e5, "lakhs", 1e5, "crore", 1e7, "crores", 1e7);

    private static final Map<String, Double> GLUED_SCALE = Map.ofEntries(
            Map.entry("k", 1e3), Map.entry("K", 1e3), Map.entry("M", 1e6), Map.entry("mn", 1e6), Map.entry("mln", 1e6),
            Map.entry("bn", 1e9), Map.entry("bln", 1e9), Map.entry("b", 1e9), Map.entry("B", 1e9), Map.entry("tn", 1e12),
            Map.entry("trn", 1e12), Map.entry("tln", 1e12));

    /** Scale abbreviations that may stand apart from the digits: "10 bn", "8 B people", "$5 mln". */
    private static final Set<String> SPACED_SCALE = Set.of("M", "B", "bn", "bln", "mln", "trn", "tln");

    private static final Map<String, Double> FRACTION_WORDS = Map.ofEntries(
            Map.entry("half", 2.0), Map.entry("halves", 2.0), Map.entry("third", 3.0), Map.entry("thirds", 3.0),
            Map.entry("quarter", 4.0), Map.entry("quarters", 4.0), Map.entry("fourth", 4.0), Map.entry("fourths", 4.0),
            Map.entry("fifth", 5.0), Map.entry("fifths", 5.0), Map.entry("sixth", 6.0), Map.entry("sixths", 6.0),
            Map.entry("eighth", 8.0), Map.entry("eighths", 8.0), Map.entry("tenth", 10.0), Map.entry("tenths", 10.0));

    private static final Map<Character, Double> FRACTION_CHARS = Map.of(
            '½', 0.5, '¼', 0.25, '¾', 0.75, '⅓', 1.0 / 3, '⅔', 2.0 / 3, '⅛', 0.125);

    /** Words after "half" that make it an amount: "half of", "half the", "half its". */
    private static final Set<String> DETERMINERS_AFTER_HALF = Set.of("of", "the", "its", "their", "his", "her", "our", "a", "an");

    /** Words before "half" that make it a part of a period or a game ("the first half"), not an amount. */
    private static final Set<String> BEFORE_HALF_AS_PERIOD = Set.of("first", "second", "this", "last", "next", "the", "a", "one", "and", "-");

    /** Words before "one" that make it a pronoun ("no one", "the right one"), not a count. */
    private static final Set<String> BEFORE_PRONOUN_ONE = Set.of("no", "any", "every", "each", "the", "this", "that", "which", "someone", "anyone", "little",
                "big", "new", "old", "last", "next", "other", "another", "only", "a", "same", "right", "wrong");

    /** A group of thousands after a plain space: the "000" of "10 000". */
    private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");

    /** The first group of a number written with plain-space thousands ("10" of "10 000"). */
    private static final Pattern ONE_TO_THREE_DIGITS = Pattern.compile("\\d{1,3}");

    /** Words after which "zero" names an idea, not an amount: "zero tolerance", "zero hour", "zero-sum". */
    private static final Set<String> ZERO_IDIOMS = Set.of(
            "tolerance", "hour", "sum", "day", "gravity", "waste", "covid", "option", "point", "interest");

    /** Parses a number (digits, words, fractions, vague amounts) at token i, with its scale word. */
    static Num parseNumber(String text, List<Tok> toks, int i) {
        Tok t = toks.get(i);
        Num base = switch (t.type()) {
            case NUM -> digits(text, toks, i);
            case WORD -> words(toks, i);
            case SYM -> symbolNumber(text, toks, i);
        };
        if (base == null || base.vague()) {
            return base;
        }
        return scaled(toks, base);
    }

    private static Num symbolNumber(String text, List<Tok> toks, int i) {
        Tok t = toks.get(i);
        char c = t.text().charAt(0);
        if (FRACTION_CHARS.containsKey(c)) {
            return new Num(i, i + 1, FRACTION_CHARS.get(c), null, false, false, 1, false, null);
        }
        // negative numbers: "-5 yards", "$-50.8bn", "−3"; ".500" decimals
        if (i + 1 < toks.size() && toks.get(i + 1).type() == Type.NUM && toks.get(i + 1).glued()) {
            Tok prev = i > 0 ? toks.get(i - 1) : null;
            boolean free = prev == null || !t.glued() || prev.text().equals("$") || prev.text().equals("(");
            if ((c == '-' || c == '−') && free && (prev == null || prev.type() != Type.NUM)
                    && (prev == null || !isWordNumber(prev.lower()) && !(prev.type() == Type.WORD && QuantityTokens.hasUpper(prev.text())))) {
                Num n = digits(text, toks, i + 1);
                return n == null ? null : new Num(i, n.to(), -n.value(), null, false, false, 1, false, n.unitFromSuffix());
            }
            if (c == '.' && free && prev != null && prev.type() != Type.NUM && !toks.get(i + 1).text().contains(".")) {
                Num n = digits(text, toks, i + 1);
                if (n != null) {
                    double v = Double.parseDouble("0." + toks.get(i + 1).text());
                    return new Num(i, n.to(), v, null, false, false, 1, false, n.unitFromSuffix());
                }
            }
        }
        return null;
    }

    /** A capitalised word at j: the group before it is a model's number ("400 737 Max jets"), not thousands. */
    private static boolean beforeName(List<Tok> toks, int j) {
        return j < toks.size() && toks.get(j).type() == Type.WORD && Character.isUpperCase(toks.get(j).text().charAt(0));
    }

    private static Num digits(String text, List<Tok> toks, int i) {
        Tok t = toks.get(i);
        double v = Double.parseDouble(t.text().replaceAll("[,\u2009\u202F\u00A0]", ""));
        int to = i + 1;
        // "10 000": plain-space thousands grouping
        while (to < toks.size() && !t.text().contains(".") && v < 1000 && v >= 1
                && toks.get(to).type() == Type.NUM && THREE_DIGITS.matcher(toks.get(to).text()).matches()
                && text != null && text.charAt(toks.get(to).start() - 1) == ' ' && toks.get(to).start() - toks.get(to - 1).end() == 1
                && ONE_TO_THREE_DIGITS.matcher(toks.get(i).text()).matches() && (i == 0 || !toks.get(i - 1).is(","))
                && !beforeName(toks, to + 1)) {
            v = v * 1000 + Double.parseDouble(toks.get(to).text());
            to++;
        }
        // "1.99×10−30"-style scientific notation is rare in news and ignored; "1½"
        if (to < toks.size() && toks.get(to).glued() && toks.get(to).type() == Type.SYM
                && FRACTION_CHARS.containsKey(toks.get(to).text().charAt(0))) {
            v += FRACTION_CHARS.get(toks.get(to).text().charAt(0));
            to++;
        }
        // simple fraction "3/4", "2/3" (not a date such as 9/11 or 9/11/2001)
        double fraction = slashFraction(toks, to);
        if (!Double.isNaN(fraction) && !(i >= 1 && toks.get(i - 1).is("/") && toks.get(i).glued())) {
            return new Num(i, to + 2, v * fraction, null, false, false, 1, false, null);
        }
        // a mixed fraction: "10 1/2 miles"
        if (to + 3 < toks.size() && v == Math.rint(v) && toks.get(to).type() == Type.NUM && !toks.get(to).glued()
                && toks.get(to).start() - toks.get(to - 1).end() == 1) {
            double f = slashFraction(toks, to + 1);
            double numerator = Double.parseDouble(toks.get(to).text().replace(",", ""));
            if (!Double.isNaN(f) && numerator < 1 / f) {
                return new Num(i, to + 3, v + numerator * f, null, false, false, 1, false, null);
            }
        }
        // "2 and a half"
        NumberWords.Parsed half = NumberWords.trailingFraction(toks, to);
        if (half != null) {
            return new Num(i, half.to(), v + half.value(), null, false, false, 1, false, null);
        }
        return new Num(i, to, v, null, false, false, 1, false, null);
    }

    /**
     * 1/d for a slash and a denominator news text writes fractions with, glued after a whole number
     * ("2/3", "3/4"); NaN when the slash is not a fraction's ("9/11", "24/7", "9/25/2023").
     */
    private static double slashFraction(List<Tok> toks, int slash) {
        if (slash + 1 >= toks.size() || !toks.get(slash).is("/") || !toks.get(slash).glued() || !toks.get(slash + 1).glued()
                || toks.get(slash + 1).type() != Type.NUM || slash + 2 < toks.size() && toks.get(slash + 2).is("/")) {
            return Double.NaN;
        }
        double numerator = Double.parseDouble(toks.get(slash - 1).text().replace(",", ""));
        double d = Double.parseDouble(toks.get(slash + 1).text().replace(",", ""));
        boolean fraction = d == Math.rint(d) && NonQuantities.FRACTION_DENOMINATORS.contains((int) d)
                && numerator < d && numerator == Math.rint(numerator) && numerator >= 1;
        return fraction ? 1 / d : Double.NaN;
    }

    private static boolean isWordNumber(String w) {
        return NumberWords.SMALL.containsKey(w) || w.equals("dozen");
    }

    private static Num words(List<Tok> toks, int i) {
        Tok t = toks.get(i);
        String w = t.lower();
        // "minus 130", "minus-1.4", "negative 0.5 percent", "minus five percent"
        if ((w.equals("minus") || w.equals("negative")) && i + 1 < toks.size()) {
            int k = toks.get(i + 1).is("-") && toks.get(i + 1).glued() ? i + 2 : i + 1;
            if (k < toks.size() && toks.get(k).type() == Type.NUM) {
                Num n = digits(null, toks, k);
                return new Num(i, n.to(), -n.value(), null, false, false, 1, false, n.unitFromSuffix());
            }
            // spelled out only after "minus": "a negative one" is a review, not -1
            NumberWords.Parsed spelled = w.equals("minus") && k < toks.size() && toks.get(k).type() == Type.WORD
                    && NumberWords.SMALL.containsKey(toks.get(k).lower()) ? NumberWords.parse(toks, k) : null;
            if (spelled != null) {
                return new Num(i, spelled.to(), -spelled.value(), null, false, spelled.scale() > 1, spelled.scale(),
                        true, null);
            }
            return null;
        }
        // capitalised inside a sentence, number words are names: "BBC One", "Kick Six", "Big Ten"
        if (Character.isUpperCase(t.text().charAt(0)) && i > 0 && toks.get(i - 1).type() == Type.WORD
                && QuantityTokens.hasUpper(toks.get(i - 1).text()) && NumberWords.SMALL.containsKey(w)) {
            return null;
        }
        // vague amounts: "several hundred", "a few thousand", "thousands of", "tens of thousands", "dozens of"
        Num vague = vague(toks, i);
        if (vague != null) {
            return vague;
        }
        // "half a million", "a quarter million", "two thirds of a million", "half a dozen"
        NumberWords.Parsed ofScale = NumberWords.fractionOfScale(toks, i);
        if (ofScale != null) {
            return new Num(i, ofScale.to(), ofScale.value(), null, false, ofScale.scale() > 1, ofScale.scale(), true, null);
        }
        // "a dozen", "a hundred", "a million and a half", "a third of", "a quarter of", "a year and a half"
        if ((w.equals("a") || w.equals("an")) && i + 1 < toks.size()) {
            String n = toks.get(i + 1).lower();
            if (n.equals("dozen")) {
                return new Num(i, i + 2, 12, null, false, false, 1, true, null);
            }
            if (SCALE.containsKey(n) && !(i + 2 < toks.size() && toks.get(i + 2).is("of"))) {
                NumberWords.Parsed p = NumberWords.parse(toks, i);
                if (p != null) {
                    return new Num(i, p.to(), p.value(), null, false, true, SCALE.get(n), true, null);
                }
            }
            if (Units.lookup(n) != null && !Units.isCurrencyWord(n) && NumberWords.trailingFraction(toks, i + 2) != null) {
                return new Num(i, i + 1, 1, null, false, false, 1, true, null); // the half is added after the unit
            }
            if ((n.equals("third") || n.equals("quarter") || n.equals("fifth") || n.equals("tenth") || n.equals("half"))
                    && i + 2 < toks.size() && toks.get(i + 2).is("of")) {
                return new Num(i, i + 2, 1 / FRACTION_WORDS.get(n), null, false, false, 1, true, null);
            }
            return null;
        }
        if (w.equals("half") && i + 1 < toks.size()) {
            String n = toks.get(i + 1).lower();
            String p = i > 0 ? toks.get(i - 1).lower() : "";
            if (DETERMINERS_AFTER_HALF.contains(n)
                    && !BEFORE_HALF_AS_PERIOD.contains(p)) {
                return new Num(i, i + 1, 0.5, null, false, false, 1, true, null);
            }
            return null;
        }
        if (w.equals("dozen") && (i == 0 || !toks.get(i - 1).is("a"))) {
            return null;
        }
        if (!NumberWords.SMALL.containsKey(w)) {
            return null;
        }
        if (w.equals("one") && isPronounOne(toks, i)) {
            return null;
        }
        if (w.equals("zero") && zeroNamesAnIdea(toks, i)) {
            return null;
        }
        if (i + 1 < toks.size() && toks.get(i + 1).type() == Type.NUM) {
            return null; // "just one 52,000 barrel-a-day refinery"
        }
        if (i + 2 < toks.size() && toks.get(i + 1).is("-") && toks.get(i + 1).glued() && toks.get(i + 2).glued()
                && toks.get(i + 2).type() == Type.WORD && !NumberWords.SMALL.containsKey(toks.get(i + 2).lower())
                && !FRACTION_WORDS.containsKey(toks.get(i + 2).lower()) && UnitReader.unitPhrase(toks, i + 2) == null) {
            return null; // a compound adjective: "six-speed", "one-sided"
        }
        // compound words: "twenty-five", "three hundred and fifty", "one thousand two hundred", "two and a half million"
        NumberWords.Parsed parsed = NumberWords.parse(toks, i);
        if (parsed == null) {
            return null;
        }
        double total = parsed.value();
        int to = parsed.to();
        if (to < toks.size() && toks.get(to).is("dozen")) {
            return new Num(i, to + 1, total * 12, null, false, false, 1, true, null); // "two dozen"
        }
        if (parsed.scale() > 1) {
            return new Num(i, to, total, null, false, true, parsed.scale(), true, null);
        }
        // fractions in words: "two-thirds", "one third", "one fourth", "three quarters"
        int f = to;
        if (f < toks.size() && toks.get(f).is("-") && toks.get(f).glued()) {
            f++;
        }
        if (f < toks.size() && FRACTION_WORDS.containsKey(toks.get(f).lower()) && total >= 1 && total < 10) {
            String fw = toks.get(f).lower();
            boolean plural = fw.endsWith("s");
            if ((plural && total > 1) || (!plural && total == 1)) {
                return new Num(i, f + 1, total / FRACTION_WORDS.get(fw), null, false, false, 1, true, null);
            }
        }
        return new Num(i, to, total, null, false, false, 1, true, null);
    }

    /** "zero tolerance", "zero hour", "ground zero", "Patient Zero": "zero" that counts nothing. */
    private static boolean zeroNamesAnIdea(List<Tok> toks, int i) {
        if (i > 0 && (toks.get(i - 1).is("ground") || toks.get(i - 1).is("patient") || toks.get(i - 1).is("year"))) {
            return true;
        }
        int n = i + 1 < toks.size() && toks.get(i + 1).is("-") && toks.get(i + 1).glued() ? i + 2 : i + 1;
        return n < toks.size() && ZERO_IDIOMS.contains(toks.get(n).lower());
    }

    private static boolean isPronounOne(List<Tok> toks, int i) {
        String prev = i > 0 ? toks.get(i - 1).lower() : "";
        String next = i + 1 < toks.size() ? toks.get(i + 1).lower() : "";
        if (BEFORE_PRONOUN_ONE.contains(prev)
                && !next.equals("of")) {
            return true;
        }
        boolean endsPhrase = next.isEmpty() || !Character.isLetterOrDigit(next.charAt(0)) && !next.equals("-")
                || (UnitReader.STOP.contains(next) && !next.equals("of") && !next.equals("more") && !next.equals("per")
                    && !next.equals("to") && !next.equals("or") && !next.equals("and"));
        if (endsPhrase && !prev.equals("of")) {
            return true; // "on one in order to", "have one."
        }
        return next.equals("another") || next.equals("'s") || next.equals("’s") || next.equals("day")
                || next.equals("-") || next.equals("way") || next.equals("thing");
    }

    private static Num vague(List<Tok> toks, int i) {
        String w = toks.get(i).lower();
        String n1 = i + 1 < toks.size() ? toks.get(i + 1).lower() : "";
        String n2 = i + 2 < toks.size() ? toks.get(i + 2).lower() : "";
        String n3 = i + 3 < toks.size() ? toks.get(i + 3).lower() : "";
        // "several hundred", "a few thousand"
        if (w.equals("several") && SCALE.containsKey(n1)) {
            double s = SCALE.get(n1);
            return new Num(i, i + 2, 3 * s, 9 * s, true, true, s, true, null);
        }
        if (w.equals("a") && n1.equals("few") && SCALE.containsKey(n2)) {
            double s = SCALE.get(n2);
            return new Num(i, i + 3, 2 * s, 9 * s, true, true, s, true, null);
        }
        // "tens of thousands", "hundreds of thousands", "tens of millions"
        if ((w.equals("tens") || w.equals("hundreds")) && n1.equals("of") && n2.endsWith("s") && SCALE.containsKey(n2.substring(0, n2.length() - 1))) {
            double s = SCALE.get(n2.substring(0, n2.length() - 1)) * (w.equals("tens") ? 10 : 100);
            int to = n3.equals("of") ? i + 4 : i + 3;
            return new Num(i, to, s, s * 10, true, true, s, true, null);
        }
        // "thousands of", "millions of", "hundreds of", "dozens of"
        if (n1.equals("of") && w.endsWith("s")) {
            String single = w.substring(0, w.length() - 1);
            if (SCALE.containsKey(single)) {
                double s = SCALE.get(single);
                return new Num(i, i + 2, s, s * 10, true, true, s, true, null);
            }
            if (single.equals("dozen")) {
                return new Num(i, i + 2, 12, 120.0, true, true, 12, true, null);
            }
        }
        return null;
    }

    /** Applies a scale after the number: "1.5 million", "10k", "$1.76bn", "8 B people", "two dozen". */
    private static Num scaled(List<Tok> toks, Num base) {
        int j = base.to();
        double v = base.value();
        double scale = 1;
        String unitSuffix = base.unitFromSuffix();
        while (j < toks.size()) {
            Tok t = toks.get(j);
            String lw = t.lower();
            if (t.type() != Type.WORD) {
                break;
            }
            if (SCALE.containsKey(lw)) {
                if (base.word() && (lw.equals("hundred") || base.scaled())) {
                    break; // already part of the number words, which took every scale they could
                }
                scale *= SCALE.get(lw);
                j++;
                continue;
            }
            if (scale == 1 && t.glued() && (GLUED_SCALE.containsKey(t.text()) || GLUED_SCALE.containsKey(lw) && lw.length() > 1)) {
                scale = GLUED_SCALE.getOrDefault(t.text(), GLUED_SCALE.get(lw));
                j++;
                break;
            }
            if (scale == 1 && !t.glued() && SPACED_SCALE.contains(t.text()) && !base.word()) {
                scale = GLUED_SCALE.get(t.text());
                j++;
                break;
            }
            if (scale == 1 && t.glued() && (t.text().equals("m") || t.text().equals("T"))) {
                unitSuffix = t.text(); // decided later: million (trillion) with money, metres (tesla) otherwise
                j++;
            }
            break;
        }
        // "3 million and a half"
        NumberWords.Parsed half = scale > 1 ? NumberWords.trailingFraction(toks, j) : null;
        if (half != null) {
            v += half.value();
            j = half.to();
        }
        if (scale == 1 && j == base.to()) {
            return base;
        }
        return new Num(base.from(), j, times(v, scale), null, false, scale != 1, scale, base.word(), unitSuffix);
    }

    /** Decimal product, so that 4.1 million is 4,100,000 and not 4,099,999.9999999995. */
    static double times(double v, double scale) {
        return java.math.BigDecimal.valueOf(v).multiply(java.math.BigDecimal.valueOf(scale)).doubleValue();
    }
}
