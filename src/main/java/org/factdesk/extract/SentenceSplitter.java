package org.factdesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdesk.model.Span;

/**
 * Splits news text into sentences. Line breaks always end a sentence (headlines and captions carry no
 * final stop); within a line a sentence ends at . ! ? (plus closing quotes or brackets) followed by
 * a space and a capitalised word, except after abbreviations ("Mr.", "Jan.", "U.S."), initials
 * ("T. R."), a list number ("1. Ditch the diet") and inside a quotation, so that a quote stays with its attribution.
 */
public final class SentenceSplitter {
    /** Words that end with a dot but rarely end a sentence (compared lower-case, without the dot). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "maj", "adm",
            "st", "jr", "sr", "rev", "hon", "pres", "amb", "insp", "supt", "cmdr", "fr", "messrs", "mmes",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "no", "nos", "vs", "v", "approx", "est", "fig", "ca", "cf", "al", "inc", "corp", "co", "ltd", "bros",
            "dept", "univ", "assn", "ave", "blvd", "rd", "mt", "ft", "gov't", "op", "pp", "vol", "eds", "ed");

    /** After a dotted acronym such as "U.S." these words show that a new sentence began. */
    private static final Set<String> SENTENCE_STARTERS = Set.of(
            "the", "he", "she", "it", "they", "we", "i", "but", "and", "this", "that", "these", "those", "there",
            "in", "on", "a", "an", "his", "her", "their", "its", "our", "meanwhile", "however", "yet", "still");

    /** Quotations longer than this are not trusted to be balanced; sentences may end inside them. */
    private static final int MAX_QUOTE = 1200;
    /**
     * A longer "sentence" (a list without stops, a table flattened into a line, a whole article on one line) is cut
     * into pieces of at most this many characters, at a space, so that every per-sentence step of claim finding
     * works on bounded input (a 2,000-word sentence is about 12,000 characters). Real sentences stay far below it.
     */
    static final int MAX_SENTENCE_CHARS = 3000;

    public List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                splitLine(text, lineStart, i, out);
                lineStart = i + 1;
            }
        }
        return out;
    }

    private void splitLine(String text, int from, int to, List<Span> out) {
        boolean[] inQuote = quoteMask(text, from, to);
        int sentenceStart = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '｡') {
                // Chinese and Japanese stops: the next sentence follows without a space
                int end = i + 1;
                while (end < to && (isCloser(text.charAt(end)) || text.charAt(end) == '」' || text.charAt(end) == '』'
                        || text.charAt(end) == '）')) {
                    end++;
                }
                int next = end;
                while (next < to && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (next < to && !(inQuote[i - from] && inQuote[next - from])) {
                    add(text, sentenceStart, end, out);
                    sentenceStart = next;
                    i = next - 1;
                }
                continue;
            }
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < to && (end < to && text.charAt(end) == '.' || isCloser(text.charAt(end)))) {
                end++;
            }
            int next = end;
            while (next < to && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next == end || next >= to) {
                continue; // no space after the stop (decimal point, "U.S.A"), or end of line
            }
            if (inQuote[i - from] && inQuote[Math.min(next, to - 1) - from]) {
                continue; // still inside a quotation: keep it whole
            }
            if (!startsSentence(text, next)) {
                continue;
            }
            if (c == '.' && isAbbreviation(text, from, i, next, to)) {
                continue;
            }
            if (c == '.' && isListMarker(text, sentenceStart, i)) {
                continue; // "1. Ditch the diet": a numbered heading or list item, not a sentence "1." and another
            }
            add(text, sentenceStart, end, out);
            sentenceStart = next;
            i = next - 1;
        }
        add(text, sentenceStart, to, out);
    }

    /** Whether all that precedes the stop in this sentence is a list number: "1", "12" (at most three digits). */
    private static boolean isListMarker(String text, int sentenceStart, int dot) {
        int start = sentenceStart;
        while (start < dot && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int digits = dot - start;
        if (digits < 1 || digits > 3) {
            return false;
        }
        for (int k = start; k < dot; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
    }

    private static boolean startsSentence(String text, int at) {
        char c = text.charAt(at);
        boolean uncasedLetter = Character.isLetter(c) && !Character.isUpperCase(c) && !Character.isLowerCase(c);
        // Korean, Arabic, Hebrew, Thai, Hindi: scripts without capitals start a sentence with any letter
        return Character.isUpperCase(c) || uncasedLetter || Character.isDigit(c) || c == '“' || c == '"' || c == '‘'
                || c == '«' || c == '(' || c == '[' || c == '\'' || c == '—' || c == '-';
    }

    private static boolean isAbbreviation(String text, int lineFrom, int dot, int next, int to) {
        int wordStart = dot;
        while (wordStart > lineFrom && !Character.isWhitespace(text.charAt(wordStart - 1))
                && text.charAt(wordStart - 1) != '(' && text.charAt(wordStart - 1) != '“' && text.charAt(wordStart - 1) != '"') {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        if (word.isEmpty()) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower)) {
            return true;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "Antony J. Blinken"
        }
        if (word.matches("(\\p{L}\\.)+\\p{L}")) { // dotted acronym: "U.S", "T.R", "a.m"
            int wordEnd = next;
            while (wordEnd < to && Character.isLetter(text.charAt(wordEnd))) {
                wordEnd++;
            }
            String following = text.substring(next, wordEnd).toLowerCase(Locale.ROOT);
            return !SENTENCE_STARTERS.contains(following);
        }
        return false;
    }

    /** Marks the characters of the line that lie inside a balanced quotation. */
    private static boolean[] quoteMask(String text, int from, int to) {
        boolean[] mask = new boolean[Math.max(0, to - from)];
        int open = -1;
        boolean straightOpen = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '«') {
                open = i;
            } else if ((c == '”' || c == '»') && open >= 0) {
                mark(mask, from, open, i);
                open = -1;
            } else if (c == '"') {
                if (!straightOpen) {
                    open = i;
                    straightOpen = true;
                } else if (open >= 0) {
                    mark(mask, from, open, i);
                    open = -1;
                    straightOpen = false;
                }
            }
        }
        return mask;
    }

    private static void mark(boolean[] mask, int from, int open, int close) {
        if (close - open > MAX_QUOTE) {
            return;
        }
        for (int k = open; k <= close; k++) {
            mask[k - from] = true;
        }
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (end - start > MAX_SENTENCE_CHARS) {
            int cut = start + MAX_SENTENCE_CHARS;
            // at the last space before the limit (a word longer than the limit is cut where it stands)
            int space = cut;
            while (space > start + MAX_SENTENCE_CHARS / 2 && !Character.isWhitespace(text.charAt(space))) {
                space--;
            }
            if (Character.isWhitespace(text.charAt(space))) {
                cut = space;
            }
            add(text, start, cut, out);
            start = cut;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
