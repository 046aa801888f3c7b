package org.factdesk.extract.attribution;

import java.util.List;
import org.factdesk.model.Attribution;
import org.factdesk.model.Span;

/**
 * The speech a sentence without a cue of its own lies inside (decision 81): a direct quotation that goes on past its
 * cue, a speaker's label opening the paragraph, or "X said:" closing the paragraph before. Used by the claim finder
 * after a sentence is listed for other reasons; it never makes a sentence a claim by itself.
 */
public final class EnclosingSpeech {
    /** How far from a sentence the cue of a quotation it lies inside is looked for (a long quotation's). */
    private static final int QUOTATION_REACH = 3_000;

    private EnclosingSpeech() {
    }

    /**
     * The direct quotation, the paragraph's speaker label or the colon-closed reporting clause whose words go on into
     * this sentence, which has no cue of its own: the sentence lies inside its content. Only cues within {@link #QUOTATION_REACH} characters are
     * looked at (binary search over {@code list}, which is in text order).
     */
    public static Attribution of(String text, Span sentence, List<Attribution> list) {
        int lo = 0, hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).cue().start() < sentence.start() - QUOTATION_REACH) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < list.size() && list.get(i).cue().start() < sentence.end() + QUOTATION_REACH; i++) {
            Attribution a = list.get(i);
            if (a.speaker() == null || a.content().start() > sentence.start() || a.content().end() < sentence.end() - 1) {
                continue;
            }
            if (a.direct() && opensInsideQuotation(text, a.content().start(), sentence) || isParagraphLabel(text, a)
                    || introducesTheNextParagraph(text, a)) {
                return a;
            }
        }
        return null;
    }

    /**
     * "Education Secretary Gillian Keegan said:" closing a paragraph, and the paragraph after it (a press release's
     * block quote, without quotation marks): what follows the colon is all the speaker's.
     */
    private static boolean introducesTheNextParagraph(String text, Attribution a) {
        int from = a.cue().end();
        int to = a.content().start();
        if (to <= from || to - from > 200) {
            return false;
        }
        String between = text.substring(from, to);
        return between.strip().startsWith(":") && between.indexOf('\n') >= 0;
    }

    /** "Varga: The list grew ... We have hired 2,400 nurses.": a speaker's label opening the paragraph it covers. */
    private static boolean isParagraphLabel(String text, Attribution a) {
        int s = a.source() == null ? -1 : a.source().start();
        return s >= 0 && a.cue().of(text).equals(":") && (s == 0 || text.charAt(s - 1) == '\n');
    }

    /**
     * Whether the sentence is quoted: it opens with a quotation mark, or a quotation opened after {@code from} is
     * still open where it starts ("“As Eloise deteriorated, ... she said. ... “As the drug kicked in ..."), not the
     * narration between two quoted pieces ("“... at least.” Although he had written a will, ...").
     */
    private static boolean opensInsideQuotation(String text, int from, Span sentence) {
        String own = sentence.of(text).stripLeading();
        if (!own.isEmpty() && "“\"«„".indexOf(own.charAt(0)) >= 0) {
            return true;
        }
        int curly = 0, straight = 0;
        for (int i = Math.max(from, sentence.start() - QUOTATION_REACH); i < sentence.start(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '«' || c == '„') {
                curly++;
            } else if (c == '”' || c == '»') {
                curly = Math.max(0, curly - 1);
            } else if (c == '"') {
                straight++;
            }
        }
        return curly > 0 || straight % 2 == 1;
    }

}
