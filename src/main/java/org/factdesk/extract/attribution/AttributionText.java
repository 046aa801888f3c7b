package org.factdesk.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.model.Span;

/**
 * The article as the attribution finder sees it: tokens, sentences (never crossing a paragraph) and
 * quotations. Kept private to attribution work so that it does not depend on the claim splitter.
 */
final class AttributionText {
    enum Kind { WORD, PUNCT, OPEN_QUOTE, CLOSE_QUOTE }

    record Token(int index, int start, int end, String text, String lower, Kind kind) {
        boolean isWord() {
            return kind == Kind.WORD;
        }

        boolean isQuote() {
            return kind == Kind.OPEN_QUOTE || kind == Kind.CLOSE_QUOTE;
        }

        boolean capitalized() {
            return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
        }

        boolean is(String... words) {
            for (String w : words) {
                if (lower.equals(w)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Token index range [first, last] of a sentence. */
    record Sentence(int first, int last) {}

    /** A quotation: token indexes of its marks (close may be -1 when it runs to the paragraph end). */
    record Quote(int open, int close, int start, int end) {
        Span span() {
            return new Span(start, end);
        }
    }

    /**
     * Words keep a plural possessive's apostrophe ("Sanders’ campaign manager", "voters' concerns"): alone it would
     * break the phrase naming a speaker in two.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}]+(?:[’'\\-][\\p{L}\\p{N}]+|[.,]\\p{N}+)*(?:(?<=[sS])[’'](?=[ \\t]+[\\p{L}\\p{N}]))?"
                    + "|''|``|\\S", Pattern.UNICODE_CHARACTER_CLASS);

    /** Words after which a full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.copyOf(java.util.Arrays.asList(
            "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "st", "jr",
            "sr", "prof", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "no",
            "vs", "v", "etc", "inc", "corp", "co", "ltd", "rev", "hon", "pres", "adm", "maj", "cmdr",
            "u.s", "u.k", "u.n", "d.c", "ft", "mt", "fig", "approx", "e.g", "i.e"));

    final String text;
    final List<Token> tokens = new ArrayList<>();
    final List<Sentence> sentences = new ArrayList<>();
    final List<Quote> quotes = new ArrayList<>();
    /** Sentence index of each token. */
    final int[] sentenceOf;
    private final int[] quoteOf;

    AttributionText(String text) {
        this.text = text;
        tokenize();
        numberParagraphs();
        sentenceOf = new int[tokens.size()];
        repairQuoteMarks();
        splitSentences();
        findQuotes();
        quoteOf = new int[tokens.size()];
        java.util.Arrays.fill(quoteOf, -1);
        for (int q = 0; q < quotes.size(); q++) {
            Quote quote = quotes.get(q);
            for (int i = quote.open; i < tokens.size() && tokens.get(i).start < quote.end; i++) {
                quoteOf[i] = q;
            }
        }
    }

    /** Markup left in scraped text ("<tweet tweet-author=\"@x\">", "<tweet/>"): not words, and its quotes are no quotations. */
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]{0,400})?/?>");

    private void tokenize() {
        Matcher tag = TAG.matcher(text);
        int tagStart = tag.find() ? tag.start() : Integer.MAX_VALUE;
        int tagEnd = tagStart == Integer.MAX_VALUE ? Integer.MAX_VALUE : tag.end();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            while (m.start() >= tagEnd) {
                tagStart = tag.find() ? tag.start() : Integer.MAX_VALUE;
                tagEnd = tagStart == Integer.MAX_VALUE ? Integer.MAX_VALUE : tag.end();
            }
            if (m.start() >= tagStart) {
                continue;
            }
            String t = m.group();
            Kind kind;
            char c = t.charAt(0);
            if (Character.isLetterOrDigit(c)) {
                kind = Kind.WORD;
            } else if (c == '“' || c == '«' || c == '„') {
                kind = Kind.OPEN_QUOTE;
            } else if (c == '”' || c == '»') {
                kind = Kind.CLOSE_QUOTE;
            } else if (t.equals("``")) {
                kind = Kind.OPEN_QUOTE;
            } else if (c == '"' || t.equals("''")) {
                kind = straightQuoteOpens(m.start()) ? Kind.OPEN_QUOTE : Kind.CLOSE_QUOTE;
            } else {
                kind = Kind.PUNCT;
            }
            tokens.add(new Token(tokens.size(), m.start(), m.end(), t, t.toLowerCase(Locale.ROOT), kind));
        }
    }

    /** A straight quote opens when it follows a space, a paragraph start or an opening bracket/dash. */
    private boolean straightQuoteOpens(int at) {
        if (at == 0) {
            return true;
        }
        char before = text.charAt(at - 1);
        if (Character.isWhitespace(before) || Character.isSpaceChar(before) || "([{—–-:".indexOf(before) >= 0) {
            return !(at + 1 >= text.length() || Character.isWhitespace(text.charAt(at + 1))
                    || Character.isSpaceChar(text.charAt(at + 1)));
        }
        return false;
    }

    boolean paragraphBreakBetween(int tokenA, int tokenB) {
        return paragraphOf[tokenA] != paragraphOf[tokenB];
    }

    private int[] paragraphOf;

    /** Paragraph number of a token (0 for the first). */
    int paragraphOf(int token) {
        return paragraphOf[token];
    }

    /** Numbers paragraphs: a line break between two tokens starts a new one. */
    private void numberParagraphs() {
        paragraphOf = new int[tokens.size()];
        int paragraph = 0;
        for (int i = 1; i < tokens.size(); i++) {
            int from = tokens.get(i - 1).end;
            int to = tokens.get(i).start;
            for (int c = from; c < to; c++) {
                if (text.charAt(c) == '\n') {
                    paragraph++;
                    break;
                }
            }
            paragraphOf[i] = paragraph;
        }
    }

    /**
     * A longer run of tokens without a sentence end (a list, a flattened table, a whole article on one line) is cut
     * into sentences of this many tokens, so that the per-sentence searches for subjects and cues stay bounded;
     * news sentences have well under a hundred.
     */
    static final int MAX_SENTENCE_TOKENS = 400;

    private void splitSentences() {
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean end = i == tokens.size() - 1 || paragraphBreakBetween(i, i + 1) || i - first + 1 >= MAX_SENTENCE_TOKENS;
            if (!end && isTerminator(i)) {
                int j = i + 1;
                while (j < tokens.size() && tokens.get(j).kind == Kind.CLOSE_QUOTE
                        && !paragraphBreakBetween(j - 1, j)) {
                    j++;
                }
                if (j < tokens.size() && startsSentence(tokens.get(j)) && !paragraphBreakBetween(j - 1, j)) {
                    i = j - 1;
                    end = true;
                } else if (j == tokens.size() || paragraphBreakBetween(j - 1, j)) {
                    i = j - 1;
                    end = true;
                }
            }
            if (end) {
                for (int k = first; k <= i; k++) {
                    sentenceOf[k] = sentences.size();
                }
                sentences.add(new Sentence(first, i));
                first = i + 1;
            }
        }
    }

    private boolean isTerminator(int i) {
        Token t = tokens.get(i);
        if (t.is("!", "?")) {
            return true;
        }
        if (!t.text.equals(".")) {
            return false;
        }
        if (i == 0 || tokens.get(i - 1).end != t.start) {
            return true;
        }
        Token prev = tokens.get(i - 1);
        String w = prev.lower;
        if (ABBREVIATIONS.contains(w) || (prev.isWord() && w.length() == 1 && prev.capitalized())) {
            return false;
        }
        return true;
    }

    private static boolean startsSentence(Token t) {
        return t.kind == Kind.OPEN_QUOTE || (t.isWord() && (Character.isUpperCase(t.text.charAt(0))
                || Character.isDigit(t.text.charAt(0)))) || t.is("(", "—", "‘", "'");
    }

    /**
     * Curly marks typed the wrong way round: ”Mr. Trump embodies ...” opens with a closing mark, and
     * “Do you want to be associated with a fascist?“ closes with an opening one. Spacing decides: a
     * mark glued to the word after it and not to the one before opens, the reverse closes.
     */
    private void repairQuoteMarks() {
        boolean open = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && paragraphBreakBetween(i - 1, i)) {
                open = false;
            }
            Token t = tokens.get(i);
            if (!t.isQuote() || t.text.equals("\"") || t.text.equals("''") || t.text.equals("``")) {
                continue;
            }
            boolean gluedBefore = i > 0 && !paragraphBreakBetween(i - 1, i) && tokens.get(i - 1).end == t.start;
            boolean gluedAfter = i + 1 < tokens.size() && !paragraphBreakBetween(i, i + 1) && tokens.get(i + 1).start == t.end
                    && tokens.get(i + 1).isWord();
            Kind kind = t.kind;
            boolean opensParagraph = i == 0 || paragraphBreakBetween(i - 1, i);
            if (kind == Kind.CLOSE_QUOTE && !open && (gluedAfter && !gluedBefore || opensParagraph)) {
                kind = Kind.OPEN_QUOTE;
            } else if (kind == Kind.OPEN_QUOTE && open && gluedBefore && !gluedAfter) {
                kind = Kind.CLOSE_QUOTE;
            }
            if (kind != t.kind) {
                tokens.set(i, new Token(t.index, t.start, t.end, t.text, t.lower, kind));
            }
            open = kind == Kind.OPEN_QUOTE;
        }
    }

    private void findQuotes() {
        int open = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (open >= 0 && i > 0 && paragraphBreakBetween(i - 1, i)) {
                // a quotation left open runs to its paragraph end (the convention for multi-paragraph quotes)
                quotes.add(new Quote(open, -1, tokens.get(open).start, tokens.get(i - 1).end));
                open = -1;
            }
            if (t.kind == Kind.OPEN_QUOTE) {
                if (open >= 0 && (t.text.equals("\"") || t.text.equals("''"))) {
                    quotes.add(new Quote(open, i, tokens.get(open).start, t.end));
                    open = -1;
                } else {
                    open = i;
                }
            } else if (t.kind == Kind.CLOSE_QUOTE && open >= 0) {
                quotes.add(new Quote(open, i, tokens.get(open).start, t.end));
                open = -1;
            }
        }
        if (open >= 0) {
            quotes.add(new Quote(open, -1, tokens.get(open).start, tokens.getLast().end));
        }
    }

    Sentence sentenceAt(int token) {
        return sentences.get(sentenceOf[token]);
    }

    Token token(int i) {
        return tokens.get(i);
    }

    int size() {
        return tokens.size();
    }

    /** Index of the quote containing the token (marks included), or -1. */
    int quoteContaining(int token) {
        return quoteOf[token];
    }
}
