package org.factdesk.extract.attribution;

import static org.factdesk.extract.attribution.AttributionLexicon.ADDRESSED;

import org.factdesk.extract.attribution.AttributionText.Quote;
import org.factdesk.extract.attribution.AttributionText.Sentence;
import org.factdesk.extract.attribution.AttributionText.Token;
import org.factdesk.model.Attribution;
import org.factdesk.model.Span;

/**
 * Direct speech: the speaker and cue before, after or between the pieces of a quotation, and
 * quotations signed with a dash ("― Ronald Reagan"). Apart from reported speech because a quotation
 * frames its own content; only the cue and the speaker are looked for.
 */
final class QuoteAttribution extends RunPart {
    private final NounPhrases nouns;
    private final CueWords cues;

    QuoteAttribution(RunState run, NounPhrases nouns, CueWords cues) {
        super(run);
        this.nouns = nouns;
        this.cues = cues;
    }

    void directQuote(int q) {
        Quote quote = t.quotes.get(q);
        boolean shortQuote = wordsIn(quote) < 3;
        if (shortQuote && !quoteOpensSentence(quote)) {
            return; // a scare-quoted phrase, not something said
        }
        QuoteCue cue = cueAfter(quote);
        if (cue == null && !shortQuote) {
            cue = cueBefore(quote);
        }
        if (cue == null) {
            return;
        }
        quoteDone[q] = true;
        int end = quote.end();
        // the following pieces of the same quotation in the paragraph belong to this speaker
        // (and a quotation that opens the next paragraph with no speaker of its own goes on with it)
        Quote piece = quote;
        for (int r = q + 1; r < t.quotes.size(); r++) {
            Quote next = t.quotes.get(r);
            boolean sameParagraph = !t.paragraphBreakBetween(piece.open(), next.open());
            boolean opensNextParagraph = !sameParagraph && t.paragraphBreakBetween(next.open() - 1, next.open())
                    && t.paragraphOf(next.open()) == t.paragraphOf(piece.open()) + 1
                    && (piece.close() < 0 || t.paragraphOf(piece.close()) == t.paragraphOf(piece.open()))
                    && paragraphEndsWithin(piece, cue);
            if (!sameParagraph && !opensNextParagraph || wordsIn(next) < 3 && !sameParagraph
                    || cueAfter(next) != null || cueBefore(next) != null && !cueInside(cue, next, end)) {
                break;
            }
            piece = next;
            quoteDone[r] = true;
            end = next.end();
        }
        int start = quote.start();
        if (!quoteOpensSentence(quote) && cue.cueStart() > quote.start()) {
            // "Trump's remarks were \"the textbook definition of a racist comment,\" Mr. Ryan said.": the
            // words before the quoted phrase are the speaker's too
            start = t.token(t.sentenceAt(quote.open()).first()).start();
        }
        run.add(cue, new Span(start, end), true);
        skipAsidesBetween(quote, cue);
    }

    /**
     * “...” declared, according to a translation of her remarks, Minister X: the aside qualifies how
     * the quotation reached us; it is not a second attribution of the same words.
     */
    private void skipAsidesBetween(Quote quote, QuoteCue cue) {
        if (quote.close() < 0 || cue.source() == null || cue.source()[0] <= quote.close()) {
            return;
        }
        for (int k = quote.close() + 1; k < cue.source()[0]; k++) {
            if (t.token(k).is("according") && k + 1 < t.size() && t.token(k + 1).is("to")) {
                usedCue[k] = true;
                usedCue[k + 1] = true;
            }
        }
    }

    /** The paragraph of a quotation piece holds nothing after it but the speaker's own sentence. */
    private boolean paragraphEndsWithin(Quote piece, QuoteCue cue) {
        if (piece.close() < 0) {
            return true;
        }
        int k = piece.close() + 1;
        int sentence = t.sentenceOf[piece.close()];
        while (k < t.size() && !t.paragraphBreakBetween(k - 1, k)) {
            if (t.sentenceOf[k] != sentence && t.sentenceOf[k] != t.sentenceOf[Math.min(t.size() - 1, cue.cueToken() < 0 ? k : cue.cueToken())]) {
                return false; // another sentence follows in the paragraph
            }
            k++;
        }
        return true;
    }

    private boolean cueInside(QuoteCue cue, Quote next, int end) {
        return cue.cueStart() >= end && cue.cueStart() < next.start();
    }

    private int wordsIn(Quote quote) {
        int n = 0;
        int close = quote.close() < 0 ? t.size() : quote.close();
        for (int i = quote.open() + 1; i < close && t.token(i).start() < quote.end(); i++) {
            if (t.token(i).isWord()) {
                n++;
            }
        }
        return n;
    }

    /** “...,” said X / “...” X said / “...”declared, according to ..., Minister X. */
    QuoteCue cueAfter(Quote quote) {
        if (quote.close() < 0) {
            return null;
        }
        int k = quote.close() + 1;
        if (k >= t.size() || t.paragraphBreakBetween(k - 1, k)) {
            return null;
        }
        int limit = Math.min(t.size(), k + 18);
        int firstWord = k;
        while (firstWord < limit && t.token(firstWord).is(",", "—", "–", "-")) {
            firstWord++;
        }
        for (int c = firstWord; c < limit; c++) {
            Token tok = t.token(c);
            if (t.paragraphBreakBetween(c - 1, c) || tok.kind() == AttributionText.Kind.OPEN_QUOTE
                    || tok.is(".", "!", "?", ";") && !run.isAbbreviationDot(c)) {
                return null;
            }
            if (tok.is("according") && c + 1 < t.size() && t.token(c + 1).is("to")) {
                if (!quoteOpensSentence(quote)) {
                    return null; // "... should “look for a psychiatrist,” according to Reuters": the whole sentence
                }
                int[] np = nouns.nounPhraseAfter(c + 2);
                return np == null ? null : new QuoteCue(tok.start(), t.token(c + 1).end(), RunState.withHead(np), c);
            }
            if (!cues.isVerbCue(c, true) || nouns.inRelativeAside(c, firstWord)) {
                continue;
            }
            QuoteCue cue = null;
            int subjectEnd = c - 1;
            while (subjectEnd > firstWord && t.token(subjectEnd).is(",")) {
                subjectEnd--;
            }
            if (c > firstWord && nouns.subjectLooksValid(firstWord, subjectEnd)) {
                int[] subject = subjectEnd - firstWord > 9 && nouns.namedAside(firstWord, subjectEnd)
                        ? new int[] {firstWord, subjectEnd} : nouns.trimSubject(firstWord, subjectEnd);
                if (subject != null) {
                    cue = new QuoteCue(tok.start(), tok.end(), headOfList(subject), c);
                }
            }
            if (cue == null && (c == firstWord || nouns.startsWithNonSubject(firstWord, c - 1))) {
                int[] np = nouns.nounPhraseAfter(nouns.skipParentheticals(c + 1));
                cue = new QuoteCue(tok.start(), tok.end(), np == null ? null : RunState.withHead(np), c);
            }
            if (cue == null) {
                return null;
            }
            int after = Math.max(c, cue.source() == null ? c : cue.source()[1]) + 1;
            if (after < t.size() && t.token(after).is(":")) {
                return null; // "Mr. Zahed said:" introduces the quotation after it, not the one before
            }
            // a quotation inside a sentence whose verb goes on to report something else is not its own
            if (tok.is(ADDRESSED) && after == c + 1) {
                int[] listener = nouns.nounPhraseAfter(after); // "“...,” one employee told French television station BFMTV."
                after = listener == null ? after : listener[1] + 1;
            }
            boolean standsAlone = quoteOpensSentence(quote) || endsWithPunctuation(quote) && nothingReportedFrom(after);
            return standsAlone ? cue : null;
        }
        return null;
    }

    private boolean quoteOpensSentence(Quote quote) {
        int open = quote.open();
        if (open == 0 || t.sentenceAt(open).first() == open || t.paragraphBreakBetween(open - 1, open)) {
            return true;
        }
        return t.token(open - 1).is(":", "—", "–", "-", "(");
    }

    private boolean endsWithPunctuation(Quote quote) {
        return quote.close() > 0 && t.token(quote.close() - 1).is(",", ".", "!", "?", "…");
    }

    /** True when the words after a speaker are only circumstances ("on Thursday", "in a statement"). */
    private boolean nothingReportedFrom(int k) {
        int m = k;
        while (m < t.size() && !t.paragraphBreakBetween(m - 1, m) && t.token(m).isWord()) {
            m++;
        }
        return m == k || nouns.isCircumstance(k, m - 1);
    }

    /** X said: “...” / X told reporters, “...” / the paragraph before ends with "X continued:". */
    private QuoteCue cueBefore(Quote quote) {
        int open = quote.open();
        if (open == 0) {
            return null;
        }
        int end = open - 1;
        if (t.paragraphBreakBetween(end, open) && !t.token(end).is(":")) {
            return null;
        }
        Sentence s = t.sentenceAt(end);
        boolean colonOrComma = t.token(end).is(":", ",");
        int from = Math.max(s.first(), end - 6);
        for (int c = end; c >= from; c--) {
            Token tok = t.token(c);
            if (tok.is("that") || tok.isQuote() && c != end) {
                return null;
            }
            if (cues.isVerbCue(c, true) && (colonOrComma || c == end)) {
                int[] subject = nouns.findSubject(c);
                if (subject == null) {
                    return null;
                }
                return new QuoteCue(tok.start(), tok.end(), subject, c);
            }
        }
        return null;
    }

    /**
     * A speaker with an aside, before a verb: the part that holds a name speaks ("Michael Cernech,
     * the city manager," / "Clinton’s spokesman, Brian Fallon,").
     */
    private int[] headOfList(int[] np) {
        int comma = -1;
        for (int m = np[0]; m <= np[1]; m++) {
            if (t.token(m).is(",")) {
                comma = m;
                break;
            }
        }
        if (comma < 0) {
            return RunState.withHead(np);
        }
        boolean firstHasName = false;
        for (int m = np[0]; m < comma; m++) {
            Token tok = t.token(m);
            firstHasName |= tok.capitalized() && !SpeakerResolver.TITLES.contains(tok.lower()) && !tok.is("the")
                    && !tok.lower().endsWith("’s") && !tok.lower().endsWith("'s");
        }
        if (firstHasName && !t.token(comma - 1).is("’s", "'s")) {
            return new int[] {np[0], np[1], np[0], comma - 1};
        }
        int last = np[1];
        for (int m = np[1]; m > np[0]; m--) {
            if (t.token(m).is(",")) {
                int[] head = nouns.trimSubject(m + 1, last);
                return head == null ? RunState.withHead(np) : new int[] {np[0], np[1], head[0], head[1]};
            }
        }
        return RunState.withHead(np);
    }

    /**
     * “We will win.” ― Jane Doe: a quotation signed with a dash and a name that ends its line (the
     * convention of epigraphs and collected quotes). The dash is the cue, the name the source.
     */
    void dashSignature(int dash) {
        Token before = t.token(dash - 1);
        boolean quoted = before.kind() == AttributionText.Kind.CLOSE_QUOTE || before.is("\"");
        if (t.paragraphBreakBetween(dash - 1, dash) || dash + 1 >= t.size() || t.paragraphBreakBetween(dash, dash + 1)) {
            return;
        }
        int nameEnd = dash;
        for (int k = dash + 1; k < t.size() && k - dash <= 5 && !t.paragraphBreakBetween(k - 1, k)
                && (t.token(k).capitalized() || run.isAbbreviationDot(k)); k++) {
            nameEnd = k;
        }
        if (nameEnd == dash) {
            return;
        }
        int k = nameEnd + 1;
        boolean endsLine = k >= t.size() || t.paragraphBreakBetween(nameEnd, k)
                || t.token(k).is(",", ".") && (k + 1 >= t.size() || t.paragraphBreakBetween(k, k + 1)
                || t.token(k).is(","));
        // an embedded post's signature closes its text unquoted: "... are met — Dmitry Peskov (@KremlinRussia_E) July 17, 2023"
        boolean postSignature = !quoted && POST_SIGNATURE_END.matcher(restOfParagraph(nameEnd)).matches();
        if (!quoted && !postSignature || quoted && !endsLine) {
            return;
        }
        int q = t.quoteContaining(dash - 1);
        Span content;
        if (q >= 0) {
            content = t.quotes.get(q).span();
            quoteDone[q] = true;
        } else {
            int from = dash - 1; // a closing mark whose opening one was typed as a closing one
            while (from > 0 && !t.paragraphBreakBetween(from - 1, from)) {
                from--;
            }
            if (from >= dash - 1) {
                return;
            }
            content = run.span(from, dash - 1);
        }
        usedCue[dash] = true;
        run.record(new Attribution(run.span(dash + 1, nameEnd), run.tokSpan(dash), content,
                speakers.resolve(dash + 1, nameEnd), true));
    }

    /** What follows a post's author: the handle, then perhaps the date ("(@KremlinRussia_E) July 17, 2023"). */
    private static final java.util.regex.Pattern POST_SIGNATURE_END = java.util.regex.Pattern.compile(
            "\\s*\\(@\\w{1,30}\\)\\s*(?:\\p{L}{3,9}\\.? \\d{1,2}, \\d{4}|\\d{1,2} \\p{L}{3,9} \\d{4})?\\s*");

    /** The text after token {@code k} up to the paragraph's end, at most 120 characters. */
    private String restOfParagraph(int k) {
        int from = t.token(k).end();
        int to = Math.min(t.text.length(), from + 120);
        int br = t.text.indexOf('\n', from);
        return t.text.substring(from, br >= 0 && br < to ? br : to);
    }
}
