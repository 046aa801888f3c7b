package org.factdesk.archive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factdesk.model.Span;

/**
 * Finds numbers in text and normalises them, so that "10,000", "10 000", "10k" and "ten thousand"
 * all become the index token {@code num_10000}. Deliberately small: the claim finder's quantity
 * extractor knows units and qualifiers; the archive only needs values that meet.
 */
public final class NumberNormalizer {
    /** A number in text: [start, end) and its value. */
    public record NumberMention(int start, int end, BigDecimal value) {
        public String token() {
            return tokenFor(value);
        }
    }

    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3}){1,6}(?![\\d])|\\d+)(\\.\\d+)?"
                    + "(?:\\s*(k|m|bn|thousand|million|billion|trillion)\\b)?",
            Pattern.CASE_INSENSITIVE);

    /** Longer digit runs (a serial number, a hash, a megabyte of digits) are not normalised into a token. */
    static final int MAX_NUMBER_CHARS = 64;

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));
    private static final Map<String, Long> SCALE = Map.of(
            "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L,
            "trillion", 1_000_000_000_000L, "dozen", 12L);

    private NumberNormalizer() {
    }

    public static String tokenFor(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return "num_" + (v.scale() <= 0 ? v.toBigInteger().toString() : v.toPlainString());
    }

    public static String tokenFor(double value) {
        return tokenFor(BigDecimal.valueOf(value));
    }

    /** Numbers written in digits or in words, in text order. */
    public static List<NumberMention> find(String text) {
        List<NumberMention> out = new ArrayList<>();
        findDigits(text, out);
        findWords(text, out);
        out.sort(Comparator.comparingInt(NumberMention::start));
        return out;
    }

    /**
     * The numbers of each passage ({@code passages} are offsets into {@code text}), sliced from the
     * numbers of the whole text ({@code all}, offsets into {@code text} shifted by {@code offset}),
     * so that an article's text is scanned once. Gives the same result as {@code find} on each
     * passage: a passage that does not begin and end at a word gap, or that a number crosses, is
     * scanned on its own.
     */
    static List<List<NumberMention>> slice(String text, int offset, List<NumberMention> all, List<Span> passages) {
        List<List<NumberMention>> out = new ArrayList<>(passages.size());
        int from = 0;
        for (Span p : passages) {
            int start = p.start() + offset, end = p.end() + offset;
            while (from < all.size() && all.get(from).end() <= start) {
                from++;
            }
            boolean clean = (p.start() == 0 || Character.isWhitespace(text.charAt(p.start() - 1)))
                    && (p.end() == text.length() || Character.isWhitespace(text.charAt(p.end())));
            List<NumberMention> mine = new ArrayList<>();
            int i = from;
            for (; clean && i < all.size() && all.get(i).start() < end; i++) {
                NumberMention n = all.get(i);
                if (n.start() < start || n.end() > end) {
                    clean = false;
                } else {
                    mine.add(new NumberMention(n.start() - start, n.end() - start, n.value()));
                }
            }
            out.add(clean ? mine : find(p.of(text)));
        }
        return out;
    }

    /** Index tokens for these numbers ("num_10000 num_8000"). */
    static String tokens(List<NumberMention> numbers) {
        StringBuilder sb = new StringBuilder();
        for (NumberMention n : numbers) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(n.token());
        }
        return sb.toString();
    }

    /**
     * Numbers in digits. The pattern can only match at a digit that follows a non-digit, so only
     * those positions are tried (the look-behind still sees the text before them).
     */
    private static void findDigits(String text, List<NumberMention> out) {
        Matcher m = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isAsciiDigit(c) || (i > 0 && isAsciiDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            if (m == null) {
                m = DIGITS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(i, n);
            if (!m.lookingAt()) {
                i++;
                continue;
            }
            if (m.end() - m.start() > MAX_NUMBER_CHARS) {
                i = m.end(); // a run of digits, not a number anyone writes: no token (Lucene refuses immense terms)
                continue;
            }
            String digits = stripSeparators(m.group(1));
            BigDecimal v = new BigDecimal(m.group(2) == null ? digits : digits + m.group(2));
            if (m.group(3) != null) {
                v = v.multiply(BigDecimal.valueOf(scaleOf(m.group(3).toLowerCase(Locale.ROOT))));
            }
            out.add(new NumberMention(m.start(), m.end(), v));
            i = Math.max(m.end(), i + 1);
        }
    }

    private static String stripSeparators(String digits) {
        StringBuilder sb = null;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            boolean sep = c == ',' || c == '\u00a0' || c == '\u202f' || Character.isWhitespace(c);
            if (sep && sb == null) {
                sb = new StringBuilder(digits.length()).append(digits, 0, i);
            } else if (!sep && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? digits : sb.toString();
    }

    /** A four-digit number between 1900 and 2100 written without separators: most likely a year. */
    public static boolean looksLikeYear(String text, NumberMention n) {
        double v = n.value().doubleValue();
        String surface = text.substring(n.start(), n.end());
        return v >= 1900 && v <= 2100 && v == Math.rint(v) && surface.matches("\\d{4}");
    }

    /** Space-separated index tokens for the numbers of the text ("num_10000 num_8000"). */
    public static String tokens(String text) {
        return tokens(find(text));
    }

    private static long scaleOf(String word) {
        return switch (word) {
            case "k", "thousand" -> 1_000L;
            case "m", "million" -> 1_000_000L;
            case "bn", "billion" -> 1_000_000_000L;
            case "trillion" -> 1_000_000_000_000L;
            default -> 1L;
        };
    }

    /** "ten thousand", "two hundred and fifty", "twenty-five" (a hand-written scanner: this runs on every passage). */
    private static void findWords(String text, List<NumberMention> out) {
        boolean any = false, sawAnd = false;
        int start = -1, end = -1, prevEnd = -1;
        long total = 0, current = 0;
        int i = 0, n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!isAsciiLetter(c)) {
                i++;
                continue;
            }
            int ws = i;
            while (i < n && (isAsciiLetter(text.charAt(i))
                    || (text.charAt(i) == '-' && i + 1 < n && isAsciiLetter(text.charAt(i + 1))))) {
                i++;
            }
            int we = i;
            // most words are not number words: known-word checks in place, a string only for a number word
            if (we - ws > 14 || we - ws < 3 || !(any ? isKnownWord(text, ws, we) || isAnd(text, ws, we)
                    : isKnownWord(text, ws, we))) {
                if (any) {
                    emitWords(text, out, start, end, total + current);
                    any = false;
                }
                continue;
            }
            String w = text.substring(ws, we).toLowerCase(Locale.ROOT);
            boolean contiguous = any && isBlank(text, prevEnd, ws);
            Long value = wordValue(w);
            if (value != null) {
                if (any && !contiguous) {
                    emitWords(text, out, start, end, total + current);
                    any = false;
                }
                if (!any) {
                    any = true;
                    start = ws;
                    total = current = 0;
                }
                Long scale = SCALE.get(w);
                if (scale == null) {
                    current += value;
                } else if (scale >= 1000) {
                    total += Math.max(current, 1) * scale;
                    current = 0;
                } else {
                    current = Math.max(current, 1) * scale;
                }
                end = prevEnd = we;
                sawAnd = false;
            } else if (contiguous && w.equals("and") && !sawAnd) {
                prevEnd = we;
                sawAnd = true;
            } else if (any) {
                emitWords(text, out, start, end, total + current);
                any = false;
            }
        }
        if (any) {
            emitWords(text, out, start, end, total + current);
        }
    }

    /** Number and scale words by their lower-case first letter, for in-place comparison. */
    private static final String[][] WORDS_BY_INITIAL = new String[26][];

    static {
        List<List<String>> byInitial = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            byInitial.add(new ArrayList<>());
        }
        for (String w : SMALL.keySet()) {
            byInitial.get(w.charAt(0) - 'a').add(w);
        }
        for (String w : SCALE.keySet()) {
            byInitial.get(w.charAt(0) - 'a').add(w);
        }
        for (int i = 0; i < 26; i++) {
            WORDS_BY_INITIAL[i] = byInitial.get(i).toArray(String[]::new);
        }
    }

    /** Whether text[ws, we) is a number or scale word, or two number words joined by a hyphen ("twenty-five"). */
    private static boolean isKnownWord(String text, int ws, int we) {
        int dash = text.indexOf('-', ws, we); // bounded by the word: a search to the text's end made this quadratic
        if (dash >= 0) {
            return isPlainWord(text, ws, dash) && isPlainWord(text, dash + 1, we);
        }
        return isPlainWord(text, ws, we);
    }

    private static boolean isPlainWord(String text, int ws, int we) {
        if (we <= ws) {
            return false;
        }
        char c = Character.toLowerCase(text.charAt(ws));
        if (c < 'a' || c > 'z') {
            return false;
        }
        int len = we - ws;
        for (String w : WORDS_BY_INITIAL[c - 'a']) {
            if (w.length() == len && text.regionMatches(true, ws, w, 0, len)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAnd(String text, int ws, int we) {
        return we - ws == 3 && text.regionMatches(true, ws, "and", 0, 3);
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static void emitWords(String text, List<NumberMention> out, int start, int end, long value) {
        String surface = text.substring(start, end).toLowerCase(Locale.ROOT);
        // a lone "one" is usually a pronoun ("one of them"); a lone scale word ("hundreds") is vague
        if (surface.equals("one") || SCALE.containsKey(surface)) {
            return;
        }
        out.add(new NumberMention(start, end, BigDecimal.valueOf(value)));
    }

    private static Long wordValue(String w) {
        Integer small = SMALL.get(w);
        if (small != null) {
            return (long) small;
        }
        Long scale = SCALE.get(w);
        if (scale != null) {
            return scale;
        }
        int dash = w.indexOf('-');
        if (dash > 0) {
            Integer tens = SMALL.get(w.substring(0, dash));
            Integer ones = SMALL.get(w.substring(dash + 1));
            if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
                return (long) (tens + ones);
            }
        }
        return null;
    }
}
