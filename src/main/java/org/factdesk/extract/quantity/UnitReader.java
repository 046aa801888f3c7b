package org.factdesk.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.extract.lexicon.CountryNames;
import org.factdesk.extract.quantity.QuantityTokens.Tok;
import org.factdesk.extract.quantity.QuantityTokens.Type;

/**
 * What a number counts: the unit or currency after it ("km", "euros", "US$"), a rate ("per day",
 * "a year"), or the counted noun ("12 French soldiers", "one of the best speakers"). The canonical
 * names of units are {@link Units}; this class finds where a unit is written.
 */
final class UnitReader {
    private UnitReader() {}

    /** Words between which and a number a noun phrase stops (and which are never counted nouns). */
    static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "from", "for", "with", "by",
            "as", "into", "onto", "than", "that", "which", "who", "whom", "whose", "what", "when", "where", "while",
            "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
            "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "it", "its",
            "he", "she", "they", "we", "you", "i", "them", "him", "me", "his", "her", "their", "our", "your", "my", "this", "these",
            "those", "there", "here", "then", "now", "ago", "earlier", "later", "last", "next", "each", "per",
            "said", "says", "say", "according", "since", "until", "after", "before", "during", "over", "under",
            "about", "around", "up", "down", "off", "out", "more", "less", "most", "least", "also", "only", "just",
            "so", "if", "because", "though", "although", "all", "some", "any", "such", "another", "own",
            "between", "among", "against", "through", "via", "across", "toward", "towards", "within", "without",
            "respectively", "compared", "including", "like", "unlike", "yet", "still", "even", "again", "ahead",
            "away", "back", "long", "wide", "high", "deep", "tall", "old", "apiece", "overall", "total", "too");

    private static final Set<String> PLURAL_NOUNS = Set.of(
            "people", "staff", "personnel", "police", "children", "men", "women", "cattle", "crew", "livestock",
            "military", "infantry", "sheep", "fish", "deer", "aircraft", "offspring", "youth", "clergy");

    /** Pronouns that stand for a group named before: "almost half of ours". */
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("ours", "yours", "theirs", "hers", "mine", "his");

    /** A name's possessive written as one word: "Boeing's", "Apple’s". */
    private static boolean isPossessive(Tok t) {
        String w = t.text();
        return t.type() == Type.WORD && w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s"));
    }

    /** Plural words that stand before another plural as its modifier: "sports grounds", "arms shipments". */
    private static final Set<String> MODIFYING_PLURALS = Set.of("sports", "arms", "goods", "savings", "sales",
            "news", "parts", "weapons", "jobs", "operations", "communications", "customs", "earnings", "emissions",
            "rights", "services", "systems", "games", "drugs", "cars", "books");

    /** Plural names of peoples and parties that do not end in "-ans": "10,000 Poles", "52 Democrats". */
    private static final Set<String> PEOPLES = Set.of(
            "poles", "swedes", "danes", "finns", "czechs", "slovaks", "serbs", "croats", "turks", "arabs", "kurds",
            "jews", "brits", "scots", "greeks", "thais", "uzbeks", "tajiks", "kazakhs", "balts", "afghans", "chechens",
            "muslims", "christians", "catholics", "protestants", "democrats", "conservatives", "liberals", "tories",
            "socialists", "communists", "separatists", "israelis", "iraqis", "pakistanis", "saudis", "yemenis",
            "kuwaitis", "qataris", "somalis", "bangladeshis", "nepalis", "filipinos", "latinos", "britons", "irish");

    /** Single capital letters that are units even apart from the number ("40 C", "100 W"). */
    private static final Set<String> SINGLE_LETTER_UNITS = Set.of("C", "F", "W", "V");

    /** Short lowercase abbreviations that are also words ("in", "am", "ha"): units only when glued ("5in"). */
    private static final Set<String> SHORT_UNITS_ONLY_GLUED = Set.of("in", "am", "pm", "ha", "mi", "bp", "pc", "s", "h", "g", "l", "t", "p", "m", "db");

    /** Words after "a year", "a day" that make it a time phrase, not a rate ("$6.78 billion a year earlier"). */
    private static final Set<String> AFTER_A_NOT_A_RATE = Set.of("earlier", "ago", "later", "before", "after", "prior", "old", "on", "from");

    /** Canonical units of time: "a" joins them into a rate ("hours a week"). */
    private static final Set<String> TIME_UNITS = Set.of("second", "minute", "hour", "day", "week", "month", "year", "decade", "century");

    /** Determiners after "of" that open the group a count is part of ("two of their players"). */
    private static final Set<String> GROUP_POSSESSIVES = Set.of("its", "their", "the", "his", "her", "our");

    /** Determiners after "one of" that open the group the one belongs to ("one of the best speakers"). */
    private static final Set<String> GROUP_DETERMINERS = Set.of("the", "my", "its", "his", "her", "their", "our", "your", "these", "those");

    /** Nationality and compass words their ending does not give away ("British", "Thai", "North"). */
    private static final Set<String> IRREGULAR_DEMONYMS = Set.of("north", "south", "east", "west", "british", "french", "dutch", "swiss", "thai", "greek");

    /** Adjective endings: such a word after the number belongs to the counted noun ("one particular demand"). */
    private static final Pattern ADJECTIVE_ENDING = Pattern.compile(".*(al|ar|ive|ful|ous|ic|ent|ant|ible|able)");

    /** Words after "N-" that describe rather than count: "a 100-strong crowd", "a 30-odd group", "a 3-fold rise". */
    private static final Set<String> HYPHEN_ADJECTIVES = Set.of(
            "strong", "odd", "plus", "something", "old", "long", "wide", "high", "deep", "tall", "fold", "ish");

    record UnitMatch(String unit, int to) {
    }

    /** Words that say a length was measured: "12 m high", "a 3 m wide gap". */
    private static final Set<String> DIMENSION_ADJECTIVES = Set.of("high", "tall", "long", "wide", "deep", "thick", "across");

    /** "12 m high": a lone "m" between a number and a dimension is metres (elsewhere it may be a name or "million"). */
    private static boolean measuredBy(List<Tok> toks, int j) {
        return toks.get(j).text().equals("m") && j + 1 < toks.size()
                && DIMENSION_ADJECTIVES.contains(toks.get(j + 1).lower());
    }

    /** Longest known unit phrase starting at token j (1-4 tokens), as [end index] with its text. */
    static UnitMatch unitPhrase(List<Tok> toks, int j) {
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
                    && !SINGLE_LETTER_UNITS.contains(first.text()) && !measuredBy(toks, j)) {
                continue;
            }
            if (len == 1 && first.text().length() <= 2 && !first.glued() && Character.isLowerCase(first.text().charAt(0))
                    && SHORT_UNITS_ONLY_GLUED.contains(first.lower()) && !measuredBy(toks, j)) {
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
    static UnitMatch unitAfter(String text, List<Tok> toks, int j, double value, boolean hasCurrency) {
        if (j >= toks.size()) {
            return null;
        }
        int k = j;
        int model = hasCurrency ? -1 : NotAQuantity.modelCodeEnd(toks, k);
        if (model > 0) {
            UnitMatch noun = countedNoun(toks, model, value); // "150 777X jets": 150 jets
            return noun == null ? null : withPer(toks, noun);
        }
        if (!hasCurrency && toks.get(k).is("more") && k + 1 < toks.size() && toks.get(k + 1).type() == Type.WORD
                && !STOP.contains(toks.get(k + 1).lower()) && isPlural(toks.get(k + 1).text())) {
            UnitMatch noun = countedNoun(toks, k + 1, value); // "12 more soldiers were killed": 12 soldiers
            if (noun != null) {
                return withPer(toks, noun);
            }
        }
        if (!hasCurrency && toks.get(k).type() == Type.WORD && CASUALTIES.contains(toks.get(k).lower())
                && (k + 1 >= toks.size() || toks.get(k + 1).type() != Type.WORD || STOP.contains(toks.get(k + 1).lower()))) {
            return new UnitMatch(toks.get(k).text(), k + 1); // "8 dead", "at least 30 dead and 100 injured"
        }
        // "6.1-inch", "65-year-old", "5-mpg", "1.8 billion-mile"
        boolean hyphenated = false;
        if (toks.get(k).is("-") && toks.get(k).glued() && k + 1 < toks.size() && toks.get(k + 1).glued()
                && toks.get(k + 1).type() == Type.WORD) {
            k++;
            hyphenated = true;
        }
        UnitMatch unit = unitPhrase(toks, k);
        if (unit == null && hyphenated && !hasCurrency && !STOP.contains(toks.get(k).lower())
                && !HYPHEN_ADJECTIVES.contains(toks.get(k).lower()) && !NumberWords.SMALL.containsKey(toks.get(k).lower())
                && !NumberReader.SCALE.containsKey(toks.get(k).lower()) && !toks.get(k).text().equals(toks.get(k).text().toUpperCase(Locale.ROOT))) {
            return withPer(toks, new UnitMatch(toks.get(k).text(), k + 1)); // "a 50,000-seat stadium", "a 10-point lead"
        }
        if (unit != null && hasCurrency && !"percentage".equals(Units.lookup(unit.unit()))) {
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
            if (!per.unit().isEmpty()) {
                return new UnitMatch(per.unit().strip(), per.to());
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
                    && (len == 1 || QuantityTokens.hasUpper(toks.get(k).text()) && QuantityTokens.hasUpper(toks.get(k + 1).text()))) {
                return new UnitMatch(QuantityTokens.joinTokens(toks, k, k + len + 1), k + len + 1);
            }
        }
        return null;
    }

    /** "miles per hour", "$ a month", "barrel-a-day", "hours a week", "tests per day", "$85 a barrel". */
    private static UnitMatch withPer(List<Tok> toks, UnitMatch unit) {
        int k = unit.to();
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
        if (per == null || Units.lookup(per.unit()) == null || Units.isCurrencyWord(per.unit())) {
            // "per share", "per gram", "per barrel": a noun after "per"
            if (t.is("per") && toks.get(n).type() == Type.WORD && !STOP.contains(toks.get(n).lower())) {
                per = new UnitMatch(toks.get(n).text(), n + 1);
            } else {
                return unit;
            }
        }
        boolean money = unit.unit().isEmpty();
        if (!t.is("per") && !t.is("/") && !isTimeUnit(per.unit()) && !(money && Units.lookup(per.unit()) != null)) {
            return unit; // "a" joins a rate of time ("hours a week") or a price ("$85 a barrel"), nothing else
        }
        if (per.to() < toks.size() && AFTER_A_NOT_A_RATE
                .contains(toks.get(per.to()).lower())) {
            return unit; // "$6.78 billion a year earlier" is not a yearly rate
        }
        String left = unit.unit();
        return new UnitMatch((left + joiner + per.unit()).replaceAll("^ +", ""), per.to());
    }

    private static boolean isTimeUnit(String unit) {
        String c = Units.lookup(unit);
        return c != null && TIME_UNITS.contains(c);
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
        int dots = 0;
        while (k < toks.size() && words.size() - dots < 5) {
            Tok t = toks.get(k);
            if (t.type() != Type.WORD) {
                if (t.is("-") && t.glued() && k + 1 < toks.size() && toks.get(k + 1).glued() && lastWord >= 0) {
                    k++;
                    continue;
                }
                if (t.is(".") && t.glued() && lastWord == k - 1 && isInitial(toks.get(lastWord).text())) {
                    words.add(k); // "200 U.S. military personnel", "50 U.N. peacekeepers": the dots of an abbreviation
                    dots++;
                    lastWord = k++;
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
            if (STOP.contains(w) || w.endsWith("ly") || NotAQuantity.MONTHS.contains(w) && QuantityTokens.hasUpper(t.text())
                    || NumberWords.SMALL.containsKey(w) || words.isEmpty() && (ChangeWords.UP.contains(w) || ChangeWords.DOWN.contains(w))) {
                break;
            }
            lastWord = k;
            words.add(k);
            if (isPlural(t.text()) && MODIFYING_PLURALS.contains(w) && k + 1 < toks.size()
                    && toks.get(k + 1).type() == Type.WORD && !toks.get(k + 1).glued()
                    && !STOP.contains(toks.get(k + 1).lower()) && isPlural(toks.get(k + 1).text())
                    && !Character.isUpperCase(toks.get(k + 1).text().charAt(0))) {
                k++;
                continue; // "9,000 sports grounds", "40 arms shipments": the first plural describes the second
            }
            if (isPlural(t.text())) {
                head = k;
                // "military personnel", "police officers", "crew members": the collective word describes the noun
                if (PLURAL_NOUNS.contains(w) && k + 1 < toks.size() && toks.get(k + 1).type() == Type.WORD
                        && !toks.get(k + 1).glued() && !STOP.contains(toks.get(k + 1).lower())
                        && isPlural(toks.get(k + 1).text())) {
                    head = k + 1;
                    words.add(k + 1);
                }
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
        if (j + 1 < toks.size() && toks.get(j).is("of") && value != 1 && isPossessive(toks.get(j + 1))) {
            // "30 of Boeing's 787-9 Dreamliner jets", "20 of Apple's new phones": the owner's things, past a model's number
            int m = j + 2;
            while (m < toks.size() && m - j < 6 && (toks.get(m).type() == Type.NUM
                    || toks.get(m).type() == Type.SYM && toks.get(m).glued())) {
                m++;
            }
            UnitMatch group = m < toks.size() && toks.get(m).type() == Type.WORD ? countedNoun(toks, m, 2) : null;
            if (group != null) {
                return group;
            }
        }
        if (j < toks.size() && toks.get(j).is("of") && value != 1 && (j + 1 < toks.size() && GROUP_POSSESSIVES
                .contains(toks.get(j + 1).lower()))) {
            UnitMatch group = j + 2 < toks.size() ? countedNoun(toks, j + 2, 2) : null;
            if (group != null) {
                return group; // "35m of its Echo devices"
            }
        }
        if (value > 0 && value < 1 && j + 1 < toks.size() && toks.get(j).is("of")) {
            // "half of all voters", "a quarter of adults", "a third of those polled": the share of a group
            int m = j + 1;
            if (GROUP_DETERMINERS.contains(toks.get(m).lower()) || toks.get(m).is("all")) {
                m++;
            }
            if (m < toks.size() && POSSESSIVE_PRONOUNS.contains(toks.get(m).lower())) {
                return null; // "almost half of ours": a share of something named before
            }
            UnitMatch group = m < toks.size() && toks.get(m).type() == Type.WORD ? countedNoun(toks, m, 2) : null;
            if (group != null) {
                return group;
            }
        }
        if (value == 1 && j < toks.size()) {
            Tok t0 = toks.get(j);
            // "one of the best wireless speakers": the group the one belongs to
            if (t0.is("of")) {
                int m = j + 1;
                if (m < toks.size() && GROUP_DETERMINERS
                        .contains(toks.get(m).lower())) {
                    m++;
                }
                UnitMatch group = m < toks.size() && toks.get(m).type() == Type.WORD ? countedNoun(toks, m, 2) : null;
                if (group != null) {
                    return group;
                }
            }
            if (lastWord >= j && t0.type() == Type.WORD && !STOP.contains(t0.lower())) {
                if (lastWord > j && ADJECTIVE_ENDING.matcher(t0.lower()).matches()) {
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

    /** One or two capitals, as in the parts of "U.S.", "U.N.", "E.U.". */
    private static boolean isInitial(String word) {
        return word.length() <= 2 && word.chars().allMatch(Character::isUpperCase);
    }

    /** Nationality adjectives and compass prefixes: "North", "Korean", "Russian", "Chinese", "Israeli". */
    private static boolean isDemonym(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || word.length() < 4) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT);
        return IRREGULAR_DEMONYMS
                .contains(w) || CountryNames.isCountry(word) && !word.equals(word.toUpperCase(Locale.ROOT))
                || w.endsWith("an") && !w.endsWith("man") || w.endsWith("ese") || w.endsWith("ish") || w.endsWith("i")
                && w.length() > 5;
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

    static String currencyText(List<Tok> toks, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(toks.get(k).text());
        }
        String s = sb.toString();
        return s.equals("$US") ? "US$" : s;
    }

    /** Token index where a currency prefix starts right before token {@code at}, or null. */
    /** Words that count people by what befell them when they stand for the noun: "8 dead", "100 injured". */
    private static final Set<String> CASUALTIES = Set.of("dead", "injured", "wounded", "missing", "displaced",
            "homeless", "hospitalised", "hospitalized", "unaccounted");

    /** Letter codes written apart from the number as a matter of course: "Rs 500", "Rs. 5 crore". */
    private static final Set<String> SPACED_LETTER_CURRENCIES = Set.of("Rs", "Rs.");

    static int[] currencyBefore(List<Tok> toks, int at) {
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
            if (!symbol && !isoCode && !toks.get(at).glued() && !SPACED_LETTER_CURRENCIES.contains(s)) {
                continue;
            }
            return new int[] {from};
        }
        return null;
    }
}
