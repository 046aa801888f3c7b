package org.factdesk.extract.attribution;

import static org.factdesk.extract.attribution.AttributionLexicon.INTRODUCTORY;
import static org.factdesk.extract.attribution.AttributionLexicon.NOT_SUBJECT_START;
import static org.factdesk.extract.attribution.AttributionLexicon.SPEAKER_AFTER_END;
import static org.factdesk.extract.attribution.AttributionLexicon.SPEECH_OCCASIONS;
import static org.factdesk.extract.attribution.AttributionLexicon.SUBJECT_BOUNDARY;
import static org.factdesk.extract.attribution.AttributionLexicon.VERB_PREFIX;
import static org.factdesk.extract.attribution.AttributionLexicon.isAdverb;

import org.factdesk.extract.attribution.AttributionText.Sentence;
import org.factdesk.extract.attribution.AttributionText.Token;

/**
 * Finds the noun phrase that names a speaker around a cue: the subject before a verb (through
 * appositions, dash asides and coordinations), the phrase after it, the agent after "by", and tells
 * a circumstance of speaking ("on Monday", "in a statement") from a speaker. Apart from the cue
 * rules because quotes, reported speech and classified cues all ask it the same questions.
 */
final class NounPhrases extends RunPart {
    NounPhrases(RunState run) {
        super(run);
    }

    /**
     * The subject before a speech verb, skipping "has also": {start, end, headStart, headEnd} in
     * tokens, where the head is the part that names the speaker ("Nick Merrill" in "Nick Merrill,
     * a spokesman for Mrs. Clinton,"; "teachers unions" in "teachers unions who").
     */
    int[] findSubject(int cue) {
        Sentence s = t.sentenceAt(cue);
        int k = cue - 1;
        while (k >= s.first() && VERB_PREFIX.contains(t.token(k).lower())) {
            k--;
        }
        if (k < s.first()) {
            return null;
        }
        Token before = t.token(k);
        if (before.is(",")) {
            return appositionSubject(s, k);
        }
        if (before.is("—", "–")) {
            return dashAsideSubject(s, k);
        }
        if (before.is("and") && k > s.first()) {
            // "The group criticised the deal and said ...": the speaker of the clause before, if one was found
            int[] earlier = earlierSpeakerIn(s, k);
            // a common noun only for a listed speech verb: "A flu outbreak ... and required" reports nothing
            return earlier != null ? earlier : sentenceSubject(s, AttributionCues.isCueVerb(t.token(cue).lower()));
        }
        if (before.is("who", "which", "that") && k > s.first()) {
            int antecedentEnd = t.token(k - 1).is(",") ? k - 2 : k - 1;
            int[] np = nounPhraseBefore(antecedentEnd);
            if (np == null) {
                return null;
            }
            int[] head = trimSubject(np[0], np[1]);
            int[] named = head == null ? null : namedBeforeAside(s, np[0]);
            if (named != null) {
                head = named; // "Senator James Lankford, an Oklahoma Republican who warned": Lankford warned
            }
            return head == null ? null : new int[] {head[0], k, head[0], head[1]};
        }
        int end = k;
        int start = k;
        while (start >= s.first()) {
            Token tok = t.token(start);
            boolean part = tok.isWord() && !SUBJECT_BOUNDARY.contains(tok.lower())
                    || run.isAbbreviationDot(start) || tok.is("’s", "'s", "-", "&");
            if (!part || spacedHyphen(start)) { // "WASHINGTON - Officials said": a dateline's dash
                break;
            }
            if (start > s.first() && tok.text().equals("The")) {
                // "VOA The Pentagon rejected": a capitalised "The" inside a phrase opens a new one; what the page
                // glued before it (an outlet's credit, a dateline) is not part of the speaker's name
                start--;
                break;
            }
            start--;
        }
        start++;
        if (start > end) {
            return null;
        }
        start = coordinatedStart(s, start, end);
        if (start - 2 >= s.first() && t.token(start - 1).is("who") && t.token(start - 2).isWord()
                && !SUBJECT_BOUNDARY.contains(t.token(start - 2).lower())) {
            // "Officials who spoke on condition of anonymity said": the officials said, not "spoke on condition ..."
            int[] antecedent = nounPhraseBefore(start - 2);
            int[] head = antecedent == null ? null : trimSubject(antecedent[0], antecedent[1]);
            if (head != null) {
                return new int[] {head[0], end, head[0], head[1]};
            }
        }
        int[] np = trimSubject(start, end);
        return np == null ? null : new int[] {np[0], np[1], np[0], np[1]};
    }

    /**
     * "when Ukraine and the West denounce": a short named subject joined by "and" to a name that opens the
     * clause speaks with it. Only names, only at a clause's start: in "Putin met Kim and the minister said"
     * Kim is the object of "met". People of a named place speak with any short subject: "Officials in Kyiv
     * and the Pentagon", "Residents of Kursk and local officials".
     */
    private int coordinatedStart(Sentence s, int start, int end) {
        if (end - start > 2 || start - 2 < s.first() || !t.token(start - 1).is("and")) {
            return start;
        }
        if (start == end && !t.token(start).capitalized() && start - 3 >= s.first() && t.token(start - 3).is("of")
                && t.token(start - 2).isWord() && !t.token(start - 2).capitalized()) {
            // "The heads of state and government spoke": one noun joined inside an "of" phrase, not a second subject
            int head = start - 4;
            if (head >= s.first() && t.token(head).isWord() && !SUBJECT_BOUNDARY.contains(t.token(head).lower())) {
                int from = head > s.first() && SpeakerPhrase.DETERMINERS.contains(t.token(head - 1).lower()) ? head - 1 : head;
                if (opensClause(s, from - 1)) {
                    return from;
                }
            }
        }
        int c = start - 2;
        int nameEnd = c;
        while (c >= s.first() && nameEnd - c < 3 && t.token(c).isWord() && t.token(c).capitalized()
                && !SUBJECT_BOUNDARY.contains(t.token(c).lower())) {
            c--;
        }
        if (c >= s.first() && t.token(c).is("the")) {
            c--;
        }
        if (c + 1 > nameEnd || !t.token(nameEnd).capitalized()) {
            return start;
        }
        boolean named = t.token(start).capitalized() || t.token(start).is("the") && t.token(start + 1).capitalized();
        if (named && opensClause(s, c)) {
            return c + 1;
        }
        int group = c >= s.first() && t.token(c).is("in", "of", "from") ? groupStart(s, c - 1) : -1;
        return group >= 0 ? group : start;
    }

    /** Whether the token at c (or the sentence's start before it) ends what comes before a subject. */
    private boolean opensClause(Sentence s, int c) {
        return c < s.first() || t.token(c).is(",")
                || SUBJECT_BOUNDARY.contains(t.token(c).lower()) && !t.token(c).is("and");
    }

    /**
     * Whether the plural at {@code head}, before "in|of|from" and a place, opens the clause: "Officials" in
     * "Officials in Kyiv and the Pentagon said", not "officials" in "Putin met officials in Kyiv and ...".
     * One word only: longer groups ("the governor of Kursk") made the cue classifier drop the attribution.
     */
    private int groupStart(Sentence s, int head) {
        String w = head < s.first() || !t.token(head).isWord() ? "" : t.token(head).lower();
        boolean plural = w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !VERB_PREFIX.contains(w);
        return plural && opensClause(s, head - 1) ? head : -1;
    }

    /** "Gingrich — mentioned by Newsmax as the leading choice — told": the name before the dashes. */
    private int[] dashAsideSubject(Sentence s, int closingDash) {
        int m = closingDash - 1;
        while (m > s.first() && closingDash - m < 30 && !t.token(m).is("—", "–")) {
            m--;
        }
        if (m <= s.first() || !t.token(m).is(t.token(closingDash).lower()) || m == closingDash - 1) {
            return null;
        }
        int[] np = nounPhraseBefore(m - 1);
        int[] head = np == null ? null : trimSubject(np[0], np[1]);
        return head == null ? null : new int[] {head[0], closingDash, head[0], head[1]};
    }

    /**
     * "Mykhailo Podolyak, an adviser to the president, said the strike ...": the sentence opens with a
     * name and an aside that describes it, so the verb's speaker is that name, not the words after it.
     */
    boolean namedApposition(Sentence s, int closingComma) {
        int[] subject = appositionSubject(s, closingComma);
        if (subject == null || subject[2] != s.first() || subject[3] - subject[2] > 4
                || subject[3] + 2 >= t.size() || !t.token(subject[3] + 1).is(",")) {
            return false;
        }
        for (int m = subject[2]; m <= subject[3]; m++) {
            if (!t.token(m).capitalized() || NOT_SUBJECT_START.contains(t.token(m).lower())) {
                return false;
            }
        }
        Token aside = t.token(subject[3] + 2);
        return aside.is("a", "an", "the", "his", "her", "its", "their") || aside.capitalized();
    }

    /**
     * The capitalised name an aside describes ("James Lankford" before ", an Oklahoma Republican"), when the phrase
     * at {@code asideStart} opens with an article and follows that name and a comma; null otherwise.
     */
    private int[] namedBeforeAside(Sentence s, int asideStart) {
        if (asideStart - 2 < s.first() || !t.token(asideStart - 1).is(",") || !t.token(asideStart).is("a", "an", "the")) {
            return null;
        }
        int[] np = nounPhraseBefore(asideStart - 2);
        int[] name = np == null ? null : trimSubject(np[0], np[1]);
        if (name == null || name[1] != asideStart - 2 || name[1] - name[0] > 4) {
            return null;
        }
        for (int m = name[0]; m <= name[1]; m++) {
            if (!t.token(m).capitalized() || NOT_SUBJECT_START.contains(t.token(m).lower())) {
                return null;
            }
        }
        return name;
    }

    /** Words that open a clause after a comma, where an aside would open with a noun phrase. */
    private static final String[] CLAUSE_OPENERS = {"but", "and", "or", "yet", "so", "while", "although", "though",
            "because", "as", "when", "whereas"};

    /** Of those, the ones that never open an aside ("and", "or", "as" do: "Jane Roe, and her deputy, said"). */
    private static final String[] CONTRASTING_OPENERS = {"but", "yet", "while", "although", "though", "whereas",
            "because"};

    private boolean onlyCapitalsAndDots(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!t.token(k).text().matches("[\\p{Lu}.]+")) {
                return false;
            }
        }
        return to > from;
    }

    /** A dot after a lone capital ("D.C.", "U.K."): an abbreviation's, ending no clause. */
    private boolean afterAnInitial(int dot) {
        return dot > 0 && t.token(dot - 1).text().length() <= 3 && t.token(dot - 1).text().matches("\\p{Lu}(?:\\.\\p{Lu})*");
    }

    /** Whether the cue at {@code cue} is followed by its speaker ("said study co-author Anezina Solomonidou"). */
    private boolean speakerFollows(int cue) {
        if (cue + 1 >= t.size() || t.sentenceOf[cue + 1] != t.sentenceOf[cue]) {
            return false;
        }
        Token next = t.token(cue + 1);
        return next.isWord() && !next.is("that", "on", "in", "at", "to", "by", "of", "for", "with", "during", "last",
                "this", "yesterday", "today", "earlier", "later", "recently", "then", "while", "when", "as", "after",
                "before", "if", "so", "and", "but", "or");
    }

    /** "Samantha Phillips, the city's emergency director, said": the name before the aside. */
    private int[] appositionSubject(Sentence s, int closingComma) {
        int m = closingComma - 1;
        while (m >= s.first() && closingComma - m < 16 && !t.token(m).is(",") && !t.token(m).isQuote()
                && !(t.token(m).is(".") && !run.isAbbreviationDot(m) && !afterAnInitial(m)) && !t.token(m).is(";", ":", "—")) {
            m--; // "Washington, D.C., said": the abbreviation's dot ends nothing
        }
        if (m < s.first() || !t.token(m).is(",") || m == closingComma - 1) {
            return longAppositionSubject(s, closingComma);
        }
        if (closingComma - m <= 5 && onlyCapitalsAndDots(m + 1, closingComma)) {
            return appositionSubject(s, m); // "Washington, D.C., said": the state closes the place, not an aside
        }
        if (t.token(m + 1).is("and", "or")) {
            // "Lucas Paganini, a scientist at Goddard in Greenbelt, Maryland, and American University, said": the last
            // piece of a list inside the aside, whose subject opens the sentence
            return longAppositionSubject(s, closingComma);
        }
        if (closingComma - m > 3 && t.token(m + 1).is(CONTRASTING_OPENERS) && speakerFollows(closingComma + 1)) {
            // ", but the regions are drier than the poles, said X": a second clause, not an aside ("Others, though,"
            // and "X, for example," stay asides)
            return null;
        }
        int[] np = nounPhraseBefore(m - 1);
        if (np == null) {
            return null;
        }
        int[] head = trimSubject(np[0], np[1]);
        if (head == null) {
            return null;
        }
        int[] named = namedBeforeAside(s, np[0]);
        if (named != null) {
            // "Omar Lamrani, a senior military analyst at Stratfor, the Texas-based ... organization, told": two asides
            return new int[] {named[0], closingComma - 1, named[0], named[1]};
        }
        return new int[] {head[0], closingComma - 1, head[0], head[1]};
    }

    /**
     * "Bill Millis, a North Carolina businessman who had been a member of the campaign’s board before
     * departing last month, said": the name that opens the sentence, however long its aside.
     */
    private int[] longAppositionSubject(Sentence s, int closingComma) {
        int[] main = subjectAfterQuotation(s, closingComma);
        if (main == null) {
            main = sentenceSubject(s, false);
        }
        if (main == null || main[1] + 1 >= closingComma || !t.token(main[1] + 1).is(",")
                || main[0] == main[1] && t.token(main[0]).is("he", "she", "they", "we", "i")
                || t.token(main[1] + 2).is(CLAUSE_OPENERS)) {
            return null; // ", but the regions are drier ..., said X": a second clause, not an aside of the subject
        }
        for (int m = main[1] + 1; m < closingComma; m++) {
            if (t.token(m).isQuote() || t.token(m).is(";", ":") || AttributionCues.isCueVerb(t.token(m).lower())) {
                return null; // the aside holds its own speech, or the sentence is not one subject
            }
        }
        return new int[] {main[0], closingComma - 1, main[0], main[1]};
    }

    /**
     * "“It is hard to find,” study lead author Lucas Paganini, a scientist at ..., said": the words between the
     * closing quotation mark and the next comma, when they end in a name; null when the sentence is not so made.
     */
    private int[] subjectAfterQuotation(Sentence s, int closingComma) {
        int q = -1;
        for (int m = s.first(); m < closingComma && m - s.first() < 400; m++) {
            if (t.token(m).isQuote()) {
                q = m;
            }
        }
        if (q < 0 || q + 1 >= closingComma || !t.token(q - 1 >= s.first() ? q - 1 : q).is(",", "?", "!", "…")) {
            return null;
        }
        int comma = q + 1;
        while (comma < closingComma && !t.token(comma).is(",") && comma - q <= 8) {
            comma++;
        }
        if (comma >= closingComma || !t.token(comma).is(",") || comma == q + 1 || !t.token(comma - 1).capitalized()) {
            return null;
        }
        int[] head = trimSubject(q + 1, comma - 1);
        return head == null ? null : new int[] {head[0], head[1]};
    }

    /** "Jessie Elkins, 70, had served ... and said": the name or pronoun that opens the sentence. */
    /** The source of the last attribution before token k in this sentence, in tokens, or null. */
    private int[] earlierSpeakerIn(Sentence s, int k) {
        int from = t.token(s.first()).start();
        int to = t.token(k).start();
        // the sentence's own finds are among the last recorded: a capped look back keeps long texts linear
        for (int a = found.size() - 1; a >= Math.max(0, found.size() - 64); a--) {
            org.factdesk.model.Attribution at = found.get(a);
            if (at.source() == null || at.cue().start() < from || at.cue().end() > to) {
                continue;
            }
            int first = -1;
            int last = -1;
            for (int m = s.first(); m < k; m++) {
                if (t.token(m).start() == at.source().start()) {
                    first = m;
                }
                if (t.token(m).end() == at.source().end()) {
                    last = m;
                }
            }
            return first >= 0 && last >= first ? new int[] {first, last, first, last} : null;
        }
        return null;
    }

    /** Sentence adverbs a comma sets off before the subject: "However, the group said ...". */
    private static final java.util.Set<String> OPENING_ADVERBS = java.util.Set.of("however", "meanwhile", "still",
            "instead", "moreover", "nevertheless", "nonetheless", "separately", "also", "now", "then", "later",
            "earlier", "today", "yesterday", "additionally", "furthermore", "indeed", "previously", "initially");

    /**
     * The subject that opens the sentence: a pronoun or a run of capitalised words; with {@code commonNouns}, also a
     * determiner and the nouns after it ("The group"), which only a coordinated verb's subject may be ("The group
     * raised alarm ... and said"): elsewhere the sentence's own verb may be no speech at all.
     */
    int[] sentenceSubject(Sentence s, boolean commonNouns) {
        int first = s.first();
        if (t.token(first).is("but", "and", "so", "yet")) {
            first++;
        }
        if (first < s.last() && t.token(first + 1).is(",")
                && (OPENING_ADVERBS.contains(t.token(first).lower()) || isAdverb(t.token(first)))) {
            first += 2; // "However, the group ..."
        }
        if (first <= s.last() && t.token(first).is(INTRODUCTORY)) {
            // "On Sunday, Mr. Trump ...": the subject follows the opening phrase
            int m = first;
            while (m <= s.last() && m - first < 12 && !t.token(m).is(",")) {
                m++;
            }
            if (m > s.last() || !t.token(m).is(",")) {
                return null;
            }
            first = m + 1;
        }
        if (first > s.last()) {
            return null;
        }
        Token tok = t.token(first);
        if (tok.is("he", "she", "they", "we", "i")) {
            return new int[] {first, first, first, first};
        }
        if (commonNouns && SpeakerPhrase.DETERMINERS.contains(tok.lower()) && first + 1 <= s.last()
                && !t.token(first + 1).capitalized()) {
            // "The group ...", "Its members ...": the determiner and the nouns after it, up to the clause's verb
            int end = first;
            for (int m = first + 1; m <= s.last() && m - first <= 6; m++) {
                Token w = t.token(m);
                // "The private equity firm Alden Capital": a name may follow the nouns, not stand between them
                if (!w.isWord() || SUBJECT_BOUNDARY.contains(w.lower()) || isVerbLike(w.lower())
                        || !w.capitalized() && m > first + 1 && t.token(m - 1).capitalized()
                        || SpeakerPhrase.isFunctionWord(w.lower())) {
                    break;
                }
                end = m;
            }
            return end > first ? new int[] {first, end, first, end} : null;
        }
        int end = first - 1;
        for (int m = first; m <= s.last() && m - first < 6; m++) {
            if (t.token(m).capitalized() || run.isAbbreviationDot(m)) {
                end = m;
            } else if (t.token(m).is("of") && m > first && m + 1 <= s.last() && t.token(m + 1).capitalized()) {
                continue; // "The Head of State", "The Ministry of Health"
            } else {
                break;
            }
        }
        return end >= first ? new int[] {first, end, first, end} : null;
    }

    /** A word that is no noun at the end of a subject: a past or present verb form, or a speech verb. */
    private static boolean isVerbLike(String w) {
        return w.endsWith("ed") || AttributionCues.isCueVerb(w) || VERB_PREFIX.contains(w)
                || w.equals("says") || w.equals("will") || w.equals("would") || w.equals("could") || w.equals("should");
    }

    private int[] nounPhraseBefore(int end) {
        Sentence s = t.sentenceAt(Math.max(0, end));
        int start = end;
        while (start >= s.first() && (t.token(start).isWord() || run.isAbbreviationDot(start))
                && !SUBJECT_BOUNDARY.contains(t.token(start).lower()) && end - start < 8) {
            start--;
        }
        return start + 1 <= end ? new int[] {start + 1, end} : null;
    }

    /** Keeps the last 10 tokens of a subject and rejects ones that cannot name a speaker. */
    int[] trimSubject(int start, int end) {
        if (end - start > 9) {
            start = end - 9;
        }
        while (start <= end && NOT_SUBJECT_START.contains(t.token(start).lower())) {
            start++;
        }
        while (end > start && isAdverb(t.token(end)) || end > start && VERB_PREFIX.contains(t.token(end).lower())) {
            end--; // "Kasich jokingly offered", "Brafman had basically said"
        }
        if (start > end) {
            return null;
        }
        Token head = t.token(end);
        if (!head.isWord() && !run.isAbbreviationDot(end)) {
            return null;
        }
        if (NOT_SUBJECT_START.contains(head.lower()) || VERB_PREFIX.contains(head.lower())) {
            return null;
        }
        return new int[] {start, end};
    }

    /** "Cruz, who has proposed repealing the mandate, said": the verb of the aside is not the speech verb. */
    boolean inRelativeAside(int c, int from) {
        int k = c - 1;
        while (k > from && VERB_PREFIX.contains(t.token(k).lower())) {
            k--;
        }
        return k > from && t.token(k).is("who", "which") && t.token(k - 1).is(",");
    }

    /** "Cruz, who has proposed repealing the mandate over five years,": a name, a comma, then its aside. */
    boolean namedAside(int from, int to) {
        if (!t.token(from).capitalized() || to - from > 35) {
            return false;
        }
        for (int m = from + 1; m <= Math.min(to, from + 8); m++) {
            if (t.token(m).is(",")) {
                return true;
            }
        }
        return false;
    }

    boolean subjectLooksValid(int from, int to) {
        if (to - from > 13 && !namedAside(from, to)) {
            return false;
        }
        if (NOT_SUBJECT_START.contains(t.token(from).lower())) {
            return false;
        }
        for (int k = from; k <= to; k++) {
            Token tok = t.token(k);
            if (!(tok.isWord() || tok.is(",", "’s", "'s", "-", "&") || run.isAbbreviationDot(k))) {
                return false;
            }
        }
        return true;
    }

    boolean startsWithNonSubject(int from, int to) {
        return NOT_SUBJECT_START.contains(t.token(from).lower()) && to - from < 6;
    }

    /** Skips ", according to a translation of her remarks," and similar asides after a verb. */
    int skipParentheticals(int k) {
        while (k < t.size() && t.token(k).is(",")) {
            int next = k + 1;
            if (next < t.size() && (t.token(next).is("according", "for", "in", "on", "at", "after",
                    "speaking", "citing", "referring"))) {
                int m = next;
                while (m < t.size() && !t.token(m).is(",", ".", ";") && m - next < 15) {
                    m++;
                }
                if (m < t.size() && t.token(m).is(",")) {
                    k = m;
                    continue;
                }
            }
            k = next;
        }
        return k;
    }

    /** A speaker named after the verb, up to a comma, a full stop or a circumstance word. */
    int[] nounPhraseAfter(int k) {
        if (k >= t.size()) {
            return null;
        }
        int sentence = t.sentenceOf[k];
        int start = k;
        int end = k - 1;
        for (int m = k; m < t.size() && m - k < 10 && t.sentenceOf[m] == sentence; m++) {
            Token tok = t.token(m);
            if (tok.is("of") && m + 1 < t.size() && end >= start && (t.token(m + 1).capitalized()
                    || t.token(k).is("the") && t.token(m + 1).is("the") && m + 2 < t.size() && t.token(m + 2).capitalized())) {
                end = m; // "the Head of the President's Office" (a title; "Max Bergmann of the Center" is a name)
                continue;
            }
            if (tok.isWord() && !SPEAKER_AFTER_END.contains(tok.lower()) || run.isAbbreviationDot(m)
                    || tok.is("’s", "'s", "-") && end >= start) {
                end = m;
                continue;
            }
            break;
        }
        return end >= start ? new int[] {start, end} : null;
    }

    int[] nounPhraseUntilComma(int k, int last) {
        int end = k - 1;
        for (int m = k; m <= last && m - k < 14; m++) {
            Token tok = t.token(m);
            if (tok.is(",", ";", ":", "—", "–", "(", ")") || tok.isQuote() || spacedHyphen(m)
                    || tok.is(".", "!", "?") && !run.isAbbreviationDot(m) || tok.is("that")
                    || m > k && SUBORDINATORS.contains(tok.lower())) {
                break; // "according to UEFA as part of the playoffs": UEFA
            }
            end = m;
        }
        return end >= k ? new int[] {k, end} : null;
    }

    /** Conjunctions that open a clause after the phrase: "according to UEFA as part of ...", "... because ...". */
    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("as", "because", "when", "while",
            "since", "if", "although", "though", "whereas", "unless", "until");

    /** A hyphen standing alone between spaces, used as a dash ("most Americans - 63 percent - believe"). */
    private boolean spacedHyphen(int m) {
        Token tok = t.token(m);
        return tok.is("-") && m > 0 && m + 1 < t.size() && t.token(m - 1).end() < tok.start()
                && tok.end() < t.token(m + 1).start();
    }

    int[] agentAfterBy(int k, int last) {
        int end = k - 1;
        for (int m = k; m <= last && m - k < 8; m++) {
            Token tok = t.token(m);
            if (!(tok.isWord() || run.isAbbreviationDot(m)) || tok.is("of", "for", "that", "over", "as", "in",
                    "on", "after", "because", "to")) {
                break;
            }
            end = m;
        }
        return end >= k ? new int[] {k, end} : null;
    }

    boolean isCircumstance(int from, int to) {
        for (int k = from; k <= to; k++) {
            Token tok = t.token(k);
            if (!tok.isWord()) {
                continue;
            }
            if (tok.capitalized() || VERB_PREFIX.contains(tok.lower()) || tok.is("on", "in", "a", "an",
                    "the", "statement", "interview", "reporters", "last", "week", "night", "morning",
                    "afternoon", "evening", "earlier", "today", "yesterday", "at", "during", "to", "with",
                    "told", "speech", "rally", "tweet", "post", "press", "conference", "briefing",
                    "news", "his", "her", "their", "its", "recently", "late", "this", "month", "year",
                    "told", "adding", "sunday", "show", "appearance", "radio", "television", "tv",
                    "email", "emailed", "message", "of", "by", "from", "phone", "call", "release")
                    || SPEECH_OCCASIONS.contains(tok.lower()) || Character.isDigit(tok.text().charAt(0))
                    || tok.is("outside", "inside", "near", "before", "after", "ahead", "following", "filing", "court")) {
                continue;
            }
            return false;
        }
        return true;
    }
}
