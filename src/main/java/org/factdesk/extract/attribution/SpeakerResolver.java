package org.factdesk.extract.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.extract.attribution.AttributionText.Token;

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
            "others",
            // prepositions, conjunctions and adverbs that open a sentence ("About Lute.", "Once Fetter arrived")
            "about", "once", "although", "though", "because", "since", "until", "unless", "despite", "during", "without",
            "within", "across", "against", "among", "amid", "between", "beyond", "unlike", "upon", "via", "yet", "still",
            "even", "also", "then", "now", "later", "meanwhile", "instead", "perhaps", "maybe", "why", "how", "what",
            "where", "which", "whose", "from", "into", "through", "throughout", "toward", "towards", "around", "behind",
            "inside", "outside", "besides", "except", "including", "like",
            // a feature's introduction of its subject ("Enter Stuart R. Kaplan.", "Meet Ana Ruiz")
            "enter", "meet"));

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

    /** A mention of a person: where it starts (a character offset) and its first token. */
    record Mention(int start, int token, Person person) {}

    /** Lower-case words inside a name: "Ursula von der Leyen", "Charles de Gaulle", "Osama bin Laden". */
    private static final Set<String> NAME_PARTICLES = Set.of("von", "der", "van", "den", "de", "da", "di", "du",
            "del", "la", "le", "bin", "ibn", "al", "el", "ben", "dos", "das", "ter", "zu");

    /** Words that close an organisation's name, never a person's: "International Studies", "Human Rights Watch". */
    private static final Set<String> ORGANISATION_WORDS = Set.of("studies", "affairs", "relations", "research",
            "policy", "security", "watch", "international", "institute", "institution", "centre", "center",
            "agency", "organisation", "organization", "association", "commission", "council", "ministry",
            "office", "programme", "program", "forum", "network", "foundation", "fund", "bank", "union", "europe",
            "nations", "refugees", "rights", "cooperation", "co-operation", "development", "energy", "defence",
            "defense", "war", "peace", "health", "committee", "party", "front", "movement", "army", "navy",
            "media", "news", "times", "post", "press", "television", "radio", "tv", "channel", "staff", "command",
            "headquarters", "service", "services", "forces", "force", "guard", "police", "court", "parliament",
            "assembly", "department", "house", "states", "republic", "university", "group", "company", "corporation",
            "journal", "magazine", "ministries", "embassy", "administration", "government", "authority");

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
            // "a Tax Preparation Service and a Go-Kart Track": what "a" introduces is a kind of thing, not a person
            boolean indefinite = i > 0 && (text.token(i - 1).text().equals("a") || text.token(i - 1).text().equals("an"));
            if (!indefinite && !partOfOrganisation(i, j)) {
                register(i, j);
            }
            i = j + 1;
        }
    }

    /**
     * Whether the capitalised run [from, to] is a piece of a longer name joined by "of", "for", "and"
     * ("Center for Strategic and International Studies", "Institute for the Study of War") or ends in a
     * word of organisations: such a run names no person, and its last words must not become one.
     */
    private boolean partOfOrganisation(int from, int to) {
        if (ORGANISATION_WORDS.contains(text.token(to).lower())) {
            return true;
        }
        // "Secretary of State Antony Blinken": a title joined by "of" is an office, and a name may follow it
        boolean joinedBefore = from >= 2 && isConnector(from - 1) && text.token(from - 2).capitalized()
                && !TITLES.contains(text.token(from - 2).lower())
                || from >= 3 && text.token(from - 1).is("the") && isConnector(from - 2) && text.token(from - 3).capitalized();
        boolean joinedAfter = to + 2 < text.size() && isConnector(to + 1)
                && (text.token(to + 2).capitalized() || text.token(to + 2).is("the") && to + 3 < text.size()
                        && text.token(to + 3).capitalized());
        return joinedBefore || joinedAfter && !text.token(to + 1).is("and");
    }

    /** Words of an office's or a ministry's name that are never a person's: "Foreign Affairs", "Public Prosecution". */
    private static final Set<String> OFFICE_WORDS = Set.of("affairs", "intelligence", "prosecution", "prosecutions",
            "health", "defence", "defense", "justice", "interior", "finance", "economy", "education", "security",
            "treasury", "commerce", "labor", "labour", "agriculture", "energy", "transport", "transportation",
            "environment", "culture", "trade", "industry", "planning", "development", "communications", "information",
            "immigration", "housing", "infrastructure", "tourism", "sport", "sports", "science", "technology",
            "welfare", "employment", "police", "staff", "operations", "policy", "research", "statistics",
            "investigation", "investigations", "public", "foreign", "home", "federal", "homeland", "veterans",
            "emergency", "emergencies", "digital", "international", "internal", "external", "social", "economic",
            "england", "scotland", "wales");

    /** Whether the run at {@code from} follows an office and its "of", "for" or "to": "Minister of", "ambassador to the". */
    private boolean followsAnOffice(int from) {
        int k = from - 1;
        if (k >= 0 && text.token(k).is("the")) {
            k--;
        }
        return k >= 1 && text.token(k).is("of", "for", "to") && TITLES.contains(text.token(k - 1).lower())
                && text.sentenceOf[k - 1] == text.sentenceOf[from];
    }

    /**
     * The person's name at the end of a run that begins with an office's words: those words dropped, then at most the
     * last two words kept, with any initials or "Jr." among them ("Robert F. Kennedy Jr.").
     */
    private static List<String> personAfterOffice(List<String> words) {
        int start = 0;
        while (start < words.size() - 1 && OFFICE_WORDS.contains(words.get(start).toLowerCase(java.util.Locale.ROOT))) {
            start++;
        }
        int full = 0;
        int keepFrom = words.size();
        for (int m = words.size() - 1; m >= start; m--) {
            String w = words.get(m);
            boolean initialOrSuffix = w.matches("\\p{Lu}\\.?") || w.matches("(?i)jr\\.?|sr\\.?|ii|iii|iv");
            if (!initialOrSuffix && full == 2) {
                break;
            }
            if (!initialOrSuffix) {
                full++;
            }
            keepFrom = m;
        }
        return new ArrayList<>(words.subList(keepFrom, words.size()));
    }

    private boolean isConnector(int k) {
        // not "in" or "on": "Anna Lee in Paris" is a person in a place
        return text.token(k).is("of", "for", "and") && text.sentenceOf[k] == text.sentenceOf[Math.max(0, k - 1)];
    }

    private boolean continuesName(int k) {
        Token t = text.token(k);
        Token prev = text.token(k - 1);
        if (NAME_PARTICLES.contains(t.text()) && k + 1 < text.size() && (prev.capitalized() || NAME_PARTICLES.contains(prev.text()))
                && text.sentenceOf[k] == text.sentenceOf[k - 1]) {
            // "von" in "Ursula von der Leyen": a particle between name words, when a name word follows
            int m = k;
            while (m < text.size() && m - k < 3 && NAME_PARTICLES.contains(text.token(m).text())) {
                m++;
            }
            return m < text.size() && text.token(m).capitalized() && text.sentenceOf[m] == text.sentenceOf[k];
        }
        if (t.text().equals(".") && prev.capitalized() && prev.end() == t.start()
                && (TITLES.contains(prev.lower()) || prev.text().length() == 1)) {
            return true; // "Mr." or an initial
        }
        if (prev.text().equals(".") && k >= 2 && TITLES.contains(text.token(k - 2).lower()) && t.capitalized()
                && prev.end() + 1 == t.start()) {
            return true; // the name after "Mr.", even where the sentence splitter took the dot for an end
        }
        if (!t.capitalized() || prev.end() + 1 < t.start() && text.text.charAt(prev.end()) != ' ') {
            return false;
        }
        return text.sentenceOf[k] == text.sentenceOf[k - 1] && !text.text.substring(prev.end(), t.start()).contains("\n");
    }

    /** Words that make a part of a country ("Inner Mongolia", "Northern Ireland", "East Timor"). */
    private static final Set<String> REGION_WORDS = Set.of("inner", "outer", "north", "south", "east", "west",
            "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater");

    /** "Inner Mongolia": region words then a country; a person named after a country ("Michael Jordan") has none. */
    private boolean isRegionOfACountry(int from, int to) {
        if (to <= from || !org.factdesk.extract.lexicon.CountryNames.isCountry(text.token(to).text())) {
            return false;
        }
        for (int m = from; m < to; m++) {
            if (!REGION_WORDS.contains(text.token(m).lower())) {
                return false;
            }
        }
        return true;
    }

    private void register(int from, int to) {
        if (isWholeLine(text.token(from).start(), text.token(to).end())) {
            return; // a heading ("Iceberg Passages") names a section, not someone a later "she" could be
        }
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
        // "Veldan County Fire Chief Luis Ortega": the place and office before the last title describe the name after it
        int namesAfter = 0;
        for (int m = to; m > k; m--) {
            if (TITLES.contains(text.token(m).lower())) {
                if (namesAfter >= 2) { // a first name and a surname at least: "Ask Dr. Mike" names no one
                    k = m + 1;
                }
                break;
            }
            namesAfter += text.token(m).isWord() ? 1 : 0;
        }
        if (describesTheNextName(to) || k <= to && org.factdesk.extract.lexicon.CountryNames.isCountry(
                text.text.substring(text.token(k).start(), text.token(to).end())) || isRegionOfACountry(k, to)) {
            return; // "United Arab Emirates" is a country, not a person whose surname a later "Emirates" would be
        }
        List<String> words = new ArrayList<>();
        int nameStart = -1;
        int nameToken = -1;
        for (int m = k; m <= to; m++) {
            Token t = text.token(m);
            if (t.text().equals(".")) {
                if (!words.isEmpty()) {
                    words.set(words.size() - 1, words.getLast() + ".");
                }
                continue;
            }
            if (NAME_PARTICLES.contains(t.text()) && !words.isEmpty()) {
                words.add(t.text()); // "von der" inside a name
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
                nameToken = m;
            }
            words.add(t.text());
        }
        while (!words.isEmpty() && NAME_PARTICLES.contains(words.getLast())) {
            words.removeLast();
        }
        if (words.isEmpty() || words.size() > 8) {
            return;
        }
        boolean titled = k > from;
        // "European Commission President Ursula von der Leyen": the words up to the last title describe the name
        int lastTitle = -1;
        for (int m = 0; m < words.size() - 1; m++) {
            String w = words.get(m).toLowerCase(java.util.Locale.ROOT);
            if (TITLES.contains(w) || w.contains("-") && java.util.Arrays.stream(w.split("-")).anyMatch(TITLES::contains)) {
                lastTitle = m; // also "Secretary-General", "Attorney-General"
            }
        }
        if (lastTitle >= 0) {
            if (words.size() - lastTitle - 1 < 2) {
                return; // "General Staff", "Foreign Minister Office": a title inside an institution's name
            }
            words = new ArrayList<>(words.subList(lastTitle + 1, words.size()));
            titled = true;
        }
        if (followsAnOffice(from) && countParticles(words) == 0) {
            // "Minister of Foreign Affairs Sergei Lavrov", "Deputy Director of Public Prosecution Eva-Marie Persson":
            // after an office's "of", the office's own words come first and the person's name closes the run
            List<String> name = personAfterOffice(words);
            if (name.size() < words.size()) {
                words = name;
                titled = true;
            }
        }
        if (words.size() - countParticles(words) > 4) {
            return;
        }
        if (words.size() == 1) {
            // a lone surname counts as a mention of someone already named ("Mr. Blinken", "Clinton")
            Person known = byLoneName(words.getFirst());
            if (known != null) {
                if (gender != '?') {
                    known.gender = gender;
                }
                mentions.add(new Mention(nameStart, nameToken, known));
            } else if (titled) {
                Person p = byName.computeIfAbsent(words.getFirst(), Person::new);
                p.gender = gender != '?' ? gender : p.gender;
                describe(p, from, to);
                mentions.add(new Mention(nameStart, nameToken, p));
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
        mentions.add(new Mention(nameStart, nameToken, p));
    }

    /** Lower-case roles a capitalised run may describe: "VOA Pentagon correspondent Carla Babb". */
    private static final Set<String> ROLES = Set.of("correspondent", "reporter", "journalist", "editor", "columnist",
            "writer", "producer", "photographer", "researcher", "spokesperson", "spokesman", "spokeswoman", "official",
            "adviser", "advisor", "aide", "analyst", "envoy", "chief", "director", "lawyer", "attorney");

    /**
     * Whether the run ending at {@code to} is followed by a role and a name in the same sentence ("VOA Pentagon
     * correspondent Carla Babb"): the run describes that person (an outlet, an office) and is no person itself.
     */
    private boolean describesTheNextName(int to) {
        return to + 2 < text.size() && ROLES.contains(text.token(to + 1).lower()) && !text.token(to + 1).capitalized()
                && text.token(to + 2).capitalized() && text.sentenceOf[to + 2] == text.sentenceOf[to];
    }

    private static int countParticles(List<String> words) {
        int n = 0;
        for (String w : words) {
            n += NAME_PARTICLES.contains(w) ? 1 : 0;
        }
        return n;
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

    /** Whether the name is a person the article names (as {@link #resolve} gives it). */
    boolean knows(String name) {
        return name != null && byName.containsKey(name);
    }

    /** The known person whose whole name (two words or more) the capitalised words ending at {@code end} spell. */
    private Person wholeNameEndingAt(int from, int end) {
        int start = end;
        while (start > from && end - start < 4 && text.token(start - 1).capitalized()
                && !NOT_NAME.contains(text.token(start - 1).lower()) && !TITLES.contains(text.token(start - 1).lower())) {
            start--;
        }
        for (int k = start; k < end; k++) {
            StringBuilder name = new StringBuilder();
            for (int m = k; m <= end; m++) {
                name.append(m > k ? " " : "").append(text.token(m).text());
            }
            Person p = byName.get(name.toString());
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** Whether only spaces lie between [start, end) and the line breaks (or text ends) around it. */
    private boolean isWholeLine(int start, int end) {
        String t = text.text;
        int b = start;
        while (b > 0 && (t.charAt(b - 1) == ' ' || t.charAt(b - 1) == '\t')) {
            b--;
        }
        int a = end;
        while (a < t.length() && (t.charAt(a) == ' ' || t.charAt(a) == '\t')) {
            a++;
        }
        return (b == 0 || t.charAt(b - 1) == '\n') && (a == t.length() || t.charAt(a) == '\n' || t.charAt(a) == '\r');
    }

    /**
     * The person a lone name means: the one whose surname it is, or else the only one whose name it opens, as a
     * family name written first does ("Lee" after "Lee Jae-myung", "Yoon" after "Yoon Suk Yeol").
     */
    private Person byLoneName(String word) {
        Person bySurname = byLastName(word);
        if (bySurname != null) {
            return bySurname;
        }
        Person only = null;
        for (Person p : byName.values()) {
            if (p.name.startsWith(word + " ") && p.name.indexOf(' ') == word.length() && isPersonLike(p)) {
                if (only != null && only != p) {
                    return null; // two people it could open: no guess
                }
                only = p;
            }
        }
        return only;
    }

    /** Nouns that describe a person (beside {@link #TITLES}): "his mother Fiona Parry", "novelist Jo Walton". */
    private static final Set<String> PERSON_NOUNS = Set.of("mother", "father", "son", "daughter", "wife", "husband",
            "aunt", "uncle", "grandmother", "grandfather", "mum", "mom", "dad", "parent", "child", "student", "author",
            "co-author", "writer", "editor", "actor", "actress", "singer", "nurse", "doctor", "teacher", "scientist",
            "researcher", "novelist", "friend", "girlfriend", "boyfriend", "partner", "widow", "lawyer", "resident",
            "neighbor", "neighbour", "player", "artist", "woman", "man", "girl", "boy", "victim", "survivor", "witness");

    /**
     * Whether a name is known to be a person's (a title, a person's noun before it, a gender from "he" or "Mrs", or a
     * hyphenated given name as Korean names write it), not a company's or a product's ("Google Stadia").
     */
    private static boolean isPersonLike(Person p) {
        if (p.gender != '?' || p.name.contains("-")) {
            return true;
        }
        for (String d : p.descriptors) {
            if (TITLES.contains(d) || PERSON_NOUNS.contains(d)) {
                return true;
            }
        }
        return false;
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

    /**
     * The speaker of a source [from, to] whose head is [headFrom, headTo]: the head resolved, unless it
     * names no one the article knows and the source's aside does ("The head of the IAEA, Rafael Grossi,").
     */
    String resolve(int from, int to, int headFrom, int headTo) {
        String head = resolve(headFrom, headTo);
        if (head != null && byName.containsKey(head) || to - from > 20) {
            return head;
        }
        for (Mention m : mentions) {
            if (m.token() >= from && m.token() <= to && (m.token() < headFrom || m.token() > headTo)
                    && m.person.name.contains(" ")) {
                return m.person.name;
            }
        }
        return head;
    }

    /** The resolved speaker for the source tokens [from, to], or the mention's own words; null for a pronoun no one fits. */
    String resolve(int from, int to) {
        String surface = surface(from, to);
        int at = text.token(from).start();
        if (from == to && PRONOUNS.contains(text.token(from).lower())) {
            String w = text.token(from).lower();
            if (w.equals("he") || w.equals("him") || w.equals("she")) {
                char want = w.equals("she") ? 'f' : 'm';
                Person p = antecedent(from, q -> q.gender == want || q.gender == '?');
                return p == null ? null : p.name;
            }
            return null; // "they", "we", "it", "I": a group or the writer, not a name to publish
        }
        // the last name-looking word in the mention decides ("the head of diplomacy Antony Blinken"), unless a
        // common noun comes after it: "Cruz allies" are not Cruz
        for (int m = to; m >= from; m--) {
            Token t = text.token(m);
            if (t.isWord() && !t.capitalized() && !SpeakerPhrase.isFunctionWord(t.lower())) {
                break;
            }
            if (t.capitalized() && !NOT_NAME.contains(t.lower()) && !TITLES.contains(t.lower())) {
                if (m > from && text.token(m - 1).is("the")) {
                    break; // "the Pentagon", "The Kremlin": an institution, never a person's surname
                }
                Person whole = wholeNameEndingAt(from, m);
                if (whole != null) {
                    return whole.name; // "Teresa Nielsen Hayden" is not her husband "Patrick Nielsen Hayden"
                }
                Person p = byLoneName(t.text());
                if (p != null) {
                    return p.name;
                }
                break;
            }
        }
        Person named = appositiveAfter(from, to);
        if (named != null) {
            return named.name;
        }
        Person described = describedPerson(from, to, at);
        if (described != null) {
            return described.name;
        }
        return surface;
    }

    /**
     * The person a description is set beside after the cue: "said its chair, Maureen Delaney.", "said a spokeswoman
     * for the council, Ann Lee, on Monday". The description starts with a determiner; at most eight words to the
     * comma, then a name of two to four words the article knows, closing the sentence or followed by a comma.
     */
    private Person appositiveAfter(int from, int to) {
        if (!text.token(from).is("the", "its", "his", "her", "their", "our", "a", "an")) {
            return null;
        }
        int sentence = text.sentenceOf[to];
        int limit = Math.min(text.size(), to + 9);
        int k = to + 1;
        while (k < limit && !text.token(k).is(",")) {
            if (text.sentenceOf[k] != sentence || !text.token(k).isWord()) {
                return null; // the sentence ends, or a quotation or a bracket opens, before any comma
            }
            k++;
        }
        int nameFrom = k + 1;
        int nameTo = nameFrom;
        while (nameTo < text.size() && nameTo - nameFrom < 4 && text.sentenceOf[nameTo] == sentence
                && text.token(nameTo).capitalized()) {
            nameTo++;
        }
        if (k >= limit || nameTo - nameFrom < 2
                || nameTo < text.size() && text.sentenceOf[nameTo] == sentence && !text.token(nameTo).is(",", ".", ";")) {
            return null;
        }
        return byName.get(surface(nameFrom, nameTo - 1));
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
        if (words.equals(List.of(stem("head"), stem("state")))) {
            // "The Head of State initiated ...": the president, not whoever heads something of a state
            Person president = mostRecent(at, p -> describedBy(p, stem("president")));
            if (president != null) {
                return president;
            }
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

    /**
     * The person a pronoun at token {@code at} stands for: named in the same paragraph or the one before
     * it, in the latest sentence that names someone who fits; within that sentence, the first one named
     * (the subject, as a reader takes it: "Blinken met Kuleba. He said ..." is Blinken). Null when no one
     * fits: an unknown speaker is better than a wrong one.
     */
    private Person antecedent(int at, java.util.function.Predicate<Person> ok) {
        int paragraph = text.paragraphOf(at);
        // the paragraph before, or the one before a heading between them ("Iceberg Passages")
        int earliest = paragraph - (headingBefore(at) ? 2 : 1);
        int before = text.token(at).start();
        int sentence = -1;
        Person chosen = null;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.start() >= before) {
                continue;
            }
            if (text.paragraphOf(m.token()) < earliest) {
                break;
            }
            if (!ok.test(m.person) || text.quoteContaining(m.token()) >= 0 && text.quoteContaining(at) < 0) {
                // "“[Eloise] never understood ...,” she said", "“I opposed the hold,” Volker said. He added": a pronoun
                // outside quotation marks speaks of someone the reporter named, not someone a quotation names
                continue;
            }
            int s = text.sentenceOf[m.token()];
            if (sentence >= 0 && s != sentence) {
                break;
            }
            sentence = s;
            chosen = m.person; // keeps going back to the first fitting mention of that sentence
        }
        return chosen;
    }

    /** How far back the start of a paragraph is looked for; a longer paragraph is taken to follow no heading. */
    private static final int PARAGRAPH_LOOKBACK = 400;

    /** Whether the paragraph before the one holding token {@code at} is a heading: eight tokens at most, no stop. */
    private boolean headingBefore(int at) {
        int paragraph = text.paragraphOf(at);
        int k = at;
        while (k > 0 && text.paragraphOf(k - 1) == paragraph) {
            if (at - k > PARAGRAPH_LOOKBACK) {
                return false;
            }
            k--;
        }
        if (k == 0) {
            return false;
        }
        Token last = text.token(k - 1);
        int count = 0;
        for (int m = k - 1; m >= 0 && text.paragraphOf(m) == paragraph - 1; m--) {
            if (++count > 8) {
                return false;
            }
        }
        return count > 0 && !last.is(".", "!", "?", ":", "\"", "”", "’", "'");
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
