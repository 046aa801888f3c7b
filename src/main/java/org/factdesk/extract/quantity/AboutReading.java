package org.factdesk.extract.quantity;

import java.util.List;
import java.util.Set;
import org.factdesk.extract.quantity.QuantityTokens.Tok;

/**
 * Tells "about" the preposition ("information about 10,000 Poles", "worried about 200 jobs") from
 * "about" meaning approximately ("about 10,000 Poles live there", "costs about $5"). The preposition
 * follows a word that takes a topic: a noun of speech or knowledge, a verb of telling or knowing, an
 * adjective of feeling. Everywhere else "about" before a number is read as approximately, also after
 * "talk", "speak" and "think", which take both ("we are talking about 500 people" is an estimate).
 */
final class AboutReading {
    private AboutReading() {
    }

    private static final Set<String> TAKES_A_TOPIC = Set.copyOf(List.of(
            // nouns of speech, knowledge and feeling
            "information", "info", "data", "details", "detail", "news", "story", "stories", "report", "reports",
            "reporting", "article", "articles", "book", "books", "film", "films", "documentary", "question",
            "questions", "concern", "concerns", "worry", "worries", "fear", "fears", "doubt", "doubts",
            "debate", "debates", "discussion", "discussions", "conversation", "conversations", "argument",
            "arguments", "claim", "claims", "lie", "lies", "truth", "rumour", "rumours", "rumor", "rumors", "myth",
            "myths", "joke", "jokes", "complaint", "complaints", "warning", "warnings", "statement", "statements",
            "comment", "comments", "remarks", "message", "messages", "post", "posts", "tweet", "tweets",
            "video", "videos", "letter", "letters", "memo", "email", "emails", "facts", "knowledge", "awareness",
            "anxiety", "confusion", "uncertainty", "outrage", "anger", "study", "studies", "survey", "surveys",
            "something", "nothing", "anything", "everything", "more", "much", "little", "disinformation",
            "misinformation", "propaganda", "narrative", "narratives", "allegations", "accusations",
            // verbs of telling, knowing and caring
            "know", "knew", "known", "knows", "knowing", "learn", "learned", "learnt", "learning", "hear", "heard",
            "hearing", "care", "cares", "cared", "write", "writes", "wrote",
            "written", "writing", "read", "reads", "tell", "tells", "told", "telling", "ask", "asks", "asked",
            "asking", "inquire", "inquired", "complain", "complains", "complained", "complaining", "warn", "warns",
            "warned", "lied", "lying", "joked", "forget", "forgot", "forgotten", "remember", "remind", "reminded",
            "wonder", "wondered", "argue", "argued", "boast", "boasted", "brag", "bragged", "testify", "testified",
            "inform", "informed", "lecture", "lectured", "tweeted", "posted", "joking", "worrying", "care",
            // adjectives of feeling and certainty
            "concerned", "worried", "anxious", "nervous", "excited", "happy", "unhappy", "upset", "angry", "furious",
            "sure", "unsure", "certain", "uncertain", "confident", "optimistic", "pessimistic", "curious", "serious",
            "unclear", "honest", "careful", "skeptical", "sceptical", "mad", "sad", "proud", "sorry", "silent",
            "quiet", "open", "transparent", "how", "what"));

    /** True when the "about" at token k introduces a topic rather than an approximate number. */
    static boolean isPreposition(List<Tok> toks, int k) {
        if (k == 0) {
            return false;
        }
        Tok before = toks.get(k - 1);
        return before.type() == QuantityTokens.Type.WORD && TAKES_A_TOPIC.contains(before.lower());
    }
}
