package org.factdesk.extract.attribution;

import org.factdesk.model.Attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Speakers that a word like "Another" or "Others" stands for. In "One official said ... Another said ...",
 * the second source is "Another", which a claim card, a report or a ClaimReview author would otherwise show as
 * a name. It takes the noun of the nearest earlier source ("Another official"); without one, "source"
 * ("Many sources"). Only the speaker changes: the source span stays the words the article used.
 */
final class UnnamedSpeakers {
    /** How a stand-in word reads before a noun ("Others" -> "Other"), and whether that noun is then plural. */
    private record Elliptic(String prefix, boolean plural) {}

    private static final Map<String, Elliptic> ELLIPTIC = Map.of(
            "another", new Elliptic("Another", false),
            "one", new Elliptic("One", false),
            "others", new Elliptic("Other", true),
            "some", new Elliptic("Some", true),
            "many", new Elliptic("Many", true),
            "several", new Elliptic("Several", true),
            "most", new Elliptic("Most", true));

    /** An antecedent further back than this (in characters) is likely about someone else. */
    static final int MAX_DISTANCE = 400;

    /** First words of a source phrase whose noun a later stand-in may take. */
    private static final Set<String> COUNTERS = Set.of("a", "an", "the", "one", "some", "many", "several", "two",
            "three", "four", "five", "most", "other");

    /** "Some consumers who sought help": a source cut after its relative pronoun lends "consumers", not "who". */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "whose", "which", "that");

    private static final Map<String, String> IRREGULAR_PLURALS = Map.of(
            "person", "people", "child", "children");

    private UnnamedSpeakers() {
    }

    /** The attributions with their lone "Another"/"Others"/... speakers completed; in text order. */
    static List<Attribution> named(String text, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>(found.size());
        for (Attribution a : found) {
            String source = a.source() == null ? "" : a.source().of(text).strip();
            Elliptic e = ELLIPTIC.get(source.toLowerCase(Locale.ROOT));
            if (e == null || !source.equalsIgnoreCase(a.speaker())) { // resolved to someone, or not a stand-in
                out.add(a);
                continue;
            }
            String noun = antecedentNoun(text, out, a.source().start());
            String speaker = e.prefix() + " " + number(noun == null ? "source" : noun, e.plural());
            out.add(new Attribution(a.source(), a.cue(), a.content(), speaker, a.direct()));
        }
        return out;
    }

    /** The last word of the nearest earlier source, when it is a common noun ("One official" -> official). */
    private static String antecedentNoun(String text, List<Attribution> earlier, int before) {
        for (int j = earlier.size() - 1; j >= 0; j--) {
            Attribution p = earlier.get(j);
            if (p.source() == null || p.source().end() > before) {
                continue;
            }
            if (before - p.source().end() > MAX_DISTANCE) {
                return null;
            }
            String[] words = p.source().of(text).strip().split("\\s+");
            if (words.length > 1 && RELATIVE_PRONOUNS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
                words = java.util.Arrays.copyOf(words, words.length - 1); // "Some consumers who": consumers
            }
            String first = words[0].toLowerCase(Locale.ROOT);
            String last = words[words.length - 1];
            // only a short counted or determined phrase lends its noun: "One official", "some residents",
            // "a police spokesman"; not a name, a pronoun, or a longer phrase whose last word is not its head
            boolean lends = words.length >= 2 && words.length <= 3 && COUNTERS.contains(first)
                    && last.chars().allMatch(Character::isLowerCase) && !SpeakerPhrase.isFunctionWord(last)
                    && !ELLIPTIC.containsKey(last);
            return lends ? last : null;
        }
        return null;
    }

    /** The noun in the number the stand-in word needs (officials -> official after "Another"). */
    static String number(String noun, boolean plural) {
        for (var e : IRREGULAR_PLURALS.entrySet()) {
            if (noun.equals(e.getKey()) || noun.equals(e.getValue())) {
                return plural ? e.getValue() : e.getKey();
            }
        }
        if (noun.endsWith("man") || noun.endsWith("men")) { // spokesman, chairwoman, congressmen
            return noun.substring(0, noun.length() - 2) + (plural ? "en" : "an");
        }
        boolean isPlural = noun.endsWith("s") && !noun.endsWith("ss");
        if (plural == isPlural) {
            return noun;
        }
        if (plural) {
            if (noun.endsWith("y") && noun.length() > 2 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
                return noun.substring(0, noun.length() - 1) + "ies";
            }
            return noun + (noun.matches(".*(s|x|ch|sh)") ? "es" : "s");
        }
        if (noun.endsWith("ies")) {
            return noun.substring(0, noun.length() - 3) + "y";
        }
        return noun.substring(0, noun.length() - (noun.matches(".*(sses|xes|ches|shes)") ? 2 : 1));
    }
}
