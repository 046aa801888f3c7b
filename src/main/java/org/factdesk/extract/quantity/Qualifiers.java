package org.factdesk.extract.quantity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.extract.quantity.QuantityTokens.Tok;
import org.factdesk.extract.quantity.QuantityTokens.Type;
import org.factdesk.model.Quantity;

/**
 * The qualifier or change written around a number: bounds ("up to" -> "<", "more than" -> ">",
 * "about" -> "~"), changes ("fell" -> "down") and a qualifier carried over from the quantity before
 * ("lost 190 points, or 0.6%"). Returns values, keeps no state, so the extractor is thread-safe.
 */
final class Qualifiers {
    private Qualifiers() {}

    /**
     * A qualifier or change ("<", "~", "up", "=") and where its words start in the text (-1 when none are
     * written).
     */
    record Qualifier(String value, int start) {}

    private static final Map<String, String> TWO_WORD = Map.ofEntries(
            Map.entry("up to", "<"), Map.entry("less than", "<"), Map.entry("fewer than", "<"),
            Map.entry("lower than", "<"), Map.entry("at most", "<="), Map.entry("just under", "<"),
            Map.entry("no more", "<="), Map.entry("not more", "<="), Map.entry("a maximum", "<="),
            Map.entry("as many", "<"), Map.entry("as much", "<"), Map.entry("as high", "<"),
            Map.entry("smaller than", "<"), Map.entry("larger than", ">"), Map.entry("bigger than", ">"),
            Map.entry("more than", ">"), Map.entry("greater than", ">"), Map.entry("higher than", ">"),
            Map.entry("at least", ">="), Map.entry("just over", ">"), Map.entry("well over", ">"),
            Map.entry("over than", ">"), Map.entry("upwards of", ">"), Map.entry("in excess", ">"),
            Map.entry("north of", ">"), Map.entry("no fewer", ">="), Map.entry("no less", ">="),
            Map.entry("not less", ">="), Map.entry("not fewer", ">="), Map.entry("a minimum", ">="),
            Map.entry("close to", "~"), Map.entry("an estimated", "~"), Map.entry("some estimated", "~"));

    private static final Map<String, String> ONE_WORD = Map.ofEntries(
            Map.entry("about", "~"), Map.entry("around", "~"), Map.entry("approximately", "~"),
            Map.entry("approx", "~"), Map.entry("roughly", "~"), Map.entry("nearly", "~"), Map.entry("almost", "~"),
            Map.entry("circa", "~"), Map.entry("averaging", "~"), Map.entry("averaged", "~"), Map.entry("averages", "~"), Map.entry("ca", "~"), Map.entry("~", "~"), Map.entry("estimated", "~"),
            Map.entry("over", ">"), Map.entry("above", ">"), Map.entry("exceeding", ">"), Map.entry("beyond", ">"),
            Map.entry("surpassing", ">"), Map.entry("topping", ">"), Map.entry(">", ">"), Map.entry("≥", ">"),
            Map.entry("under", "<"), Map.entry("below", "<"), Map.entry("sub", "<"),
            Map.entry("<", "<"), Map.entry("≤", "<"), Map.entry("maximum", "<"));

    /** Words before "over" that make it no bound ("all over", "game over"). */
    private static final Set<String> BEFORE_OVER_NOT_A_BOUND = Set.of("the", "all", "is", "game");

    /** Bounds a figure in brackets or after a slash takes over from the figure before it. */
    private static final Set<String> BOUND_QUALIFIERS = Set.of("<", ">", "<=", ">=", "~");

    /** ", or" between a change and its restatement ("lost 190 points, or 0.6%"). */
    private static final Pattern OR_BETWEEN = Pattern.compile(",?\\s*or");

    /** The qualifier or change written before token {@code at}, with where its words start. */
    static Qualifier qualifier(List<Tok> toks, int at) {
        int k = at - 1;
        if (k >= 0 && toks.get(k).is("-") && k >= 1 && toks.get(k - 1).is("sub")) {
            return new Qualifier("<", toks.get(k - 1).start());
        }
        if (k >= 0 && toks.get(k).is("minus")) {
            k--;
        }
        if (k >= 0 && (toks.get(k).is("just") || toks.get(k).is("only") || toks.get(k).is("exactly"))) {
            if (!(toks.get(k).is("just") && k + 1 < at && (toks.get(k + 1).is("under") || toks.get(k + 1).is("over")))) {
                k--;
            }
        }
        String bound = null;
        int boundAt = -1;
        int orEqual = orEqualAt(toks, k);
        if (orEqual >= 0) {
            // "less than or equal to 40", "higher or equal than one hundred"
            bound = OR_EQUAL_LOW.contains(toks.get(orEqual).lower()) ? ">=" : "<=";
            boundAt = orEqual;
        } else if (k >= 1) {
            String two = toks.get(k - 1).lower() + " " + toks.get(k).lower();
            String twoBefore = k >= 2 ? toks.get(k - 2).lower() + " " + toks.get(k - 1).lower() : "";
            if (TWO_WORD.containsKey(twoBefore) && (toks.get(k).is("than") || toks.get(k).is("of"))) {
                bound = TWO_WORD.get(twoBefore); // "no more than" before "more than", "a minimum of"
                boundAt = k - 2;
            } else if (TWO_WORD.containsKey(two)) {
                bound = TWO_WORD.get(two);
                boundAt = k - 1;
            } else if (k >= 2 && toks.get(k).is("of") && TWO_WORD.containsKey(toks.get(k - 2).lower() + " " + toks.get(k - 1).lower())) {
                bound = TWO_WORD.get(toks.get(k - 2).lower() + " " + toks.get(k - 1).lower());
                boundAt = k - 2;
            } else if (toks.get(k).is("than") && k >= 2 && TWO_WORD.containsKey(toks.get(k - 2).lower() + " " + toks.get(k - 1).lower())) {
                bound = TWO_WORD.get(toks.get(k - 2).lower() + " " + toks.get(k - 1).lower());
                boundAt = k - 2;
            } else if (toks.get(k).is("as") && k >= 2 && TWO_WORD.containsKey(toks.get(k - 2).lower() + " " + toks.get(k - 1).lower())) {
                bound = TWO_WORD.get(toks.get(k - 2).lower() + " " + toks.get(k - 1).lower());
                boundAt = k - 2;
            }
        }
        if (bound == null && k >= 0 && ONE_WORD.containsKey(toks.get(k).lower())
                && !(toks.get(k).is("about") && AboutReading.isPreposition(toks, k))) {
            bound = ONE_WORD.get(toks.get(k).lower());
            boundAt = k;
            if (toks.get(k).is("over") && k >= 1 && BEFORE_OVER_NOT_A_BOUND.contains(toks.get(k - 1).lower())) {
                bound = null;
            }
        }
        // a change: "rose 60%", "fell by about 3%", "was down 2.3%", "grow sales by 35 per cent", "fell to 49.55"
        int c = boundAt >= 0 ? boundAt - 1 : k;
        String direction = null;
        int directionAt = -1;
        if (c >= 0 && toks.get(c).is("by")) {
            for (int b = c - 1; b >= Math.max(0, c - 4) && direction == null; b--) {
                direction = direction(toks, b);
                directionAt = b;
                if (toks.get(b).type() != Type.WORD || UnitReader.STOP.contains(toks.get(b).lower()) && direction == null) {
                    break;
                }
            }
        } else if (c >= 1 && toks.get(c).is("to") && boundAt < 0) {
            direction = direction(toks, c - 1);
            directionAt = c - 1;
        } else if (c >= 0 && (c + 1 >= toks.size() || !toks.get(c + 1).is("to"))) {
            if (c >= 0 && (toks.get(c).is("sharply") || toks.get(c).is("slightly") || toks.get(c).is("further"))) {
                c--;
            }
            direction = c >= 0 ? direction(toks, c) : null;
            directionAt = c;
        }
        if (bound != null && !"~".equals(bound)) {
            return new Qualifier(bound, toks.get(boundAt).start()); // "lost more than 60%": the bound is the claim
        }
        if (direction != null) {
            return new Qualifier(direction, toks.get(directionAt).start());
        }
        if (bound != null) {
            return new Qualifier(bound, toks.get(boundAt).start());
        }
        return new Qualifier("=", -1);
    }

    private static final Set<String> OR_EQUAL_LOW = Set.of("more", "greater", "higher", "larger", "bigger");

    private static final Set<String> OR_EQUAL_HIGH = Set.of("less", "fewer", "lower", "smaller");

    /** The comparative of "X than or equal to", "X or equal to/than" ending at token k, or -1. */
    private static int orEqualAt(List<Tok> toks, int k) {
        if (k < 3 || !(toks.get(k).is("to") || toks.get(k).is("than")) || !toks.get(k - 1).is("equal")
                || !toks.get(k - 2).is("or")) {
            return -1;
        }
        int c = toks.get(k - 3).is("than") ? k - 4 : k - 3;
        if (c < 0) {
            return -1;
        }
        String w = toks.get(c).lower();
        return OR_EQUAL_LOW.contains(w) || OR_EQUAL_HIGH.contains(w) ? c : -1;
    }

    /** Phrasal verbs where "up" or "down" is no change of value: "gave up 517 yards", "set up". */
    private static final Set<String> PHRASAL = Set.of(
            "gave", "give", "gives", "giving", "given", "set", "sets", "picked", "pick", "made", "make", "makes",
            "took", "take", "takes", "taking", "turned", "turn", "put", "puts", "signed", "sign", "ended", "end",
            "stepped", "step", "broke", "break", "wound", "wind", "backed", "shut", "showed", "show", "came",
            "come", "went", "go", "goes", "tied", "tie", "hold", "held", "cut", "let",
            // "shoot down two missiles", "racked up 20 points", "rounded up 40 people": the verb's object
            "shoot", "shoots", "shot", "shooting", "bring", "brings", "brought", "knock", "knocked", "gunned",
            "rack", "racks", "racked", "racking", "round", "rounded", "lock", "locked", "tear", "tore", "torn",
            "chalk", "chalked", "snap", "snapped", "scoop", "scooped", "mop", "mopped", "draw", "drew", "drawn");

    /** "up"/"down" when the token at i states a change of value, else null. */
    private static String direction(List<Tok> toks, int i) {
        if (i < 0) {
            return null;
        }
        String w = toks.get(i).lower();
        String d = ChangeWords.UP.contains(w) ? "up" : ChangeWords.DOWN.contains(w) ? "down" : null;
        if (d == null || w.equals("cut") || w.equals("cuts")) {
            return null;
        }
        if (w.equals("up") || w.equals("down")) {
            String before = i > 0 ? toks.get(i - 1).lower() : "";
            if (PHRASAL.contains(before) && !before.equals("ended") && !before.equals("closed")
                    || i > 0 && toks.get(i - 1).type() == Type.NUM) {
                return null;
            }
        }
        return d;
    }

    /** "5,000 or more" -> ">", "20 or fewer" -> "<", "60+" -> ">". */
    static String qualifierAfter(List<Tok> toks, int j) {
        if (j + 1 < toks.size() && toks.get(j).is("or")) {
            String w = toks.get(j + 1).lower();
            if (w.equals("more") || w.equals("above") || w.equals("higher") || w.equals("over")) {
                return ">=";
            }
            if (w.equals("less") || w.equals("fewer") || w.equals("below") || w.equals("lower") || w.equals("under")) {
                return "<=";
            }
        }
        return null;
    }

    /** A converted value in brackets shares the bound of the value before it: "under 296 hp (224 kW)". */
    static String inheritedQualifier(String text, List<Tok> toks, int start, List<Quantity> out) {
        if (out.isEmpty() || start == 0) {
            return null;
        }
        Quantity last = out.get(out.size() - 1);
        Tok prev = toks.get(start - 1);
        String between = text.substring(Math.min(last.end(), toks.get(start).start()), toks.get(start).start()).strip();
        // the same change restated: "lost 190 points, or 0.6%", "grew by 125,600 positions or 2.2 per cent"
        if (OR_BETWEEN.matcher(between).matches() && ("up".equals(last.qualifier()) || "down".equals(last.qualifier()))) {
            return last.qualifier();
        }
        if (!(prev.is("(") || prev.is("/"))) {
            return null;
        }
        if (!(between.equals("(") || between.equals("/"))) {
            return null;
        }
        return BOUND_QUALIFIERS.contains(last.qualifier()) ? last.qualifier() : null;
    }
}
