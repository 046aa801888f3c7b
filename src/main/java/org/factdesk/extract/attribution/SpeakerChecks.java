package org.factdesk.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.extract.attribution.AttributionText.Token;
import org.factdesk.model.Attribution;
import org.factdesk.model.Span;

/**
 * The last look at each speaker before it is published (a speaker becomes ClaimReview's
 * {@code itemReviewed.author}): a speaker the text does not make the author of the words is left
 * unknown (null) rather than named wrongly.
 *
 * <ul>
 *   <li>a rebuttal is not its subject's speech: "There is no evidence that Sweden confirmed ...",
 *       "Peskov did not say ...", "Zelensky never said ...", "Did Biden say ...?";</li>
 *   <li>a claim under a fact-check label ("FAKE:", "DISINFO:", "Claim:", or the label alone on the line
 *       before) is the claim of whoever spread it, not of the subject it names;</li>
 *   <li>a heading word, a label, "no one" or a lone nationality ("the Russian") names no author;</li>
 *   <li>a name cut at "and", "for" or "of" gets its whole self back: "Center for Strategic and
 *       International Studies", not "International Studies".</li>
 * </ul>
 * Only the speaker (and a cut source span) changes: the attribution itself, its cue and content stay,
 * so the attribution finder's spans are scored as before. Each check reads a bounded window of text
 * around the attribution (at most a sentence, capped), so the whole pass is linear in the article.
 */
final class SpeakerChecks {
    private SpeakerChecks() {
    }

    /** How far back (characters) a sentence or a name is looked for. */
    private static final int WINDOW = 400;

    /** A frame that puts what follows in doubt: "there is no evidence that", "it is false that". */
    private static final Pattern REBUTTAL_FRAME = Pattern.compile(
            "(?i)\\b(?:(?:no|little|zero|not any|without any|lack of)\\s+(?:\\w+\\s+)?(?:evidence|proof|indication|sign|record"
                    + "|confirmation|reports?|information|basis|trace)"
                    + "|nothing\\s+(?:suggests|shows|indicates|proves|supports)"
                    + "|(?:is|was|are|were)\\s+(?:not\\s+true|untrue|false|fake|fabricated|a\\s+lie|not\\s+the\\s+case|baseless)\\s+that"
                    + "|(?:falsely|wrongly|erroneously|mistakenly)\\s+(?:\\w+\\s+)?(?:claim|claimed|claims|claiming|alleged|alleges"
                    + "|reported|reports|stated|said|says|suggested|suggests|asserted|insisted)"
                    + "|(?:fake|false|fabricated|doctored|edited|manipulated)\\s+(?:video|image|photo|post|quote|report|story|claim)s?"
                    + "|contrary\\s+to\\s+(?:claims|reports|rumou?rs|posts))\\b");

    /** A speaker that ends in a linking verb before an adjective cue: "investors grew (wary)", "officials were (sure)". */
    private static final Pattern TRAILING_LINKING_VERB = Pattern.compile("(?i)(.*\\S)\\s+(?:grew|grow|grows|became|become"
            + "|becomes|were|was|are|is|remained|remain|remains|seemed|seem|seems|appeared|appear|appears|felt|feel|feels"
            + "|got|get|gets|turned|stayed|stay|stays|continued|continue|continues|began|begin|begins|started|start"
            + "|starts|kept|keep|keeps)");
    /** A speaker described by how they spoke: "Officials speaking on condition of anonymity", "Diplomats speaking". */
    private static final Pattern SPEAKING_PARTICIPLE = Pattern.compile(
            "(?s)(\\S.*?)\\s+(?:speaking|talking|commenting)(?:\\s.*)?");
    /** A word's full stop glued to the end of a speaker ("said the Deputy Prime Minister."), not an abbreviation's. */
    private static final Pattern TRAILING_FULL_STOP = Pattern.compile("(.*\\p{Ll}{3,})\\.");

    /** "It's", "There’s", "I'll", "We’ve": a pronoun with its verb glued on. */
    private static final Pattern CONTRACTION = Pattern.compile(
            "(?i)(?:it|there|that|this|what|here|i|we|you|they|he|she|who|let)['’](?:s|ll|ve|re|d|m)");
    /** Adverbs that open a sentence, capitalised there, and so are taken for a name ("Shortly", "Newly"). */
    private static final Set<String> SENTENCE_ADVERBS = Set.of("shortly", "newly", "recently", "previously",
            "currently", "initially", "finally", "additionally", "meanwhile", "similarly", "likewise", "reportedly",
            "apparently", "allegedly", "eventually", "ultimately", "separately", "subsequently", "notably",
            "importantly", "interestingly", "ironically", "unfortunately", "fortunately", "surprisingly", "clearly",
            "obviously", "certainly", "perhaps", "instead", "however", "moreover", "furthermore", "nevertheless",
            "nonetheless", "later", "earlier", "today", "yesterday", "tomorrow", "now", "then", "still", "also");
    /** Abstract nouns that a cue such as "seems" or "shows" takes as its subject: no one said anything. */
    private static final Set<String> ABSTRACT_HEADS = Set.of("reality", "truth", "fact", "problem", "question", "answer",
            "result", "idea", "point", "issue", "reason", "situation", "thing", "way");
    /** Pronouns that show a clause inside a label of several words: "Twenty years ago we", "they find themselves". */
    private static final Set<String> IN_LABEL_PRONOUNS = Set.of("you", "i", "we", "they");
    /** A label opening with one of these (lower case) is the middle of a clause: "by his father", "upon death". */
    private static final Set<String> LEADING_PREPOSITIONS = Set.of("by", "in", "on", "upon", "with", "for", "of",
            "from", "to", "including", "into", "about", "at", "spite", "despite", "after", "before", "during", "since",
            "until", "while", "when", "where", "whether", "if", "because", "than", "together", "whose", "among",
            "amongst", "amid", "owing", "due", "thanks", "regarding", "concerning", "behalf");
    /** After a lower-case "-ed" word these show a verb and its object, not an adjective and its noun ("led the team"). */
    private static final Set<String> VERB_OBJECT_STARTS = Set.of("the", "a", "an", "in", "on", "for", "by", "to",
            "with", "based", "his", "her", "their", "its", "this", "these", "that", "those");
    /** Auxiliaries: inside a speaker they show that a clause, not a name, was taken ("NASA has held firm"). */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "was", "are", "were", "will",
            "would", "does", "did", "do", "can", "could", "should", "may", "might", "must");
    /** Words that never close a name or a noun phrase: adverbs and the like ("The Wikileaks founder always"). */
    private static final Set<String> NOT_LAST = Set.of("always", "both", "also", "instead", "despite", "only", "just",
            "even", "still", "never", "often", "now", "then", "worth", "same", "whichever", "you", "i", "me", "us");

    /** Adverbs of time and manner that end no name when written in lower case ("Kim Soon" is a name). */
    private static final Set<String> LOWER_NOT_LAST = Set.of("soon", "quickly", "already", "again", "finally",
            "recently", "immediately", "initially", "later", "ever", "once", "swiftly", "promptly", "repeatedly",
            "publicly", "privately", "openly", "reportedly", "allegedly", "first", "too", "alike");
    /** Firms whose names end in a possessive: these keep their "'s". */
    private static final Set<String> FIRM_POSSESSIVES = Set.of("mcdonald", "macy", "sainsbury", "kellogg", "wendy",
            "domino", "denny", "lloyd", "moody", "dillard", "kohl", "hardee", "carl", "applebee", "chili", "friendly",
            "sotheby", "christie", "levi", "land", "children");

    /** Words that open a sentence without naming anyone: "Like calling Gruber ...", "Take a good look". */
    private static final Set<String> LONE_OPENERS = Set.of("like", "unlike", "take", "let", "imagine", "consider",
            "remember", "note", "see", "look", "make", "keep", "try", "please", "thanks", "yes", "no", "ok", "okay",
            "well", "oh", "say", "example", "instance", "regard", "respect");
    /** Adverbs that open no speaker in lower case ("only to find", "not delivering yet"). */
    private static final Set<String> LOWER_OPENING_ADVERBS = Set.of("only", "just", "even", "simply", "merely", "not");
    /**
     * Words that may stand before "the" or "a" inside a noun phrase: prepositions beyond {@link #LEADING_PREPOSITIONS},
     * quantifiers and conjunctions ("people across the nation", "all the Arments", "staff and the board").
     */
    private static final Set<String> BEFORE_AN_ARTICLE = Set.of("and", "or", "but", "nor", "across", "through",
            "over", "under", "against", "between", "behind", "beyond", "near", "around", "within", "without",
            "throughout", "toward", "towards", "via", "per", "like", "unlike", "outside", "inside", "along", "onto",
            "off", "out", "up", "down", "past", "beside", "besides", "above", "below", "beneath", "all", "both", "half",
            "such", "what", "quite", "rather", "once", "twice", "as");
    /** Conjunctions that open a clause: inside a speaker they show a clause was taken, not a name. */
    private static final Set<String> INNER_CONJUNCTIONS = Set.of("whenever", "when", "while", "because", "although",
            "though", "unless", "whereas", "if");

    /**
     * Whether a speaker label is a piece of a clause rather than someone: a lone determiner, pronoun, adverb or letter
     * ("The", "That", "Shortly", "Q"), a contraction ("There’s"), a reader addressed ("Next time you"), an auxiliary
     * inside it or a word that never ends a noun phrase at its end. Labels read off 78 saved news pages.
     */
    /** Spans of time: alone (or after a determiner) they are time passing, never a speaker. */
    private static final Set<String> TIME_NOUNS = Set.of("years", "months", "weeks", "days", "hours", "minutes",
            "decades", "centuries", "time", "seasons");

    /** A compound that can only be an adjective: "graphite-rich", "Texas-based", "fit-and-flawless". */
    private static final Pattern ADJECTIVE_COMPOUND = Pattern.compile(
            "\\p{L}+(?:-\\p{L}+)*-(?:rich|free|like|based|friendly|sized|related|specific|driven)|\\p{L}+-and-\\p{L}+");
    /**
     * A word an adjective by its ending ("lifeless", "dangerous"): no speaker after "a" or with other words before
     * it; "the homeless" may be a group that speaks.
     */
    private static final Pattern ADJECTIVE_BY_FORM = Pattern.compile("[a-z]{3,}(?:less|ous)");

    static boolean namesNoOne(String speaker) {
        if (speaker.codePoints().noneMatch(Character::isLetter)) {
            return true; // "1991" ("On December 1, 1991, the referendum was held, supported by ..."): a date
        }
        String[] words = speaker.strip().split("\\s+");
        String only = words[0].toLowerCase(Locale.ROOT);
        if (words.length == 1 && (only.length() <= 1 || SpeakerPhrase.isFunctionWord(only) || LONE_OPENERS.contains(only)
                || LEADING_PREPOSITIONS.contains(only)
                || SpeakerPhrase.DETERMINERS.contains(only) || SENTENCE_ADVERBS.contains(only) || only.equals("you")
                || only.equals("that") || only.equals("her")
                || Character.isLowerCase(words[0].charAt(0)) && (only.endsWith("ing") || only.endsWith("ly")))) {
            return true; // "raising (hopes)", "usually"
        }
        boolean lowerFirst = Character.isLowerCase(words[0].charAt(0));
        String second = words.length > 1 ? words[1].toLowerCase(Locale.ROOT) : "";
        if (words.length > 1 && (LEADING_PREPOSITIONS.contains(only) && (lowerFirst || VERB_OBJECT_STARTS.contains(second))
                || lowerFirst && only.endsWith("ed") && VERB_OBJECT_STARTS.contains(second))) {
            // "by his father", "led the team": a clause's middle; "Among the issues the NYAG": a sentence's opening
            // (a capitalised one only before a determiner: "Amid Al-Hakim" is a name)
            return true;
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT).replaceAll("[,.;:]+$", "");
            if (CONTRACTION.matcher(w).matches() || i > 0 && AUXILIARIES.contains(w)
                    || IN_LABEL_PRONOUNS.contains(w) && words.length > 1 && !words[i].equals("US")) {
                return true;
            }
        }
        String last = words[words.length - 1];
        if (words.length == 2 && (only.equals("this") || only.equals("that"))
                && Set.of("regard", "respect", "case", "way", "sense").contains(last.toLowerCase(Locale.ROOT))) {
            return true; // "in this regard, ... expressed": a phrase of the sentence, not a speaker
        }
        if (words.length > 1 && (last.equals("he") || last.equals("she"))) {
            return true; // "The study he (cited found ...)": a relative clause's subject, the noun's speaker unknown
        }
        if ((words.length <= 2 || words.length == 3 && SpeakerPhrase.DETERMINERS.contains(only))
                && ABSTRACT_HEADS.contains(last.toLowerCase(Locale.ROOT))) {
            return true; // "the reality (seems to be different)", "the same thing (expect)"
        }
        if (words.length > 1 && Character.isLowerCase(last.charAt(0)) && (last.endsWith("'s") || last.endsWith("’s"))) {
            return true; // "the body's (immune response)": a possessive opens a longer phrase ("McDonald's" is a name)
        }
        if (words.length > 1 && lowerFirst && LOWER_OPENING_ADVERBS.contains(only)) {
            return true; // "only to find"
        }
        for (int i = 1; i < words.length - 1; i++) {
            String before = words[i - 1];
            if ((words[i].equals("the") || words[i].equals("a")) && Character.isLowerCase(before.charAt(0))
                    && !SpeakerPhrase.isFunctionWord(before.toLowerCase(Locale.ROOT))
                    && !LEADING_PREPOSITIONS.contains(before) && !INNER_CONJUNCTIONS.contains(before)
                    && !BEFORE_AN_ARTICLE.contains(before) && !before.endsWith("ing") && !before.endsWith("ed")) {
                return true; // "(which) direction the dots (seemed)": two noun phrases side by side, a clause
            }
        }
        if (TIME_NOUNS.contains(last.toLowerCase(Locale.ROOT))
                && (words.length == 1 || words.length == 2 && SpeakerPhrase.DETERMINERS.contains(only))) {
            return true; // "As years passed", "the months (went by)": time passing, not someone speaking
        }
        if (ADJECTIVE_COMPOUND.matcher(last).matches() || ADJECTIVE_BY_FORM.matcher(last).matches()
                && (words.length >= 3 || only.equals("a") || only.equals("an"))) {
            return true; // "graphite-rich (cast iron)", "a dark lifeless (echo)": adjectives before a noun taken for a cue
        }
        if (words.length > 1 && LOWER_NOT_LAST.contains(last)) {
            return true; // "Uber soon (found itself offering ...)": a clause's subject and its adverb
        }
        for (int i = 1; i < words.length - 1; i++) {
            if (INNER_CONJUNCTIONS.contains(words[i])) {
                return true; // "extracting greater amounts whenever the data": a clause, the cue's subject lost
            }
        }
        return words.length > 1 && NOT_LAST.contains(last.toLowerCase(Locale.ROOT)) && !last.equals(last.toUpperCase(Locale.ROOT));
    }

    /** A negation between the source and its cue: "did not say", "never said", "has not confirmed". */
    private static final Pattern NEGATED = Pattern.compile("(?i)\\b(?:not|never|no\\s+longer|n[o']t)\\b|n['’]t\\b");

    /** Words of the labels that mark a claim as false or as a claim under check. */
    private static final Set<String> CLAIM_LABELS = Set.of("fake", "false", "disinfo", "disinformation",
            "misinformation", "propaganda", "claim", "claims", "myth", "hoax", "rumour", "rumor", "misleading",
            "unproven", "unverified", "satire", "fabricated", "debunked", "fake news", "false claim", "the claim",
            "viral claim", "what was claimed", "what is claimed", "claimed", "allegation");

    /** Words that label a part of a page, never a person: a speaker made only of them is a heading. */
    private static final Set<String> HEADING_WORDS = Set.of("fake", "false", "true", "disinfo", "disinformation",
            "misinformation", "propaganda", "claim", "claims", "summary", "conclusion", "context", "background",
            "verdict", "rating", "ruling", "update", "updated", "note", "editor's note", "editor’s note", "fact",
            "facts", "reality", "truth", "myth", "analysis", "explainer", "correction", "quote", "quotes",
            "sources", "source", "related", "read more", "watch", "photo", "video", "caption", "fact check",
            "fact-check", "our ruling", "the facts", "the claim", "key points", "what we found", "the verdict");

    /** Pictures: what one "shows" is a caption's description, not anyone's statement ("This illustration shows ..."). */
    private static final Set<String> DEPICTIONS = Set.of("illustration", "illustrations", "photo", "photos",
            "photograph", "photographs", "image", "images", "picture", "pictures", "rendering", "renderings", "render",
            "graphic", "graphics", "infographic", "diagram", "drawing", "artwork", "screenshot", "screengrab", "footage",
            "still", "map", "maps");
    /** The cues with which a picture describes: "shows", "depicts", "illustrates". */
    private static final Pattern DEPICTING_CUE = Pattern.compile("(?i)show(?:s|ed|n|ing)?|depict(?:s|ed|ing)?|illustrat(?:es|ed|ing)");

    static boolean isDepictingCue(String cue) {
        return DEPICTING_CUE.matcher(cue).matches();
    }

    /** Pronoun-like sources that name no one. */
    private static final Set<String> NO_ONE = Set.of("no one", "nobody", "none", "no-one", "neither");

    /** A source that is itself a fabrication: "A fake video shows Biden saying ...". */
    private static final Pattern FAKE_SOURCE = Pattern.compile(
            "(?i)\\b(?:fake|false|doctored|fabricated|manipulated|edited|deepfake|altered)\\b");

    /**
     * A count or a measure is never a speaker: in "A video shared more than 40,000 times claims that ..." the
     * phrase before the cue is "40,000 times", and the one who claims is the video, further back.
     */
    private static final Pattern MEASURE = Pattern.compile(
            "(?i)(?:(?:more|fewer|less)\\s+than|over|about|around|nearly|almost|some|at\\s+least|up\\s+to)?\\s*"
                    + "(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)"
                    + "(?:\\s+(?:hundred|thousand|million|billion))?\\s+"
                    + "(?:times|percent|per\\s+cent|%|points?|seconds?|minutes?|hours?|days?|weeks?|months?|years?"
                    + "|kilomet(?:re|er)s?|km|miles?|metres?|meters?|views|shares|likes)");

    /** A lone nationality after an article: "The Russian", "the Ukrainian", "a German" (not "Gingrich"). */
    private static final Pattern LONE_NATIONALITY = Pattern.compile(
            "(?i:the|a|an)\\s+\\p{Lu}\\p{Ll}+(?:an|ian|ese|ish|i|ch)");

    /** Capitalised words joined by "for", "of", "and", "the", "in", "on" just before a source that starts with a capital. */
    private static final Pattern NAME_BEFORE = Pattern.compile(
            "((?:(?:[Tt]he\\s+)?\\p{Lu}[\\p{L}’'.&-]*\\s+)(?:(?:\\p{Lu}[\\p{L}’'.&-]*|for|of|and|the|in|on|&)\\s+)*)$");

    /**
     * Whether the speech verb at token i directly follows a capitalised name: "The Russian Ministry of
     * Defence said": the cue classifier, trained on US politics, doubts such a "said" it rarely saw, and
     * a name before "said" leaves no other reading.
     */
    static boolean saidAfterAName(AttributionText t, int i) {
        if (i < 1 || !t.token(i).is("said", "says", "told") || t.sentenceOf[i - 1] != t.sentenceOf[i]) {
            return false;
        }
        Token before = t.token(i - 1);
        if (before.is("publicly", "privately", "openly", "anonymously", "separately") && i + 1 < t.size()
                && !t.token(i + 1).is("to", "in", "by")) {
            return true; // "officials who were not authorized to speak publicly said ...": the speaking is the subject's
        }
        return before.isWord() && before.capitalized() && before.text().length() > 1
                && !SpeakerPhrase.isFunctionWord(before.lower()) && i + 1 < t.size()
                && !t.token(i + 1).is("to", "in", "by");
    }

    /** The attributions with their speakers checked; same order, same spans (a cut name's source grows). */
    static List<Attribution> publishable(String text, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>(found.size());
        for (Attribution a : found) {
            out.add(check(text, a));
        }
        return out;
    }

    private static Attribution check(String text, Attribution a) {
        if (a.speaker() == null) {
            return a;
        }
        int sentenceStart = sentenceStart(text, a.source() != null ? Math.min(a.source().start(), a.cue().start()) : a.cue().start());
        boolean sourceFirst = a.source() != null && a.source().start() < a.cue().start();
        if (sourceFirst && REBUTTAL_FRAME.matcher(text.substring(sentenceStart, Math.max(sentenceStart, a.source().start()))).find()) {
            return unknown(a); // "There is no evidence that Sweden confirmed ..." (the frame comes before the subject)
        }
        if (sourceFirst && a.source().end() <= a.cue().end() && a.cue().end() - a.source().end() <= 40
                && NEGATED.matcher(text.substring(Math.max(a.source().start(), a.source().end() - 12), a.cue().end())).find()) {
            return unknown(a); // "Peskov did not say that ...", "Biden didn't say ..."
        }
        if (sourceFirst && text.substring(Math.max(sentenceStart, a.source().start() - 60), a.source().start())
                .matches("(?is).*\\bneither\\b.*\\bnor\\s+(?:the\\s+)?$")) {
            return unknown(a); // "Neither Kyiv nor Moscow said ...": no one said it
        }
        if (isQuestion(text, a, sentenceStart)) {
            return unknown(a); // "Did Zelensky say that Ukraine would give up Crimea?"
        }
        if (underClaimLabel(text, a.cue().start())) {
            return unknown(a);
        }
        String speaker = a.speaker().strip();
        Matcher stop = TRAILING_FULL_STOP.matcher(speaker);
        if (stop.matches() && !speaker.matches("(?s).*\\b(?:Corp|Bros|Dept|Govt|Assn|Univ|Inc|Ltd)\\.")) {
            speaker = stop.group(1);
            a = new Attribution(a.source(), a.cue(), a.content(), speaker, a.direct());
        }
        if (speaker.matches("(?i)let\\s+\\S.*")) {
            return unknown(a); // "Let the occupiers know that ...": an imperative, no one said it
        }
        Matcher speaking = SPEAKING_PARTICIPLE.matcher(speaker);
        if (speaking.matches()) {
            speaker = speaking.group(1); // "Officials speaking on condition of anonymity": the officials
            a = new Attribution(a.source(), a.cue(), a.content(), speaker, a.direct());
        }
        Matcher linking = TRAILING_LINKING_VERB.matcher(speaker);
        if (linking.matches()) {
            speaker = linking.group(1); // "investors grew wary of ...": the investors, not "investors grew"
            a = new Attribution(a.source(), a.cue(), a.content(), speaker, a.direct());
        }
        String lower = speaker.toLowerCase(Locale.ROOT);
        if (namesNoOne(speaker)) {
            return unknown(a); // "That’s", "Next time you", "NASA has held firm despite": words, not a speaker
        }
        String cue = text.substring(a.cue().start(), a.cue().end()).strip();
        if (a.source() != null && a.source().end() < a.cue().start() && speaker.matches("\\S+['’]s")
                && text.substring(a.source().end(), a.cue().start()).matches("(?s)\\s*\\p{Ll}.*")) {
            return unknown(a); // "Apple’s new headset is ...": the owner of the subject, not the subject
        }
        if (speaker.matches("\\p{Lu}\\S*['’]s") && !speaker.matches("(?i).*['’]s['’]s")) {
            // "Apple’s goal ... is": Apple's aim (a possessive before a cue noun); "McDonald's" names a firm and stays
            String owner = speaker.substring(0, speaker.length() - 2);
            if (!FIRM_POSSESSIVES.contains(owner.toLowerCase(Locale.ROOT))) {
                a = new Attribution(a.source(), a.cue(), a.content(), owner, a.direct());
                speaker = owner;
            }
        }
        if (cue.equalsIgnoreCase("known") && text.startsWith(" as ", a.cue().end())) {
            return unknown(a); // "cast iron known as ductile iron": a name given, not a statement
        }
        String head = lower.substring(lower.lastIndexOf(' ') + 1);
        if (DEPICTIONS.contains(head) && isDepictingCue(cue)) {
            return unknown(a); // "This Sierra Nevada Corp. illustration shows a concept ...": a caption, no speaker
        }
        if (HEADING_WORDS.contains(lower) || NO_ONE.contains(lower) || lower.matches("(?:no one|nobody|none of|neither)\\b.*")
                || LONE_NATIONALITY.matcher(speaker).matches() || FAKE_SOURCE.matcher(speaker).find()
                || MEASURE.matcher(speaker).matches()) {
            return unknown(a); // a heading, no one, a lone nationality, a fake thing "showing" someone, a measure
        }
        return wholeName(text, a, sentenceStart);
    }

    private static Attribution unknown(Attribution a) {
        return new Attribution(a.source(), a.cue(), a.content(), null, a.direct());
    }

    /** Start of the sentence holding offset {@code at}: after the last ". ", "! ", "? " or line break, within the window. */
    private static int sentenceStart(String text, int at) {
        int from = Math.max(0, at - WINDOW);
        for (int k = at - 1; k > from; k--) {
            char c = text.charAt(k);
            if (c == '\n') {
                return k + 1;
            }
            if ((c == '.' || c == '!' || c == '?') && k + 1 < text.length() && Character.isWhitespace(text.charAt(k + 1))
                    && !(k >= 2 && Character.isUpperCase(text.charAt(k - 1)) && !Character.isLetter(text.charAt(k - 2)))) {
                return k + 1;
            }
        }
        return from;
    }

    /** "Did X say ...?": a sentence that opens with an auxiliary ("did", "has", "will" ...) and ends with "?". */
    private static boolean isQuestion(String text, Attribution a, int sentenceStart) {
        if (a.source() == null || a.source().start() >= a.cue().start()) {
            return false;
        }
        String opening = text.substring(sentenceStart, Math.min(text.length(), sentenceStart + 24)).strip().toLowerCase(Locale.ROOT);
        // "Did Zelensky say ...?", "What would the Americans say if ...?"
        if (!opening.matches("(?s)(?:(?:what|how|why|where|when)\\s+)?(?:did|does|do|has|have|had|is|was|will|would|can|could)\\b.*")) {
            return false;
        }
        int end = Math.min(text.length(), Math.min(a.content().end() + 3, a.cue().end() + 2 * WINDOW));
        String after = text.substring(a.cue().end(), Math.max(a.cue().end(), end));
        int newline = after.indexOf('\n');
        return (newline < 0 ? after : after.substring(0, newline)).contains("?");
    }

    /**
     * Whether the paragraph holding {@code at} opens with a claim label ("FAKE:", "Claim:") before it, or
     * the line before the paragraph is such a label alone.
     */
    private static boolean underClaimLabel(String text, int at) {
        int lineStart = lineStartWithin(text, at, 2 * WINDOW);
        if (lineStart < 0) {
            return false; // a paragraph longer than the window: its label, if any, is too far to govern this
        }
        int colon = text.indexOf(':', lineStart);
        if (colon >= 0 && colon < at && colon - lineStart <= 25 && isClaimLabel(text.substring(lineStart, colon))) {
            return true;
        }
        if (lineStart < 2) {
            return false;
        }
        int prevEnd = lineStart - 1;
        while (prevEnd > 0 && lineStart - prevEnd < 8 && Character.isWhitespace(text.charAt(prevEnd - 1))) {
            prevEnd--;
        }
        int prevStart = lineStartWithin(text, prevEnd, 26);
        return prevStart >= 0 && prevEnd - prevStart <= 25 && isClaimLabel(text.substring(prevStart, prevEnd).replace(":", ""));
    }

    /** The start of the line holding offset {@code at}, if it is at most {@code limit} characters back; else -1. */
    private static int lineStartWithin(String text, int at, int limit) {
        for (int k = at - 1; k >= Math.max(0, at - limit); k--) {
            if (text.charAt(k) == '\n') {
                return k + 1;
            }
        }
        return at - limit <= 0 ? 0 : -1;
    }

    private static boolean isClaimLabel(String label) {
        String l = label.strip().replaceAll("[*#_]", "").strip().toLowerCase(Locale.ROOT);
        return !l.isEmpty() && (CLAIM_LABELS.contains(l) || l.split("\\s+").length <= 3
                && CLAIM_LABELS.contains(l.substring(l.lastIndexOf(' ') + 1)) && !l.contains("fact"));
    }

    /**
     * A source cut inside a name ("International Studies" of "the Center for Strategic and International
     * Studies", "Co-operation in Europe" of "the Organization for Security and Co-operation in Europe")
     * gets the rest of the name back, when the speaker is that cut source as written.
     */
    private static Attribution wholeName(String text, Attribution a, int sentenceStart) {
        Span source = a.source();
        if (source == null || source.start() <= sentenceStart || !Character.isUpperCase(text.charAt(source.start()))
                || !a.speaker().strip().equals(source.of(text).strip())) {
            return a;
        }
        String before = text.substring(sentenceStart, source.start());
        if (!before.matches("(?s).*\\b(?:for|of|and|the|in|on|&)\\s+$")) {
            return a; // only a name joined by a connector was cut
        }
        Matcher m = NAME_BEFORE.matcher(before);
        if (!m.find() || m.group(1).isBlank()) {
            return a;
        }
        int start = sentenceStart + m.start(1);
        String prefix = text.substring(start, source.start());
        if (!prefix.matches("(?s)(?:[Tt]he\\s+)?\\p{Lu}.*") || !prefix.matches("(?s).*\\s(?:for|of|in|on)\\s.*")) {
            return a; // "Xi and Biden said" joins two names; a cut name has "for", "of", "in" or "on" in it
        }
        Span whole = new Span(start, source.end());
        String speaker = whole.of(text).replace('\n', ' ').strip();
        return new Attribution(whole, a.cue(), a.content(), speaker, a.direct());
    }
}
