package org.factdesk.extract.attribution;

import static org.factdesk.extract.attribution.AttributionLexicon.VERB_PREFIX;
import static org.factdesk.extract.attribution.AttributionLexicon.isAdverb;

import org.factdesk.extract.attribution.AttributionText.Sentence;
import org.factdesk.extract.attribution.AttributionText.Token;

/**
 * Decides whether a word is a speech cue where it stands: the lexicon ({@link AttributionCues}) and
 * the cue classifier together, with the few shapes that are never cues ("a resident named ...").
 * One place, so every rule that looks for a cue agrees on what one is.
 */
final class CueWords extends RunPart {
    CueWords(RunState run) {
        super(run);
    }

    /**
     * @param nextToQuote the word frames a quotation ("“...,” she declared"): the structure is
     *                    evidence enough, so the classifier may add cues there but not veto listed ones
     */
    boolean isVerbCue(int i, boolean nextToQuote) {
        Token tok = t.token(i);
        if (!tok.isWord()) {
            return false;
        }
        boolean listed = AttributionCues.isCueVerb(tok.lower());
        boolean admitted = cueProbability != null && cueProbability[i] >= model.add() && headOfCue(i);
        boolean vetoed = cueProbability != null && !nextToQuote && cueProbability[i] < model.keep()
                && !SpeakerChecks.saidAfterAName(t, i);
        if (listed ? vetoed : !admitted) {
            return false; // the classifier vetoes a listed verb used otherwise, or admits an unlisted cue
        }
        if (namingParticiple(i) || objectOfACue(i)) {
            return false;
        }
        if (i > 1 && t.token(i - 1).is("own") && SpeakerPhrase.DETERMINERS.contains(t.token(i - 2).lower())) {
            return false; // "gave Smith her own show": a noun
        }
        if (i > 0 && SpeakerPhrase.DETERMINERS.contains(t.token(i - 1).lower())
                && !t.token(i - 1).is("her") && t.sentenceOf[i - 1] == t.sentenceOf[i]
                && !(i + 1 < t.size() && t.token(i + 1).is("that"))) {
            return false; // "the stated objective", "his promised reform": an adjective or a noun
        }
        // a capitalised verb mid-sentence is a headline ("Trump Calls On Obama To Resign") when the classifier says so
        return !tok.capitalized() || t.sentenceAt(i).first() == i || strong(i) && !insideAName(i)
                || listed && titleCased(t.sentenceAt(i));
    }

    /**
     * "President Yoon Suk Yeol apologized": a capitalised word between two others, in a run of capitalised words that
     * a lower-case verb or noun ends soon after, is part of a name, however sure the classifier is that an unknown word
     * after a title is a verb. A headline's run goes on through its function words ("Ted Cruz Hints Trump Would Get
     * Border Wall Contract", "Report Reveals Clinton’s Meetings with Foundation Donors").
     */
    boolean insideAName(int i) {
        Sentence s = t.sentenceAt(i);
        if (i <= s.first() || i >= s.last() || !capitalisedWord(i - 1) || !capitalisedWord(i + 1)) {
            return false;
        }
        int k = i + 1;
        while (k <= s.last() && k - i <= 5 && capitalisedWord(k)) {
            k++;
        }
        if (k > s.last() || k - i > 5) {
            return false;
        }
        Token after = t.token(k);
        return after.isWord() && Character.isLowerCase(after.text().charAt(0))
                && !SpeakerPhrase.isFunctionWord(after.lower());
    }

    private boolean capitalisedWord(int k) {
        return t.token(k).isWord() && t.token(k).capitalized();
    }

    /**
     * A headline in title case ("Al Sharpton Just Said Something Unexpected About Trump"): its verbs are
     * capitalised too.
     */
    private boolean titleCased(Sentence s) {
        int words = 0;
        int capitals = 0;
        for (int k = s.first(); k <= s.last(); k++) {
            Token tok = t.token(k);
            if (tok.isWord() && tok.text().length() > 3) {
                words++;
                capitals += tok.capitalized() ? 1 : 0;
            }
        }
        return words >= 3 && capitals * 10 >= words * 8;
    }

    /**
     * "the group raised alarm", "she expressed hope that ...": a noun straight after a past-tense cue verb is what was
     * raised or expressed, not a second cue whose speaker would be "the group raised".
     */
    boolean objectOfACue(int i) {
        if (i == 0 || t.sentenceOf[i - 1] != t.sentenceOf[i]) {
            return false;
        }
        Token before = t.token(i - 1);
        Token tok = t.token(i);
        String w = tok.lower();
        return before.isWord() && !before.capitalized() && tok.isWord() && !tok.capitalized()
                && (before.lower().endsWith("ed") || before.is("said", "told", "wrote", "gave", "made"))
                && (AttributionCues.isCueVerb(before.lower()) || strong(i - 1))
                && !w.endsWith("ed") && !w.endsWith("ing") && !w.equals("that");
    }

    /**
     * An unlisted word the classifier admits must head its cue: not a function word or a manner
     * adverb ("openly supports", "did remember"), nor just before a likelier cue word.
     */
    boolean headOfCue(int i) {
        Token tok = t.token(i);
        if (SpeakerPhrase.isFunctionWord(tok.lower()) || isAdverb(tok) || isContraction(tok)) {
            return false;
        }
        int next = i + 1;
        return !(next < t.size() && t.sentenceOf[next] == t.sentenceOf[i] && cueProbability[next] > cueProbability[i]);
    }

    /** "don’t", "he’s", "we'll": an auxiliary with its subject or negation, never a cue itself. */
    private static boolean isContraction(Token tok) {
        String w = tok.lower();
        int apostrophe = Math.max(w.indexOf('\''), w.indexOf('’'));
        return apostrophe > 0 && w.substring(apostrophe + 1).matches("t|s|ll|ve|re|d|m");
    }

    /**
     * A cue the classifier admits: its context outweighs the lexicon's caution, so a weak word
     * needs no "that" and a capitalised one may be a headline verb (measured on a held-out part of
     * PolNeAR train: any stricter bar than the admission threshold lost more than it saved).
     */
    boolean strong(int i) {
        return cueProbability != null && cueProbability[i] >= model.add();
    }

    /**
     * A word that needs "that" or a quotation to report: "concluded" always, a weak lexicon word
     * ("claims", "reports") unless the classifier is sure.
     */
    boolean weak(int i) {
        String w = t.token(i).lower();
        return AttributionCues.needsClause(w) || AttributionCues.isWeak(w) && !strong(i);
    }

    /**
     * "a resident named Caroline", "an account dubbed “ilduce2016”": a participle that names what the
     * noun before it is called, not something anyone said.
     */
    boolean namingParticiple(int i) {
        if (i == 0 || i + 1 >= t.size() || !t.token(i).is("named", "dubbed", "nicknamed", "called")) {
            return false;
        }
        if (t.token(i).is("called") && !afterIndefiniteNoun(i)) {
            return false; // "the president called Clinton a liar": a speaker may stand before "called"
        }
        Token before = t.token(i - 1);
        Token after = t.token(i + 1);
        return before.isWord() && !before.capitalized() && !SpeakerPhrase.isFunctionWord(before.lower())
                && !VERB_PREFIX.contains(before.lower()) && !isAdverb(before) && !before.is("he", "she", "they", "who", "we", "i")
                && (after.capitalized() || after.kind() == AttributionText.Kind.OPEN_QUOTE)
                && t.sentenceOf[i - 1] == t.sentenceOf[i];
    }

    /** "a new group called ...", "one PAC called ...", "a small, rainy planet called": an indefinite noun phrase just before. */
    private boolean afterIndefiniteNoun(int i) {
        for (int k = i - 2; k >= Math.max(0, i - 6) && t.sentenceOf[k] == t.sentenceOf[i]; k--) {
            if (t.token(k).is("a", "an", "one", "another")) {
                return true;
            }
            if (t.token(k).is(",")) {
                continue; // between adjectives
            }
            if (!t.token(k).isWord() || t.token(k).capitalized()) {
                return false;
            }
        }
        return false;
    }
}
