package org.factdesk.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.extract.lexicon.CountryNames;
import org.factdesk.model.AgreementTerm;

/**
 * Finds the term of an agreement stated in a sentence: an agreement noun ("treaty", "accord",
 * "memorandum"...) with an obligation verb ("provides", "obliges", "commits"...). The agreement is
 * named as written with its modifiers ("comprehensive strategic partnership treaty"); the parties
 * are the country or organisation names of the sentence, or, for "the two countries" / "both
 * sides", the first two such names of the article.
 */
public final class AgreementExtractor {
    private static final String NOUNS = "treaty|treaties|agreement|agreements|accord|accords|pact|pacts|deal|deals"
            + "|memorandum|memorandums|convention|conventions|ceasefire|cease-fire|truce|armistice|protocol"
            + "|charter|alliance|partnership|compact|arrangement|declaration|understanding";
    private static final Pattern NOUN = Pattern.compile("(?i)\\b(" + NOUNS + ")\\b");
    private static final Pattern OBLIGATION = Pattern.compile(
            "(?i)\\b(provides?|provided|providing|provides for|commits?|committed|committing|obliges?|obliged|obligates?"
                    + "|obligated|requires?|required|requiring|guarantees?|guaranteed|stipulates?|stipulated|envisages?"
                    + "|envisaged|calls for|binds?|bound|allows?|allowed|permits?|foresees?|includes?|sets out|establishes?"
                    + "|ensures?|bans?|prohibits?|pledges?|pledged|promises?|promised|grants?|gives?)\\b");
    /** Modifiers that may stand before the agreement noun and belong to its name. */
    private static final Pattern NAME_BEFORE = Pattern.compile(
            "(?:[“\"]?(?:[\\p{L}-]+\\s+){0,4}?)((?:[\\p{L}-]+\\s+){0,4})$");
    private static final Set<String> NOT_IN_NAME = Set.of(
            "a", "an", "the", "this", "that", "which", "who", "and", "of", "in", "on", "to", "with", "concluded",
            "signed", "reached", "struck", "agreed", "ratified", "ratify", "ratification", "vote", "must", "has",
            "have", "had", "is", "was", "were", "are", "its", "their", "new", "landmark", "between", "countries",
            "two", "both", "sides", "by", "for", "under", "said", "says", "will");
    private static final Pattern PROPER = Pattern.compile(
            "\\b(?:the\\s+)?((?:North|South|East|West|New|United|Saudi|Czech|Sri|El|Costa|Puerto|Great)\\s+[A-Z][a-z]+"
                    + "|[A-Z][a-z]{2,}|[A-Z]{2,5})\\b");
    private static final Pattern GROUP_REFERENCE = Pattern.compile("(?i)\\b(the two countries|both countries|the two sides"
            + "|both sides|the two states|the two nations|both nations|the parties)\\b");

    /** @return the agreement term of the sentence, or null when it states none */
    public AgreementTerm extract(String sentence, String articleText) {
        if (!mentionsAnAgreement(sentence)) {
            return null;
        }
        Matcher noun = NOUN.matcher(sentence);
        if (!noun.find()) {
            return null;
        }
        Matcher verb = OBLIGATION.matcher(sentence);
        int from = noun.end();
        while (verb.find()) {
            if (verb.start() >= from) {
                String obligation = obligation(sentence, verb.end());
                if (obligation.isBlank()) {
                    return null;
                }
                int nounEnd = noun.end();
                Matcher more = NOUN.matcher(sentence);
                // compound names end at the last agreement noun: "partnership treaty"
                while (more.find(nounEnd) && sentence.substring(nounEnd, more.start()).isBlank()) {
                    nounEnd = more.end();
                }
                String name = name(sentence, noun.start(), nounEnd);
                return new AgreementTerm(name, parties(sentence, articleText), obligation);
            }
        }
        return null;
    }

    private static final String[] NOUN_STEMS = {
        "treat", "agreement", "accord", "pact", "deal", "memorand", "convention", "cease", "truce", "armistice",
        "protocol", "charter", "alliance", "partnership", "compact", "arrangement", "declaration", "understanding"};

    /** A cheap check before the regular expressions: most sentences name no agreement at all. */
    private static boolean mentionsAnAgreement(String sentence) {
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        for (String stem : NOUN_STEMS) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** The agreement noun with the modifiers written before it (inside quotes too). */
    private static String name(String sentence, int nounStart, int nounEnd) {
        String before = sentence.substring(0, nounStart);
        String[] words = before.split("\\s+");
        List<String> kept = new ArrayList<>();
        for (int k = words.length - 1; k >= 0 && kept.size() < 4; k--) {
            String w = words[k].replaceAll("^[“\"‘(]+", "");
            if (w.isEmpty() || NOT_IN_NAME.contains(w.toLowerCase()) || !w.matches("[\\p{L}-]+")) {
                break;
            }
            kept.add(0, w);
            if (!words[k].equals(w)) {
                break; // reached the opening quote of the name
            }
        }
        kept.add(sentence.substring(nounStart, nounEnd));
        return String.join(" ", kept);
    }

    /** The obligation: the clause after the verb, without quotes, up to the end of the sentence. */
    private static String obligation(String sentence, int from) {
        String rest = sentence.substring(from).strip();
        rest = rest.replaceFirst("(?i)^(in particular|notably|among other things|for)\\s+", "");
        rest = rest.replaceAll("[“”\"]", "");
        rest = rest.replaceAll("[.;!]+\\s*$", "").strip();
        return rest;
    }

    private List<String> parties(String sentence, String articleText) {
        Set<String> names = names(sentence);
        if (names.size() >= 2) {
            return List.copyOf(names);
        }
        if (GROUP_REFERENCE.matcher(sentence).find() && articleText != null) {
            // "the two countries": the countries the article speaks of most
            Map<String, Integer> counts = countryCounts(articleText);
            Set<String> parties = new LinkedHashSet<>(names);
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(2)
                    .forEach(e -> parties.add(e.getKey()));
            return parties.stream().limit(Math.max(2, names.size())).toList();
        }
        return List.copyOf(names);
    }

    /** The last article's country counts: claims of one article are extracted one after another. */
    private record Counts(String text, Map<String, Integer> counts) {
    }

    private volatile Counts lastCounts = new Counts("", Map.of());

    private Map<String, Integer> countryCounts(String articleText) {
        Counts cached = lastCounts;
        if (cached.text() == articleText) {
            return cached.counts();
        }
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = PROPER.matcher(articleText);
        while (m.find()) {
            if (CountryNames.isCountry(m.group(1))) {
                counts.merge(CountryNames.canonical(m.group(1)), 1, Integer::sum);
            }
        }
        lastCounts = new Counts(articleText, Map.copyOf(counts));
        return counts;
    }

    private static Set<String> names(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = PROPER.matcher(text);
        while (m.find()) {
            String n = m.group(1);
            if (CountryNames.isCountry(n)) {
                out.add(CountryNames.canonical(n));
            }
        }
        return out;
    }
}
