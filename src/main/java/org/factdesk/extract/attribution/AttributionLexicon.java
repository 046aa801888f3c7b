package org.factdesk.extract.attribution;

import java.util.Set;
import org.factdesk.extract.attribution.AttributionText.Token;

/**
 * The closed word lists the attribution rules read (subject boundaries, verbs that take a listener,
 * words of time and occasion, labels that are not speakers), apart from the rules so that a list is
 * read and changed in one place. The speech-cue lexicon itself is {@link AttributionCues}.
 */
final class AttributionLexicon {
    private AttributionLexicon() {}

    /** Words between a subject and its speech verb that belong to neither ("has also said"). */
    static final Set<String> VERB_PREFIX = Set.copyOf(java.util.Arrays.asList(
            "also", "has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "should",
            "may", "might", "must", "can", "did", "does", "do", "not", "n't", "never", "repeatedly",
            "reportedly", "previously", "recently", "later", "then", "once", "publicly", "privately",
            "openly", "often", "already", "just", "still", "even", "again", "first", "frequently",
            "quickly", "simply", "flatly", "explicitly", "directly", "further", "falsely", "correctly",
            "rightly", "wrongly", "famously", "initially", "subsequently", "ultimately", "finally",
            "immediately", "actually", "really", "allegedly", "apparently", "specifically", "angrily",
            "bluntly", "clearly", "forcefully", "strongly", "loudly", "proudly", "only", "been", "be",
            "being", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"));

    /** Words that end a subject when walking back from a speech verb. */
    static final Set<String> SUBJECT_BOUNDARY = Set.copyOf(java.util.Arrays.asList(
            "that", "and", "but", "because", "when", "while", "which", "who", "whom", "as", "if", "after",
            "before", "since", "where", "so", "than", "or", "although", "though", "what", "how", "why",
            "whether", "until", "unless", "whereas", "once", "yet", "nor"));

    /** Words that cannot start a noun phrase naming a speaker. */
    static final Set<String> NOT_SUBJECT_START = Set.copyOf(java.util.Arrays.asList(
            "for", "in", "on", "at", "with", "from", "to", "by", "of", "about", "during", "after", "before",
            "according", "as", "into", "over", "under", "then", "later", "also", "and", "but", "in", "while",
            "when", "said", "says", "added", "told", "is", "was", "are", "were", "has", "have", "had"));

    /** Words that end a speaker named after the verb ("said Mr. Blinken during a visit"). */
    static final Set<String> SPEAKER_AFTER_END = Set.copyOf(java.util.Arrays.asList(
            "during", "in", "on", "at", "after", "before", "when", "while", "who", "which", "that", "as",
            "to", "from", "about", "for", "with", "last", "this", "yesterday", "today", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "and", "but", "told", "adding", "saying",
            "of", "because", "since", "into", "via", "through", "earlier", "late", "recently"));

    /** Verbs whose first object is the listener, not the content ("told reporters that ..."). */
    static final Set<String> LISTENER_VERBS = Set.copyOf(java.util.Arrays.asList(
            "told", "tell", "tells", "telling", "asked", "ask", "asks", "asking", "informed", "assured",
            "reminded", "warned", "urged", "briefed", "wrote", "writes", "write", "reported", "said",
            "says", "say", "added", "noted", "explained", "argued", "insisted", "stressed", "acknowledged",
            "admitted", "claimed", "announced", "declared", "conceded", "confirmed", "suggested", "indicated",
            "predicted", "promised", "vowed", "complained", "recalled", "replied", "responded", "tweeted"));

    /**
     * Verbs whose noun phrase after them is always the one addressed ("told Bill O’Reilly"), never an
     * inverted speaker.
     */
    static final String[] ADDRESSED = {
            "told", "tell", "tells", "informed", "assured", "reminded", "briefed", "urged", "warned"};

    /** Speech verbs that may stand before their speaker ("..., said Grant Green, a former official."). */
    static final Set<String> INVERTING = Set.of("said", "says", "added", "adds", "wrote", "writes", "asked",
            "asks", "continued", "explained", "noted", "notes", "argued", "recalled", "insisted", "replied", "responded",
            "declared", "admitted", "acknowledged", "observed", "remarked", "quipped", "joked", "conceded", "stated",
            "tweeted", "warned", "cautioned", "predicted", "concluded", "according");

    /** Names of days, months and times that follow a speech verb without being its speaker. */
    static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "today", "tonight", "yesterday", "tomorrow");

    /** Occasions and media of speaking ("said at the time", "said in a follow-up interview", "in his 2012 book"). */
    static final Set<String> SPEECH_OCCASIONS = Set.of("time", "times", "same", "hearing", "event", "meeting",
            "session", "visit", "book", "column", "letter", "video", "convention", "debate", "town", "hall", "forum",
            "program", "follow-up", "op-ed", "editorial", "article", "memo", "speeches", "remarks", "stop", "trail",
            "campaign", "recent", "brief", "prepared", "written", "televised", "phone", "telephone", "online", "later",
            "statements", "testimony", "address", "podcast", "broadcast", "episode", "segment", "summit", "memoir",
            "response", "questions", "blog", "post", "posting", "filing", "report");

    static final String[] INTRODUCTORY = {
            "on", "in", "at", "during", "after", "before", "while", "speaking", "earlier", "later", "last",
            "since", "with", "for", "as", "when", "asked", "following", "addressing", "writing", "appearing"};

    /** Paragraph labels that introduce something other than a speaker. */
    static final Set<String> LABEL_WORDS = Set.copyOf(java.util.Arrays.asList(
            "update", "updated", "note", "editor", "editor’s", "editor's", "photo", "related", "read", "watch",
            "source", "sources", "image", "video", "click", "see", "also", "correction", "disclosure", "listen",
            "follow", "contact", "email", "tags", "filed", "share", "advertisement", "warning", "caption", "breaking",
            "exclusive", "live", "analysis", "opinion", "poll", "watch", "developing",
            // interjections that open a headline ("Wow: Sharpton Just Said ...")
            "look", "wow", "boom", "whoa", "yikes", "ouch", "oops", "omg", "lol", "busted", "bombshell", "shocking",
            "hilarious", "epic", "huge", "unbelievable", "incredible", "amazing", "awesome", "finally", "fact",
            // by-lines and record fields
            "contributing", "byline", "pic", "photos", "credit", "credits", "reporting", "dateline", "name", "age",
            "location", "date", "title", "subject", "topic", "category", "revealed", "latest",
            // a letter's salutation addresses someone ("DEAR ABBY: My husband ..."), it is not who speaks
            "dear"));

    /**
     * Words of the labels fact-checks and debunking pages put before a claim ("FAKE:", "DISINFO:", "FACT CHECK:",
     * "Claim:", "Our ruling:"): a label with one of them is a heading of the page, never a speaker.
     */
    static final Set<String> FACT_CHECK_LABEL_WORDS = Set.of("fake", "false", "true", "disinfo",
            "disinformation", "misinformation", "propaganda", "claim", "claims", "verdict", "rating", "ruling", "check",
            "summary", "conclusion", "context", "misleading", "debunked", "debunk", "hoax", "myth", "reality", "facts",
            "truth", "satire", "unproven", "unverified", "explainer", "background", "quote", "quotes");

    /** Words ending in -ly that name people or things, not manners ("a member of the family said"). */
    static final Set<String> LY_NOUNS = Set.of("family", "elderly", "assembly", "supply", "rally",
            "anomaly", "monopoly", "daily", "weekly", "monthly", "quarterly", "butterfly", "homily", "ally");

    static boolean isAdverb(Token tok) {
        String w = tok.lower();
        return tok.isWord() && !tok.capitalized() && w.length() > 5 && w.endsWith("ly") && !LY_NOUNS.contains(w)
                || tok.is("basically", "notably", "repeatedly", "reportedly", "previously", "publicly", "actually");
    }
}
