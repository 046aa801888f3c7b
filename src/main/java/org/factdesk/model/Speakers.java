package org.factdesk.model;

import java.util.Locale;
import java.util.Set;

/**
 * How to read an attribution's speaker as the extractor writes it: a name ("Sergei Lavrov"), an institution
 * ("the West", "Ukraine and the West") or someone left unnamed ("Another official", "Many sources").
 */
public final class Speakers {
    /** Words that open a speaker without naming anyone: "One official", "Another source", "Many residents". */
    private static final Set<String> UNNAMED_OPENERS = Set.of("a", "an", "the", "one", "another", "other", "some",
            "many", "several", "most", "few", "two", "three");

    private Speakers() {
    }

    /** Whether the speaker names someone: a capitalised word after any opening determiner ("the West"). */
    public static boolean namesSomeone(String speaker) {
        if (speaker == null || speaker.isBlank()) {
            return false;
        }
        String[] w = speaker.strip().split("\\s+");
        int from = UNNAMED_OPENERS.contains(w[0].toLowerCase(Locale.ROOT)) ? 1 : 0;
        for (int i = from; i < w.length; i++) {
            if (Character.isUpperCase(w[i].charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the speaker, or one of the parties joined by "and", is named with "the": "the Kremlin". */
    public static boolean isInstitution(String speaker) {
        if (speaker == null) {
            return false;
        }
        for (String party : speaker.strip().split("\\s+and\\s+")) {
            String[] w = party.split("\\s+");
            if (w.length > 1 && w[0].equalsIgnoreCase("the") && Character.isUpperCase(w[1].charAt(0))) {
                return true;
            }
        }
        return false;
    }
}
