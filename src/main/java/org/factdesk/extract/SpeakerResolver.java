package org.factdesk.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.extract.AttributionText.Token;

/**
 * Resolves a source mention to a name using what the article has said before it: full names,
 * "Mr. Blinken" to the person named Blinken, "she" to the most recent compatible named person,
 * and descriptions such as "the Russian minister" to the person the article introduced that way.
 */
final class SpeakerResolver {
    static final Set<String> TITLES = Set.copyOf(java.util.Arrays.asList(
            "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov", "governor",
            "gen", "general", "president", "minister", "secretary", "prime", "vice", "chancellor", "ambassador",
            "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "leader", "judge",
            "justice", "mayor", "speaker", "king", "queen", "prince", "princess", "pope", "lt", "col", "sgt",
            "capt", "captain", "commander", "director", "adviser", "advisor", "attorney", "candidate",
            "nominee", "counterpart", "foreign", "defense", "defence", "deputy", "former", "sheikh", "ayatollah",
            "professor", "prof", "rev", "reverend", "premier", "chief", "envoy", "host", "anchor",
            "congressman", "congresswoman", "lawmaker", "official", "pastor", "father", "sister", "brother",
            "lady", "sir", "dame", "lord", "emir", "sultan", "rabbi", "head", "diplomat", "economist",
            "analyst", "pollster", "strategist", "founder", "ceo", "executive", "manager", "coach", "colonel",
            "major", "marshal", "sergeant", "lieutenant", "admiral", "commissioner", "chairperson"));

    /** Capitalised words that are never part of a person's name. */
    private static final Set<String> NOT_NAME = Set.copyOf(java.util.Arrays.asList(
            "the", "a", "an", "in", "on", "at", "and", "but", "or", "of", "for", "to", "by", "with", "as",
            "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her",
            "their", "our", "my", "your", "there", "here", "when", "while", "after", "before", "if", "so",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "according", "citing",
            "news", "post", "times", "house", "party", "council", "federation", "service", "services",
            "department", "ministry", "army", "union", "states", "state", "republic", "korea", "county",
            "city", "committee", "court", "congress", "senate", "university", "institute", "agency",
            "office", "white", "united", "national", "democratic", "republican", "democrats", "republicans",
            "gop", "fox", "cnn", "msnbc", "abc", "cbs", "nbc", "associated", "press", "reuters", "twitter",
            "facebook", "day", "street", "journal", "magazine", "world", "washington", "america", "american",
            "americans", "iowa", "new", "york", "north", "south", "east", "west", "center", "centre",
            "foundation", "group", "company", "corporation", "bank", "fund", "forces", "force", "ground",
            "zero", "islamic", "obamacare", "god", "christmas", "easter", "thanksgiving", "poll", "campaign",
            // quantifiers that begin a sentence ("Several Republicans said") are not the start of a name
            "some", "many", "several", "most", "few", "all", "both", "each", "every", "another", "one", "other",
            "others"));

    private static final Set<String> PRONOUNS = Set.copyOf(java.util.Arrays.asList("he", "she", "him", "i", "we", "they", "it"));

    /** A person the article names, with the words it used to describe them. */
    static final class Person {
        final String name;
        final String lastName;
        final Set<String> descriptors = new HashSet<>();
        char gender = '?';

        Person(String name) {
            this.name = name;
            String[] parts = name.split(" ");
            this.lastName = parts[parts.length - 1];
        }
    }

    record Mention(int start, Person person) {}

    private final AttributionText text;
    private final Map<String, Person> byName = new LinkedHashMap<>();
    private final List<Mention> mentions = new ArrayList<>();

    SpeakerResolver(AttributionText text) {
        this.text = text;
        findPeople();
    }

    /** A capitalised run of name words at token indexes [from, to], titles stripped. */
    private record NameRun(int from, int to, int titleFrom) {}

    private void findPeople() {
        int n = text.size();
        int i = 0;
        while (i < n) {
            Token t = text.token(i);
            if (!t.capitalized()) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && continuesName(j + 1)) {
                j++;
            }
            register(i, j);
            i = j + 1;
        }
    }

    private boolean continuesName(int k) {
        Token t = text.token(k);
        Token prev = text.token(k - 1);
        if (t.text().equals(".") && prev.capitalized() && prev.end() == t.start()
                && (TITLES.contains(prev.lower()) || prev.text().length() == 1)) {
            return true; // "Mr." or an initial
        }
        if (!t.capitalized() || prev.end() + 1 < t.start() && text.text.charAt(prev.end()) != ' ') {
            return false;
        }
        return text.sentenceOf[k] == text.sentenceOf[k - 1] && !text.text.substring(prev.end(), t.start()).contains("\n");
    }

    private void register(int from, int to) {
        // split the run into titles then name words
        int k = from;
        char gender = '?';
        while (k <= to && (TITLES.contains(text.token(k).lower()) || text.token(k).text().equals("."))) {
            String w = text.token(k).lower();
            if (w.equals("mr")) {
                gender = 'm';
            } else if (w.equals("mrs") || w.equals("ms") || w.equals("miss")) {
                gender = 'f';
            }
            k++;
        }
        List<String> words = new ArrayList<>();
        int nameStart = -1;
        for (int m = k; m <= to; m++) {
            Token t = text.token(m);
            if (t.text().equals(".")) {
                if (!words.isEmpty()) {
                    words.set(words.size() - 1, words.getLast() + ".");
                }
                continue;
            }
            if (NOT_NAME.contains(t.lower()) || t.lower().endsWith("’s") || t.lower().endsWith("'s")) {
                if (!words.isEmpty()) {
                    break;
                }
                continue;
            }
            if (nameStart < 0) {
                nameStart = t.start();
            }
            words.add(t.text());
        }
        if (words.isEmpty() || words.size() > 4) {
            return;
        }
        boolean titled = k > from;
        if (words.size() == 1) {
            // a lone surname counts as a mention of someone already named ("Mr. Blinken", "Clinton")
            Person known = byLastName(words.getFirst());
            if (known != null) {
                if (gender != '?') {
                    known.gender = gender;
                }
                mentions.add(new Mention(nameStart, known));
            } else if (titled) {
                Person p = byName.computeIfAbsent(words.getFirst(), Person::new);
                p.gender = gender != '?' ? gender : p.gender;
                describe(p, from, to);
                mentions.add(new Mention(nameStart, p));
            }
            return;
        }
        String name = String.join(" ", words);
        Person p = byName.get(name);
        if (p == null) {
            Person known = byLastName(words.getLast());
            p = known != null && known.name.split(" ").length == 1 ? known : new Person(name);
            byName.put(name, p);
        }
        if (gender != '?') {
            p.gender = gender;
        }
        describe(p, from, to);
        mentions.add(new Mention(nameStart, p));
    }

    /** Remembers the words before a name in its sentence, and the title words of a "counterpart". */
    private void describe(Person p, int from, int to) {
        var sentence = text.sentenceAt(from);
        int k = from + (to - from);
        for (int m = from; m <= to; m++) {
            Token t = text.token(m);
            if (TITLES.contains(t.lower())) {
                p.descriptors.add(t.lower());
                genderFromTitle(p, t.lower());
            }
        }
        for (int m = from - 1, taken = 0; m >= sentence.first() && taken < 6; m--, taken++) {
            Token t = text.token(m);
            if (!t.isWord()) {
                break;
            }
            p.descriptors.add(stem(t.lower()));
            genderFromTitle(p, t.lower());
            if (t.lower().equals("counterpart")) {
                inheritCounterpartTitle(p, sentence.first(), m);
            }
        }
        // apposition: "Sergei Lavrov, Russia's foreign minister,"
        if (k + 1 < text.size() && text.token(k + 1).text().equals(",")) {
            for (int m = k + 2, taken = 0; m < text.size() && taken < 6; m++, taken++) {
                Token t = text.token(m);
                if (!t.isWord() || text.sentenceOf[m] != text.sentenceOf[k]) {
                    break;
                }
                if (AttributionCues.isCueVerb(t.lower())) {
                    break;
                }
                p.descriptors.add(stem(t.lower()));
            }
        }
    }

    private static void genderFromTitle(Person p, String w) {
        switch (w) {
            case "spokeswoman", "congresswoman", "chairwoman", "queen", "princess", "lady", "dame", "sister", "mrs", "ms" ->
                    p.gender = 'f';
            case "spokesman", "congressman", "chairman", "king", "prince", "lord", "sir", "father", "brother", "mr" ->
                    p.gender = 'm';
            default -> { }
        }
    }

    /** "her Russian counterpart Sergei Lavrov": Lavrov holds the title of the person named before him. */
    private void inheritCounterpartTitle(Person p, int sentenceFirst, int before) {
        for (int m = before - 1; m >= sentenceFirst; m--) {
            Token t = text.token(m);
            if (TITLES.contains(t.lower()) && !t.lower().equals("counterpart") && !t.lower().equals("former")) {
                p.descriptors.add(t.lower());
                return;
            }
        }
    }

    private static String stem(String w) {
        if (w.endsWith("’s") || w.endsWith("'s")) {
            return w.substring(0, w.length() - 2);
        }
        return w;
    }

    private Person byLastName(String last) {
        Person best = null;
        for (Person p : byName.values()) {
            if (p.lastName.equals(last) && (best == null || p.name.length() > best.name.length())) {
                best = p;
            }
        }
        return best;
    }

    /** The resolved speaker for the source tokens [from, to], or the mention's own words. */
    String resolve(int from, int to) {
        String surface = surface(from, to);
        int at = text.token(from).start();
        if (from == to && PRONOUNS.contains(text.token(from).lower())) {
            String w = text.token(from).lower();
            if (w.equals("he") || w.equals("him") || w.equals("she")) {
                char want = w.equals("she") ? 'f' : 'm';
                Person p = mostRecent(at, q -> q.gender == want || q.gender == '?');
                return p == null ? surface : p.name;
            }
            return surface;
        }
        // the last name-looking word in the mention decides ("the head of diplomacy Antony Blinken"), unless a
        // common noun comes after it: "Cruz allies" are not Cruz
        for (int m = to; m >= from; m--) {
            Token t = text.token(m);
            if (t.isWord() && !t.capitalized() && !SpeakerPhrase.isFunctionWord(t.lower())) {
                break;
            }
            if (t.capitalized() && !NOT_NAME.contains(t.lower()) && !TITLES.contains(t.lower())) {
                Person p = byLastName(t.text());
                if (p != null) {
                    return p.name;
                }
                break;
            }
        }
        Person described = describedPerson(from, to, at);
        if (described != null) {
            return described.name;
        }
        return surface;
    }

    /** "the Russian minister", "the president": the latest person described with all those words. */
    private Person describedPerson(int from, int to, int at) {
        Token first = text.token(from);
        if (!first.is("the", "this", "that", "a")) {
            return null;
        }
        List<String> words = new ArrayList<>();
        boolean hasTitle = false;
        for (int m = from + 1; m <= to; m++) {
            Token t = text.token(m);
            if (!t.isWord() || t.is("former", "then", "current", "new", "of", "the")) {
                continue;
            }
            words.add(stem(t.lower()));
            hasTitle |= TITLES.contains(t.lower());
        }
        if (!hasTitle || words.isEmpty() || words.size() > 4) {
            return null;
        }
        return mostRecent(at, p -> words.stream().allMatch(w -> describedBy(p, w)));
    }

    private static boolean describedBy(Person p, String w) {
        for (String d : p.descriptors) {
            if (d.equals(w) || d.length() >= 5 && w.startsWith(d) || w.length() >= 5 && d.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    private Person mostRecent(int before, java.util.function.Predicate<Person> ok) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.start() < before && ok.test(m.person)) {
                return m.person;
            }
        }
        return null;
    }

    private String surface(int from, int to) {
        return text.text.substring(text.token(from).start(), text.token(to).end()).replace('\n', ' ').trim();
    }
}
