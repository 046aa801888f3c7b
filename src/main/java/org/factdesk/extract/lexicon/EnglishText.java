package org.factdesk.extract.lexicon;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a text reads as English: the share of its words that are English function words ("the", "of", "said").
 * In English news it is a fifth to a third; in other languages, Latin script or not, it is near zero. FactDesk's
 * speaker rules and cue words are English, so they run only on text that reads as English (a Korean or Indonesian
 * page otherwise gets "speakers" such as the word for "however"). One pass over the text, at most
 * {@link #SAMPLE_CHARS} characters read.
 */
public final class EnglishText {
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "in", "is", "that", "for",
            "on", "with", "was", "as", "it", "by", "he", "she", "they", "at", "from", "his", "her", "their", "said",
            "are", "were", "be", "has", "have", "had", "not", "this", "which", "who", "an", "will", "would", "but");
    /** Below this share of function words a text does not read as English. */
    static final double MIN_SHARE = 0.05;
    /** The opening this many characters decide: a long article's language does not change half way. */
    static final int SAMPLE_CHARS = 20_000;

    private EnglishText() {
    }

    public static boolean readsAsEnglish(String text) {
        int end = Math.min(text.length(), SAMPLE_CHARS);
        int words = 0;
        int function = 0;
        int i = 0;
        while (i < end) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < end && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
                i++;
            }
            words++;
            if (i - start <= 5 && FUNCTION_WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                function++;
            }
        }
        return words < 8 || function >= MIN_SHARE * words; // a line or two: too short to tell, read as English
    }
}
