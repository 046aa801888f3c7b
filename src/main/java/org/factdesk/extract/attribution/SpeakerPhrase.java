package org.factdesk.extract.attribution;

import java.util.Set;
import org.factdesk.extract.attribution.AttributionText.Token;

/**
 * Whether a run of tokens can name a speaker: a person, organisation, country, role or pronoun. It
 * rejects fragments such as "tensions with the firing of an intercontinental missile with the",
 * which a walk back from a word that only looks like a speech verb ("the stated objective") yields.
 */
final class SpeakerPhrase {
    private SpeakerPhrase() {}

    /** Words that cannot end (head) a noun phrase. */
    private static final Set<String> NOT_HEAD = Set.copyOf(java.util.Arrays.asList(
            "the", "a", "an", "this", "that", "these", "those", "his", "its", "their", "our", "my", "your",
            "of", "with", "in", "on", "at", "to", "for", "from", "by", "about", "into", "over", "under", "than",
            "and", "or", "but", "nor", "so", "if", "as", "because", "while", "when", "where", "whether",
            "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
            "will", "would", "can", "could", "should", "may", "might", "must", "not", "no", "very", "more",
            "most", "such", "some", "any", "each", "every", "there", "here", "what", "which", "whose",
            "between", "against", "without", "within", "through", "during", "since", "until", "after", "before"));

    /** Words a determiner or possessive turns into an adjective or noun ("the stated aim", "his claims"). */
    static final Set<String> DETERMINERS = Set.copyOf(java.util.Arrays.asList(
            "the", "a", "an", "this", "these", "those", "his", "its", "their", "our", "my", "your", "her"));

    /** Determiners, prepositions, conjunctions and auxiliaries: never the head of a phrase or a cue. */
    static boolean isFunctionWord(String lower) {
        return NOT_HEAD.contains(lower) || lower.equals("just") || lower.equals("then") || lower.equals("also");
    }

    /** @return true when tokens [from, to] of {@code t} could name a speaker */
    static boolean plausible(AttributionText t, int from, int to) {
        if (from > to) {
            return false;
        }
        Token head = t.token(to);
        if (!head.isWord() && !head.text().equals(".")) {
            return false;
        }
        String h = head.lower();
        // a lone word is left to the resolver; a longer run ending in a function word is a clause fragment
        return from == to || !NOT_HEAD.contains(h);
    }
}
