package org.factdesk.archive;

import org.apache.lucene.analysis.Analyzer;
import org.factdesk.model.Claim;
import org.factdesk.model.Quantity;
import org.factdesk.model.Stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stance of a passage towards a quantity claim. A figure of the passage agrees or differs only when it counts the
 * same thing as the claim's figure (decision 43):
 * <ul>
 * <li>the same counted noun (troops ~ soldiers through the synonyms) or the same currency;</li>
 * <li>the same event or predicate: the claim's own words around its figure are said in the figure's sentence
 *     (at least half of them), and neither names an event the other does not (killed is not deployed, wounded is
 *     not killed, evacuated is not deported);</li>
 * <li>the same place or actor: the passage (or its headline) names the claim's names, most of them (the
 *     synonyms let "Poles" meet "Polish");</li>
 * <li>a compatible time: the years and months the figure's sentence gives are the claim's, when both give some.</li>
 * </ul>
 * Then the value agrees (within the claim's qualifier: "about", "up to", "more than") or differs; else the
 * passage mentions. Promotional lines ("RELATED: ...", "READ MORE: ...") are not read: they are other articles'
 * headlines. A figure that is a duration ("in two days") or a day of a month is the claim's context, not its figure.
 */
final class QuantityStance {
    /** How far "about" stretches: about 10,000 covers 9,500 to 10,500, not 11,000. */
    static final double ABOUT_TOLERANCE = 0.05;
    static final double EXACT_TOLERANCE = 0.005;
    /** "up to X" / "more than X" agree with figures within this factor of X. */
    static final double BOUND_REACH = 0.75;
    /** Share of the claim's own words around its figure that the passage's sentence must say. */
    static final double PREDICATE_SHARE = 0.5;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private static final int NOUN_WINDOW = 4;

    record Result(Stance stance, String note) {
    }

    /** Events a figure can count; a figure of one is not a figure of another. */
    enum Event {
        DEAD("kill", "died", "die ", "dies", "dead", "death", "fatalit", "perish", "execut", "shot", "murder",
                "lost their lives", "lives were lost"),
        WOUNDED("wound", "injur", "hurt"),
        CAPTURED("captur", "prisoner", "surrender", "pows"),
        MISSING("missing"),
        DISPLACED("fled", "flee", "displace", "refugee", "gone abroad", "left their homes", "left the country",
                "crossed the border", "sheltered", "taken in"),
        EVACUATED("evacuat", "rescue"),
        DEPORTED("deport", "abduct"),
        ARRESTED("arrest", "detain", "jailed", "imprison"),
        /** Being somewhere or sent there: what "10,000 soldiers in Russia" says without a verb, so it matches none. */
        PRESENCE("sent", "send", "deploy", "enter", "arriv", "moved", "move ", "station", "dispatch", "transferred",
                "crossed into", "massed", "amassed", "based", "gathered", "present", "were in", "are in");

        private final String[] cues;

        Event(String... cues) {
            this.cues = cues;
        }

        /** The events the text names; being somewhere counts as naming none. */
        static Set<Event> named(String text) {
            Set<Event> out = in(text);
            out.remove(PRESENCE);
            return out;
        }

        /** Whether the word is a cue of an event (events are compared by kind, not word for word). */
        static boolean isCue(String word) {
            return !in(word).isEmpty();
        }

        static Set<Event> in(String text) {
            String lower = " " + text.toLowerCase(Locale.ROOT) + " ";
            Set<Event> out = java.util.EnumSet.noneOf(Event.class);
            for (Event e : values()) {
                for (String cue : e.cues) {
                    if (lower.contains(" " + cue)) {
                        out.add(e);
                    }
                }
            }
            return out;
        }
    }

    private static final Set<String> TIME_UNITS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours",
            "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final Pattern YEAR = Pattern.compile("\\b(19\\d\\d|20\\d\\d)\\b");
    private static final Pattern RELATIVE_TIME = Pattern.compile("\\b(this|last|next) (year|month|week)\\b|\\byesterday\\b|\\btoday\\b");
    /** Words that say little of what a figure counts: reporting verbs, generic nouns, time words. */
    private static final Set<String> GENERIC = Set.of("said", "says", "say", "according", "reported", "stated", "noted",
            "stressed", "added", "told", "people", "total", "number", "figure", "percent", "per", "cent", "year", "years",
            "month", "months", "week", "weeks", "day", "days", "today", "yesterday", "since", "start", "beginning",
            "already", "almost", "nearly", "about", "around", "least", "more", "less", "than", "over", "under", "some",
            "approximately", "roughly", "estimated", "estimate", "figures", "yet", "now", "still", "new", "first", "last",
            "million", "billion", "thousand", "trillion", "hundred", "indicated", "citing", "announced", "claimed",
            "believes", "believed", "estimates", "wrote", "quoted", "cited", "expected", "expects");
    /** Capitalised words that open sentences without naming anyone. */
    private static final Set<String> STARTERS = Set.of("about", "around", "almost", "nearly", "more", "over", "some",
            "since", "last", "this", "according", "only", "every", "each", "all", "in", "on", "at", "by", "after", "before",
            "during", "the", "a", "an", "as", "up", "between", "there", "it", "its", "our", "we", "they", "he", "she");
    /** Words that end a counted noun phrase: verbs and prepositions other than "of". */
    private static final Set<String> NOUN_PHRASE_ENDS = Set.of("to", "in", "at", "for", "from", "by", "with", "on", "into",
            "over", "since", "during", "under", "across", "near", "and", "or", "as", "were", "was", "are", "is", "have",
            "has", "had", "will", "would", "be", "been", "being", "who", "which", "that", "could", "can", "may",
            "should", "did", "do", "does");
    private static final Pattern PROMO_LINE = Pattern.compile(
            "(?im)^\\s*[(\\[]?\\s*(related|read more|read also|also read|see also|more|watch|listen|recommended)\\s*:.*$");
    private static final Pattern PROMO_BRACKET = Pattern.compile(
            "(?i)[(\\[]\\s*(related|read more|read also|also read|see also|watch|listen|recommended)\\s*:[^)\\]]*[)\\]]");
    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(
            Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("usd", "USD"),
            Map.entry("euro", "EUR"), Map.entry("euros", "EUR"), Map.entry("eur", "EUR"),
            Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"), Map.entry("gbp", "GBP"), Map.entry("sterling", "GBP"),
            Map.entry("hryvnia", "UAH"), Map.entry("hryvnias", "UAH"), Map.entry("hryvnias.", "UAH"), Map.entry("uah", "UAH"),
            Map.entry("rouble", "RUB"), Map.entry("roubles", "RUB"), Map.entry("ruble", "RUB"), Map.entry("rubles", "RUB"),
            Map.entry("rub", "RUB"), Map.entry("yuan", "CNY"), Map.entry("zloty", "PLN"), Map.entry("zlotys", "PLN"),
            Map.entry("yen", "JPY"));

    private final Analyzer nounAnalyzer;   // with synonyms: the claim's words and their aliases
    private final Analyzer passageAnalyzer; // plain: the passage's words

    QuantityStance(Analyzer queryTextAnalyzer, Analyzer textAnalyzer) {
        this.nounAnalyzer = queryTextAnalyzer;
        this.passageAnalyzer = textAnalyzer;
    }

    /** What the claim's figures are about, read once per assessment. */
    private record ClaimContext(List<Figure> figures, List<Set<String>> names, Set<String> years, Set<String> months,
                                Set<String> relative) {
    }

    /**
     * One of the claim's figures: the quantity, its counted noun's forms, its currency (or null), and the names that
     * qualify what it counts ("North Korean" in "10,000 North Korean soldiers"), which the figure's sentence must name.
     */
    private record Figure(Quantity quantity, Set<String> noun, String currency, List<Set<String>> qualifiers,
                          List<Set<String>> predicate, Set<Event> events) {
    }

    /**
     * A figure in the headline is the article's own figure and decides; otherwise the passage's
     * figures do (the passage may quote the claim's figure only to compare it with its own).
     */
    Result assess(Claim claim, String passage, String title) {
        // a passage is a paragraph or a few sentences; a run of text without breaks is read up to a cap
        passage = withoutPromos(capped(passage == null ? "" : passage));
        title = withoutPromos(capped(title == null ? "" : title));
        List<Quantity> quantities = claim.quantities().stream().filter(q -> !q.vague() && q.value() != 0).toList();
        if (quantities.isEmpty() || passage.isBlank()) {
            return new Result(Stance.MENTIONS, "");
        }
        ClaimContext ctx = context(claim, quantities);
        if (ctx.figures().isEmpty() || !namesSamePlaceOrActor(ctx, passage + "\n" + title)) {
            return new Result(Stance.MENTIONS, "");
        }
        Result headline = title.isBlank() ? null : compare(ctx, title, title);
        if (headline != null && headline.stance() != Stance.MENTIONS) {
            return new Result(headline.stance(), headline.note() + " (headline)");
        }
        Result inPassage = compare(ctx, passage, title);
        return inPassage != null ? inPassage : new Result(Stance.MENTIONS, "");
    }

    /** The most of a passage or title that is read: the sentence scans are linear in it, per figure. */
    static final int MAX_CHARS = 8_000;

    private static String capped(String text) {
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
    }

    Result assess(Claim claim, String passage) {
        return assess(claim, passage, "");
    }

    private ClaimContext context(Claim claim, List<Quantity> quantities) {
        String text = claim.text();
        List<Set<String>> names = new ArrayList<>();
        Set<String> nameWords = new HashSet<>();
        for (String name : namePhrases(text)) {
            names.add(terms(nounAnalyzer, name));
            nameWords.addAll(List.of(name.toLowerCase(Locale.ROOT).split("\\s+")));
        }
        List<Figure> figures = new ArrayList<>();
        for (Quantity q : quantities) {
            int[] at = offsetsInClaim(q, claim);
            String after = at == null ? q.unit() : wordsAfter(text, at[1], NOUN_WINDOW);
            // "in two days", "on February 24": the claim's context, not its figure
            if (TIME_UNITS.contains(firstWord(after)) || TIME_UNITS.contains(firstWord(q.unit()))
                    || (at != null && monthBefore(text, at[0]))) {
                continue;
            }
            String noun = nounOf(q, claim);
            // the words right after the number: "North Korean soldiers"; capitalised ones before the noun qualify it
            int numberEnd = at == null ? -1 : numberEnd(text, at);
            String phrase = at == null ? q.unit() : wordsAfter(text, numberEnd, NOUN_WINDOW);
            List<Set<String>> qualifiers = new ArrayList<>();
            StringBuilder people = new StringBuilder();
            Matcher w = WORD.matcher(phrase);
            while (w.find() && Character.isUpperCase(w.group().charAt(0))) {
                people.append(w.group()).append(' ');
            }
            if (noun.isBlank()) {
                noun = people.toString().strip(); // "10,000 Poles": the people are what is counted
            } else if (!people.isEmpty()) {
                qualifiers.add(terms(nounAnalyzer, people.toString()));
            }
            String currency = at == null ? currencyOf(q.unit(), "") : currencyAt(text, at[0], at[1]);
            // what the claim says happened to what it counts: its words around the figure
            String around = at == null ? text : window(text, at[0], at[1]);
            Set<String> nounWords = new HashSet<>(List.of(noun.toLowerCase(Locale.ROOT).split("\\s+")));
            figures.add(new Figure(q, terms(nounAnalyzer, noun), currency, qualifiers,
                    predicate(around, nameWords, nounWords), Event.named(around)));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return new ClaimContext(figures, names, found(YEAR, text), months(lower), found(RELATIVE_TIME, lower));
    }

    /** The content words of a figure's surroundings, each with its synonyms: not names, nouns, numbers, cues or time. */
    private List<Set<String>> predicate(String around, Set<String> nameWords, Set<String> nounWords) {
        List<Set<String>> predicate = new ArrayList<>();
        Set<Set<String>> seen = new HashSet<>();
        Matcher m = WORD.matcher(around);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
            if (w.length() < 3 || GENERIC.contains(w) || nameWords.contains(w) || nounWords.contains(w)
                    || MONTHS.contains(w) || isNumberWord(w) || CURRENCY_WORDS.containsKey(w) || Event.isCue(w)) {
                continue;
            }
            Set<String> forms = terms(nounAnalyzer, w);
            if (!forms.isEmpty() && seen.add(forms)) {
                predicate.add(forms);
            }
        }
        return predicate;
    }

    /**
     * The words around a figure at [start, end) in its sentence: up to {@link #AROUND_BEFORE} before it and
     * {@link #AROUND_AFTER} after it, where a clause says what happened to what it counts.
     */
    static String window(String text, int start, int end) {
        String sentence = sentenceAround(text, start, end);
        int base = text.indexOf(sentence, Math.max(0, start - sentence.length()));
        int from = start, to = end;
        int words = 0;
        for (int i = start - 1; i >= base && words < AROUND_BEFORE; i--) {
            char c = text.charAt(i);
            if (c == ':' || c == ';') {
                break;
            }
            if (Character.isLetter(c) && (i == base || !Character.isLetter(text.charAt(i - 1)))) {
                int e = i;
                while (e < text.length() && Character.isLetter(text.charAt(e))) {
                    e++;
                }
                // "Blinken indicated that | 10,000 soldiers": who said it is not what happened
                if (ATTRIBUTION.contains(text.substring(i, e).toLowerCase(Locale.ROOT))) {
                    break;
                }
                words++;
                from = i;
            }
        }
        words = 0;
        int limit = base + sentence.length();
        for (int i = end; i < limit && words <= AROUND_AFTER; i++) {
            if (Character.isLetter(text.charAt(i)) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                words++;
            }
            if (words <= AROUND_AFTER) {
                to = i + 1;
            }
        }
        return text.substring(from, Math.max(to, end));
    }

    /** Words after which a figure's clause begins: "... said that", "according to ...". */
    private static final Set<String> ATTRIBUTION = Set.of("that", "said", "says", "say", "told", "indicated", "according",
            "citing", "stated", "announced", "claimed", "reported", "believes", "believed", "estimates", "noted",
            "stressed", "added", "wrote", "quoted", "cited");
    static final int AROUND_BEFORE = 6;
    static final int AROUND_AFTER = 12;

    private Result compare(ClaimContext ctx, String passage, String title) {
        String lower = passage.toLowerCase(Locale.ROOT);
        Result differs = null;
        for (NumberNormalizer.NumberMention n : NumberNormalizer.find(passage)) {
            if (NumberNormalizer.looksLikeYear(passage, n) || monthBefore(passage, n.start())
                    || TIME_UNITS.contains(firstWord(wordsAfter(passage, n.end(), 1)))) {
                continue;
            }
            String sentence = sentenceAround(passage, n.start(), n.end());
            String around = window(passage, n.start(), n.end());
            // "12,000 soldiers", or "the number of soldiers in Russia at 12,000": the words before count only where
            // no noun follows the figure ("1,000 square kilometres ... held by Ukrainian forces" counts kilometres)
            Set<String> near = terms(passageAnalyzer, wordsAfter(passage, n.end(), NOUN_WINDOW));
            if (!followedByNoun(passage, n.end())) {
                near.addAll(terms(passageAnalyzer, wordsBefore(passage, n.start(), 2 * NOUN_WINDOW)));
            }
            String currency = currencyAt(passage, n.start(), n.end());
            double value = n.value().doubleValue();
            Figure closest = null;
            for (Figure f : ctx.figures()) {
                boolean sameUnit = f.currency() != null || currency != null ? java.util.Objects.equals(f.currency(), currency)
                        : f.noun().stream().anyMatch(near::contains);
                if (sameUnit && (closest == null || logDistance(f.quantity(), value) < logDistance(closest.quantity(), value))) {
                    closest = f;
                }
            }
            if (closest == null || !sameEvent(closest, around, sentence) || !compatibleTime(ctx, sentence + "\n" + title)
                    || !namesAll(closest.qualifiers(), sentence + "\n" + title)) {
                continue;
            }
            Quantity q = closest.quantity();
            String figure = passage.substring(n.start(), n.end());
            String passageQualifier = qualifierBefore(lower, n.start());
            if (agrees(q, value, passageQualifier)) {
                return new Result(Stance.AGREES, "states " + figure + ", as the claim (" + claimFigure(q) + ")");
            }
            if (differs == null && plausiblySameMeasure(q, value) && !compatible(q, value, passageQualifier)) {
                differs = new Result(Stance.DIFFERS, figure + " vs " + claimFigure(q) + " in the claim");
            }
        }
        return differs;
    }

    /**
     * The figure's sentence says what the claim says happened: no event one names and the other does not, and at
     * least {@link #PREDICATE_SHARE} of the claim's own words (or their synonyms).
     */
    private boolean sameEvent(Figure f, String around, String sentence) {
        if (!f.events().equals(Event.named(around))) {
            return false;
        }
        if (f.predicate().isEmpty()) {
            return true;
        }
        Set<String> words = terms(passageAnalyzer, sentence);
        long said = f.predicate().stream().filter(forms -> forms.stream().anyMatch(words::contains)).count();
        return said >= PREDICATE_SHARE * f.predicate().size();
    }

    /** Years, months and "this year" / "last year" of the figure's sentence and headline, when both give them. */
    private static boolean compatibleTime(ClaimContext ctx, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> years = found(YEAR, text);
        if (!ctx.years().isEmpty() && !years.isEmpty() && java.util.Collections.disjoint(ctx.years(), years)) {
            return false;
        }
        Set<String> months = months(lower);
        if (!ctx.months().isEmpty() && !months.isEmpty() && java.util.Collections.disjoint(ctx.months(), months)) {
            return false;
        }
        Set<String> relative = found(RELATIVE_TIME, lower);
        if (!ctx.relative().isEmpty() && !relative.isEmpty() && java.util.Collections.disjoint(ctx.relative(), relative)) {
            return false;
        }
        // a year named in the passage against "this year" / "last year" in the claim (or the reverse) cannot be told apart
        return true;
    }

    private static Set<String> found(Pattern p, String text) {
        Set<String> out = new HashSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static Set<String> months(String lower) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(lower);
        while (m.find()) {
            // "may" is a month only with a capital; the lower-cased text cannot tell, so it is left out
            if (MONTHS.contains(m.group()) && !m.group().equals("may")) {
                out.add(m.group());
            }
        }
        return out;
    }

    private static boolean monthBefore(String text, int start) {
        String before = wordsBefore(text, start, 1).strip().toLowerCase(Locale.ROOT);
        return MONTHS.contains(before);
    }

    /** The sentence of the text that holds [start, end). */
    static String sentenceAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && !sentenceEndsBefore(text, from)) {
            from--;
        }
        int to = end;
        while (to < text.length() && !sentenceEndsBefore(text, to)) {
            to++;
        }
        return text.substring(from, to);
    }

    /** A sentence ends just before {@code i}: ".", "!" or "?" then white space and a capital (not "U.S. troops"). */
    private static boolean sentenceEndsBefore(String text, int i) {
        if (i < 2 || i >= text.length() || !Character.isWhitespace(text.charAt(i - 1))) {
            return i < text.length() && text.charAt(i) == '\n';
        }
        char p = text.charAt(i - 2);
        if (p != '.' && p != '!' && p != '?') {
            return false;
        }
        char next = text.charAt(i);
        boolean initial = p == '.' && i >= 4 && text.charAt(i - 4) == '.'; // "U.S."
        return !initial && (Character.isUpperCase(next) || next == '"' || next == '“');
    }

    /** The text without promotional lines and bracketed promos: "(RELATED: Have 13,000 Troops Died ...)". */
    static String withoutPromos(String text) {
        if (text.isEmpty()) {
            return text;
        }
        String t = PROMO_BRACKET.matcher(text).replaceAll(" ");
        return PROMO_LINE.matcher(t).replaceAll(" ");
    }

    /** The quantity's [start, end) in the claim's text, or null when it cannot be placed. */
    private static int[] offsetsInClaim(Quantity q, Claim claim) {
        String text = claim.text();
        int s = q.start(), e = q.end();
        if (q.start() >= claim.start() && claim.end() > claim.start() && q.end() - claim.start() <= text.length()) {
            s = q.start() - claim.start();
            e = q.end() - claim.start();
        }
        if (s >= 0 && e <= text.length() && s < e && text.substring(s, e).equals(q.surface())) {
            return new int[] {s, e};
        }
        int at = q.surface() == null || q.surface().isEmpty() ? -1 : text.indexOf(q.surface());
        return at < 0 ? null : new int[] {at, at + q.surface().length()};
    }

    /** The currency of the number at [start, end): "$40 billion", "EUR 8 million", "33 billion dollars"; else null. */
    static String currencyAt(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 5), start).toLowerCase(Locale.ROOT).strip();
        return currencyOf(firstWord(wordsAfter(text, end, 2)), before);
    }

    private static String currencyOf(String wordAfter, String before) {
        if (before.endsWith("$")) {
            return "USD";
        }
        if (before.endsWith("€")) {
            return "EUR";
        }
        if (before.endsWith("£")) {
            return "GBP";
        }
        String[] b = before.split("[^a-z]+");
        if (b.length > 0 && CURRENCY_WORDS.containsKey(b[b.length - 1]) && b[b.length - 1].length() == 3) {
            return CURRENCY_WORDS.get(b[b.length - 1]);
        }
        String w = firstWord(wordAfter);
        if (w.equals("u.s") || w.equals("us")) {
            return "USD"; // "140 billion U.S. dollars"
        }
        return CURRENCY_WORDS.get(w);
    }

    private static String firstWord(String words) {
        String t = words.strip().toLowerCase(Locale.ROOT);
        int sp = t.indexOf(' ');
        return sp < 0 ? t : t.substring(0, sp);
    }

    private static boolean isNumberWord(String w) {
        return !NumberNormalizer.find(w).isEmpty();
    }

    /**
     * The claim's names: runs of capitalised words ("World Bank", "Armed Forces"), the first word of the sentence too
     * when it is not a common opener; possessives dropped.
     */
    static List<String> namePhrases(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        StringBuilder run = new StringBuilder();
        int runEnd = -1;
        boolean first = true;
        boolean possessive = false;
        while (m.find()) {
            String w = m.group().replaceAll("['’]s$", "");
            boolean capital = Character.isUpperCase(w.charAt(0)) && w.length() > 1;
            String lw = w.toLowerCase(Locale.ROOT);
            // a sentence's first word is a name unless it is a common opener, a number or a verb or adverb form
            boolean name = capital && !(first && (STARTERS.contains(lw) || ArchiveSchema.STOP_WORDS.contains(lw)
                    || isNumberWord(lw) || lw.endsWith("ing") || lw.endsWith("ly")
                    || (lw.endsWith("ed") && !w.equals(m.group()))));
            first = false;
            // "Ukraine's GDP": the owner and the thing owned are two names
            boolean adjacent = runEnd >= 0 && !possessive && text.substring(runEnd, m.start()).isBlank();
            possessive = !w.equals(m.group());
            if (name && adjacent && !run.isEmpty()) {
                run.append(' ').append(w);
            } else {
                if (!run.isEmpty()) {
                    out.add(run.toString());
                }
                run.setLength(0);
                if (name) {
                    run.append(w);
                }
            }
            runEnd = m.end();
        }
        if (!run.isEmpty()) {
            out.add(run.toString());
        }
        return out;
    }

    /**
     * The passage (or its headline) is about the claim's actor or place. When a figure's noun is qualified by a name
     * ("North Korean soldiers") that name decides (in the figure's sentence, see {@link #compare}); otherwise the
     * claim's first name, its subject ("The Slovak government"), must be named. Of a claim's other names (where,
     * who said it) one must be named when there are two or more.
     */
    private boolean namesSamePlaceOrActor(ClaimContext ctx, String passage) {
        if (ctx.names().isEmpty()) {
            return true;
        }
        Set<String> words = terms(passageAnalyzer, passage);
        boolean qualified = ctx.figures().stream().anyMatch(f -> !f.qualifiers().isEmpty());
        if (!qualified && ctx.names().getFirst().stream().noneMatch(words::contains)) {
            return false;
        }
        List<Set<String>> others = ctx.names().subList(qualified ? 0 : 1, ctx.names().size());
        return others.size() < 2 || others.stream().anyMatch(forms -> forms.stream().anyMatch(words::contains));
    }

    /** Every one of the names (each a set of forms) is in the text. */
    private boolean namesAll(List<Set<String>> names, String text) {
        if (names.isEmpty()) {
            return true;
        }
        Set<String> words = terms(passageAnalyzer, text);
        return names.stream().allMatch(forms -> forms.stream().anyMatch(words::contains));
    }

    /** A lower-case content word (not a verb of being, a preposition or a pronoun) right after the number. */
    private static boolean followedByNoun(String text, int end) {
        String w = firstWord(wordsAfter(text, end, 1));
        if (w.isEmpty() || !Character.isLowerCase(text.charAt(Math.min(text.length() - 1, text.indexOf(w, end) < 0 ? end
                : text.toLowerCase(Locale.ROOT).indexOf(w, end))))) {
            return false;
        }
        return !ArchiveSchema.STOP_WORDS.contains(w) && !NOUN_PHRASE_ENDS.contains(w) && !GENERIC.contains(w)
                && !CURRENCY_WORDS.containsKey(w);
    }

    /** Where the number of a claim's quantity ends: its surface may hold a qualifier and the noun too. */
    private static int numberEnd(String text, int[] at) {
        List<NumberNormalizer.NumberMention> in = NumberNormalizer.find(text.substring(at[0], at[1]));
        return in.isEmpty() ? at[1] : at[0] + in.getFirst().end();
    }

    private static double logDistance(Quantity q, double value) {
        return Math.abs(Math.log(Math.max(value, 1e-9) / Math.max(q.value(), 1e-9)));
    }

    /**
     * Figures for the same thing differ within an order of magnitude and a half; "1,500 already moved" is not an
     * estimate of "10,000 sent", but "200,000 children deported" is another count of "4,000 deported".
     */
    private static boolean plausiblySameMeasure(Quantity q, double value) {
        double ratio = value / q.value();
        return ratio >= 1.0 / 60 && ratio <= 60;
    }

    /** A passage bound that does not contradict the claim: "at least 3,000" vs 10,000. */
    private static boolean compatible(Quantity q, double value, String passageQualifier) {
        return switch (passageQualifier) {
            case ">" -> value <= q.value();
            case "<" -> value >= (q.upper() != null ? q.upper() : q.value());
            default -> false;
        };
    }

    private static String claimFigure(Quantity q) {
        return q.qualifier().equals("=") ? q.valueText() : q.qualifierText() + " " + q.valueText();
    }

    /** The claim's quantities; claims built without the extractor get their numbers found here. */
    static List<Quantity> claimQuantities(Claim claim) {
        if (!claim.quantities().isEmpty()) {
            return claim.quantities().stream().filter(q -> !q.vague()).toList();
        }
        List<Quantity> out = new ArrayList<>();
        String text = claim.text();
        for (NumberNormalizer.NumberMention n : NumberNormalizer.find(text)) {
            double v = n.value().doubleValue();
            if (NumberNormalizer.looksLikeYear(text, n)) {
                continue;
            }
            String qualifier = qualifierBefore(text.toLowerCase(Locale.ROOT), n.start());
            out.add(new Quantity(text.substring(n.start(), n.end()), n.start(), n.end(), v, null,
                    wordsAfter(text, n.end(), NOUN_WINDOW), qualifier, false));
        }
        return out;
    }

    /** The counted noun: the extractor's unit, else the lower-case words right after the number. */
    private static String nounOf(Quantity q, Claim claim) {
        String unit = q.unit();
        String text = claim.text();
        if (unit.isBlank()) {
            // extractor quantities carry article offsets; the claim starts at claim.start() in the article
            int end = q.start() >= claim.start() && claim.end() > claim.start() && q.end() - claim.start() <= text.length()
                    ? q.end() - claim.start() : q.end();
            unit = end <= text.length() ? wordsAfter(text, end, NOUN_WINDOW) : "";
        }
        // nationality and place adjectives ("North Korean") are not the counted thing; the noun phrase ends where a
        // verb or a preposition other than "of" begins ("tonnes of fuel | to Ukraine", "soldiers | have been sent")
        StringBuilder sb = new StringBuilder();
        Matcher m = WORD.matcher(unit);
        while (m.find()) {
            String w = m.group();
            if (NOUN_PHRASE_ENDS.contains(w.toLowerCase(Locale.ROOT)) && !sb.isEmpty()) {
                break;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                sb.append(w).append(' ');
            }
        }
        return sb.toString().strip();
    }

    static String wordsAfter(String text, int from, int n) {
        Matcher m = WORD.matcher(text);
        m.region(Math.min(from, text.length()), text.length());
        StringBuilder sb = new StringBuilder();
        int count = 0;
        int last = from;
        while (count < n && m.find()) {
            String between = text.substring(last, m.start());
            if (between.matches("(?s).*[.;:!?\\d].*")) {
                break; // do not run into the next clause or number
            }
            sb.append(m.group()).append(' ');
            last = m.end();
            count++;
        }
        return sb.toString().strip();
    }

    /** Up to n words before the offset in the same clause (stops at sentence punctuation and other numbers). */
    static String wordsBefore(String text, int to, int n) {
        int from = to;
        int count = 0;
        while (from > 0 && count < n) {
            int i = from - 1;
            while (i >= 0 && !Character.isLetter(text.charAt(i))) {
                char c = text.charAt(i);
                if (".;:!?".indexOf(c) >= 0 || Character.isDigit(c)) {
                    return text.substring(from, to);
                }
                i--;
            }
            if (i < 0) {
                break;
            }
            int end = i + 1;
            while (i >= 0 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '-')) {
                i--;
            }
            from = i + 1;
            count++;
            if (end <= from) {
                break;
            }
        }
        return text.substring(from, to);
    }

    static String qualifierBefore(String lower, int start) {
        String before = lower.substring(Math.max(0, start - 20), start);
        if (before.matches("(?s).*(about|around|approximately|roughly|some|nearly|almost|estimated|~)\\s*\\W?\\s*$")) {
            return "~";
        }
        if (before.matches("(?s).*(up to|as many as|at most|no more than|less than|fewer than|under)\\s*\\W?\\s*$")) {
            return "<";
        }
        if (before.matches("(?s).*(more than|over|at least|no less than|upwards of|in excess of)\\s*\\W?\\s*$")) {
            return ">";
        }
        return "=";
    }

    static boolean agrees(Quantity q, double value, String passageQualifier) {
        double v = q.value();
        double hi = q.upper() != null ? q.upper() : v;
        boolean vague = !passageQualifier.equals("=") || q.qualifier().equals("~");
        double tolerance = vague ? ABOUT_TOLERANCE : EXACT_TOLERANCE;
        return switch (q.qualifier()) {
            // "up to 8,000" is borne out by 8,000 or a little under, not by any smaller figure
            case "<", "<=" -> value <= hi * (1 + tolerance) && value >= hi * BOUND_REACH;
            case ">", ">=" -> value >= v * (1 - tolerance) && value <= v / BOUND_REACH;
            default -> value >= v * (1 - tolerance) && value <= hi * (1 + tolerance);
        };
    }

    private static Set<String> terms(Analyzer analyzer, String text) {
        return new LinkedHashSet<>(AnalysedTerms.of(analyzer, ArchiveSchema.TEXT, text));
    }
}
