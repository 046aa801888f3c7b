package org.factdesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 */
public final class QuantityExtractor {
    // word lists and shapes used by the checks below, built once
    private static final Set<String> WORDS_1 = Set.of("up", "down");
    private static final Set<String> WORDS_2 = Set.of("of", "the", "its", "their", "his", "her", "our", "a", "an");
    private static final Set<String> WORDS_3 = Set.of("first", "second", "this", "last", "next", "the", "a", "one", "and", "-");
    private static final Set<String> WORDS_4 = Set.of("no", "any", "every", "each", "the", "this", "that", "which", "someone", "anyone", "little",
                "big", "new", "old", "last", "next", "other", "another", "only", "a", "same", "right", "wrong");
    private static final Set<String> WORDS_5 = Set.of("st", "nd", "rd", "th", "s", "am", "pm");
    private static final Set<String> WORDS_6 = Set.of("in", "by", "since", "until", "before", "after", "from");
    private static final Set<String> WORDS_7 = Set.of("in", "since", "ad", "d", "bc", "until", "year", "from", "before");
    private static final Set<String> WORDS_8 = Set.of("C", "F", "W", "V");
    private static final Set<String> WORDS_9 = Set.of("in", "am", "pm", "ha", "mi", "bp", "pc", "s", "h", "g", "l", "t", "p", "m", "db");
    private static final Set<String> WORDS_10 = Set.of("earlier", "ago", "later", "before", "after", "prior", "old", "on", "from");
    private static final Set<String> WORDS_11 = Set.of("second", "minute", "hour", "day", "week", "month", "year", "decade", "century");
    private static final Set<String> WORDS_12 = Set.of("its", "their", "the", "his", "her", "our");
    private static final Set<String> WORDS_13 = Set.of("the", "my", "its", "his", "her", "their", "our", "your", "these", "those");
    private static final Set<String> WORDS_14 = Set.of("north", "south", "east", "west", "british", "french", "dutch", "swiss", "thai", "greek");
    private static final Set<String> WORDS_15 = Set.of("the", "all", "is", "game");
    private static final Set<String> WORDS_16 = Set.of("<", ">", "<=", ">=", "~");
    private static final Pattern SHAPE_1 = Pattern.compile("\\d{3}");
    private static final Pattern SHAPE_2 = Pattern.compile("\\d{1,3}");
    private static final Pattern SHAPE_3 = Pattern.compile(".*(al|ar|ive|ful|ous|ic|ent|ant|ible|able)");
    private static final Pattern SHAPE_4 = Pattern.compile(",?\\s*or");
    private static final Pattern SHAPE_5 = Pattern.compile("(?s).*[.!?;:]\\s.*");
    private static final Pattern SHAPE_6 = Pattern.compile("or|to|and|,");

    enum Type { NUM, WORD, SYM }

    record Tok(String text, String lower, int start, int end, Type type, boolean glued) {

        boolean is(String s) {
            return text.equalsIgnoreCase(s);
        }
    }

    private static final Pattern TOKEN = Pattern.compile(
            "\\d{1,3}(?:[,\u2009\u202F\u00A0]\\d{3})+(?:\\.\\d+)?(?!\\d|,\\d)|\\d+(?:\\.\\d+)?"
                    + "|\\p{L}[\\p{L}\\p{M}]*(?:['’]\\p{L}+)?|\\S");

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));
    private static final Map<String, Double> SCALE = Map.of(
            "hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);
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

    static final Set<String> MONTHS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** Words between which and a number a noun phrase stops (and which are never counted nouns). */
    private static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "from", "for", "with", "by",
            "as", "into", "onto", "than", "that", "which", "who", "whom", "whose", "what", "when", "where", "while",
            "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
            "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "it", "its",
            "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "my", "this", "these",
            "those", "there", "here", "then", "now", "ago", "earlier", "later", "last", "next", "each", "per",
            "said", "says", "say", "according", "since", "until", "after", "before", "during", "over", "under",
            "about", "around", "up", "down", "off", "out", "more", "less", "most", "least", "also", "only", "just",
            "so", "if", "because", "though", "although", "all", "some", "any", "such", "another", "own",
            "between", "among", "against", "through", "via", "across", "toward", "towards", "within", "without",
            "respectively", "compared", "including", "like", "unlike", "yet", "still", "even", "again", "ahead",
            "away", "back", "long", "wide", "high", "deep", "tall", "old", "apiece", "overall", "total", "too");

    /** Words after a glued "m" that show it means metres ("1.8m tall"), not million ("2.7m sales"). */
    private static final Set<String> METRE_CONTEXT = Set.of(
            "tall", "high", "wide", "deep", "long", "away", "above", "below", "sprint", "race", "hurdles", "freestyle",
            "relay", "underground", "beneath", "underwater", "in", "from", "to", "and", "or", "by", "x");

    private static final Set<String> PLURAL_NOUNS = Set.of(
            "people", "staff", "personnel", "police", "children", "men", "women", "cattle", "crew", "livestock",
            "military", "infantry", "sheep", "fish", "deer", "aircraft", "offspring", "youth", "clergy");

    /** Plural names of peoples and parties that do not end in "-ans": "10,000 Poles", "52 Democrats". */
    private static final Set<String> PEOPLES = Set.of(
            "poles", "swedes", "danes", "finns", "czechs", "slovaks", "serbs", "croats", "turks", "arabs", "kurds",
            "jews", "brits", "scots", "greeks", "thais", "uzbeks", "tajiks", "kazakhs", "balts", "afghans", "chechens",
            "muslims", "christians", "catholics", "protestants", "democrats", "conservatives", "liberals", "tories",
            "socialists", "communists", "separatists", "israelis", "iraqis", "pakistanis", "saudis", "yemenis",
            "kuwaitis", "qataris", "somalis", "bangladeshis", "nepalis", "filipinos", "latinos", "britons", "irish");

    /** Capitalised words that may stand right before a number without making it a name ("Game 6"). */
    private static final Set<String> BEFORE_NUMBER_OK = Set.of(
            "about", "around", "some", "nearly", "almost", "over", "under", "only", "just", "up", "more", "less",
            "at", "by", "the", "all", "and", "but", "of", "in", "on", "for", "with", "to", "from", "than",
            "roughly", "approximately", "exactly", "another", "fewer", "those", "these", "its", "his", "her",
            "their", "our", "between", "after", "before", "since", "within", "above", "below", "least", "most",
            "estimated", "an", "a", "reportedly", "still", "each", "every", "when", "while", "where", "if", "so",
            "that", "which", "who", "what", "then", "also");

    private static final Pattern TIME_AFTER = Pattern.compile(
            "^\\s*(?:[aApP]\\.?[mM]\\b\\.?|GMT|EDT|EST|EET|UTC|BST|CET|CEST|PDT|PST|CDT|CST|MSK|PT|ET|local time|hrs\\b|h\\d)");

    private record Num(int from, int to, double value, Double upper, boolean vague, boolean scaled, double scale,
                       boolean word, String unitFromSuffix) {
        Num withValue(double v, Double u) {
            return new Num(from, to, v, u, vague, scaled, scale, word, unitFromSuffix);
        }
    }

    public List<Quantity> extract(String text) {
        List<Tok> toks = tokenize(text);
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            int next = tryQuantity(text, toks, i, out);
            i = next > i ? next : i + 1;
        }
        backfillUnits(text, out);
        inheritCountedNouns(text, out);
        joinBoundPairs(text, out);
        return out;
    }

    static List<Tok> tokenize(String text) {
        List<Tok> toks = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int prevEnd = -1;
        while (m.find()) {
            String t = m.group();
            Type type = Character.isDigit(t.charAt(0)) ? Type.NUM : Character.isLetter(t.charAt(0)) ? Type.WORD : Type.SYM;
            toks.add(new Tok(t, t.toLowerCase(Locale.ROOT), m.start(), m.end(), type, m.start() == prevEnd));
            prevEnd = m.end();
        }
        return toks;
    }

    // ---------------------------------------------------------------------------------------------

    /** Parses a quantity starting at token i; returns the index after it (or i when none). */
    private int tryQuantity(String text, List<Tok> toks, int i, List<Quantity> out) {
        Num num = parseNumber(text, toks, i);
        if (num == null) {
            return i;
        }
        if (!num.word() && !num.vague() && isNotAQuantity(text, toks, num)) {
            return num.to();
        }
        int j = num.to();
        // currency written before the number
        int start = num.from();
        String unit = null;
        String canonicalCurrency = null;
        int[] cur = currencyBefore(toks, start);
        if (cur != null) {
            String[] c = Units.currencyPrefix(currencyText(toks, cur[0], start));
            unit = c[0];
            canonicalCurrency = c[1];
            start = cur[0];
        }
        // glued "m" after a number means million when money is involved, else metres
        if (num.unitFromSuffix() != null && num.unitFromSuffix().equals("m")
                && (canonicalCurrency != null || j >= toks.size() || toks.get(j).type() != Type.WORD
                        || !METRE_CONTEXT.contains(toks.get(j).lower()))) {
            num = new Num(num.from(), num.to(), times(num.value(), 1e6), null, false, true, 1e6, false, null);
        } else if (num.unitFromSuffix() != null && num.unitFromSuffix().equals("T") && canonicalCurrency != null) {
            num = new Num(num.from(), num.to(), times(num.value(), 1e12), null, false, true, 1e12, false, null); // "$1.2T"
        } else if (num.unitFromSuffix() != null && unit == null) {
            unit = num.unitFromSuffix();
        }
        // ranges: "8,000-10,000", "15 to 22 miles", "between $62 and $68", "from 208 pounds to 193"
        Range range = range(text, toks, num, j, unit);
        Double upper = num.upper();
        double value = num.value();
        boolean vague = num.vague();
        Double from = null;
        if (range != null && range.change != null) {
            // "shrank from 6,004 to 600": the figure now, and the one it changed from
            from = range.low;
            value = range.high;
            j = range.to;
            if (unit == null && range.unit != null) {
                unit = range.unit;
            }
        } else if (range != null) {
            value = range.low;
            upper = range.high;
            j = range.to;
            if (unit == null && range.unit != null) {
                unit = range.unit;
            }
        }
        // unit after the number
        UnitMatch um = null;
        if (unit == null || unit.endsWith("$") || Units.currencyPrefix(unit) != null || Units.lookup(unit) != null) {
            um = unitAfter(text, toks, j, value, unit != null);
        }
        int end = toks.get(j - 1).end();
        if (um != null) {
            unit = unit == null ? um.unit : unit + " " + um.unit;
            end = toks.get(um.to - 1).end();
            j = um.to;
            // "a year and a half", "two years and a half"
            NumberWords.Parsed half = upper == null ? NumberWords.trailingFraction(toks, j) : null;
            if (half != null) {
                value += half.value();
                end = toks.get(half.to() - 1).end();
                j = half.to();
            }
        }
        if (range != null && range.change != null) {
            int surfaceStart = toks.get(range.changeAt).start();
            out.add(new Quantity(text.substring(surfaceStart, end), surfaceStart, end, value, null,
                    unit == null ? "" : unit, range.change, false, from));
            return j;
        }
        Quantity changedTo = upper == null && !vague ? toFrom(text, toks, start, j, value, unit) : null;
        if (changedTo != null) {
            out.add(changedTo);
            return changeEnd;
        }
        String qualifier = qualifier(toks, start);
        int qualStart = qualifierStart;
        if ("=".equals(qualifier)) {
            String post = qualifierAfter(toks, j);
            if (post != null) {
                qualifier = post;
                end = toks.get(j + 1).end();
                j += 2;
            }
            String inherited = inheritedQualifier(text, toks, start, out);
            if (inherited == null && start > 0 && toks.get(start - 1).is("by") && !out.isEmpty()
                    && WORDS_1.contains(out.get(out.size() - 1).qualifier())
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

    private int changeEnd;

    /**
     * "cut its forecast to 2.9% from 3.4%", "raised rates to 4.5% from 4.25%": the figure reached
     * (tokens [start, j)) and the one it changed from; sets {@link #changeEnd}. Null when the number
     * is not written "to X from Y".
     */
    private Quantity toFrom(String text, List<Tok> toks, int start, int j, double value, String unit) {
        if (start < 1 || !toks.get(start - 1).is("to") || j + 1 >= toks.size() || !toks.get(j).is("from")) {
            return null;
        }
        int[] currency = currencyAt(toks, j + 1);
        int numAt = currency != null ? currency[0] : j + 1;
        Num earlier = numAt < toks.size() ? parseNumber(text, toks, numAt) : null;
        if (earlier == null || earlier.vague() || !earlier.word() && isNotAQuantity(text, toks, earlier)) {
            return null;
        }
        int to = earlier.to();
        UnitMatch again = unitAfter(text, toks, to, earlier.value(), currency != null);
        if (again != null) {
            if (unit == null || !Units.canonical(again.unit).equals(Units.canonical(unit))) {
                return null; // "to 500 soldiers from 12 countries", "to 500 from 12 countries"
            }
            to = again.to;
        }
        String direction = ChangeWords.anyWithin(toks, start - 1, 6);
        String d = direction == null || direction.isEmpty() ? (value < earlier.value() ? "down" : "up") : direction;
        int surfaceStart = toks.get(start - 1).start();
        int e = toks.get(to - 1).end();
        changeEnd = to;
        return new Quantity(text.substring(surfaceStart, e), surfaceStart, e, value, null, unit == null ? "" : unit, d,
                false, earlier.value());
    }

    private static String currencyText(List<Tok> toks, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(toks.get(k).text());
        }
        String s = sb.toString();
        return s.equals("$US") ? "US$" : s;
    }

    /** Token index where a currency prefix starts right before token {@code at}, or null. */
    private static int[] currencyBefore(List<Tok> toks, int at) {
        int k = at - 1;
        if (k < 0) {
            return null;
        }
        // $US160 / "HK $5" / "US $58.24" / "$1" / "USD10m" / "Y=28,030"
        for (int len = 3; len >= 1; len--) {
            int from = at - len;
            if (from < 0) {
                continue;
            }
            boolean tight = true;
            StringBuilder sb = new StringBuilder();
            for (int m = from; m < at; m++) {
                Tok t = toks.get(m);
                if (m > from && !t.glued() && !(t.text().equals("$") && m == from + 1)) {
                    tight = false;
                }
                sb.append(t.text());
            }
            String s = sb.toString();
            if (s.equals("$US")) {
                s = "US$";
            }
            if (!tight || Units.currencyPrefix(s) == null) {
                continue;
            }
            Tok first = toks.get(from);
            boolean symbol = first.type() == Type.SYM || s.contains("$") || s.equals("Y=");
            boolean isoCode = s.length() == 3 && s.equals(s.toUpperCase(Locale.ROOT));
            // letter codes must touch the number ("USD10m", "RM2.05", "PS2.7m"); ISO codes may stand apart
            if (!symbol && !isoCode && !toks.get(at).glued()) {
                continue;
            }
            return new int[] {from};
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------
    // numbers

    /** Parses a number (digits, words, fractions, vague amounts) at token i, with its scale word. */
    private Num parseNumber(String text, List<Tok> toks, int i) {
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

    private Num symbolNumber(String text, List<Tok> toks, int i) {
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
                    && (prev == null || !isWordNumber(prev.lower()) && !(prev.type() == Type.WORD && hasUpper(prev.text())))) {
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

    private Num digits(String text, List<Tok> toks, int i) {
        Tok t = toks.get(i);
        double v = Double.parseDouble(t.text().replaceAll("[,\u2009\u202F\u00A0]", ""));
        int to = i + 1;
        // "10 000": plain-space thousands grouping
        while (to < toks.size() && !t.text().contains(".") && v < 1000 && v >= 1
                && toks.get(to).type() == Type.NUM && SHAPE_1.matcher(toks.get(to).text()).matches()
                && text != null && text.charAt(toks.get(to).start() - 1) == ' ' && toks.get(to).start() - toks.get(to - 1).end() == 1
                && SHAPE_2.matcher(toks.get(i).text()).matches() && (i == 0 || !toks.get(i - 1).is(","))) {
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
        return SMALL.containsKey(w) || w.equals("dozen");
    }

    private Num words(List<Tok> toks, int i) {
        Tok t = toks.get(i);
        String w = t.lower();
        // "minus 130", "minus-1.4"
        if (w.equals("minus") && i + 1 < toks.size()) {
            int k = toks.get(i + 1).is("-") && toks.get(i + 1).glued() ? i + 2 : i + 1;
            if (k < toks.size() && toks.get(k).type() == Type.NUM) {
                Num n = digits(null, toks, k);
                return new Num(i, n.to(), -n.value(), null, false, false, 1, false, n.unitFromSuffix());
            }
            return null;
        }
        // capitalised inside a sentence, number words are names: "BBC One", "Kick Six", "Big Ten"
        if (Character.isUpperCase(t.text().charAt(0)) && i > 0 && toks.get(i - 1).type() == Type.WORD
                && hasUpper(toks.get(i - 1).text()) && SMALL.containsKey(w)) {
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
            if (WORDS_2.contains(n)
                    && !WORDS_3.contains(p)) {
                return new Num(i, i + 1, 0.5, null, false, false, 1, true, null);
            }
            return null;
        }
        if (w.equals("dozen") && (i == 0 || !toks.get(i - 1).is("a"))) {
            return null;
        }
        if (!SMALL.containsKey(w)) {
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
                && toks.get(i + 2).type() == Type.WORD && !SMALL.containsKey(toks.get(i + 2).lower())
                && !FRACTION_WORDS.containsKey(toks.get(i + 2).lower()) && unitPhrase(toks, i + 2) == null) {
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

    /** Words after which "zero" names an idea, not an amount: "zero tolerance", "zero hour", "zero-sum". */
    private static final Set<String> ZERO_IDIOMS = Set.of(
            "tolerance", "hour", "sum", "day", "gravity", "waste", "covid", "option", "point", "interest");

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
        if (WORDS_4.contains(prev)
                && !next.equals("of")) {
            return true;
        }
        boolean endsPhrase = next.isEmpty() || !Character.isLetterOrDigit(next.charAt(0)) && !next.equals("-")
                || (STOP.contains(next) && !next.equals("of") && !next.equals("more") && !next.equals("per")
                    && !next.equals("to") && !next.equals("or") && !next.equals("and"));
        if (endsPhrase && !prev.equals("of")) {
            return true; // "on one in order to", "have one."
        }
        return next.equals("another") || next.equals("'s") || next.equals("’s") || next.equals("day")
                || next.equals("-") || next.equals("way") || next.equals("thing");
    }

    private Num vague(List<Tok> toks, int i) {
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
    private Num scaled(List<Tok> toks, Num base) {
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

    // ---------------------------------------------------------------------------------------------
    // what is not a quantity

    private boolean isNotAQuantity(String text, List<Tok> toks, Num num) {
        Tok first = toks.get(num.from());
        if (first.type() != Type.NUM) {
            return false;
        }
        boolean unitFollows = num.to() < toks.size() && (toks.get(num.to()).is("%") || knownUnitAt(toks, num.to()));
        if (NonQuantities.isNameOrLabel(toks, num.from(), num.to(), unitFollows)) {
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
        // ordinals and decades: 22nd, 1990s, '90s
        if (next != null && next.glued() && next.type() == Type.WORD
                && WORDS_5.contains(next.lower())) {
            return true;
        }
        if (prev != null && prev.glued() && (prev.is("'") || prev.is("’") || prev.is("#"))) {
            return true;
        }
        // glued to letters: "SF90", "X-Pro3", "TA-35", "ID.3" (currency codes handled elsewhere)
        if (prev != null && first.glued() && prev.type() == Type.WORD && currencyBefore(toks, num.from()) == null) {
            return true;
        }
        if (prev != null && first.glued() && (prev.is("-") || prev.is(".") || prev.is("/")) && prev2 != null
                && (prev.glued() || prev.is("-")) && prev2.type() == Type.WORD && hasUpper(prev2.text())) {
            return true; // "TA-35", "V-12", "ID.3", "COVID-19"
        }
        if (prev != null && first.glued() && prev.is("-") && prev.glued() && prev2 != null && prev2.type() == Type.NUM
                && num.from() >= 3 && toks.get(num.from() - 3).type() == Type.WORD && hasUpper(toks.get(num.from() - 3).text())
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
            boolean money = currencyBefore(toks, num.from()) != null;
            if (!grouped && !money && !hasUnitAfter && first.text().length() == 4) {
                if (v >= 1900 && v <= 2100) {
                    return true;
                }
                String p0 = prev == null ? "" : prev.lower();
                if (v > 2100 && v < 2200 && WORDS_6.contains(p0)) {
                    return true; // "by 2120"
                }
                String p = prev == null ? "" : prev.is(".") && prev2 != null ? prev2.lower() : prev.lower();
                if (v >= 1000 && v < 1900 && WORDS_7.contains(p)) {
                    return true;
                }
            }
            if (!money && prev != null && (prev.is("No") || prev.is("no") && next != null && next.is("."))) {
                return true;
            }
        }
        if (prev != null && (prev.is("aged") || prev.is("ages"))) {
            return true; // the age band of a group, not an amount: "men aged 18 to 34"
        }
        // names with numbers: "iPhone 11", "Game 6", "S&P 500", "Nasdaq 100" (unless a unit follows)
        if (prev != null && prev.type() == Type.WORD && !first.glued() && hasUpper(prev.text())
                && !BEFORE_NUMBER_OK.contains(prev.lower()) && !MONTHS.contains(prev.lower())
                && !startsSentence(text, toks, num.from() - 1) && currencyBefore(toks, num.from()) == null
                && !(next != null && (next.is("%") || knownUnitAt(toks, num.to())))) {
            return true;
        }
        return false;
    }

    private static boolean hasUpper(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isUpperCase(s.charAt(k))) {
                return true;
            }
        }
        return false;
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
        return k >= 0 && MONTHS.contains(toks.get(k).lower()) && (hasUpper(toks.get(k).text()));
    }

    private static boolean isMonthAfter(List<Tok> toks, int i) {
        int k = i;
        if (k < toks.size() && toks.get(k).is("of")) {
            k++;
        }
        return k < toks.size() && MONTHS.contains(toks.get(k).lower()) && hasUpper(toks.get(k).text());
    }

    private static boolean knownUnitAt(List<Tok> toks, int j) {
        return unitPhrase(toks, j) != null;
    }

    // ---------------------------------------------------------------------------------------------
    // ranges

    /** A range, or with {@code change} ("up", "down") the change from {@code low} to {@code high}. */
    private record Range(double low, double high, int to, String unit, String change, int changeAt) {
        Range(double low, double high, int to, String unit) {
            this(low, high, to, unit, null, -1);
        }

        Range asChange(String direction, int at) {
            String d = direction.isEmpty() ? (high < low ? "down" : "up") : direction;
            return new Range(low, high, to, unit, d, at);
        }
    }

    private Range range(String text, List<Tok> toks, Num first, int j, String currency) {
        if (first.vague() || j >= toks.size()) {
            return null;
        }
        int k = j;
        String unitBetween = null;
        UnitMatch um = null;
        int[] firstCurrency = currencyBefore(toks, first.from());
        int lead = (firstCurrency != null ? firstCurrency[0] : first.from()) - 1;
        boolean fromBefore = lead >= 0 && toks.get(lead).is("from");
        boolean betweenBefore = lead >= 0 && toks.get(lead).is("between");
        String changeWord = fromBefore ? ChangeWords.before(toks, lead) : null;
        Tok sep = toks.get(k);
        if (!(sep.is("-") || sep.is("–") || sep.is("—") || sep.is("to") || sep.is("and") || sep.is("through"))) {
            um = unitAfter(text, toks, k, first.value(), currency != null);
            if (um != null && (fromBefore || betweenBefore || isPercent(um.unit))) {
                unitBetween = um.unit;
                k = um.to;
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
        Num second = parseNumber(text, toks, numAt);
        if (second == null || second.vague() || (second.word() != first.word() && !sep.is("to") && !sep.is("and"))) {
            return null;
        }
        if (!second.word() && isNotAQuantity(text, toks, second)) {
            return null;
        }
        if (dash && (first.value() >= 1900 && first.value() <= 2100 && second.value() >= 1900 && second.value() <= 2100)) {
            return null;
        }
        double low = first.value();
        double high = second.value();
        if (second.scaled() && !first.scaled() && first.value() <= second.value() / second.scale()) {
            low = times(first.value(), second.scale());
        }
        Range range;
        if (unitBetween != null) {
            // "1 per cent to 1.5 per cent", "from 208 pounds to 193": the second may repeat the unit
            UnitMatch again = unitAfter(text, toks, second.to(), high, currency != null);
            int to = again != null && again.unit.equalsIgnoreCase(unitBetween) ? again.to : second.to();
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

    private static int[] currencyAt(List<Tok> toks, int s) {
        for (int len = 1; len <= 3 && s + len < toks.size(); len++) {
            if (toks.get(s + len).type() == Type.NUM && currencyBefore(toks, s + len) != null
                    && currencyBefore(toks, s + len)[0] == s) {
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

    // ---------------------------------------------------------------------------------------------
    // units

    private record UnitMatch(String unit, int to) {
    }

    /** Longest known unit phrase starting at token j (1-4 tokens), as [end index] with its text. */
    private static UnitMatch unitPhrase(List<Tok> toks, int j) {
        if (j >= toks.size()) {
            return null;
        }
        for (int len = Math.min(5, toks.size() - j); len >= 1; len--) {
            StringBuilder sb = new StringBuilder();
            boolean ok = true;
            for (int k = j; k < j + len; k++) {
                Tok t = toks.get(k);
                if (k > j && !t.glued()) {
                    sb.append(' ');
                }
                if (k > j && t.type() == Type.NUM && !(t.text().equals("2") && t.glued())) {
                    ok = false;
                }
                sb.append(t.text());
            }
            if (!ok) {
                continue;
            }
            String phrase = sb.toString();
            String canonical = Units.lookup(phrase);
            if (canonical == null) {
                continue;
            }
            Tok first = toks.get(j);
            // single letters and symbols only when they touch the number ("5W", "1.5mm", "118.5p")
            if (len == 1 && first.text().length() == 1 && !first.glued() && !first.text().equals("%")
                    && !WORDS_8.contains(first.text())) {
                continue;
            }
            if (len == 1 && first.text().length() <= 2 && !first.glued() && Character.isLowerCase(first.text().charAt(0))
                    && WORDS_9.contains(first.lower())) {
                continue;
            }
            if (phrase.equalsIgnoreCase("won")) {
                continue;
            }
            return new UnitMatch(phrase, j + len);
        }
        return null;
    }

    /** The unit or counted noun after a number ending at token j. */
    private UnitMatch unitAfter(String text, List<Tok> toks, int j, double value, boolean hasCurrency) {
        if (j >= toks.size()) {
            return null;
        }
        int k = j;
        // "6.1-inch", "65-year-old", "5-mpg", "1.8 billion-mile"
        boolean hyphenated = false;
        if (toks.get(k).is("-") && toks.get(k).glued() && k + 1 < toks.size() && toks.get(k + 1).glued()
                && toks.get(k + 1).type() == Type.WORD) {
            k++;
            hyphenated = true;
        }
        UnitMatch unit = unitPhrase(toks, k);
        if (unit == null && hyphenated && !hasCurrency && !STOP.contains(toks.get(k).lower())
                && !HYPHEN_ADJECTIVES.contains(toks.get(k).lower()) && !SMALL.containsKey(toks.get(k).lower())
                && !SCALE.containsKey(toks.get(k).lower()) && !toks.get(k).text().equals(toks.get(k).text().toUpperCase(Locale.ROOT))) {
            return withPer(toks, new UnitMatch(toks.get(k).text(), k + 1)); // "a 50,000-seat stadium", "a 10-point lead"
        }
        if (unit != null && hasCurrency && !"percentage".equals(Units.lookup(unit.unit))) {
            unit = null; // "$5 billion" is money, not "$ billion"
        }
        if (unit == null && !hasCurrency) {
            UnitMatch money = currencyAfter(text, toks, k);
            unit = money != null ? money : countedNoun(toks, k, value);
        }
        if (unit != null) {
            unit = withPer(toks, unit);
        } else if (hasCurrency) {
            UnitMatch per = withPer(toks, new UnitMatch("", k));
            if (!per.unit.isEmpty()) {
                return new UnitMatch(per.unit.strip(), per.to);
            }
        }
        return unit;
    }

    /**
     * Money written after the number: "7,199 Chinese yuan", "10 us dollars", "300 Hong Kong dollars",
     * "20 usd", "10 €", "100元"; null when none.
     */
    private static UnitMatch currencyAfter(String text, List<Tok> toks, int k) {
        if (k >= toks.size()) {
            return null;
        }
        Tok t = toks.get(k);
        boolean nextIsNumber = k + 1 < toks.size() && toks.get(k + 1).type() == Type.NUM;
        if (t.type() == Type.SYM && (Units.currencyPrefix(t.text()) != null || t.text().equals("元")) && !nextIsNumber
                && t.start() - toks.get(k - 1).end() <= 1) {
            return new UnitMatch(t.text(), k + 1); // "10 €", "100元"
        }
        if (t.type() == Type.WORD && t.text().length() == 3 && (t.text().equals(t.lower()) || t.text().equals(t.text().toUpperCase(Locale.ROOT)))
                && Units.currencyPrefix(t.text().toUpperCase(Locale.ROOT)) != null) {
            return new UnitMatch(t.text(), k + 1); // "20 usd", "40 RMB"
        }
        // an adjective or a place before the currency word: "Chinese yuan", "us dollars", "Hong Kong dollars"
        for (int len = 1; len <= 2 && k + len < toks.size(); len++) {
            boolean won = toks.get(k + len).is("won") && !toks.get(k + len - 1).is("Korean"); // "two theses won"
            if (Units.isCurrencyWord(toks.get(k + len).text()) && !won && toks.get(k).type() == Type.WORD
                    && toks.get(k + len - 1).type() == Type.WORD && !STOP.contains(toks.get(k).lower())
                    && (len == 1 || hasUpper(toks.get(k).text()) && hasUpper(toks.get(k + 1).text()))) {
                return new UnitMatch(joinTokens(toks, k, k + len + 1), k + len + 1);
            }
        }
        return null;
    }

    /** Words after "N-" that describe rather than count: "a 100-strong crowd", "a 30-odd group", "a 3-fold rise". */
    private static final Set<String> HYPHEN_ADJECTIVES = Set.of(
            "strong", "odd", "plus", "something", "old", "long", "wide", "high", "deep", "tall", "fold", "ish");

    /** "miles per hour", "$ a month", "barrel-a-day", "hours a week", "tests per day", "$85 a barrel". */
    private static UnitMatch withPer(List<Tok> toks, UnitMatch unit) {
        int k = unit.to;
        if (k + 1 >= toks.size()) {
            return unit;
        }
        Tok t = toks.get(k);
        String joiner;
        int n = k + 1;
        if (t.is("per") || t.is("a") || t.is("an") || t.is("/") || t.is("each")) {
            joiner = t.text().equals("/") ? "/" : " " + t.text() + " ";
        } else if (t.is("-") && t.glued() && n + 1 < toks.size() && toks.get(n).is("a") && toks.get(n + 1).is("-")) {
            joiner = "-a-";
            n = k + 3;
        } else {
            return unit;
        }
        if (n >= toks.size()) {
            return unit;
        }
        UnitMatch per = unitPhrase(toks, n);
        if (per == null || Units.lookup(per.unit) == null || Units.isCurrencyWord(per.unit)) {
            // "per share", "per gram", "per barrel": a noun after "per"
            if (t.is("per") && toks.get(n).type() == Type.WORD && !STOP.contains(toks.get(n).lower())) {
                per = new UnitMatch(toks.get(n).text(), n + 1);
            } else {
                return unit;
            }
        }
        boolean money = unit.unit.isEmpty();
        if (!t.is("per") && !t.is("/") && !isTimeUnit(per.unit) && !(money && Units.lookup(per.unit) != null)) {
            return unit; // "a" joins a rate of time ("hours a week") or a price ("$85 a barrel"), nothing else
        }
        if (per.to < toks.size() && WORDS_10
                .contains(toks.get(per.to).lower())) {
            return unit; // "$6.78 billion a year earlier" is not a yearly rate
        }
        String left = unit.unit;
        return new UnitMatch((left + joiner + per.unit).replaceAll("^ +", ""), per.to);
    }

    private static boolean isTimeUnit(String unit) {
        String c = Units.lookup(unit);
        return c != null && WORDS_11.contains(c);
    }

    /**
     * The counted noun after a number: the noun phrase up to its first plural noun, with its
     * modifiers ("1,100 public housing properties", "five profile slots") but without nationalities,
     * participles and conjunctions ("10,000 North Korean soldiers" -> "soldiers", "4.3M combined
     * digital and physical sales" -> "digital physical sales").
     */
    private static UnitMatch countedNoun(List<Tok> toks, int j, double value) {
        int k = j;
        int head = -1;
        int lastWord = -1;
        List<Integer> words = new ArrayList<>();
        while (k < toks.size() && words.size() < 5) {
            Tok t = toks.get(k);
            if (t.type() != Type.WORD) {
                if (t.is("-") && t.glued() && k + 1 < toks.size() && toks.get(k + 1).glued() && lastWord >= 0) {
                    k++;
                    continue;
                }
                break;
            }
            String w = t.lower();
            if (w.equals("and") && lastWord >= 0 && k + 1 < toks.size() && toks.get(k + 1).type() == Type.WORD
                    && !STOP.contains(toks.get(k + 1).lower())) {
                k++; // "Kia and Hyundai vehicles", "digital and physical sales"
                continue;
            }
            if (STOP.contains(w) || w.endsWith("ly") || MONTHS.contains(w) && hasUpper(t.text())
                    || SMALL.containsKey(w) || words.isEmpty() && (ChangeWords.UP.contains(w) || ChangeWords.DOWN.contains(w))) {
                break;
            }
            lastWord = k;
            words.add(k);
            if (isPlural(t.text())) {
                head = k;
                break;
            }
            k++;
        }
        if (head >= 0) {
            StringBuilder sb = new StringBuilder();
            for (int idx : words) {
                Tok t = toks.get(idx);
                boolean modifier = idx != head;
                if (modifier && (isDemonym(t.text()) || (t.lower().endsWith("ed") || t.lower().endsWith("ing")) && t.lower().length() > 4)) {
                    if (sb.isEmpty()) {
                        continue; // leading nationality or participle: "North Korean", "recorded"
                    }
                }
                if (!sb.isEmpty()) {
                    sb.append(t.glued() ? (toks.get(idx - 1).is("-") ? "-" : "") : " ");
                }
                sb.append(t.text());
            }
            return new UnitMatch(sb.toString(), head + 1);
        }
        if (j < toks.size() && toks.get(j).is("of") && value != 1 && (j + 1 < toks.size() && WORDS_12
                .contains(toks.get(j + 1).lower()))) {
            UnitMatch group = j + 2 < toks.size() ? countedNoun(toks, j + 2, 2) : null;
            if (group != null) {
                return group; // "35m of its Echo devices"
            }
        }
        if (value == 1 && j < toks.size()) {
            Tok t0 = toks.get(j);
            // "one of the best wireless speakers": the group the one belongs to
            if (t0.is("of")) {
                int m = j + 1;
                if (m < toks.size() && WORDS_13
                        .contains(toks.get(m).lower())) {
                    m++;
                }
                UnitMatch group = m < toks.size() && toks.get(m).type() == Type.WORD ? countedNoun(toks, m, 2) : null;
                if (group != null) {
                    return group;
                }
            }
            if (lastWord >= j && t0.type() == Type.WORD && !STOP.contains(t0.lower())) {
                if (lastWord > j && SHAPE_3.matcher(t0.lower()).matches()) {
                    return new UnitMatch(t0.text() + " " + toks.get(j + 1).text(), j + 2); // "one particular demand"
                }
                return new UnitMatch(t0.text(), j + 1); // "one hand", "one area"
            }
        }
        // an acronym unit: "0.5 WAR", "2 TDs"
        Tok t = toks.get(j);
        if (t.type() == Type.WORD && t.text().length() >= 2 && t.text().length() <= 5
                && t.text().replaceAll("s$", "").chars().allMatch(Character::isUpperCase)
                && (j + 1 >= toks.size() || toks.get(j + 1).type() == Type.SYM && !toks.get(j + 1).is("-")
                    || STOP.contains(toks.get(j + 1).lower()))) {
            return new UnitMatch(t.text(), j + 1);
        }
        return null;
    }

    /** Nationality adjectives and compass prefixes: "North", "Korean", "Russian", "Chinese", "Israeli". */
    private static boolean isDemonym(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || word.length() < 4) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT);
        return WORDS_14
                .contains(w) || CountryNames.isCountry(word) && !word.equals(word.toUpperCase(Locale.ROOT))
                || w.endsWith("an") && !w.endsWith("man") || w.endsWith("ese") || w.endsWith("ish") || w.endsWith("i")
                && w.length() > 5;
    }

    private static String text(List<Tok> toks, int k) {
        return k >= 0 && k < toks.size() ? toks.get(k).text() : "";
    }

    private static String joinTokens(List<Tok> toks, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && !toks.get(k).glued()) {
                sb.append(' ');
            }
            sb.append(toks.get(k).text());
        }
        return sb.toString();
    }

    private static boolean isPlural(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (PLURAL_NOUNS.contains(w) || w.endsWith("men") && w.length() > 4 || w.endsWith("people")) {
            return true;
        }
        if (w.length() <= 3 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")
                || w.endsWith("'s") || w.endsWith("’s")) {
            return false;
        }
        // capitalised plurals are mostly names ("Texas", "Jones"), except peoples: "Americans", "Poles", "Israelis"
        return !Character.isUpperCase(word.charAt(0)) || w.endsWith("ans") || PEOPLES.contains(w)
                || isDemonym(word.substring(0, word.length() - 1));
    }

    // ---------------------------------------------------------------------------------------------
    // qualifiers and changes

    private int qualifierStart = -1;

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

    /** The qualifier or change written before token {@code at}; sets {@link #qualifierStart}. */
    private String qualifier(List<Tok> toks, int at) {
        qualifierStart = -1;
        int k = at - 1;
        if (k >= 0 && toks.get(k).is("-") && k >= 1 && toks.get(k - 1).is("sub")) {
            qualifierStart = toks.get(k - 1).start();
            return "<";
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
            if (toks.get(k).is("over") && k >= 1 && WORDS_15.contains(toks.get(k - 1).lower())) {
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
                if (toks.get(b).type() != Type.WORD || STOP.contains(toks.get(b).lower()) && direction == null) {
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
            qualifierStart = toks.get(boundAt).start();
            return bound; // "lost more than 60%": the bound is the claim
        }
        if (direction != null) {
            qualifierStart = toks.get(directionAt).start();
            return direction;
        }
        if (bound != null) {
            qualifierStart = toks.get(boundAt).start();
            return bound;
        }
        return "=";
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
            "come", "went", "go", "goes", "tied", "tie", "hold", "held", "cut", "let");

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
    private static String qualifierAfter(List<Tok> toks, int j) {
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
    private static String inheritedQualifier(String text, List<Tok> toks, int start, List<Quantity> out) {
        if (out.isEmpty() || start == 0) {
            return null;
        }
        Quantity last = out.get(out.size() - 1);
        Tok prev = toks.get(start - 1);
        String between = text.substring(Math.min(last.end(), toks.get(start).start()), toks.get(start).start()).strip();
        // the same change restated: "lost 190 points, or 0.6%", "grew by 125,600 positions or 2.2 per cent"
        if (SHAPE_4.matcher(between).matches() && ("up".equals(last.qualifier()) || "down".equals(last.qualifier()))) {
            return last.qualifier();
        }
        if (!(prev.is("(") || prev.is("/"))) {
            return null;
        }
        if (!(between.equals("(") || between.equals("/"))) {
            return null;
        }
        return WORDS_16.contains(last.qualifier()) ? last.qualifier() : null;
    }

    /**
     * A bare number after a counted one in the same sentence counts the same things: "of the 10,000
     * soldiers ..., up to 8,000 were deployed", "68,400 people ... and 95,800 who".
     */
    private static void inheritCountedNouns(String text, List<Quantity> out) {
        for (int k = 1; k < out.size(); k++) {
            Quantity q = out.get(k);
            if (!q.unit().isEmpty() || q.value() == Math.rint(q.value()) && q.value() >= 1900 && q.value() <= 2100) {
                continue;
            }
            for (int m = k - 1; m >= 0; m--) {
                Quantity p = out.get(m);
                String between = text.substring(Math.min(p.end(), q.start()), q.start());
                if (SHAPE_5.matcher(between).matches() || between.length() > 120) {
                    break;
                }
                if (!p.unit().isEmpty() && Units.lookup(p.unit()) == null && Units.currencyPrefix(p.unit()) == null
                        && !p.unit().contains(" per ") && !p.unit().contains("%")) {
                    int after = q.end();
                    while (after < text.length() && text.charAt(after) == ' ') {
                        after++;
                    }
                    boolean nounFollows = after < text.length() && Character.isLetter(text.charAt(after))
                            && !text.startsWith("who", after) && !text.startsWith("in ", after) && !text.startsWith("were", after)
                            && !text.startsWith("during", after) && !text.startsWith("that", after) && !text.startsWith("of", after);
                    if (!nounFollows) {
                        out.set(k, new Quantity(q.surface(), q.start(), q.end(), q.value(), q.upper(), p.unit(), q.qualifier(), q.vague()));
                    }
                    break;
                }
                if (!p.unit().isEmpty()) {
                    break;
                }
            }
        }
    }

    /**
     * "more than 10 and less than 40", "above 1,000 and below 1,500", "no more than 50 and no less
     * than 20": a lower and an upper bound joined by "and" are one range with both ends.
     */
    private static void joinBoundPairs(String text, List<Quantity> out) {
        for (int k = out.size() - 2; k >= 0; k--) {
            Quantity a = out.get(k);
            Quantity b = out.get(k + 1);
            boolean aLow = a.qualifier().startsWith(">");
            boolean aHigh = a.qualifier().startsWith("<");
            boolean bLow = b.qualifier().startsWith(">");
            boolean bHigh = b.qualifier().startsWith("<");
            if (!(aLow && bHigh || aHigh && bLow) || a.upper() != null || b.upper() != null || a.from() != null || b.from() != null) {
                continue;
            }
            String between = text.substring(a.end(), Math.max(a.end(), b.start())).strip();
            boolean sameUnit = a.unit().isEmpty() || b.unit().isEmpty() || Units.canonical(a.unit()).equals(Units.canonical(b.unit()));
            if (!sameUnit || !(between.equals("and") || between.equals("but") || between.equals(", and") || between.equals(","))) {
                continue;
            }
            double low = aLow ? a.value() : b.value();
            double high = aLow ? b.value() : a.value();
            if (low >= high) {
                continue;
            }
            String unit = b.unit().isEmpty() ? a.unit() : b.unit();
            out.set(k, new Quantity(text.substring(a.start(), b.end()), a.start(), b.end(), low, high, unit, "=", false));
            out.remove(k + 1);
        }
    }

    /** "eight or nine euros": the first number takes the unit of the second. */
    private static void backfillUnits(String text, List<Quantity> out) {
        for (int k = out.size() - 2; k >= 0; k--) {
            Quantity a = out.get(k);
            Quantity b = out.get(k + 1);
            if (a.unit().isEmpty() && !b.unit().isEmpty() && a.upper() == null
                    && SHAPE_6.matcher(text.substring(a.end(), Math.max(a.end(), b.start())).strip()).matches()) {
                String unit = b.unit();
                out.set(k, new Quantity(a.surface(), a.start(), a.end(), a.value(), a.upper(), unit, a.qualifier(), a.vague()));
            }
        }
    }
}
