package org.factdesk.extract.quantity;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.model.Quantity;

/**
 * The numbers an article uses as names of a product or model ("Boeing 737", "Destiny 2", "Windows 10"), learnt
 * from the whole article: a sentence read alone cannot tell "Boeing 737 Max jets were grounded" (a name at the
 * start of a sentence) or "the 777 program" from a count, but the article says "the Boeing 737" or "playing
 * Destiny 2" somewhere inside a sentence, where a capitalised word before a number is a name. Such a number is then
 * a name wherever the same word stands before it, and, when it has three or four digits ("737", "787") and the
 * article uses it at least three times, wherever it stands alone and nothing makes it an amount (a currency before
 * it, "%" or "percent" after). Two passes over the text.
 */
public final class ModelNumbers {
    /** A capitalised word inside a sentence (after a lower-case word, a digit or a comma), the number after it, the next word. */
    private static final Pattern NAMED = Pattern.compile(
            "(?<=[\\p{Ll}\\p{N},;’'”)]\\s)(\\p{Lu}[\\p{L}’'&.-]*)\\s(\\d{1,4})(?![\\d.,]\\d)(?!\\s*(?:%|percent\\b|per\\b))"
            + "(?:\\s(\\p{Ll}+))?");

    /** Capitalised words that stand before counts, not in names: days, months, articles and adverbs. */
    private static final Set<String> NOT_A_NAME = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the", "a", "an", "about",
            "around", "some", "nearly", "almost", "over", "only", "just", "all", "and", "but", "at", "by", "of", "in",
            "on", "for", "to", "from", "than", "another", "those", "these", "his", "her", "their", "our", "its",
            "i", "we", "they", "he", "she", "it", "you", "us", "uk", "u.s.", "us$", "eu", "un");

    /**
     * A number of three or four digits before a capitalised word and a lower-case one: "737 Max jets". A count is
     * followed by its noun; a capitalised word after it is a model's name (or a people's: "300 Palestinians", "200
     * Syrian refugees", which the plural and demonym checks leave out).
     */
    private static final Pattern NAME_AFTER = Pattern.compile(
            "(?<![\\d.,$€£¥₹])(\\d{3,4})\\s(\\p{Lu}\\p{Ll}+)(?=\\s\\p{Ll})");

    /** A number of three or four digits standing alone (not part of a larger number or an amount of money). */
    private static final Pattern STANDALONE = Pattern.compile("(?<![\\d.,$€£¥₹])(\\d{3,4})(?![\\d]|[.,]\\d)");
    /** How often a number must appear for the article to be using it as a name. */
    private static final int RECURS = 3;

    /** A version of three parts ("0.17.0", "1.8.2"): its first two are a version wherever they stand ("in 0.17"). */
    private static final Pattern VERSION = Pattern.compile("(?<![\\d.])(\\d{1,3}\\.\\d{1,3})\\.\\d(?![\\d])");
    /** A decimal number as written at a quantity's start. */
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,3}\\.\\d{1,3}(?![\\d])");

    private final Set<String> versions = new HashSet<>();
    private final Set<String> pairs = new HashSet<>();
    private final Set<String> longNumbers = new HashSet<>();

    private ModelNumbers() {
    }

    /** The names with numbers of this article's text. */
    public static ModelNumbers of(String articleText) {
        ModelNumbers out = new ModelNumbers();
        Matcher v = VERSION.matcher(articleText);
        while (v.find()) {
            out.versions.add(v.group(1)); // "will go to 0.17.0": the article numbers releases
        }
        Matcher m = NAMED.matcher(articleText);
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            if (NOT_A_NAME.contains(word) || NotAQuantity.MONTHS.contains(word.replace(".", ""))
                    || m.group(3) != null && Units.lookup(m.group(3)) != null) {
                continue; // "told Mojang 2 years ago": a unit after the number makes it an amount, as in a sentence
            }
            out.pairs.add(word + " " + m.group(2));
            if (m.group(2).length() >= 3 && m.group(2).charAt(0) != '0') {
                out.longNumbers.add(m.group(2));
            }
        }
        Matcher after = NAME_AFTER.matcher(articleText);
        while (after.find()) {
            String number = after.group(1);
            String name = after.group(2);
            boolean year = number.length() == 4 && (number.startsWith("19") || number.startsWith("20"));
            if (!year && !name.endsWith("s") && !org.factdesk.extract.lexicon.CountryNames.isCountry(name)
                    && !name.matches(".*(?:an|ese|ish|i)") && !NOT_A_NAME.contains(name.toLowerCase(Locale.ROOT))
                    && !NotAQuantity.MONTHS.contains(name.toLowerCase(Locale.ROOT))) {
                out.longNumbers.add(number); // "400 737 Max jets": kept only if the article keeps coming back to it
            }
        }
        if (!out.longNumbers.isEmpty()) {
            // a number standing alone is taken for the name only when the article keeps coming back to it: a model's
            // number recurs, while "said Ukraine 300 times" beside "300 soldiers" is a coincidence of digits
            java.util.Map<String, Integer> times = new java.util.HashMap<>();
            Matcher n = STANDALONE.matcher(articleText);
            while (n.find()) {
                if (out.longNumbers.contains(n.group(1))) {
                    times.merge(n.group(1), 1, Integer::sum);
                }
            }
            out.longNumbers.removeIf(number -> times.getOrDefault(number, 0) < RECURS);
        }
        return out;
    }

    /** Whether this quantity of the article's text is one of its names with a number rather than an amount. */
    public boolean names(String articleText, Quantity q) {
        if (!versions.isEmpty() && !q.vague() && isVersion(articleText, q)) {
            return true;
        }
        if (pairs.isEmpty() && longNumbers.isEmpty() || q.vague()) {
            return false;
        }
        String number = digitsAt(articleText, q.start());
        if (number.isEmpty() || (double) Long.parseLong(number) != q.value()) {
            return false; // "400 737" read as one number, "$737", "7.37": not the name's digits alone ("787-9" is)
        }
        String word = wordBefore(articleText, q.start());
        if (pairs.contains(word.toLowerCase(Locale.ROOT) + " " + number)) {
            return true;
        }
        int after = q.start() + number.length();
        String rest = articleText.substring(after, Math.min(articleText.length(), after + 9)).toLowerCase(Locale.ROOT);
        boolean amount = rest.startsWith("%") || rest.startsWith(" percent") || rest.startsWith(" per cent")
                || q.start() > 0 && "$€£¥₹".indexOf(articleText.charAt(q.start() - 1)) >= 0;
        return longNumbers.contains(number) && !amount;
    }

    /** "0.17" where the article also writes "0.17.0": a release, unless "%" or a currency makes it an amount. */
    private boolean isVersion(String text, Quantity q) {
        Matcher d = DECIMAL.matcher(text).region(q.start(), Math.min(text.length(), q.start() + 8));
        if (!d.lookingAt() || !versions.contains(d.group())) {
            return false;
        }
        String rest = text.substring(d.end(), Math.min(text.length(), d.end() + 9)).toLowerCase(Locale.ROOT);
        return !rest.startsWith("%") && !rest.startsWith(" percent") && !rest.startsWith(" per cent")
                && !(q.start() > 0 && "$€£¥₹".indexOf(text.charAt(q.start() - 1)) >= 0);
    }

    private static String digitsAt(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end - start <= 4 ? text.substring(start, end) : "";
    }

    private static String wordBefore(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int from = end;
        while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || "’'&.-".indexOf(text.charAt(from - 1)) >= 0)) {
            from--;
        }
        return text.substring(from, end);
    }
}
