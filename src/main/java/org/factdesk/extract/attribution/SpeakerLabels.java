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
                || Character.isDigit(t.token(k + 1).text().charAt(0)) || factCheckLabel(p, k)) {
            return; // not a speaker: a heading, a by-line, a fact-check label or a tally ("Clinton: 547.")
        }
        int end = k + 1;
        while (end + 1 < t.size() && !t.paragraphBreakBetween(end, end + 1)) {
            end++;
        }
        usedCue[k] = true;
        run.record(new Attribution(run.span(p, k - 1), run.tokSpan(k), run.span(k + 1, end), speakers.resolve(p, k - 1),
                t.token(k + 1).kind() == AttributionText.Kind.OPEN_QUOTE));
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
