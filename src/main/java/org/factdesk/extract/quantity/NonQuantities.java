package org.factdesk.extract.quantity;

import java.util.List;
import java.util.Set;
import org.factdesk.extract.quantity.QuantityTokens.Tok;
import org.factdesk.extract.quantity.QuantityTokens.Type;

/**
 * Numbers that name or point rather than count: dates written with slashes or dashes ("9/11",
 * "Update 9/25/2023", "2023-09-25"), model codes ("Leopard 2A5", "Su-34", "G7", "A320") and labels
 * that number a part of something ("page 136", "Article 5", "chapter 11", "level 3").
 */
final class NonQuantities {
    private NonQuantities() {
    }

    /** Words that number a part, a place in a series or a document: the number after them is a label. */
    private static final Set<String> LABELS = Set.of(
            "page", "pages", "p", "pp", "chapter", "chapters", "section", "sections", "paragraph", "paragraphs", "para",
            "clause", "clauses", "article", "articles", "line", "lines", "item", "items", "verse", "verses", "room",
            "flight", "route", "highway", "exit", "gate", "platform", "seat", "table", "figure", "fig", "appendix",
            "annex", "vol", "volume", "issue", "episode", "season", "part", "step", "level", "stage", "phase",
            "tier", "category", "grade", "version", "rule", "amendment", "resolution", "row", "block", "lane",
            "apartment", "apt", "suite", "zone", "sector", "channel", "track", "round", "footnote", "annexe",
            "bulletin", "update", "updated", "edition", "ep", "ch", "sec");

    /** Denominators of the fractions news text writes with a slash ("2/3", "3/4", "5/8", "7/10"). */
    static final Set<Integer> FRACTION_DENOMINATORS = Set.of(2, 3, 4, 5, 6, 8, 10, 16);

    /** True when the number of tokens [from, to) names or points rather than counts; say whether a unit follows it. */
    static boolean isNameOrLabel(List<Tok> toks, int from, int to, boolean unitFollows) {
        return inSlashOrDashDate(toks, from, to) || isModelCode(toks, from, to) || afterLabel(toks, from, unitFollows);
    }

    /** "9/11", "9/25/2023", "24/7", "2023-09-25": digits glued to a slash (or two dashes) and more digits. */
    static boolean inSlashOrDashDate(List<Tok> toks, int from, int to) {
        boolean slashAfter = to + 1 < toks.size() && toks.get(to).is("/") && toks.get(to).glued()
                && toks.get(to + 1).glued() && toks.get(to + 1).type() == Type.NUM;
        boolean slashBefore = from >= 2 && toks.get(from - 1).is("/") && toks.get(from).glued()
                && toks.get(from - 1).glued() && toks.get(from - 2).type() == Type.NUM;
        if (slashAfter || slashBefore) {
            return true;
        }
        // ISO dates: 2023-09-25 (three dash-joined digit groups)
        int k = from;
        while (k >= 2 && toks.get(k - 1).is("-") && toks.get(k).glued() && toks.get(k - 1).glued()
                && toks.get(k - 2).type() == Type.NUM && from - k < 4) {
            k -= 2;
        }
        int groups = 1 + (from - k) / 2;
        int m = to;
        while (m + 1 < toks.size() && toks.get(m).is("-") && toks.get(m).glued() && toks.get(m + 1).glued()
                && toks.get(m + 1).type() == Type.NUM && groups < 4) {
            groups++;
            m += 2;
        }
        return groups == 3 && (toks.get(k).text().length() == 4 || toks.get(m - 1).text().length() == 4);
    }

    /**
     * "2A5", "2S19": digits, letters and digits again, all glued (but not a unit such as "m2"); "5G",
     * "4G": a network generation.
     */
    static boolean isModelCode(List<Tok> toks, int from, int to) {
        if (to < toks.size() && toks.get(to).glued() && toks.get(to).text().equals("G") && to == from + 1
                && toks.get(from).text().length() == 1) {
            return true;
        }
        // "clause 3.2.18", "192.168.1.2": digits after a dot after digits are a part of a dotted number
        if (from >= 2 && toks.get(from).glued() && toks.get(from - 1).is(".") && toks.get(from - 1).glued()
                && toks.get(from - 2).type() == Type.NUM) {
            return true;
        }
        // "Sich-2-30", "S-300": digits glued through dashes and digits to a capitalised word
        int k = from;
        while (k >= 1 && toks.get(k).glued() && (toks.get(k - 1).is("-") || toks.get(k - 1).type() == Type.NUM) && from - k < 6) {
            k--;
        }
        if (k < from && k >= 1 && toks.get(k).glued() && toks.get(k - 1).type() == Type.WORD
                && Character.isUpperCase(toks.get(k - 1).text().charAt(0))) {
            return true;
        }
        return to + 1 < toks.size() && toks.get(to).glued() && toks.get(to).type() == Type.WORD
                && toks.get(to + 1).glued() && toks.get(to + 1).type() == Type.NUM
                && Units.lookup(toks.get(to).text() + toks.get(to + 1).text()) == null;
    }

    /** "page 136", "Article 5", "chapter 11", "level 3": the word before numbers a part. */
    static boolean afterLabel(List<Tok> toks, int from, boolean unitFollows) {
        int k = from - 1;
        if (k >= 0 && toks.get(k).is("№")) {
            return true; // "Law № 1780-IX"
        }
        if (k >= 1 && toks.get(k).is(".") && toks.get(k).glued()) {
            k--; // "p. 136", "Vol. 2"
        }
        // "a route 300 km long" measures the route: a unit after the number makes it an amount
        return k >= 0 && toks.get(k).type() == Type.WORD && LABELS.contains(toks.get(k).lower())
                && !toks.get(from).glued() && !unitFollows;
    }
}
