package org.factdesk.extract.quantity;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.extract.quantity.NumberReader.Num;
import org.factdesk.extract.quantity.QuantityTokens.Tok;
import org.factdesk.extract.quantity.QuantityTokens.Type;

/**
 * The rules that set aside a number that names or points rather than counts: years, dates, times,
 * ordinals, decades, names with a number ("Game 6", "iPhone 11"). Kept together so the question "is
 * this a quantity at all" is answered in one place, before any unit or qualifier is read.
 */
final class NotAQuantity {
    private NotAQuantity() {}

    static final Set<String> MONTHS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private static final Pattern TIME_AFTER = Pattern.compile(
            "^\\s*(?:[aApP]\\.?[mM]\\b\\.?|GMT|EDT|EST|EET|UTC|BST|CET|CEST|PDT|PST|CDT|CST|MSK|PT|ET|local time|hrs\\b|h\\d)");

    /** Capitalised words that may stand right before a number without making it a name ("Game 6"). */
    private static final Set<String> BEFORE_NUMBER_OK = Set.of(
            "about", "around", "some", "nearly", "almost", "over", "under", "only", "just", "up", "more", "less",
            "at", "by", "the", "all", "and", "but", "of", "in", "on", "for", "with", "to", "from", "than",
            "roughly", "approximately", "exactly", "another", "fewer", "those", "these", "its", "his", "her",
            "their", "our", "between", "after", "before", "since", "within", "above", "below", "least", "most",
            "estimated", "an", "a", "reportedly", "still", "each", "every", "when", "while", "where", "if", "so",
            "that", "which", "who", "what", "then", "also");

    /** Suffixes glued to a number that make it an ordinal, a decade or a time: "22nd", "1990s", "5pm". */
    private static final Set<String> GLUED_ORDINAL_DECADE_TIME_SUFFIXES = Set.of("st", "nd", "rd", "th", "s", "am", "pm");

    /** Words before a number in 2100-2200 that make it a year ("by 2120"). */
    private static final Set<String> BEFORE_FUTURE_YEAR = Set.of("in", "by", "since", "until", "before", "after", "from");

    /** Words before a number in 1000-1899 that make it a year ("in 1492", "since 1800"). */
    private static final Set<String> BEFORE_HISTORIC_YEAR = Set.of("in", "since", "ad", "d", "bc", "until", "year", "from", "before");

    static boolean isNotAQuantity(String text, List<Tok> toks, Num num) {
        Tok first = toks.get(num.from());
        if (first.type() != Type.NUM) {
            return false;
        }
        boolean unitFollows = num.to() < toks.size() && (toks.get(num.to()).is("%") || knownUnitAt(toks, num.to()));
        if (NonQuantities.isNameOrLabel(toks, num.from(), num.to(), unitFollows)) {
            return true;
        }
        if (isListNumber(text, toks, num) || isResolution(text, toks, num) || isReference(toks, num)
                || insideAddress(text, first.start()) || insidePhoneNumber(text, first.start())) {
            return true;
        }
        Tok prev = num.from() > 0 ? toks.get(num.from() - 1) : null;
        Tok prev2 = num.from() > 1 ? toks.get(num.from() - 2) : null;
        Tok next = num.to() < toks.size() ? toks.get(num.to()) : null;
        String after = text.substring(toks.get(num.to() - 1).end(), Math.min(text.length(), toks.get(num.to() - 1).end() + 12));
        // times: 10:27, 5:55 PM, 10.45pm, 0401 GMT
        if (next != null && next.is(":") && next.glued() && num.to() + 1 < toks.size() && toks.get(num.to() + 1).type() == Type.NUM) {
            return true;
        }
        if (prev != null && prev.is(":") && prev.glued() && prev2 != null && prev2.type() == Type.NUM) {
            return true;
        }
        if (!num.scaled() && TIME_AFTER.matcher(after).find()) {
            return true;
        }
        if (first.text().length() > 1 && first.text().startsWith("0") && !first.text().startsWith("0.")) {
            return true; // "0401" clock times and codes
        }
        if (modelCodeEnd(toks, num.from()) > 0) {
            return true; // "777X", "330E", "delayed 777x jets": a model's code, not 777 of anything
        }
        // ordinals and decades: 22nd, 1990s, '90s
        if (next != null && next.glued() && next.type() == Type.WORD
                && GLUED_ORDINAL_DECADE_TIME_SUFFIXES.contains(next.lower())) {
            return true;
        }
        if (prev != null && prev.glued() && (prev.is("'") || prev.is("’") || prev.is("#"))) {
            return true;
        }
        // glued to letters: "SF90", "X-Pro3", "TA-35", "ID.3" (currency codes handled elsewhere)
        if (prev != null && first.glued() && prev.type() == Type.WORD && UnitReader.currencyBefore(toks, num.from()) == null) {
            return true;
        }
        if (prev != null && first.glued() && (prev.is("-") || prev.is(".") || prev.is("/")) && prev2 != null
                && (prev.glued() || prev.is("-")) && prev2.type() == Type.WORD && QuantityTokens.hasUpper(prev2.text())) {
            return true; // "TA-35", "V-12", "ID.3", "COVID-19"
        }
        if (prev != null && first.glued() && prev.is("-") && prev.glued() && prev2 != null && prev2.type() == Type.NUM
                && num.from() >= 3 && toks.get(num.from() - 3).type() == Type.WORD && QuantityTokens.hasUpper(toks.get(num.from() - 3).text())
                && !startsSentence(text, toks, num.from() - 3)) {
            return true; // the second half of a score after a name: "Charlton 2-1"
        }
        if (num.value() == Math.rint(num.value()) && !num.scaled()) {
            int v = (int) num.value();
            boolean grouped = first.text().contains(",");
            // days of the month: "November 6", "6 November", "Aug. 14"
            if (v >= 1 && v <= 31 && (isMonthBefore(toks, num.from()) || isMonthAfter(toks, num.to()))) {
                return true;
            }
            // the second day of "December 21–25"
            if (v >= 1 && v <= 31 && prev2 != null && (prev.is("-") || prev.is("–")) && prev2.type() == Type.NUM
                    && isMonthBefore(toks, num.from() - 2)) {
                return true;
            }
            // years: "in 2019", "the 2020 Escape"; 1000-1899 only after "in", "since", "AD"...
            boolean hasUnitAfter = next != null && (next.is("%") || knownUnitAt(toks, num.to()));
            boolean money = UnitReader.currencyBefore(toks, num.from()) != null;
            if (!grouped && !money && !hasUnitAfter && first.text().length() == 4) {
                if (v >= 1900 && v <= 2100) {
                    return true;
                }
                String p0 = prev == null ? "" : prev.lower();
                if (v > 2100 && v < 2200 && BEFORE_FUTURE_YEAR.contains(p0)) {
                    return true; // "by 2120"
                }
                String p = prev == null ? "" : prev.is(".") && prev2 != null ? prev2.lower() : prev.lower();
                if (v >= 1000 && v < 1900 && BEFORE_HISTORIC_YEAR.contains(p)) {
                    return true;
                }
            }
            if (!money && prev != null && (prev.is("No") || prev.is("no") && next != null && next.is("."))) {
                return true;
            }
        }
        if (isNumberedName(toks, num, prev, next)) {
            return true; // "the 41 service to Oakmere", "the 777 program": a route's or a model's number
        }
        if (prev != null && (prev.is("aged") || prev.is("ages"))) {
            return true; // the age band of a group, not an amount: "men aged 18 to 34"
        }
        // names with numbers: "iPhone 11", "Game 6", "S&P 500", "Nasdaq 100" (unless a unit follows)
        if (prev != null && prev.type() == Type.WORD && !first.glued() && QuantityTokens.hasUpper(prev.text())
                && !BEFORE_NUMBER_OK.contains(prev.lower()) && !MONTHS.contains(prev.lower())
                && !startsSentence(text, toks, num.from() - 1) && UnitReader.currencyBefore(toks, num.from()) == null
                && !(next != null && (next.is("%") || knownUnitAt(toks, num.to())))) {
            return true;
        }
        return false;
    }

    /** Singular words after "the N" that still count or measure ("the 100 mark", "the 3 largest"). */
    private static final Set<String> COUNTING_AFTER_THE_NUMBER = Set.of("percent", "per", "of", "to", "and", "or",
            "other", "more", "most", "top", "remaining", "main", "best", "first", "last", "following", "previous", "new",
            "old", "same", "next", "mark", "threshold", "level", "barrier", "milestone", "plus", "additional", "extra",
            "odd", "million", "billion", "trillion", "thousand", "hundred", "dozen", "in", "on", "at", "for",
            "by", "from", "with", "who", "that", "which", "were", "was", "are", "is", "have", "had", "will", "would",
            "can", "could", "countries", "individual", "biggest", "largest", "deadliest", "richest", "poorest",
            "oldest", "youngest", "highest", "lowest", "nations", "member");

    /**
     * "the 41 service", "The 777 program": "the", a whole number without a unit or scale, then one singular lower-case
     * noun that no plural follows. "the 27 member states", "the 3 largest banks", "the 100 mark" stay amounts.
     */
    private static boolean isNumberedName(List<Tok> toks, Num num, Tok prev, Tok next) {
        if (prev == null || next == null || !prev.lower().equals("the") || num.scaled() || num.to() - num.from() != 1
                || !toks.get(num.from()).text().matches("\\d{1,4}") || next.type() != Type.WORD || next.text().isEmpty()
                || !Character.isLowerCase(next.text().charAt(0)) || next.text().length() < 3) {
            return false;
        }
        String w = next.lower();
        if (w.endsWith("s") || w.endsWith("est") || COUNTING_AFTER_THE_NUMBER.contains(w)
                || UnitReader.unitPhrase(toks, num.to()) != null) {
            return false;
        }
        Tok after = num.to() + 1 < toks.size() ? toks.get(num.to() + 1) : null;
        // the noun closes its phrase ("the 41 service to", "the 777 program."); "the 27 member states", "the 4 very
        // visible cylinders" and "the 78 card deck" go on to what they count
        return after == null || after.type() != Type.WORD || !Character.isLowerCase(after.text().charAt(0))
                || AFTER_A_NUMBERED_NAME.contains(after.lower());
    }

    /** Words that may follow a numbered name's noun: a preposition, a verb or a conjunction. */
    private static final Set<String> AFTER_A_NUMBERED_NAME = Set.of("to", "from", "between", "was", "is", "were", "are",
            "has", "had", "have", "will", "would", "could", "can", "in", "on", "at", "for", "that", "which", "and",
            "but", "or", "with", "after", "before", "since", "until", "runs", "ran", "stops", "stopped");

    /** How far back a web address is looked for before a number (an address is rarely longer). */
    private static final int ADDRESS_LOOKBACK = 300;

    /** A number inside a web address ("https://en.wikipedia.org/wiki/N%2B1_redundancy", "www.site.com/2019/11/"). */
    private static boolean insideAddress(String text, int at) {
        if (text == null) {
            return false;
        }
        int from = at;
        while (from > 0 && at - from < ADDRESS_LOOKBACK && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        String chunk = text.substring(from, at);
        return chunk.contains("://") || chunk.regionMatches(true, 0, "www.", 0, 4);
    }

    /**
     * A telephone number: groups of digits that begin with a trunk "0" or an international "+" ("020 7946 0000",
     * "+44 20 7946 0000", "(0)20-7946-0000"). Matched over the 40 characters around the number only.
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d.,])(?:\\+\\d{1,3}[\\s.-]?(?:\\(0\\)\\s?)?\\d{1,4}|\\(?0\\d{1,4}\\)?)(?:[\\s.-]\\d{2,4}){2,4}(?![\\d,])");

    private static boolean insidePhoneNumber(String text, int at) {
        if (text == null) {
            return false;
        }
        int from = Math.max(0, at - 20);
        java.util.regex.Matcher m = PHONE.matcher(text).region(from, Math.min(text.length(), at + 20));
        m.useTransparentBounds(true);
        while (m.find()) {
            if (m.start() <= at && at < m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A footnote mark ("[26]", "[71][72]") or the name of a US retirement plan ("401(k)"): the digits point or name,
     * they do not count.
     */
    private static boolean isReference(List<Tok> toks, Num num) {
        Tok prev = num.from() > 0 ? toks.get(num.from() - 1) : null;
        Tok next = num.to() < toks.size() ? toks.get(num.to()) : null;
        Tok first = toks.get(num.from());
        if (prev != null && next != null && prev.is("[") && first.glued() && next.is("]") && next.glued()) {
            return true;
        }
        if (first.text().matches("\\d{1,3}") && citationOpens(toks, num) && citationCloses(toks, num)) {
            return true; // a health page's citation: "linked to higher body weight (25)." or "(25, 26)."
        }
        return next != null && next.is("(") && next.glued() && num.to() + 2 < toks.size()
                && toks.get(num.to() + 1).lower().equals("k") && toks.get(num.to() + 2).is(")");
    }

    /** Whether only numbers of up to three digits, commas and dashes lie between the number and a "(" before it. */
    private static boolean citationOpens(List<Tok> toks, Num num) {
        for (int j = num.from() - 1, taken = 0; j >= 0 && taken < 16; j--, taken++) {
            Tok t = toks.get(j);
            if (t.is("(")) {
                return !t.glued() && toks.get(j + 1).glued();
            }
            if (!t.is(",") && !t.is("-") && !t.is("–") && !(t.type() == Type.NUM && t.text().matches("\\d{1,3}"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the parenthesis a number lies in holds only numbers of up to three digits and commas, and closes right
     * before a sentence's end or a comma ("(25)." "(25, 26)," "(3, 14, 15)."): the marks of cited studies.
     */
    private static boolean citationCloses(List<Tok> toks, Num num) {
        int j = num.to();
        for (int taken = 0; j < toks.size() && taken < 16; j++, taken++) {
            Tok t = toks.get(j);
            if (t.is(")")) {
                Tok after = j + 1 < toks.size() ? toks.get(j + 1) : null;
                return after == null || after.is(".") || after.is(",") || after.is(";");
            }
            if (!t.is(",") && !t.is("-") && !t.is("–") && !(t.type() == Type.NUM && t.text().matches("\\d{1,3}"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The number of a numbered heading or list item: at the start of a sentence, at most three digits, followed by a
     * glued "." or ")" and a capitalised word ("1. Ditch the diet", "2) Eat breakfast").
     */
    private static boolean isListNumber(String text, List<Tok> toks, Num num) {
        if (num.to() - num.from() != 1 || num.to() + 1 >= toks.size() || !startsSentence(text, toks, num.from())) {
            return false;
        }
        Tok number = toks.get(num.from());
        Tok stop = toks.get(num.to());
        Tok word = toks.get(num.to() + 1);
        return number.text().matches("\\d{1,3}") && (stop.is(".") || stop.is(")")) && stop.glued()
                && word.type() == Type.WORD && !word.glued() && Character.isUpperCase(word.text().charAt(0));
    }

    /** Words after "4K" that make it a picture's resolution, not four thousand ("a 4K TV", "at 4K and 60fps"). */
    private static final Set<String> RESOLUTION_CONTEXT = Set.of("resolution", "tv", "tvs", "television", "display",
            "displays", "screen", "screens", "monitor", "monitors", "video", "videos", "streaming", "stream", "streams",
            "hdr", "uhd", "gaming", "content", "camera", "cameras", "footage", "ultra", "native", "quality", "output",
            "support", "upscaling", "and", "or", "at", "with", "on", "in", "for", "to");

    /**
     * "4K", "8K": a display resolution. A single digit with a glued "K", no currency before it and, after it, the end
     * of the sentence, a stop or a word of pictures and screens; "$4K" and "4K followers" stay thousands.
     */
    private static boolean isResolution(String text, List<Tok> toks, Num num) {
        if (!num.scaled() || num.scale() != 1e3 || num.to() - num.from() != 2) {
            return false;
        }
        Tok digit = toks.get(num.from());
        Tok k = toks.get(num.from() + 1);
        if (!digit.text().matches("[1-8]") || !k.text().equals("K") || !k.glued()
                || UnitReader.currencyBefore(toks, num.from()) != null) {
            return false;
        }
        Tok next = num.to() < toks.size() ? toks.get(num.to()) : null;
        return next == null || next.type() != Type.WORD || RESOLUTION_CONTEXT.contains(next.lower());
    }

    private static boolean startsSentence(String text, List<Tok> toks, int i) {
        if (i == 0) {
            return true;
        }
        Tok prev = toks.get(i - 1);
        if (text.substring(prev.end(), toks.get(i).start()).contains("\n")) {
            return true;
        }
        return Set.of(".", "!", "?", "“", "\"", ":", "(", "—", "–").contains(prev.text());
    }

    private static boolean isMonthBefore(List<Tok> toks, int i) {
        int k = i - 1;
        while (k >= 0 && (toks.get(k).is(".") || toks.get(k).is(",")) && i - k <= 2) {
            k--;
        }
        if (k >= 0 && toks.get(k).lower().equals("the") && k >= 1) {
            return false;
        }
        return k >= 0 && MONTHS.contains(toks.get(k).lower()) && (QuantityTokens.hasUpper(toks.get(k).text()));
    }

    private static boolean isMonthAfter(List<Tok> toks, int i) {
        int k = i;
        if (k < toks.size() && toks.get(k).is("of")) {
            k++;
        }
        return k < toks.size() && MONTHS.contains(toks.get(k).lower()) && QuantityTokens.hasUpper(toks.get(k).text());
    }

    /** Letters glued to a number that scale or measure it ("4K", "5G", "$10M", "3D"): never a model's code. */
    private static final Set<String> GLUED_SCALES = Set.of("k", "m", "b", "t", "g", "d");
    /** Words after "100x" that make it a multiplier ("100x faster", "300x more", "a 100x return"). */
    private static final Pattern MULTIPLIER_AFTER = Pattern.compile("(?:\\p{L}+er|more|less|as|the|times|return|returns"
            + "|zoom|magnification|speed|speedup|increase|growth|boost|over|that|than)");

    /**
     * The index after a model's code starting at token i ("777X", "777x jets", "330E"), or -1: a whole number of three
     * or four digits with one letter glued to it that is no unit or scale; a lower-case "x" is a multiplier ("100x
     * faster") unless a plural noun follows it ("777x jets").
     */
    static int modelCodeEnd(List<Tok> toks, int i) {
        if (i + 1 >= toks.size()) {
            return -1;
        }
        Tok number = toks.get(i);
        Tok letter = toks.get(i + 1);
        if (number.type() != Type.NUM || !number.text().matches("[1-9]\\d{2,3}") || !letter.glued()
                || letter.type() != Type.WORD || letter.text().length() != 1 || GLUED_SCALES.contains(letter.lower())
                || number.glued() && i > 0 && toks.get(i - 1).type() == Type.WORD
                || i + 2 < toks.size() && toks.get(i + 2).glued() && !toks.get(i + 2).is(".") && !toks.get(i + 2).is(",")) {
            return -1; // "A380" (read as a name already), "777X-9" and "4x4" are other shapes
        }
        if (letter.text().equals("x")) {
            Tok after = i + 2 < toks.size() ? toks.get(i + 2) : null;
            boolean pluralNoun = after != null && after.type() == Type.WORD && after.lower().length() > 2
                    && after.lower().endsWith("s") && !after.lower().endsWith("ss")
                    && !MULTIPLIER_AFTER.matcher(after.lower()).matches();
            return pluralNoun ? i + 2 : -1;
        }
        if (!Character.isUpperCase(letter.text().charAt(0)) || knownUnitAt(toks, i + 1)) {
            return -1; // "220V", "60W", "100C": units
        }
        return i + 2;
    }

    private static boolean knownUnitAt(List<Tok> toks, int j) {
        return UnitReader.unitPhrase(toks, j) != null;
    }
}
