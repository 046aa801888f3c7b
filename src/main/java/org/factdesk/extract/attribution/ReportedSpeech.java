package org.factdesk.extract.attribution;

import static org.factdesk.extract.attribution.AttributionLexicon.ADDRESSED;
import static org.factdesk.extract.attribution.AttributionLexicon.INVERTING;
import static org.factdesk.extract.attribution.AttributionLexicon.LISTENER_VERBS;
import static org.factdesk.extract.attribution.AttributionLexicon.SUBJECT_BOUNDARY;
import static org.factdesk.extract.attribution.AttributionLexicon.TIME_WORDS;
import static org.factdesk.extract.attribution.AttributionLexicon.isAdverb;

import java.util.Set;
import org.factdesk.extract.attribution.AttributionText.Quote;
import org.factdesk.extract.attribution.AttributionText.Sentence;
import org.factdesk.extract.attribution.AttributionText.Token;
import org.factdesk.model.Attribution;
import org.factdesk.model.Span;

/**
 * Reported speech inside a sentence: "X said that ...", "according to X", "X reportedly ...",
 * "leaving many to wonder whether ...", with the content the clause the cue governs.
 */
final class ReportedSpeech extends RunPart {
    private final CueWords cues;
    private final NounPhrases nouns;
    private final QuoteAttribution quotes;

    ReportedSpeech(RunState run, CueWords cues, NounPhrases nouns, QuoteAttribution quotes) {
        super(run);
        this.cues = cues;
        this.nouns = nouns;
        this.quotes = quotes;
    }

    void reportedSpeech(Sentence s) {
        for (int i = s.first(); i <= s.last(); i++) {
            if (usedCue[i] || t.quoteContaining(i) >= 0) {
                continue;
            }
            Token tok = t.token(i);
            if (tok.is("according") && i < s.last() && t.token(i + 1).is("to")) {
                accordingTo(s, i);
            } else if (tok.is("reportedly")) {
                reportedly(s, i);
            } else if (i > s.first() && t.token(i - 1).is("to") && WONDERING.contains(tok.lower())) {
                int[] who = causedToWonder(i, s);
                if (who != null) {
                    // "..., leaving many to wonder whether ...": the object of "leaving" wonders
                    run.addAt(i, RunState.withHead(who), run.span(i + 1, run.contentEnd(s)), false);
                }
            } else if (cues.isVerbCue(i, false)) {
                verbCue(s, i);
            }
        }
    }

    /** What "according to" measures something against rather than quotes: "according to plan". */
    private static final Set<String> NOT_A_SOURCE = Set.of("plan", "plans", "schedule", "expectations", "tradition",
            "custom", "protocol", "form", "script", "law", "rules", "size", "need", "needs", "merit", "priority");

    private void accordingTo(Sentence s, int i) {
        int[] np = nouns.nounPhraseUntilComma(i + 2, s.last());
        if (np == null) {
            return;
        }
        int head = np[0] + (np[0] < np[1] && t.token(np[0]).is("the", "a") ? 1 : 0);
        if (head == np[1] && NOT_A_SOURCE.contains(t.token(head).lower())) {
            return; // "going according to plan", "according to schedule": how, not who says so
        }
        int cueStart = t.token(i).start();
        int cueEnd = t.token(i + 1).end();
        Span content;
        int afterNp = np[1] + 1;
        boolean atStart = i == s.first() || i <= s.first() + 1 && t.token(s.first()).is("but", "and", "so");
        if (atStart) {
            int from = afterNp < s.last() && t.token(afterNp).is(",") ? afterNp + 1 : afterNp;
            if (from > s.last()) {
                return;
            }
            content = run.span(from, run.contentEnd(s));
            Span following = t.token(s.last()).is(":") ? followingWords(s) : null;
            if (following != null) {
                // "According to Jack Kelly, writing for RealClearPolitics:" and the paragraph below
                content = new Span(content.start(), following.end());
            }
        } else if (afterSubordinator(i, s) && afterNp + 1 <= s.last() && t.token(afterNp).is(",")) {
            // "soldiers who, according to Washington, entered Russia": the aside covers its own clause
            int to = afterNp + 1;
            while (to + 1 <= s.last() && !t.token(to + 1).is(",", ";", "—") && t.quoteContaining(to + 1) < 0
                    && !run.isSentenceEndAt(to + 1, s)) {
                to++;
            }
            content = run.span(afterNp + 1, to);
        } else {
            int to = i - 1;
            while (to > s.first() && t.token(to).is(",", "—", "(")) {
                to--;
            }
            if (to < s.first()) {
                return;
            }
            int end = afterNp <= s.last() && !run.isSentenceEndAt(afterNp, s) ? run.contentEnd(s) : to;
            content = run.span(s.first(), Math.max(to, end));
        }
        usedCue[i] = true;
        usedCue[i + 1] = true;
        run.record(new Attribution(run.span(np[0], np[1]), new Span(cueStart, cueEnd), content,
                speakers.resolve(np[0], np[1]), false));
    }

    /**
     * "The FBI is reportedly making arrangements ...": the clause is reported by sources the
     * article does not name.
     */
    private void reportedly(Sentence s, int i) {
        int from = clauseStart(i, s);
        int k = from;
        while (k < i && t.token(k).is(",")) {
            k++;
        }
        if (i >= run.contentEnd(s) || k >= i && i == s.first()) {
            return;
        }
        usedCue[i] = true;
        run.record(new Attribution(null, run.tokSpan(i), run.span(k, run.contentEnd(s)), null, false));
    }

    private static final Set<String> WONDERING = Set.of("wonder", "question", "ask", "speculate", "believe",
            "think", "conclude", "suspect", "doubt", "worry", "fear", "suggest", "argue", "claim", "say");

    private static final Set<String> CAUSATIVES = Set.of("leaving", "leave", "leaves", "left", "leading", "lead",
            "leads", "led", "causing", "cause", "causes", "caused", "prompting", "prompt", "prompts", "prompted",
            "forcing", "forced", "driving", "drove", "getting", "got");

    /**
     * "leaving many to wonder whether ...", "leading authorities to question if ...": the noun phrase
     * between the causative verb and "to" when a question or that-clause follows; null otherwise.
     */
    private int[] causedToWonder(int i, Sentence s) {
        if (i + 1 > s.last() || !t.token(i + 1).is("whether", "if", "why", "how", "what", "who", "that")) {
            return null;
        }
        int end = i - 2;
        int start = end;
        while (start >= s.first() && end - start < 5 && t.token(start).isWord()
                && !CAUSATIVES.contains(t.token(start).lower())) {
            start--;
        }
        return start >= s.first() && start < end && CAUSATIVES.contains(t.token(start).lower())
                ? new int[] {start + 1, end} : null;
    }

    /** "who, according to ...", "after, according to ...": the aside sits inside a subordinate clause. */
    private boolean afterSubordinator(int i, Sentence s) {
        return i - 2 >= s.first() && t.token(i - 1).is(",") && t.token(i - 2).is("who", "which", "that",
                "after", "because", "when", "where", "while", "if", "since", "although", "though", "as");
    }

    private void verbCue(Sentence s, int i) {
        Token tok = t.token(i);
        // passive with an agent: "Pyongyang is accused by the West of supplying ..."
        if (i + 1 <= s.last() && t.token(i + 1).is("by") && AttributionCues.takesPassiveSource(tok.lower())
                && i > s.first() && t.token(i - 1).is("is", "are", "was", "were", "been", "being", "be")) {
            int[] agent = nouns.agentAfterBy(i + 2, s.last());
            if (agent != null) {
                int from = agent[1] + 1;
                if (from <= s.last() && t.token(from).is("of", "for", "that", "over", "as")) {
                    from++;
                }
                Span content = from <= s.last() ? run.span(from, run.contentEnd(s)) : run.span(s.first(), i - 1);
                run.addAt(i, RunState.withHead(agent), content, false);
            }
            return;
        }
        if (i > s.first() && (t.token(i - 1).is("is", "are", "was", "were", "been", "being", "be", "to")
                || passiveAuxiliary(i, s) >= 0)) {
            return; // passive without an agent ("were also discussed") or an infinitive: no source to report
        }
        boolean namedAside = i > s.first() && t.token(i - 1).is(",") && nouns.namedApposition(s, i - 1);
        if (INVERTING.contains(tok.lower()) && i > s.first() + 2 && !namedAside && (t.token(i - 1).is(",", "—", "–")
                || t.token(i - 1).kind() == AttributionText.Kind.CLOSE_QUOTE)) {
            int[] np = nouns.nounPhraseAfter(nouns.skipParentheticals(i + 1));
            if (np != null && invertedSpeaker(np, s) && namesSomeone(np)) {
                // "Some accusations are difficult to prove, said Grant Green, a former official."
                int contentTo = i - 1;
                while (contentTo > s.first() && t.token(contentTo).is(",", "—", "–")) {
                    contentTo--;
                }
                run.addAt(i, RunState.withHead(np), run.span(s.first(), contentTo), false);
                if (usedCue[i]) {
                    return;
                }
            }
        }
        int[] subject = nouns.findSubject(i);
        int right = contentStartAfter(i, s);
        boolean rightEmpty = right > s.last() || onlyCircumstance(right, s) || onlyListener(i, right, s);
        if (subject != null && rightEmpty) {
            Span following = followingWords(s);
            if (following != null) {
                // "X said in a statement. “...”" / "One activist tweeted:" and the tweet below
                run.addAt(i, subject, following, false);
                return;
            }
        }
        if (subject != null && !rightEmpty) {
            if (cues.weak(i) && !hasThat(i, s)) {
                return;
            }
            if (subject[0] > s.first() && t.token(subject[0] - 1).is(",") && i + 1 <= s.last()
                    && t.token(i + 1).is(",")) {
                // "Whatever progress he made, officials said, could unravel": the sentence around it
                run.addAt(i, subject, run.span(s.first(), run.contentEnd(s)), false);
                return;
            }
            Span content = run.span(right, run.contentEnd(s));
            if (t.token(s.last()).is(":")) {
                // "He told his audience, to rowdy applause:" and the quotation below
                Span following = followingWords(s);
                content = following == null ? content : new Span(content.start(), following.end());
            }
            run.addAt(i, subject, content, false);
            return;
        }
        // "..., X said." / "..., said X, a senior fellow."
        boolean afterComma = i > s.first() && t.token(i - 1).is(",", "—", "–")
                || i > s.first() && t.token(i - 1).kind() == AttributionText.Kind.CLOSE_QUOTE;
        int[] source = subject;
        int contentTo = subject != null ? subject[0] - 1 : i - 1;
        if (subject == null && afterComma && !tok.lower().endsWith("ing") && !tok.is(ADDRESSED)) {
            int[] np = nouns.nounPhraseAfter(nouns.skipParentheticals(i + 1));
            source = np == null || !invertedSpeaker(np, s) ? null : RunState.withHead(np);
        }
        while (contentTo >= s.first() && t.token(contentTo).is(",", "—", "–")) {
            contentTo--;
        }
        boolean postposed = source != null && contentTo - s.first() >= 2
                && t.token(contentTo + 1).is(",", "—", "–") && (subject == null || rightEmpty);
        if (postposed) {
            run.addAt(i, source, new Span(run.contentStart(s), t.token(contentTo).end()), false);
            return;
        }
        if (!rightEmpty && subject == null) {
            // "..., adding that ...": the speaker is whoever spoke last in this sentence
            Attribution last = lastIn(s);
            if (last != null && !cues.weak(i)) {
                usedCue[i] = true;
                run.record(new Attribution(last.source(), run.tokSpan(i), run.span(right, run.contentEnd(s)),
                        last.speaker(), false));
            } else if (last == null && afterComma && tok.lower().endsWith("ing")) {
                // "Mrs. Clinton tried to expand on it, saying that ...": the subject of the sentence
                int[] main = nouns.sentenceSubject(s, false);
                if (main != null && main[1] < i) {
                    run.addAt(i, main, run.span(right, run.contentEnd(s)), false);
                }
            }
        }
    }

    /** A noun phrase that can name a speaker after an inverted verb: a name or a determined noun, not a time. */
    private boolean namesSomeone(int[] np) {
        Token first = t.token(np[0]);
        if (first.is("the", "a", "an", "his", "her", "their", "its", "one", "another", "former")) {
            return np[1] > np[0];
        }
        for (int m = np[0]; m <= np[1]; m++) {
            Token tok = t.token(m);
            if (!tok.capitalized() || TIME_WORDS.contains(tok.lower())) {
                return false;
            }
        }
        return first.capitalized();
    }

    /**
     * An inverted speaker ("..., said Mr. Blinken." / "..., said X, a senior fellow, on Monday") ends
     * its clause; a noun phrase that goes on ("conceded the situation in the country is ...") is the
     * object of the verb, not its speaker.
     */
    private boolean invertedSpeaker(int[] np, Sentence s) {
        for (int m = np[0]; m <= np[1]; m++) {
            if (t.token(m).is("is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can",
                    "should", "may", "might", "must", "be", "been", "do", "does", "did")) {
                return false; // a clause ("said the absentee program is ..."), not a name
            }
        }
        int k = np[1] + 1;
        return k > s.last() || run.isSentenceEndAt(k, s) || t.token(k).is(",", ";", "—", "–", "(")
                || nouns.isCircumstance(k, run.contentEnd(s));
    }

    /**
     * The words a cue with nothing after it introduces: an unattributed quotation that follows in
     * the same paragraph ("X said in a statement. “...”"), or the next paragraph when the cue's
     * sentence ends the paragraph with a colon ("One activist tweeted:" above the tweet).
     */
    Span followingWords(Sentence s) {
        int k = s.last() + 1;
        if (k >= t.size()) {
            return null;
        }
        if (!t.paragraphBreakBetween(s.last(), k)) {
            int q = t.quoteContaining(k);
            if (q < 0 || quoteDone[q] || t.quotes.get(q).open() != k) {
                return null;
            }
            Quote quote = t.quotes.get(q);
            if (quote.close() >= 0 && (quotes.cueAfter(quote) != null)) {
                return null; // the quotation names its own speaker
            }
            quoteDone[q] = true;
            return quote.span();
        }
        if (!t.token(s.last()).is(":")) {
            return null;
        }
        int end = k;
        while (end + 1 < t.size() && !t.paragraphBreakBetween(end, end + 1)) {
            end++;
        }
        return run.span(k, end);
    }

    /** After a postposed cue only its speaker and circumstances follow ("..., officials said on Monday."). */
    boolean nothingReportedAfter(int i, Sentence s) {
        int r = i + 1;
        if (r > run.contentEnd(s) || onlyCircumstance(r, s)) {
            return true;
        }
        int[] np = nouns.nounPhraseAfter(nouns.skipParentheticals(r));
        return np != null && invertedSpeaker(np, s);
    }

    /** The form of "be" that makes the participle at i passive ("was first noted"), or -1. */
    int passiveAuxiliary(int i, Sentence s) {
        int k = i - 1;
        while (k > s.first() && (isAdverb(t.token(k)) || t.token(k).is("not", "n't", "also", "first", "later",
                "never", "still", "already", "then"))) {
            k--;
        }
        return k >= s.first() && k < i && t.token(k).is("is", "are", "was", "were", "be", "been", "being")
                && !t.token(i - 1).is("being") ? k : -1;
    }

    /** The first token of the clause whose verb phrase starts at {@code verb}: back to a boundary word or mark. */
    int clauseStart(int verb, Sentence s) {
        int k = verb - 1;
        while (k >= s.first()) {
            Token tok = t.token(k);
            if (!(tok.isWord() || tok.is("’s", "'s", "-", "&") || run.isAbbreviationDot(k))
                    || SUBJECT_BOUNDARY.contains(tok.lower())) {
                break;
            }
            k--;
        }
        return Math.min(verb, k + 1);
    }

    private Attribution lastIn(Sentence s) {
        int from = t.token(s.first()).start();
        for (int k = found.size() - 1; k >= 0; k--) {
            Attribution a = found.get(k);
            if (a.cue().start() >= from && a.cue().start() < t.token(s.last()).end()) {
                return a;
            }
        }
        return null;
    }

    /** "that" or a colon soon after the cue, or a quotation right after it ("concluded, “...”"). */
    boolean hasThat(int i, Sentence s) {
        for (int k = i + 1; k <= Math.min(s.last(), i + 4); k++) {
            if (t.token(k).is("that", ":")) {
                return true;
            }
        }
        int k = i + 1;
        if (k <= s.last() && t.token(k).is(",")) {
            k++;
        }
        return k <= s.last() && t.token(k).kind() == AttributionText.Kind.OPEN_QUOTE;
    }

    /** Where the reported content begins: after "that", a colon, or the listener of "told". */
    private int contentStartAfter(int i, Sentence s) {
        int r = i + 1;
        if (r <= s.last() && t.token(r).is("out", "up", "back", "on", "off")) {
            r++;
        }
        for (int k = r; k <= Math.min(s.last(), r + 5); k++) {
            Token tok = t.token(k);
            if (tok.is("that")) {
                if (demonstrative(k, s)) {
                    break; // "rejected that idea.": the object itself
                }
                if (LISTENER_VERBS.contains(t.token(i).lower()) || k == r) {
                    return k + 1;
                }
                break;
            }
            if (!tok.isWord() && !tok.is(".") || tok.is("he", "she", "they", "i", "we")) {
                break; // a subject pronoun starts the clause itself ("insisted she hadn't discussed that")
            }
        }
        while (r <= s.last() && t.token(r).is(":", ",", "—")) {
            r++;
        }
        return r;
    }

    /**
     * "that idea." / "that math, saying ...": "that" with one noun closing the clause points, it does not
     * subordinate.
     */
    boolean demonstrative(int that, Sentence s) {
        int noun = that + 1;
        if (noun > s.last() || !t.token(noun).isWord() || t.token(noun).capitalized()
                || SpeakerPhrase.isFunctionWord(t.token(noun).lower())) {
            return false;
        }
        int next = noun + 1;
        return next > s.last() || t.token(next).is(",", ";", ".", "!", "?", "—") || run.isSentenceEndAt(next, s);
    }

    /**
     * "..., Defense Secretary Ash Carter told a Senate panel Wednesday.": after a verb of telling only
     * the one addressed and circumstances follow, so what was told stands before.
     */
    private boolean onlyListener(int i, int right, Sentence s) {
        if (!t.token(i).is(ADDRESSED) || right != i + 1) {
            return false;
        }
        int[] listener = nouns.nounPhraseAfter(right);
        if (listener == null || t.sentenceOf[listener[1]] != t.sentenceOf[i]) {
            return false;
        }
        int k = listener[1] + 1;
        return k > s.last() || run.isSentenceEndAt(k, s) || onlyCircumstance(k, s);
    }

    /** "said Thursday." / "said in a statement." — nothing reported after the verb. */
    private boolean onlyCircumstance(int r, Sentence s) {
        int words = 0;
        for (int k = r; k <= s.last(); k++) {
            Token tok = t.token(k);
            if (tok.is(".", "!", "?") || tok.kind() == AttributionText.Kind.CLOSE_QUOTE) {
                continue;
            }
            if (tok.is(",")) {
                return false; // a comma after the verb starts more content
            }
            if (++words > 6) {
                return false; // too much after the verb to be a circumstance (and no need to read on)
            }
        }
        return nouns.isCircumstance(r, s.last());
    }
}
