package org.factdesk.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.extract.attribution.AttributionText.Quote;
import org.factdesk.extract.attribution.AttributionText.Sentence;
import org.factdesk.extract.attribution.AttributionText.Token;
import org.factdesk.model.Attribution;
import org.factdesk.model.Span;

/**
 * The state of one pass over one article, shared by the rules that find attributions: the article's
 * tokens, the cue words and quotations already taken, what was found so far, and the helpers that
 * turn token positions into recorded attributions. One per article, never shared between threads.
 */
final class RunState {
    final AttributionText t;
    final SpeakerResolver speakers;
    final boolean[] usedCue;
    final boolean[] quoteDone;
    final List<Attribution> found = new ArrayList<>();

    final AttributionCueModel model;
    final double[] cueProbability;

    RunState(String text, AttributionCueModel model) {
        t = new AttributionText(text);
        this.model = model;
        cueProbability = model == null ? null : model.probabilities(t);
        speakers = new SpeakerResolver(t);
        usedCue = new boolean[t.size()];
        quoteDone = new boolean[t.quotes.size()];
    }

    /** Adds an attribution; reported content that opens a quotation runs on to the quotation's end. */
    void record(Attribution a) {
        found.add(a.direct() ? a : withContent(a, throughQuote(a.content())));
    }

    /**
     * "He said Cruz “has courage ... ideas. He’s not only unafraid ...”": the sentence ends inside a
     * quotation the content opened, and the speaker's words go on to its closing mark.
     */
    Span throughQuote(Span content) {
        int start = content.start();
        int end = content.end();
        for (Quote q : t.quotes) {
            if (q.start() >= content.start() && q.start() < end && q.end() > end) {
                end = q.end();
            }
            if (q.start() < start && q.end() > start && q.end() <= content.end()) {
                // "Romney “were stiff. They weren’t fun. There was no joy” in comparison, Gingrich said.":
                // the sentence the quotation began in is part of the content
                start = Math.min(start, t.token(t.sentenceAt(q.open()).first()).start());
            }
        }
        return end == content.end() && start == content.start() ? content : new Span(start, end);
    }

    static Attribution withContent(Attribution a, Span content) {
        return content == a.content() ? a
                : new Attribution(a.source(), a.cue(), content, a.speaker(), a.direct());
    }

    Span span(int fromToken, int toToken) {
        if (toToken < fromToken) {
            toToken = fromToken;
        }
        return new Span(t.token(fromToken).start(), t.token(toToken).end());
    }

    Span tokSpan(int i) {
        return new Span(t.token(i).start(), t.token(i).end());
    }

    void addAt(int cue, int[] source, Span content, boolean direct) {
        if (!SpeakerPhrase.plausible(t, source[2], source[3])) {
            return; // not a speaker: the cue word is used in another sense here
        }
        usedCue[cue] = true;
        record(new Attribution(span(source[0], source[1]), tokSpan(cue), content,
                speakers.resolve(source[0], source[1], source[2], source[3]), direct));
    }

    void add(QuoteCue cue, Span content, boolean direct) {
        if (cue.source() != null && !SpeakerPhrase.plausible(t, cue.source()[2], cue.source()[3])) {
            return;
        }
        if (cue.cueToken() >= 0) {
            usedCue[cue.cueToken()] = true;
            if (t.token(cue.cueToken()).is("according") && cue.cueToken() + 1 < t.size()) {
                usedCue[cue.cueToken() + 1] = true;
            }
        }
        Span source = cue.source() == null ? null : span(cue.source()[0], cue.source()[1]);
        String speaker = cue.source() == null ? null
                : speakers.resolve(cue.source()[0], cue.source()[1], cue.source()[2], cue.source()[3]);
        record(new Attribution(source, new Span(cue.cueStart(), cue.cueEnd()), content, speaker, direct));
    }

    int contentStart(Sentence s) {
        return t.token(s.first()).start();
    }

    /** The last token of a sentence's content: its final full stop left out. */
    int contentEnd(Sentence s) {
        int last = s.last();
        if (last > s.first() && t.token(last).is(".", "!", "?") && t.quoteContaining(last) < 0) {
            last--;
        }
        return last;
    }

    boolean isSentenceEndAt(int k, Sentence s) {
        for (int m = k; m <= s.last(); m++) {
            if (!t.token(m).is(".", "!", "?") && t.token(m).kind() != AttributionText.Kind.CLOSE_QUOTE) {
                return false;
            }
        }
        return true;
    }

    /** The endings of web sites' names that speak as outlets and organisations. */
    private static final java.util.Set<String> DOMAIN_ENDINGS = java.util.Set.of("com", "org", "net", "gov", "edu",
            "io", "co", "uk", "info", "news", "tv", "ai");

    boolean isAbbreviationDot(int i) {
        Token tok = t.token(i);
        if (!tok.text().equals(".") || i == 0) {
            return false;
        }
        Token prev = t.token(i - 1);
        if (prev.end() == tok.start() && prev.capitalized() && prev.is("jr", "sr")
                && i + 1 < t.size() && t.sentenceOf[i] == t.sentenceOf[i + 1]) {
            return true; // "James B. Comey Jr., the director": the sentence goes on
        }
        if (prev.end() == tok.start() && prev.isWord() && i + 1 < t.size() && t.token(i + 1).start() == tok.end()
                && t.token(i + 1).isWord() && DOMAIN_ENDINGS.contains(t.token(i + 1).lower())) {
            return true; // "mozilla.org", "the Snopes.com writer": a site's name
        }
        return prev.end() == tok.start() && prev.capitalized()
                && (SpeakerResolver.TITLES.contains(prev.lower()) || prev.text().length() == 1)
                && i + 1 < t.size() && t.token(i + 1).capitalized();
    }

    static int[] withHead(int[] np) {
        return new int[] {np[0], np[1], np[0], np[1]};
    }
}
