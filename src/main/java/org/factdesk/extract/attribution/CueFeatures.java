package org.factdesk.extract.attribution;

import java.util.Set;
import org.factdesk.extract.attribution.AttributionText.Kind;
import org.factdesk.extract.attribution.AttributionText.Sentence;
import org.factdesk.extract.attribution.AttributionText.Token;

/**
 * Hashed features of one token for the cue classifier: the word, a crude lemma (suffix stripped),
 * its neighbours, where it stands relative to quotations, commas and "that", capitalised neighbours
 * (a name before a verb), and what the sentence holds. Hashes are combined numerically (no strings
 * per feature) so that scoring a whole article costs well under a millisecond.
 */
final class CueFeatures {
    /** Upper bound on features per token (the array a caller passes in). */
    static final int MAX = 64;

    private static final Set<String> AUX = Set.of("is", "are", "was", "were", "be", "been", "being", "has",
            "have", "had", "will", "would", "could", "should", "may", "might", "must", "can", "did", "does", "do");

    private final int bits;
    private final int mask;

    CueFeatures(int bits) {
        this.bits = bits;
        this.mask = (1 << bits) - 1;
    }

    int bits() {
        return bits;
    }

    int dimension() {
        return 1 << bits;
    }

    /** Per-article precomputation: a hash of each token's word and lemma. */
    static final class Prepared {
        final AttributionText t;
        final int[] word;
        final int[] lemma;
        final int[] suffix;
        /** The last token at or before i that is a cue verb / "that", "who", "which" (-1 when none): one pass, so
         *  that "is there one earlier in the sentence" costs O(1) per token, not the sentence's length. */
        final int[] lastCue;
        final int[] lastThat;

        Prepared(AttributionText t) {
            this.t = t;
            int n = t.size();
            word = new int[n];
            lemma = new int[n];
            suffix = new int[n];
            lastCue = new int[n];
            lastThat = new int[n];
            for (int i = 0; i < n; i++) {
                String w = t.token(i).lower();
                word[i] = w.hashCode();
                lemma[i] = lemma(w).hashCode();
                suffix[i] = w.length() > 3 ? w.substring(w.length() - 3).hashCode() : 7;
                lastCue[i] = AttributionCues.isCueVerb(w) ? i : i > 0 ? lastCue[i - 1] : -1;
                lastThat[i] = t.token(i).is("that", "who", "which") ? i : i > 0 ? lastThat[i - 1] : -1;
            }
        }
    }

    /** Whether the classifier looks at a token at all (words and colons; other marks are never cues). */
    static boolean candidate(AttributionText t, int i) {
        Token tok = t.token(i);
        return tok.isWord() || tok.is(":");
    }

    /** Crude lemma by suffix stripping: "claims", "claimed", "claiming" all give "claim". */
    static String lemma(String w) {
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ied")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - (w.endsWith("eed") ? 1 : 2));
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Fills {@code out} with feature indexes for token i; returns how many. */
    int extract(Prepared p, int i, int[] out) {
        AttributionText t = p.t;
        Token tok = t.token(i);
        Sentence s = t.sentenceAt(i);
        int n = 0;
        int w = p.word[i];
        int lem = p.lemma[i];
        int prev = i > s.first() ? p.word[i - 1] : 11;
        int prev2 = i - 1 > s.first() ? p.word[i - 2] : 13;
        int next = i < s.last() ? p.word[i + 1] : 17;
        int next2 = i + 1 < s.last() ? p.word[i + 2] : 19;
        int prevLem = i > s.first() ? p.lemma[i - 1] : 11;
        int nextLem = i < s.last() ? p.lemma[i + 1] : 17;
        out[n++] = f(1, 0);
        out[n++] = f(2, w);
        out[n++] = f(3, lem);
        out[n++] = f(4, p.suffix[i]);
        out[n++] = f(5, prev);
        out[n++] = f(6, next);
        out[n++] = f(7, prev2);
        out[n++] = f(8, next2);
        out[n++] = f(9, prev, w);
        out[n++] = f(10, w, next);
        out[n++] = f(11, prevLem, lem);
        out[n++] = f(12, lem, nextLem);
        out[n++] = f(13, prev2, prev, w);
        out[n++] = f(14, w, next, next2);

        boolean cap = tok.capitalized();
        boolean first = i == s.first();
        boolean prevCap = i > s.first() && t.token(i - 1).capitalized();
        boolean prevComma = i > s.first() && t.token(i - 1).is(",");
        boolean prevCloseQuote = i > s.first() && t.token(i - 1).kind() == Kind.CLOSE_QUOTE
                || i - 1 > s.first() && t.token(i - 1).is(",") && t.token(i - 2).kind() == Kind.CLOSE_QUOTE;
        boolean nextThat = i < s.last() && t.token(i + 1).is("that");
        boolean thatSoon = false;
        boolean colonSoon = false;
        boolean openQuoteSoon = false;
        boolean commaAfter = i < s.last() && t.token(i + 1).is(",");
        for (int k = i + 1; k <= Math.min(s.last(), i + 4); k++) {
            Token x = t.token(k);
            thatSoon |= x.is("that");
            colonSoon |= x.is(":");
            openQuoteSoon |= x.kind() == Kind.OPEN_QUOTE;
        }
        boolean closeQuoteBefore = false;
        boolean capBefore = false;
        for (int k = i - 1; k >= Math.max(s.first(), i - 4); k--) {
            Token x = t.token(k);
            closeQuoteBefore |= x.kind() == Kind.CLOSE_QUOTE;
            capBefore |= x.capitalized() && k != s.first();
        }
        boolean inQuote = t.quoteContaining(i) >= 0;
        boolean prevAux = i > s.first() && AUX.contains(t.token(i - 1).lower());
        boolean prevDet = i > s.first() && SpeakerPhrase.DETERMINERS.contains(t.token(i - 1).lower());
        boolean nextCap = i < s.last() && t.token(i + 1).capitalized();
        boolean nextBy = i < s.last() && t.token(i + 1).is("by");
        boolean nextTo = i < s.last() && t.token(i + 1).is("to");
        boolean lex = AttributionCues.isCueVerb(tok.lower());
        boolean weak = AttributionCues.isWeak(tok.lower());
        int context = (prevComma ? 1 : 0) | (prevCloseQuote ? 2 : 0) | (thatSoon ? 4 : 0) | (colonSoon ? 8 : 0)
                | (openQuoteSoon ? 16 : 0) | (prevCap ? 32 : 0) | (prevAux ? 64 : 0) | (prevDet ? 128 : 0);
        out[n++] = f(20, flag(cap, first));
        out[n++] = f(21, lem, flag(nextThat, thatSoon));
        out[n++] = f(22, lem, flag(prevComma, prevCloseQuote));
        out[n++] = f(23, lem, flag(colonSoon, openQuoteSoon));
        out[n++] = f(24, lem, flag(prevCap, capBefore));
        out[n++] = f(25, lem, flag(inQuote, false));
        out[n++] = f(26, lem, flag(prevAux, prevDet));
        out[n++] = f(27, lem, flag(nextCap, commaAfter));
        out[n++] = f(28, lem, flag(nextBy, nextTo));
        out[n++] = f(29, context);
        out[n++] = f(30, flag(lex, weak), context);
        out[n++] = f(31, flag(lex, weak));
        out[n++] = f(32, p.suffix[i], context);
        out[n++] = f(33, flag(closeQuoteBefore, inQuote), flag(lex, cap));
        out[n++] = f(34, lem, flag(closeQuoteBefore, first));
        out[n++] = f(35, Math.min(6, i - s.first()), flag(lex, false));
        out[n++] = f(36, Math.min(6, s.last() - i), flag(lex, false));
        out[n++] = f(37, w, prevLem);
        out[n++] = f(38, lem, next, next2);
        out[n++] = f(39, tok.isWord() ? 0 : 1, first ? 1 : 0);
        // the words around, as a bag: who is near (officials, poll, he) and what follows (that, it, would)
        for (int k = Math.max(s.first(), i - 3); k < i; k++) {
            out[n++] = f(40, p.word[k]);
        }
        for (int k = i + 1; k <= Math.min(s.last(), i + 3); k++) {
            out[n++] = f(41, p.word[k]);
        }
        boolean pronounBefore = i > s.first() && t.token(i - 1).is("he", "she", "they", "i", "we", "it", "you");
        out[n++] = f(42, lem, flag(sentenceHasQuote(t, s), pronounBefore));
        // an embedded clause ("the poll noted that 73 percent who said ..."): a cue or "that" earlier on
        boolean cueEarlier = i - 2 >= s.first() && p.lastCue[i - 2] >= s.first();
        boolean thatEarlier = i - 2 >= s.first() && p.lastThat[i - 2] >= s.first();
        out[n++] = f(44, lem, flag(cueEarlier, thatEarlier));
        out[n++] = f(45, flag(cueEarlier, thatEarlier), flag(lex, inQuote));
        out[n++] = f(43, shape(tok), i > s.first() ? shape(t.token(i - 1)) : 5, i < s.last() ? shape(t.token(i + 1)) : 5);
        return n;
    }

    private static boolean sentenceHasQuote(AttributionText t, Sentence s) {
        return t.quoteContaining(s.first()) >= 0 || t.quoteContaining(s.last()) >= 0
                || t.token(s.last()).isQuote() || t.quoteContaining((s.first() + s.last()) / 2) >= 0;
    }

    /** 0 lower-case word, 1 capitalised, 2 all capitals, 3 number, 4 punctuation or quote. */
    private static int shape(Token tok) {
        if (!tok.isWord()) {
            return 4;
        }
        String x = tok.text();
        if (Character.isDigit(x.charAt(0))) {
            return 3;
        }
        if (!Character.isUpperCase(x.charAt(0))) {
            return 0;
        }
        return x.length() > 1 && x.equals(x.toUpperCase(java.util.Locale.ROOT)) ? 2 : 1;
    }

    private static int flag(boolean a, boolean b) {
        return (a ? 1 : 0) | (b ? 2 : 0);
    }

    private int f(int template, int a) {
        return mix(template * 0x9E3779B1 + a) & mask;
    }

    private int f(int template, int a, int b) {
        return mix(mix(template * 0x9E3779B1 + a) + b) & mask;
    }

    private int f(int template, int a, int b, int c) {
        return mix(mix(mix(template * 0x9E3779B1 + a) + b) + c) & mask;
    }

    /** murmur3 finaliser: spreads the bits of a combined hash. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
