package org.factdesk.extract.quantity;

import java.util.List;
import java.util.Map;
import org.factdesk.extract.quantity.QuantityTokens.Tok;

/**
 * Numbers written in words, with their scales and fractions: "three thousand nine hundred and
 * sixty-five", "two thousand and two hundred", "one and a half million", "one million and a half",
 * "half a million", "a quarter million", "two thirds of a million", "a hundred and fifty".
 *
 * <p>Reads left to right in one pass, at most a few dozen tokens, and stops at the first word that
 * cannot continue the number. An "and" is taken only after "hundred" or a scale word, and given back
 * when the number after it is itself scaled ("one hundred and two hundred" is two numbers).
 */
final class NumberWords {
    private NumberWords() {
    }

    /** A number in words: the token after it, its value and the largest scale word in it (1 when none). */
    record Parsed(int to, double value, double scale) {
    }

    static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));
    static final Map<String, Double> SCALE = Map.of(
            "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12, "lakh", 1e5, "crore", 1e7);
    /** Denominators of the fractions said in words; "a half", "two thirds", "three quarters". */
    static final Map<String, Double> FRACTIONS = Map.ofEntries(
            Map.entry("half", 2.0), Map.entry("halves", 2.0), Map.entry("third", 3.0), Map.entry("thirds", 3.0),
            Map.entry("quarter", 4.0), Map.entry("quarters", 4.0), Map.entry("fourth", 4.0), Map.entry("fourths", 4.0),
            Map.entry("fifth", 5.0), Map.entry("fifths", 5.0), Map.entry("sixth", 6.0), Map.entry("sixths", 6.0),
            Map.entry("eighth", 8.0), Map.entry("eighths", 8.0), Map.entry("tenth", 10.0), Map.entry("tenths", 10.0));

    private enum Last { NONE, UNIT, TEEN, TENS, HUNDRED, SCALE, FRACTION }

    private static String word(List<Tok> toks, int k) {
        return k < toks.size() ? toks.get(k).lower() : "";
    }

    private static boolean isScale(String w) {
        return SCALE.containsKey(w);
    }

    /**
     * A fraction of a scale at token i: "half a million", "a half million", "a quarter million",
     * "quarter million", "two thirds of a million", "half a dozen"; null when there is none.
     */
    static Parsed fractionOfScale(List<Tok> toks, int i) {
        int k = i;
        double count = 1;
        String w = word(toks, k);
        if (w.equals("a") || w.equals("an")) {
            k++;
        } else if (SMALL.containsKey(w) && SMALL.get(w) >= 1 && SMALL.get(w) < 10) {
            count = SMALL.get(w);
            k++;
            if (word(toks, k).equals("-") && toks.get(k).glued()) {
                k++;
            }
        }
        String f = word(toks, k);
        if (!FRACTIONS.containsKey(f) || (count > 1) != f.endsWith("s") && !f.equals("halves")) {
            return null;
        }
        double fraction = count / FRACTIONS.get(f);
        k++;
        // "half a million", "two thirds of a million", "a quarter of a billion"
        int m = k;
        if (word(toks, m).equals("of")) {
            m++;
        }
        if ((word(toks, m).equals("a") || word(toks, m).equals("an")) && isScaleOrDozen(word(toks, m + 1))) {
            return new Parsed(m + 2, fraction * scaleOf(word(toks, m + 1)), scaleOf(word(toks, m + 1)));
        }
        // "a quarter million", "half million", "three quarters million"
        if (m == k && isScale(word(toks, k))) {
            return new Parsed(k + 1, fraction * SCALE.get(word(toks, k)), SCALE.get(word(toks, k)));
        }
        return null;
    }

    private static boolean isScaleOrDozen(String w) {
        return isScale(w) || w.equals("dozen") || w.equals("hundred");
    }

    private static double scaleOf(String w) {
        return w.equals("dozen") ? 12 : w.equals("hundred") ? 100 : SCALE.get(w);
    }

    /**
     * The number in words starting at token i ("a" only before "hundred" or a scale word), or null
     * when token i does not start one.
     */
    static Parsed parse(List<Tok> toks, int i) {
        int k = i;
        String first = word(toks, k);
        double total = 0;
        double current = 0;
        double scale = 1;
        double smallestScale = Double.MAX_VALUE;
        Last last = Last.NONE;
        if (first.equals("a") || first.equals("an")) {
            String n = word(toks, k + 1);
            if (!n.equals("hundred") && !isScale(n)) {
                return null;
            }
            current = 1;
            last = Last.UNIT;
            k++;
        }
        int end = -1;
        // state before an "and", restored when the "and" turns out to join two numbers
        int beforeAnd = -1;
        double totalBeforeAnd = 0;
        double currentBeforeAnd = 0;
        int guard = 0;
        while (k < toks.size() && guard++ < 64) {
            String w = toks.get(k).lower();
            Integer small = SMALL.get(w);
            if (small != null && last != Last.FRACTION) {
                boolean fits = switch (last) {
                    case NONE, HUNDRED, SCALE -> true;
                    case TENS -> small >= 1 && small <= 9;
                    default -> false;
                };
                if (!fits || small == 0 && last != Last.NONE) {
                    break;
                }
                current += small;
                last = small >= 20 ? Last.TENS : small >= 10 ? Last.TEEN : Last.UNIT;
                end = ++k;
            } else if (w.equals("hundred") && (last == Last.UNIT || last == Last.TEEN || last == Last.TENS)
                    && current > 0 && current < 100) {
                current *= 100;
                last = Last.HUNDRED;
                end = ++k;
            } else if (isScale(w) && last != Last.NONE && (current > 0 || total > 0)) {
                double s = SCALE.get(w);
                if (current == 0) {
                    break; // "a million thousand"
                }
                if (s >= smallestScale) {
                    break; // "a thousand million" is read as two numbers, as is "two million three million"
                }
                total += current * s;
                smallestScale = Math.min(smallestScale, s);
                scale = Math.max(scale, s);
                current = 0;
                last = Last.SCALE;
                end = ++k;
            } else if (w.equals("-") && last == Last.TENS && toks.get(k).glued() && k + 1 < toks.size()
                    && toks.get(k + 1).glued() && SMALL.getOrDefault(toks.get(k + 1).lower(), 0) >= 1
                    && SMALL.get(toks.get(k + 1).lower()) <= 9) {
                k++; // "twenty-five"
            } else if (w.equals("and") && last != Last.NONE && last != Last.FRACTION) {
                Parsed fraction = andFraction(toks, k);
                if (fraction != null) {
                    // "one and a half", "a million and a half": the fraction of the last word's size
                    if (last == Last.SCALE) {
                        total += fraction.value() * smallestScale;
                    } else {
                        current += fraction.value();
                    }
                    last = Last.FRACTION;
                    end = k = fraction.to();
                    continue;
                }
                if ((last == Last.HUNDRED || last == Last.SCALE) && SMALL.containsKey(word(toks, k + 1))
                        && !word(toks, k + 1).equals("zero")) {
                    beforeAnd = end;
                    totalBeforeAnd = total;
                    currentBeforeAnd = current;
                    last = Last.SCALE; // any small number may follow
                    k++;
                    continue;
                }
                break;
            } else if (isScale(w) && last == Last.FRACTION) {
                // "one and a half million"
                double s = SCALE.get(w);
                total += current * s;
                current = 0;
                scale = Math.max(scale, s);
                smallestScale = Math.min(smallestScale, s);
                last = Last.SCALE;
                end = ++k;
                break;
            } else {
                break;
            }
        }
        if (beforeAnd >= 0 && end == k && (word(toks, k).equals("hundred") || isScale(word(toks, k)))) {
            // "one hundred and two hundred", "a thousand and two million": the "and" joins two numbers
            total = totalBeforeAnd;
            current = currentBeforeAnd;
            end = beforeAnd;
        }
        if (end < 0) {
            return null;
        }
        return new Parsed(end, total + current, scale);
    }

    /** "and a half", "and one half", "and a quarter", "and three quarters" at token k (the "and"). */
    private static Parsed andFraction(List<Tok> toks, int k) {
        String n = word(toks, k + 1);
        String f = word(toks, k + 2);
        double count;
        if (n.equals("a") || n.equals("an") || n.equals("one")) {
            count = 1;
        } else if (SMALL.containsKey(n) && SMALL.get(n) > 1 && SMALL.get(n) < 10) {
            count = SMALL.get(n);
        } else {
            return null;
        }
        if (!FRACTIONS.containsKey(f) || (count > 1) != f.endsWith("s")) {
            return null;
        }
        return new Parsed(k + 3, count / FRACTIONS.get(f), 1);
    }

    /** "and a half" (or a quarter ...) right after a number or its unit, as a value, or null. */
    static Parsed trailingFraction(List<Tok> toks, int k) {
        return word(toks, k).equals("and") ? andFraction(toks, k) : null;
    }
}
