package org.factdesk.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factdesk.extract.quantity.NumberReader.Num;
import org.factdesk.extract.quantity.Qualifiers.Qualifier;
import org.factdesk.extract.quantity.QuantityTokens.Tok;
import org.factdesk.extract.quantity.QuantityTokens.Type;
import org.factdesk.extract.quantity.Ranges.Range;
import org.factdesk.extract.quantity.UnitReader.UnitMatch;
import org.factdesk.model.Quantity;

/**
 * Finds the numbers in news text and normalises them: value (digits with "," or (thin) space
 * grouping, decimals, number words, "1.5 million", "10k", "a dozen", fractions), ranges
 * ("8,000-10,000", "between $62 and $68"), the unit or counted noun ("%", "$", "km", "soldiers"), the
 * qualifier or change ("up to" -> "<", "about" -> "~", "more than" -> ">", "fell" -> "down") and
 * vague amounts. Dates, times, years, ordinals and model numbers ("iPhone 11") are not quantities.
 *
 * <p>Vague amounts are ranges with {@code vague = true}: "thousands of" is 1,000-10,000, "tens of
 * thousands" 10,000-100,000, "dozens of" 12-120, and "several hundred" (also "a few hundred") is
 * 300-900: "several" read as three to nine.
 *
 * <p>Each part of the reading is a class of this package ({@link NumberReader}, {@link NotAQuantity},
 * {@link Ranges}, {@link UnitReader}, {@link Qualifiers}, {@link QuantityPostPass}); none keeps state
 * between calls, so one extractor may serve several threads.
 */
public final class QuantityExtractor {
    /** The changes a figure after "by" takes over from the one before ("were down 2.3%, Burlington by 2.6%"). */
    private static final Set<String> CHANGE_DIRECTIONS = Set.of("up", "down");

    /** Words after a glued "m" that show it means metres ("1.8m tall"), not million ("2.7m sales"). */
    private static final Set<String> METRE_CONTEXT = Set.of(
            "tall", "high", "wide", "deep", "long", "away", "above", "below", "sprint", "race", "hurdles", "freestyle",
            "relay", "underground", "beneath", "underwater", "in", "from", "to", "and", "or", "by", "x");

    /** @return the quantities of {@code text}, in text order, with offsets into it */
    public List<Quantity> extract(String text) {
        List<Tok> toks = QuantityTokens.tokenize(text);
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            int next = tryQuantity(text, toks, i, out);
            i = next > i ? next : i + 1;
        }
        QuantityPostPass.backfillUnits(text, out);
        QuantityPostPass.inheritCountedNouns(text, out);
        QuantityPostPass.joinBoundPairs(text, out);
        QuantityPostPass.lossesOfPeopleAreCounts(text, out);
        return out;
    }

    /** Parses a quantity starting at token i; returns the index after it (or i when none). */
    private static int tryQuantity(String text, List<Tok> toks, int i, List<Quantity> out) {
        Num num = NumberReader.parseNumber(text, toks, i);
        if (num == null && toks.get(i).is("one")) {
            // "One in five Americans": "one" alone is read as a pronoun, but not before a share's "in"
            int ratioEnd = ratio(text, toks, new Num(i, i + 1, 1, null, false, false, 1, true, null), out);
            return ratioEnd > 0 ? ratioEnd : i;
        }
        if (num == null) {
            return i;
        }
        if (!num.word() && !num.vague() && NotAQuantity.isNotAQuantity(text, toks, num)) {
            return num.to();
        }
        int j = num.to();
        int ratioEnd = ratio(text, toks, num, out);
        if (ratioEnd > 0) {
            return ratioEnd;
        }
        // currency written before the number
        int start = num.from();
        String unit = null;
        String canonicalCurrency = null;
        int[] cur = UnitReader.currencyBefore(toks, start);
        if (cur != null) {
            String[] c = Units.currencyPrefix(UnitReader.currencyText(toks, cur[0], start));
            unit = c[0];
            canonicalCurrency = c[1];
            start = cur[0];
        }
        // glued "m" after a number means million when money is involved, else metres
        if (num.unitFromSuffix() != null && num.unitFromSuffix().equals("m")
                && (canonicalCurrency != null || j >= toks.size() || toks.get(j).type() != Type.WORD
                        || !METRE_CONTEXT.contains(toks.get(j).lower()))) {
            num = new Num(num.from(), num.to(), NumberReader.times(num.value(), 1e6), null, false, true, 1e6, false, null);
        } else if (num.unitFromSuffix() != null && num.unitFromSuffix().equals("T") && canonicalCurrency != null) {
            num = new Num(num.from(), num.to(), NumberReader.times(num.value(), 1e12), null, false, true, 1e12, false, null); // "$1.2T"
        } else if (num.unitFromSuffix() != null && unit == null) {
            unit = num.unitFromSuffix();
        }
        // ranges: "8,000-10,000", "15 to 22 miles", "between $62 and $68", "from 208 pounds to 193"
        Range range = Ranges.range(text, toks, num, j, unit);
        Double upper = num.upper();
        double value = num.value();
        boolean vague = num.vague();
        Double from = null;
        if (range != null && range.change() != null) {
            // "shrank from 6,004 to 600": the figure now, and the one it changed from
            from = range.low();
            value = range.high();
            j = range.to();
            if (unit == null && range.unit() != null) {
                unit = range.unit();
            }
        } else if (range != null) {
            value = range.low();
            upper = range.high();
            j = range.to();
            if (unit == null && range.unit() != null) {
                unit = range.unit();
            }
        }
        // unit after the number
        UnitMatch um = null;
        if (unit == null || unit.endsWith("$") || Units.currencyPrefix(unit) != null || Units.lookup(unit) != null) {
            um = UnitReader.unitAfter(text, toks, j, value, unit != null);
        }
        int end = toks.get(j - 1).end();
        if (um != null) {
            unit = unit == null ? um.unit() : unit + " " + um.unit();
            end = toks.get(um.to() - 1).end();
            j = um.to();
            // "a year and a half", "two years and a half"
            NumberWords.Parsed half = upper == null ? NumberWords.trailingFraction(toks, j) : null;
            if (half != null) {
                value += half.value();
                end = toks.get(half.to() - 1).end();
                j = half.to();
            }
        }
        if (range != null && range.change() != null) {
            int surfaceStart = toks.get(range.changeAt()).start();
            out.add(new Quantity(text.substring(surfaceStart, end), surfaceStart, end, value, null,
                    unit == null ? "" : unit, range.change(), false, from));
            return j;
        }
        ChangedTo changedTo = upper == null && !vague ? toFrom(text, toks, start, j, value, unit) : null;
        if (changedTo != null) {
            out.add(changedTo.quantity());
            return changedTo.end();
        }
        Qualifier written = Qualifiers.qualifier(toks, start);
        String qualifier = written.value();
        int qualStart = written.start();
        if ("=".equals(qualifier)) {
            String post = Qualifiers.qualifierAfter(toks, j);
            if (post != null) {
                qualifier = post;
                end = toks.get(j + 1).end();
                j += 2;
            }
            String inherited = Qualifiers.inheritedQualifier(text, toks, start, out);
            if (inherited == null && start > 0 && toks.get(start - 1).is("by") && !out.isEmpty()
                    && CHANGE_DIRECTIONS.contains(out.get(out.size() - 1).qualifier())
                    && toks.get(start).start() - out.get(out.size() - 1).end() < 40) {
                inherited = out.get(out.size() - 1).qualifier(); // "were down 2.3%, Burlington by 2.6%"
            }
            if (inherited != null) {
                qualifier = inherited;
            }
        }
        int surfaceStart = qualStart >= 0 ? qualStart : toks.get(start).start();
        out.add(new Quantity(text.substring(surfaceStart, end), surfaceStart, end, value, upper,
                unit == null ? "" : unit, qualifier, vague));
        return j;
    }

    /**
     * "One in five Americans", "about 1 in 4 women", "two out of three voters": a share, read as the percentage it is
     * (20 %), not as five Americans. Returns the token after the second number, or -1 when the number starts no share.
     */
    private static int ratio(String text, List<Tok> toks, Num num, List<Quantity> out) {
        int k = num.to();
        if (num.vague() || num.upper() != null || num.value() < 1 || num.value() != Math.rint(num.value())
                || k >= toks.size()) {
            return -1;
        }
        if (toks.get(k).is("in")) {
            k++;
        } else if (toks.get(k).is("out") && k + 1 < toks.size() && toks.get(k + 1).is("of")) {
            k += 2;
        } else {
            return -1;
        }
        if (k >= toks.size()) {
            return -1;
        }
        Num of = NumberReader.parseNumber(text, toks, k);
        if (of == null || of.vague() || of.upper() != null || of.value() <= num.value() || of.value() > 1000
                || of.value() != Math.rint(of.value()) || of.to() < toks.size() && toks.get(of.to()).is("%")
                || of.to() < toks.size() && UnitReader.unitPhrase(toks, of.to()) != null
                || of.to() < toks.size() && toks.get(of.to()).type() == Type.NUM) {
            return -1; // "1 in 2020", "3 in 10 minutes", "2 in 5%": no share
        }
        Qualifier written = Qualifiers.qualifier(toks, num.from());
        int surfaceStart = written.start() >= 0 ? written.start() : toks.get(num.from()).start();
        int end = toks.get(of.to() - 1).end();
        double percent = Math.round(num.value() / of.value() * 1000) / 10.0;
        out.add(new Quantity(text.substring(surfaceStart, end), surfaceStart, end, percent, null, "%",
                written.value(), false));
        return of.to();
    }

    /** A figure written "to X from Y", and the token after it. */
    private record ChangedTo(Quantity quantity, int end) {}

    /**
     * "cut its forecast to 2.9% from 3.4%", "raised rates to 4.5% from 4.25%": the figure reached
     * (tokens [start, j)) and the one it changed from, with the token after them. Null when the number
     * is not written "to X from Y".
     */
    private static ChangedTo toFrom(String text, List<Tok> toks, int start, int j, double value, String unit) {
        if (start < 1 || !toks.get(start - 1).is("to") || j + 1 >= toks.size() || !toks.get(j).is("from")) {
            return null;
        }
        int[] currency = Ranges.currencyAt(toks, j + 1);
        int numAt = currency != null ? currency[0] : j + 1;
        Num earlier = numAt < toks.size() ? NumberReader.parseNumber(text, toks, numAt) : null;
        if (earlier == null || earlier.vague() || !earlier.word() && NotAQuantity.isNotAQuantity(text, toks, earlier)) {
            return null;
        }
        int to = earlier.to();
        UnitMatch again = UnitReader.unitAfter(text, toks, to, earlier.value(), currency != null);
        if (again != null) {
            if (unit == null || !Units.canonical(again.unit()).equals(Units.canonical(unit))) {
                return null; // "to 500 soldiers from 12 countries", "to 500 from 12 countries"
            }
            to = again.to();
        }
        String direction = ChangeWords.anyWithin(toks, start - 1, 6);
        String d = direction == null || direction.isEmpty() ? (value < earlier.value() ? "down" : "up") : direction;
        int surfaceStart = toks.get(start - 1).start();
        int e = toks.get(to - 1).end();
        return new ChangedTo(new Quantity(text.substring(surfaceStart, e), surfaceStart, e, value, null,
                unit == null ? "" : unit, d, false, earlier.value()), to);
    }
}
