package org.factdesk.extract.attribution;

import static org.factdesk.extract.attribution.AttributionLexicon.FACT_CHECK_LABEL_WORDS;
import static org.factdesk.extract.attribution.AttributionLexicon.LABEL_WORDS;

import org.factdesk.model.Attribution;

/**
 * Paragraph labels naming a speaker ("WALLACE: ...", "Mr. Smith: ..."), as in transcripts, and not
 * the labels of fact-check pages ("FAKE:", "Our ruling:").
 */
final class SpeakerLabels extends RunPart {
    SpeakerLabels(RunState run) {
        super(run);
    }

    /** "TRUMP: We will win." / "Sanders: Brexit's message ..." at the start of a paragraph. */
    void speakerLabel(int p) {
        int k = p;
        while (k < t.size() && k - p < 4 && (t.token(k).capitalized() || run.isAbbreviationDot(k))
                && !t.paragraphBreakBetween(Math.max(p, k - 1), k) || k < t.size() && k > p && t.token(k).is("’s", "'s")) {
            k++;
        }
        if (k == p || k + 1 >= t.size() || !t.token(k).is(":") || usedCue[k]
                || t.paragraphBreakBetween(k, k + 1) || LABEL_WORDS.contains(t.token(p).lower())
                || Character.isDigit(t.token(k + 1).text().charAt(0)) || factCheckLabel(p, k)
                || !namedElsewhere(t.token(k - 1).lower())) {
            return; // not a speaker: a heading, a by-line, a fact-check label or a tally ("Clinton: 547.")
        }
        String speaker = speakers.resolve(p, k - 1);
        if (t.sentences.size() > 2 && !speakers.knows(speaker) && !inCapitals(p, k - 1)) {
            return; // "WASI APIs: ...": a label that names no one the article names, nor a transcript's "TAPPER:"
        }
        int end = k + 1;
        while (end + 1 < t.size() && !t.paragraphBreakBetween(end, end + 1)) {
            end++;
        }
        usedCue[k] = true;
        run.record(new Attribution(run.span(p, k - 1), run.tokSpan(k), run.span(k + 1, end), speaker,
                t.token(k + 1).kind() == AttributionText.Kind.OPEN_QUOTE));
    }

    /** Whether the label's words are written in capitals, as transcripts name their speakers ("TAPPER:"). */
    private boolean inCapitals(int from, int to) {
        for (int i = from; i <= to; i++) {
            String w = t.token(i).text();
            if (w.chars().anyMatch(Character::isLowerCase)) {
                return false;
            }
        }
        return true;
    }

    /** How often each word is written with a capital in the text (counted once, on the first label). */
    private java.util.Map<String, Integer> capitalised;

    /**
     * Whether the label's last word is written with a capital somewhere else in the text too: a speaker is ("Trump:"
     * over an article about Trump, "WALLACE:" before each of his questions), a section label is not ("Kernel:",
     * "Disclaimer:", "DEAR BEATEN UP:"). A text of one or two sentences is taken at its word.
     */
    private boolean namedElsewhere(String lastWord) {
        if (capitalised == null) {
            capitalised = new java.util.HashMap<>();
            for (int i = 0; i < t.size(); i++) {
                if (t.token(i).capitalized()) {
                    capitalised.merge(t.token(i).lower(), 1, Integer::sum);
                }
            }
        }
        // a claim on its own ("Sanders: Brexit's message is a warning.") has nowhere else to name its speaker
        return t.sentences.size() <= 2 || capitalised.getOrDefault(lastWord, 0) >= 2;
    }

    private boolean factCheckLabel(int from, int colon) {
        for (int i = from; i < colon; i++) {
            if (FACT_CHECK_LABEL_WORDS.contains(t.token(i).lower())) {
                return true;
            }
        }
        return false;
    }
}
