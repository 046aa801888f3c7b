package org.factdesk.extract.quantity;

import java.util.List;
import java.util.Set;
import org.factdesk.extract.quantity.QuantityTokens.Tok;

/**
 * Words that say a figure changed ("rose", "fell", "shrank", "went"), and the reading of "VERB from X
 * to Y" as a change from X to Y rather than the range X-Y.
 */
final class ChangeWords {
    private ChangeWords() {
    }

    /** Words of a rise. */
    static final Set<String> UP = Set.of(
            "rose", "rise", "rises", "risen", "rising", "increased", "increase", "increases", "increasing", "grew",
            "grow", "grows", "growing", "gained", "gain", "gains", "gaining", "climbed", "climb", "climbs", "jumped",
            "jump", "jumps", "surged", "surge", "surges", "soared", "soar", "soars", "added", "adds", "advanced",
            "advances", "up", "higher", "boosted", "raised", "rallied", "spiked", "expanded", "widened", "doubled",
            "tripled", "quadrupled");
    /** Words of a fall. */
    static final Set<String> DOWN = Set.of(
            "fell", "fall", "falls", "fallen", "falling", "dropped", "drop", "drops", "declined", "decline",
            "declines", "decreased", "decrease", "decreases", "lost", "lose", "loses", "slid", "slide", "slides",
            "slipped", "slip", "plunged", "plunge", "plunges", "tumbled", "tumble", "sank", "sink", "down", "lower",
            "shed", "sheds", "eased", "eases", "dipped", "dip", "dips", "slumped", "slump", "plummeted", "plummet",
            "shrank", "shrunk", "contracted", "cut", "cuts", "reduced", "lowered", "tanked", "retreated", "narrowed",
            "halved", "slashed");

    /** Words of a change whose direction the figures tell: "went from 5 to 7", "a change from". */
    private static final Set<String> NEUTRAL = Set.of(
            "went", "go", "goes", "going", "gone", "changed", "change", "changes", "changing", "moved", "move",
            "moves", "moving", "shifted", "shift", "shifts", "swung", "swing", "swings", "switched", "jump", "leap",
            "leapt", "leaped", "hike", "hiked", "hikes", "growth", "reduction", "reductions", "reduce",
            "reduces", "slash", "trimmed", "revised", "adjusted", "upgraded", "downgraded");
    /** Words that may stand between the change word and "from": "rose sharply from", "has fallen by 4% from". */
    private static final Set<String> BETWEEN = Set.of(
            "has", "have", "had", "been", "was", "were", "is", "are", "by", "%", "percent", "per", "cent", "points",
            "point", "all", "the", "way", "back", "further", "again", "steadily", "overall", "about", "nearly", "some");

    /**
     * The direction ("up", "down", or "" when the figures must tell) of a change word written before
     * the "from" at token {@code fromAt}, within a few words; null when none is there.
     */
    static String before(List<Tok> toks, int fromAt) {
        for (int k = fromAt - 1; k >= Math.max(0, fromAt - 6); k--) {
            Tok t = toks.get(k);
            String w = t.lower();
            if (UP.contains(w) && !w.equals("up")) {
                return "up";
            }
            if (DOWN.contains(w) && !w.equals("down")) {
                return "down";
            }
            if (w.equals("up") || w.equals("down")) {
                return w; // "up from 5% to 7%"
            }
            if (NEUTRAL.contains(w)) {
                return "";
            }
            boolean skippable = t.type() == QuantityTokens.Type.NUM || BETWEEN.contains(w)
                    || t.type() == QuantityTokens.Type.WORD && w.endsWith("ly") && w.length() > 4;
            if (!skippable) {
                return null;
            }
        }
        return null;
    }

    /** Like {@link #before}, but over any words: "cut its growth forecast to 2.9%" finds "cut". */
    static String anyWithin(List<Tok> toks, int at, int words) {
        for (int k = at - 1; k >= Math.max(0, at - words); k--) {
            String w = toks.get(k).lower();
            if (toks.get(k).type() == QuantityTokens.Type.SYM && !w.equals("%")) {
                return null;
            }
            if (UP.contains(w) && !w.equals("up")) {
                return "up";
            }
            if (DOWN.contains(w) && !w.equals("down")) {
                return "down";
            }
            if (NEUTRAL.contains(w)) {
                return "";
            }
        }
        return null;
    }

    private static final Set<String> TIME_PREPOSITIONS = Set.of("in", "on", "at", "during", "by", "for", "as", "last");

    /**
     * The "to" after a short time phrase at token k ("in January", "in 1990", "at the end of 2021"),
     * or k itself when there is none.
     */
    static int skipTimePhrase(List<Tok> toks, int k) {
        if (k >= toks.size() || !TIME_PREPOSITIONS.contains(toks.get(k).lower())) {
            return k;
        }
        for (int m = k + 1; m < Math.min(toks.size(), k + 7); m++) {
            Tok t = toks.get(m);
            if (t.is("to")) {
                return m > k + 1 ? m : k;
            }
            if (t.type() == QuantityTokens.Type.SYM && !t.is(".")) {
                return k;
            }
        }
        return k;
    }
}
