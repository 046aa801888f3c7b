package org.factdesk.extract.attribution;

import org.factdesk.extract.attribution.AttributionText.Sentence;
import org.factdesk.extract.attribution.AttributionText.Token;
import org.factdesk.model.Attribution;
import org.factdesk.model.Span;

/**
 * Cues only the classifier finds ("a poll showed", "his support for"), framed after every rule
 * above has had its turn; apart so that the extractor without a classifier never runs it.
 */
final class ClassifiedCues extends RunPart {
    private final CueWords cues;
    private final ReportedSpeech reported;
    private final NounPhrases nouns;

    ClassifiedCues(RunState run, CueWords cues, ReportedSpeech reported, NounPhrases nouns) {
        super(run);
        this.cues = cues;
        this.reported = reported;
        this.nouns = nouns;
    }

    /**
     * Cues the classifier is confident about that no rule above could frame ("a poll showed",
     * "his support for", "believes"): the content is the clause the cue governs (after "that", the
     * sentence before a postposed cue, or the rest of the sentence) and the source the subject.
     */
    void classifiedCues(Sentence s) {
        for (int i = s.first(); i <= s.last(); i++) {
            if (usedCue[i] || cueProbability[i] < model.add() || !t.token(i).isWord()
                    || t.quoteContaining(i) >= 0 || insideFoundCue(i) || !cues.headOfCue(i) || !usableAsCue(i, s)
                    || cues.objectOfACue(i)) {
                continue;
            }
            int end = run.contentEnd(s);
            Span content = null;
            int comma = firstCommaAfter(i, s);
            if (i == s.first() && t.token(i).lower().endsWith("ing") && comma > i + 1) {
                // "Citing American intelligence services, the minister said ...": the opening phrase
                usedCue[i] = true;
                Attribution main = firstSpeakerAfter(comma, s); // the main clause's speaker cites it
                run.record(new Attribution(main == null ? null : main.source(), run.tokSpan(i), run.span(i + 1, comma - 1),
                        main == null ? null : main.speaker(), false));
                continue;
            }
            int be = reported.passiveAuxiliary(i, s);
            if (be >= 0 && !t.token(i).lower().endsWith("ing")) {
                // "Lewandowski was dismissed on Monday", "Trump was supported by 42 percent": the
                // clause with its subject is what is reported, the agent after "by" its source
                usedCue[i] = true;
                int[] agent = i + 1 <= s.last() && t.token(i + 1).is("by") ? nouns.agentAfterBy(i + 2, s.last()) : null;
                Span clause = run.span(reported.clauseStart(be, s), end);
                if (agent != null && SpeakerPhrase.plausible(t, agent[0], agent[1])) {
                    run.record(new Attribution(run.span(agent[0], agent[1]), run.tokSpan(i), clause,
                            speakers.resolve(agent[0], agent[1]), false));
                } else {
                    run.record(new Attribution(null, run.tokSpan(i), clause, null, false));
                }
                continue;
            }
            int that = -1;
            for (int k = i + 1; k <= Math.min(s.last(), i + 4); k++) {
                if (t.token(k).is("that") && k < end && !reported.demonstrative(k, s)) {
                    that = k;
                    break;
                }
            }
            if (that >= 0) {
                content = run.span(that + 1, end);
            } else if (i > s.first() + 2 && (t.token(i - 1).is(",") || i > s.first() + 3
                    && t.token(i - 2).is(",") && !t.token(i - 1).isQuote()) && reported.nothingReportedAfter(i, s)) {
                int to = t.token(i - 1).is(",") ? i - 2 : i - 3;
                content = run.span(s.first(), to);
            } else if (i < end) {
                int from = i + 1;
                while (from < end && t.token(from).is(",", ":", "—")) {
                    from++;
                }
                content = run.span(from, end);
            }
            if (content == null) {
                continue;
            }
            if (t.token(s.last()).is(":") && content.end() >= t.token(end).end()) {
                Span following = reported.followingWords(s); // "The group points out some statistics:" and the list below
                content = following == null ? content : new Span(content.start(), following.end());
            }
            int[] subject = i > s.first() ? nouns.findSubject(i) : null;
            usedCue[i] = true;
            if (subject != null && SpeakerPhrase.plausible(t, subject[2], subject[3])) {
                run.record(new Attribution(run.span(subject[0], subject[1]), run.tokSpan(i), content,
                        speakers.resolve(subject[0], subject[1], subject[2], subject[3]), false));
            } else {
                run.record(new Attribution(null, run.tokSpan(i), content, null, false));
            }
        }
    }

    /** The lexicon's own limits hold for classifier cues too: no adjectives, weak verbs need "that". */
    private boolean usableAsCue(int i, Sentence s) {
        Token tok = t.token(i);
        if (cues.namingParticiple(i)) {
            return false;
        }
        if (tok.capitalized() && i != s.first() && (!cues.strong(i) || cues.insideAName(i))) {
            return false;
        }
        if (i > s.first() + 1 && t.token(i - 1).is("own") && SpeakerPhrase.DETERMINERS.contains(t.token(i - 2).lower())) {
            return false; // "her own show", "their own findings": a noun
        }
        if (i > s.first() && SpeakerPhrase.DETERMINERS.contains(t.token(i - 1).lower())
                && !t.token(i - 1).is("her") && !(i < s.last() && t.token(i + 1).is("that"))) {
            return false;
        }
        return !cues.weak(i) || reported.hasThat(i, s);
    }

    private int firstCommaAfter(int i, Sentence s) {
        for (int k = i + 1; k <= s.last() && k - i < 15; k++) {
            if (t.token(k).is(",")) {
                return k;
            }
        }
        return -1;
    }

    private Attribution firstSpeakerAfter(int k, Sentence s) {
        int from = t.token(k).end();
        int to = t.token(s.last()).end();
        Attribution first = null;
        for (Attribution a : found) {
            if (a.source() != null && a.cue().start() >= from && a.cue().start() < to
                    && (first == null || a.cue().start() < first.cue().start())) {
                first = a;
            }
        }
        return first;
    }

    private boolean insideFoundCue(int i) {
        Token tok = t.token(i);
        for (Attribution a : found) {
            if (a.cue().start() < tok.end() && tok.start() < a.cue().end()) {
                return true;
            }
        }
        return false;
    }
}
