package org.factdesk.extract.attribution;

import java.util.Set;
import org.factdesk.extract.attribution.AttributionText.Sentence;
import org.factdesk.model.Attribution;

/**
 * Findings a poll reports, written with "in": "Clinton held a 24-point lead in a CNN national poll", "In a Times/CBS
 * survey released Thursday, 79 percent of Democrats ...". The poll is the source, "in" the cue, and the clause
 * around it the content: a figure a fact-checker traces to the poll. Only a poll, survey or study as the head of
 * the phrase after "in" counts ("in Iowa", "in a statement" are circumstances).
 */
final class PollFindings extends RunPart {
    private static final Set<String> POLL_NOUNS = Set.of("poll", "polls", "polling", "survey", "surveys", "study",
            "studies");
    /** Words that end the poll's phrase before its head would come: "in Iowa, where polls ...". */
    private static final int MAX_PHRASE = 9;

    PollFindings(RunState run) {
        super(run);
    }

    void pollFindings(Sentence s) {
        for (int i = s.first(); i < s.last(); i++) {
            if (!t.token(i).is("in") || usedCue[i] || t.quoteContaining(i) >= 0) {
                continue;
            }
            int head = pollHead(i + 1, s);
            if (head < 0) {
                continue;
            }
            int phraseEnd = head;
            // "a poll released Monday", "a survey published this week": the poll's own description
            if (phraseEnd + 1 <= s.last() && t.token(phraseEnd + 1).lower().matches("released|published|conducted|taken")) {
                phraseEnd++;
                while (phraseEnd + 1 <= s.last() && phraseEnd - head < 4 && t.token(phraseEnd + 1).isWord()
                        && !t.token(phraseEnd + 1).is("that", "and", "by")) {
                    phraseEnd++;
                }
            }
            int end = run.contentEnd(s);
            org.factdesk.model.Span content;
            if (i == s.first() || i == s.first() + 1 && t.token(s.first()).isQuote()) {
                // "In a Times/CBS survey released Thursday, 79 percent ...": the clause after the comma
                int from = phraseEnd + 1;
                while (from <= end && t.token(from).is(",")) {
                    from++;
                }
                if (from > end) {
                    continue;
                }
                content = run.span(from, end);
            } else {
                // "Clinton held a lead among black voters in a CNN poll": the clause before "in"
                int to = i - 1;
                while (to > s.first() && t.token(to).is(",")) {
                    to--;
                }
                if (to - s.first() < 2) {
                    continue;
                }
                content = run.span(s.first(), to);
            }
            usedCue[i] = true;
            run.record(new Attribution(run.span(i + 1, phraseEnd), run.tokSpan(i), content, null, false));
        }
    }

    /** The poll noun heading the phrase from {@code k} ("a CNN national poll"), or -1 when the phrase names none. */
    private int pollHead(int k, Sentence s) {
        for (int m = k; m <= s.last() && m - k < MAX_PHRASE; m++) {
            AttributionText.Token tok = t.token(m);
            if (POLL_NOUNS.contains(tok.lower())) {
                boolean endsPhrase = m == s.last() || !t.token(m + 1).isWord()
                        || !POLL_NOUNS.contains(t.token(m + 1).lower());
                return endsPhrase ? m : -1;
            }
            boolean partOfName = tok.isWord() || tok.is("/", "-", "’s", "'s", "&", ".");
            if (!partOfName || tok.is("that", "which", "who", "where", "when", "and", "but", "of", "to")) {
                return -1;
            }
        }
        return -1;
    }
}
