package org.factdesk.extract.quantity;

import java.util.List;
import org.factdesk.extract.quantity.NumberReader.Num;
import org.factdesk.extract.quantity.QuantityTokens.Tok;
import org.factdesk.extract.quantity.QuantityTokens.Type;
import org.factdesk.extract.quantity.UnitReader.UnitMatch;

/**
 * Ranges after a first number: "8,000-10,000", "15 to 22 miles", "between $62 and $68", and "from
 * X to Y" read as a change when a change word stands before it.
 */
final class Ranges {
    private Ranges() {}

    /** A range, or with {@code change} ("up", "down") the change from {@code low} to {@code high}. */
    record Range(double low, double high, int to, String unit, String change, int changeAt) {
        Range(double low, double high, int to, String unit) {
            this(low, high, to, unit, null, -1);
        }

        Range asChange(String direction, int at) {
            String d = direction.isEmpty() ? (high < low ? "down" : "up") : direction;
            return new Range(low, high, to, unit, d, at);
        }
    }

    static Range range(String text, List<Tok> toks, Num first, int j, String currency) {
        if (first.vague() || j >= toks.size()) {
            return null;
        }
        int k = j;
        String unitBetween = null;
        UnitMatch um = null;
        int[] firstCurrency = UnitReader.currencyBefore(toks, first.from());
        int lead = (firstCurrency != null ? firstCurrency[0] : first.from()) - 1;
        boolean fromBefore = lead >= 0 && toks.get(lead).is("from");
        boolean betweenBefore = lead >= 0 && toks.get(lead).is("between");
        String changeWord = fromBefore ? ChangeWords.before(toks, lead) : null;
        Tok sep = toks.get(k);
        if (!(sep.is("-") || sep.is("–") || sep.is("—") || sep.is("to") || sep.is("and") || sep.is("through"))) {
            um = UnitReader.unitAfter(text, toks, k, first.value(), currency != null);
            if (um != null && (fromBefore || betweenBefore || isPercent(um.unit()))) {
                unitBetween = um.unit();
                k = um.to();
            } else if (changeWord == null) {
                return null;
            }
            // "fell from 5.2% in January to 4.8% in March": the time of the first figure
            k = changeWord != null ? ChangeWords.skipTimePhrase(toks, k) : k;
            if (k >= toks.size()) {
                return null;
            }
            sep = toks.get(k);
        }
        if (unitBetween != null && sep.is("to") && lead >= 0 && toks.get(lead).is("by")) {
            return null; // "grew by 25% to 34,500 tonnes": the change, then the level reached
        }
        boolean dash = sep.is("-") || sep.is("–") || sep.is("—");
        if (dash && unitBetween != null && !fromBefore && !betweenBefore) {
            return null;
        }
        if (sep.is("and") && !betweenBefore) {
            return null;
        }
        if (sep.is("to") && !fromBefore && !betweenBefore && hasChangeBefore(toks, first.from())) {
            return null;
        }
        if (!(dash || sep.is("to") || sep.is("and") || sep.is("through"))) {
            return null;
        }
        int s = k + 1;
        if (sep.is("to") && s + 1 < toks.size() && toks.get(s).is("-") && toks.get(s).glued() && toks.get(s + 1).glued()) {
            s++; // "200,000 to-260,000"
        }
        if (dash && s < toks.size() && toks.get(s).is("to")) {
            s++;
            if (s < toks.size() && toks.get(s).is("-")) {
                s++;
            }
        }
        if (s < toks.size() && toks.get(s).is("up") && s + 1 < toks.size() && toks.get(s + 1).is("to")) {
            return null;
        }
        int[] cur = s < toks.size() ? currencyAt(toks, s) : null;
        int numAt = cur != null ? cur[0] : s;
        if (numAt >= toks.size()) {
            return null;
        }
        Num second = NumberReader.parseNumber(text, toks, numAt);
        if (second == null || second.vague() || (second.word() != first.word() && !sep.is("to") && !sep.is("and"))) {
            return null;
        }
        if (!second.word() && NotAQuantity.isNotAQuantity(text, toks, second)) {
            return null;
        }
        if (dash && (first.value() >= 1900 && first.value() <= 2100 && second.value() >= 1900 && second.value() <= 2100)) {
            return null;
        }
        double low = first.value();
        double high = second.value();
        if (second.scaled() && !first.scaled() && first.value() <= second.value() / second.scale()) {
            low = NumberReader.times(first.value(), second.scale());
        }
        Range range;
        if (unitBetween != null) {
            // "1 per cent to 1.5 per cent", "from 208 pounds to 193": the second may repeat the unit
            UnitMatch again = UnitReader.unitAfter(text, toks, second.to(), high, currency != null);
            int to = again != null && again.unit().equalsIgnoreCase(unitBetween) ? again.to() : second.to();
            range = new Range(low, high, to, unitBetween);
        } else {
            range = new Range(low, high, second.to(), null);
        }
        // "shrank from 6,004 to 600", "went from 5% to 7%": a change, not a range
        return changeWord == null || !sep.is("to") ? range : range.asChange(changeWord, lead);
    }

    private static boolean isPercent(String unit) {
        return "%".equals(unit) || "percentage".equals(Units.lookup(unit));
    }

    static int[] currencyAt(List<Tok> toks, int s) {
        for (int len = 1; len <= 3 && s + len < toks.size(); len++) {
            if (toks.get(s + len).type() == Type.NUM && UnitReader.currencyBefore(toks, s + len) != null
                    && UnitReader.currencyBefore(toks, s + len)[0] == s) {
                return new int[] {s + len};
            }
        }
        return null;
    }

    private static boolean hasChangeBefore(List<Tok> toks, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            String w = toks.get(k).lower();
            if (ChangeWords.UP.contains(w) || ChangeWords.DOWN.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
