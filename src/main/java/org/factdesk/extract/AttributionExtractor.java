package org.factdesk.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.factdesk.extract.AttributionText.Quote;
import org.factdesk.extract.AttributionText.Sentence;
import org.factdesk.extract.AttributionText.Token;
import org.factdesk.model.Attribution;
import org.factdesk.model.Span;

/**
 * Finds who said what in an article: direct quotes (the speaker before, after or between the
 * pieces of a quotation) and reported speech ("X said that ...", "according to X", "X is accused
 * by Y of ..."), with speakers resolved within the article by {@link SpeakerResolver}.
 */
public final class AttributionExtractor {
    /** Words between a subject and its speech verb that belong to neither ("has also said"). */
    private static final Set<String> VERB_PREFIX = Set.copyOf(java.util.Arrays.asList(
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
    private static final Set<String> SUBJECT_BOUNDARY = Set.copyOf(java.util.Arrays.asList(
            "that", "and", "but", "because", "when", "while", "which", "who", "whom", "as", "if", "after",
            "before", "since", "where", "so", "than", "or", "although", "though", "what", "how", "why",
            "whether", "until", "unless", "whereas", "once", "yet", "nor"));

    /** Words that cannot start a noun phrase naming a speaker. */
    private static final Set<String> NOT_SUBJECT_START = Set.copyOf(java.util.Arrays.asList(
            "for", "in", "on", "at", "with", "from", "to", "by", "of", "about", "during", "after", "before",
            "according", "as", "into", "over", "under", "then", "later", "also", "and", "but", "in", "while",
            "when", "said", "says", "added", "told", "is", "was", "are", "were", "has", "have", "had"));

    /** Words that end a speaker named after the verb ("said Mr. Blinken during a visit"). */
    private static final Set<String> SPEAKER_AFTER_END = Set.copyOf(java.util.Arrays.asList(
            "during", "in", "on", "at", "after", "before", "when", "while", "who", "which", "that", "as",
            "to", "from", "about", "for", "with", "last", "this", "yesterday", "today", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "and", "but", "told", "adding", "saying",
            "of", "because", "since", "into", "via", "through", "earlier", "late", "recently"));

    /** Verbs whose first object is the listener, not the content ("told reporters that ..."). */
    private static final Set<String> LISTENER_VERBS = Set.copyOf(java.util.Arrays.asList(
            "told", "tell", "tells", "telling", "asked", "ask", "asks", "asking", "informed", "assured",
            "reminded", "warned", "urged", "briefed", "wrote", "writes", "write", "reported", "said",
            "says", "say", "added", "noted", "explained", "argued", "insisted", "stressed", "acknowledged",
            "admitted", "claimed", "announced", "declared", "conceded", "confirmed", "suggested", "indicated",
            "predicted", "promised", "vowed", "complained", "recalled", "replied", "responded", "tweeted"));

    /** Verbs whose noun phrase after them is always the one addressed ("told Bill O’Reilly"), never an inverted speaker. */
    private static final String[] ADDRESSED = {
            "told", "tell", "tells", "informed", "assured", "reminded", "briefed", "urged", "warned"};

    /** Speech verbs that may stand before their speaker ("..., said Grant Green, a former official."). */
    private static final Set<String> INVERTING = Set.of("said", "says", "added", "adds", "wrote", "writes", "asked",
            "asks", "continued", "explained", "noted", "notes", "argued", "recalled", "insisted", "replied", "responded",
            "declared", "admitted", "acknowledged", "observed", "remarked", "quipped", "joked", "conceded", "stated",
            "tweeted", "warned", "cautioned", "predicted", "concluded", "according");

    /** Names of days, months and times that follow a speech verb without being its speaker. */
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "today", "tonight", "yesterday", "tomorrow");

    /** Occasions and media of speaking ("said at the time", "said in a follow-up interview", "in his 2012 book"). */
    private static final Set<String> SPEECH_OCCASIONS = Set.of("time", "times", "same", "hearing", "event", "meeting",
            "session", "visit", "book", "column", "letter", "video", "convention", "debate", "town", "hall", "forum",
            "program", "follow-up", "op-ed", "editorial", "article", "memo", "speeches", "remarks", "stop", "trail",
            "campaign", "recent", "brief", "prepared", "written", "televised", "phone", "telephone", "online", "later",
            "statements", "testimony", "address", "podcast", "broadcast", "episode", "segment", "summit", "memoir",
            "response", "questions", "blog", "post", "posting", "filing", "report");

    private static final String[] INTRODUCTORY = {
            "on", "in", "at", "during", "after", "before", "while", "speaking", "earlier", "later", "last",
            "since", "with", "for", "as", "when", "asked", "following", "addressing", "writing", "appearing"};

    /** Paragraph labels that introduce something other than a speaker. */
    private static final Set<String> LABEL_WORDS = Set.copyOf(java.util.Arrays.asList(
            "update", "updated", "note", "editor", "editor’s", "editor's", "photo", "related", "read", "watch",
            "source", "sources", "image", "video", "click", "see", "also", "correction", "disclosure", "listen",
            "follow", "contact", "email", "tags", "filed", "share", "advertisement", "warning", "caption", "breaking",
            "exclusive", "live", "analysis", "opinion", "poll", "watch", "developing",
            // interjections that open a headline ("Wow: Sharpton Just Said ...")
            "look", "wow", "boom", "whoa", "yikes", "ouch", "oops", "omg", "lol", "busted", "bombshell", "shocking",
            "hilarious", "epic", "huge", "unbelievable", "incredible", "amazing", "awesome", "finally", "fact",
            // by-lines and record fields
            "contributing", "byline", "pic", "photos", "credit", "credits", "reporting", "dateline", "name", "age",
            "location", "date", "title", "subject", "topic", "category", "revealed", "latest"));

    /**
     * Words of the labels fact-checks and debunking pages put before a claim ("FAKE:", "DISINFO:", "FACT CHECK:",
     * "Claim:", "Our ruling:"): a label with one of them is a heading of the page, never a speaker.
     */
    private static final Set<String> FACT_CHECK_LABEL_WORDS = Set.of("fake", "false", "true", "disinfo",
            "disinformation", "misinformation", "propaganda", "claim", "claims", "verdict", "rating", "ruling", "check",
            "summary", "conclusion", "context", "misleading", "debunked", "debunk", "hoax", "myth", "reality", "facts",
            "truth", "satire", "unproven", "unverified", "explainer", "background", "quote", "quotes");

    /** The shipped cue classifier, loaded once on first use. */
    private static final class DefaultModel {
        static final AttributionCueModel MODEL = AttributionCueModel.loadDefault();
    }

    private final AttributionCueModel cueModel;

    /** The extractor with the shipped cue classifier (rules alone if the resources hold none). */
    public AttributionExtractor() {
        this(DefaultModel.MODEL);
    }

    /** @param cueModel the cue classifier to use, or null for the speech-verb lexicon alone */
    AttributionExtractor(AttributionCueModel cueModel) {
        this.cueModel = cueModel;
    }

    /** @return attributions with offsets into {@code text}, in text order */
    public List<Attribution> extract(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Attribution> found = UnnamedSpeakers.named(text, new Run(text, cueModel).find());
        return SpeakerChecks.publishable(text, CaptionQuotes.added(text, found));
    }

    /**
     * The attribution that a sentence as a whole reports, for a claim built from the sentence
     * [sentStart, sentEnd): among the attributions whose cue lies in the sentence, those not nested
     * in another one's content (their cue outside every other content: "according to Washington"
     * inside Blinken's "indicated that ..." is nested), then one with a named speaker, then the one
     * whose content covers most of the sentence, then a direct quote, then the earliest cue.
     *
     * @param inSentence attributions of the article (those outside the sentence are ignored)
     * @return the main attribution, or null when no cue lies in the sentence
     */
    public static Attribution mainAttribution(List<Attribution> inSentence, int sentStart, int sentEnd) {
        List<Attribution> here = new ArrayList<>();
        for (Attribution a : inSentence) {
            if (a.cue().start() >= sentStart && a.cue().end() <= sentEnd) {
                here.add(a);
            }
        }
        if (here.isEmpty()) {
            return null;
        }
        List<Attribution> outer = new ArrayList<>();
        for (Attribution a : here) {
            boolean nested = false;
            for (Attribution b : here) {
                // a sourceless cue ("was asked about ...") frames no one's speech: it nests nothing
                nested |= b != a && b.source() != null && b.content().contains(a.cue().start())
                        && !a.content().contains(b.cue().start());
            }
            if (!nested) {
                outer.add(a);
            }
        }
        List<Attribution> pool = outer.isEmpty() ? here : outer;
        Comparator<Attribution> order = Comparator
                .comparing((Attribution a) -> a.speaker() == null)
                .thenComparingInt((Attribution a) -> -covered(a.content(), sentStart, sentEnd))
                .thenComparing(a -> !a.direct())
                .thenComparingInt(a -> a.cue().start());
        return pool.stream().min(order).orElseThrow();
    }

    private static int covered(Span content, int from, int to) {
        return Math.max(0, Math.min(content.end(), to) - Math.max(content.start(), from));
    }

    /** One pass over one article. */
    private static final class Run {
        private final AttributionText t;
        private final SpeakerResolver speakers;
        private final boolean[] usedCue;
        private final boolean[] quoteDone;
        private final List<Attribution> found = new ArrayList<>();

        private final AttributionCueModel model;
        private final double[] cueProbability;

        Run(String text, AttributionCueModel model) {
            t = new AttributionText(text);
            this.model = model;
            cueProbability = model == null ? null : model.probabilities(t);
            speakers = new SpeakerResolver(t);
            usedCue = new boolean[t.size()];
            quoteDone = new boolean[t.quotes.size()];
        }

        List<Attribution> find() {
            for (int i = 1; i < t.size(); i++) {
                if (t.token(i).is("―", "—", "–")) {
                    dashSignature(i);
                }
            }
            for (int q = 0; q < t.quotes.size(); q++) {
                if (!quoteDone[q]) {
                    directQuote(q);
                }
            }
            for (Sentence s : t.sentences) {
                reportedSpeech(s);
            }
            for (int p = 0; p < t.size(); p++) {
                if (p == 0 || t.paragraphBreakBetween(p - 1, p)) {
                    speakerLabel(p);
                }
            }
            if (cueProbability != null) {
                for (Sentence s : t.sentences) {
                    classifiedCues(s);
                }
            }
            found.sort(Comparator.comparingInt((Attribution a) -> a.cue().start()));
            return List.copyOf(found);
        }

        // ---------------------------------------------------------------- classifier cues

        /**
         * Cues the classifier is confident about that no rule above could frame ("a poll showed",
         * "his support for", "believes"): the content is the clause the cue governs (after "that", the
         * sentence before a postposed cue, or the rest of the sentence) and the source the subject.
         */
        private void classifiedCues(Sentence s) {
            for (int i = s.first(); i <= s.last(); i++) {
                if (usedCue[i] || cueProbability[i] < model.add() || !t.token(i).isWord()
                        || t.quoteContaining(i) >= 0 || insideFoundCue(i) || !headOfCue(i) || !usableAsCue(i, s)) {
                    continue;
                }
                int end = contentEnd(s);
                Span content = null;
                int comma = firstCommaAfter(i, s);
                if (i == s.first() && t.token(i).lower().endsWith("ing") && comma > i + 1) {
                    // "Citing American intelligence services, the minister said ...": the opening phrase
                    usedCue[i] = true;
                    Attribution main = firstSpeakerAfter(comma, s); // the main clause's speaker cites it
                    record(new Attribution(main == null ? null : main.source(), tokSpan(i), span(i + 1, comma - 1),
                            main == null ? null : main.speaker(), false));
                    continue;
                }
                int be = passiveAuxiliary(i, s);
                if (be >= 0 && !t.token(i).lower().endsWith("ing")) {
                    // "Lewandowski was dismissed on Monday", "Trump was supported by 42 percent": the
                    // clause with its subject is what is reported, the agent after "by" its source
                    usedCue[i] = true;
                    int[] agent = i + 1 <= s.last() && t.token(i + 1).is("by") ? agentAfterBy(i + 2, s.last()) : null;
                    Span clause = span(clauseStart(be, s), end);
                    if (agent != null && SpeakerPhrase.plausible(t, agent[0], agent[1])) {
                        record(new Attribution(span(agent[0], agent[1]), tokSpan(i), clause,
                                speakers.resolve(agent[0], agent[1]), false));
                    } else {
                        record(new Attribution(null, tokSpan(i), clause, null, false));
                    }
                    continue;
                }
                int that = -1;
                for (int k = i + 1; k <= Math.min(s.last(), i + 4); k++) {
                    if (t.token(k).is("that") && k < end && !demonstrative(k, s)) {
                        that = k;
                        break;
                    }
                }
                if (that >= 0) {
                    content = span(that + 1, end);
                } else if (i > s.first() + 2 && (t.token(i - 1).is(",") || i > s.first() + 3
                        && t.token(i - 2).is(",") && !t.token(i - 1).isQuote()) && nothingReportedAfter(i, s)) {
                    int to = t.token(i - 1).is(",") ? i - 2 : i - 3;
                    content = span(s.first(), to);
                } else if (i < end) {
                    int from = i + 1;
                    while (from < end && t.token(from).is(",", ":", "—")) {
                        from++;
                    }
                    content = span(from, end);
                }
                if (content == null) {
                    continue;
                }
                if (t.token(s.last()).is(":") && content.end() >= t.token(end).end()) {
                    Span following = followingWords(s); // "The group points out some statistics:" and the list below
                    content = following == null ? content : new Span(content.start(), following.end());
                }
                int[] subject = i > s.first() ? findSubject(i) : null;
                usedCue[i] = true;
                if (subject != null && SpeakerPhrase.plausible(t, subject[2], subject[3])) {
                    record(new Attribution(span(subject[0], subject[1]), tokSpan(i), content,
                            speakers.resolve(subject[0], subject[1], subject[2], subject[3]), false));
                } else {
                    record(new Attribution(null, tokSpan(i), content, null, false));
                }
            }
        }

        /**
         * "a resident named Caroline", "an account dubbed “ilduce2016”": a participle that names what the
         * noun before it is called, not something anyone said.
         */
        private boolean namingParticiple(int i) {
            if (i == 0 || i + 1 >= t.size() || !t.token(i).is("named", "dubbed", "nicknamed", "called")) {
                return false;
            }
            if (t.token(i).is("called") && !afterIndefiniteNoun(i)) {
                return false; // "the president called Clinton a liar": a speaker may stand before "called"
            }
            Token before = t.token(i - 1);
            Token after = t.token(i + 1);
            return before.isWord() && !before.capitalized() && !SpeakerPhrase.isFunctionWord(before.lower())
                    && !VERB_PREFIX.contains(before.lower()) && !isAdverb(before) && !before.is("he", "she", "they", "who", "we", "i")
                    && (after.capitalized() || after.kind() == AttributionText.Kind.OPEN_QUOTE)
                    && t.sentenceOf[i - 1] == t.sentenceOf[i];
        }

        /** "a new group called ...", "one PAC called ...": an indefinite noun phrase just before. */
        private boolean afterIndefiniteNoun(int i) {
            for (int k = i - 2; k >= Math.max(0, i - 4) && t.sentenceOf[k] == t.sentenceOf[i]; k--) {
                if (t.token(k).is("a", "an", "one", "another")) {
                    return true;
                }
                if (!t.token(k).isWord() || t.token(k).capitalized()) {
                    return false;
                }
            }
            return false;
        }

        /** The lexicon's own limits hold for classifier cues too: no adjectives, weak verbs need "that". */
        private boolean usableAsCue(int i, Sentence s) {
            Token tok = t.token(i);
            if (namingParticiple(i)) {
                return false;
            }
            if (tok.capitalized() && i != s.first() && !strong(i)) {
                return false;
            }
            if (i > s.first() && SpeakerPhrase.DETERMINERS.contains(t.token(i - 1).lower())
                    && !t.token(i - 1).is("her") && !(i < s.last() && t.token(i + 1).is("that"))) {
                return false;
            }
            return !weak(i) || hasThat(i, s);
        }

        private int firstCommaAfter(int i, Sentence s) {
            for (int k = i + 1; k <= s.last() && k - i < 15; k++) {
                if (t.token(k).is(",")) {
                    return k;
                }
            }
            return -1;
        }

        private Attribution firstSpeakerAfter(int k, Sentence s) {
            int from = t.token(k).end();
            int to = t.token(s.last()).end();
            Attribution first = null;
            for (Attribution a : found) {
                if (a.source() != null && a.cue().start() >= from && a.cue().start() < to
                        && (first == null || a.cue().start() < first.cue().start())) {
                    first = a;
                }
            }
            return first;
        }

        private boolean insideFoundCue(int i) {
            Token tok = t.token(i);
            for (Attribution a : found) {
                if (a.cue().start() < tok.end() && tok.start() < a.cue().end()) {
                    return true;
                }
            }
            return false;
        }

        // ---------------------------------------------------------------- direct quotes

        private void directQuote(int q) {
            Quote quote = t.quotes.get(q);
            boolean shortQuote = wordsIn(quote) < 3;
            if (shortQuote && !quoteOpensSentence(quote)) {
                return; // a scare-quoted phrase, not something said
            }
            Cue cue = cueAfter(quote);
            if (cue == null && !shortQuote) {
                cue = cueBefore(quote);
            }
            if (cue == null) {
                return;
            }
            quoteDone[q] = true;
            int end = quote.end();
            // the following pieces of the same quotation in the paragraph belong to this speaker
            // (and a quotation that opens the next paragraph with no speaker of its own goes on with it)
            Quote piece = quote;
            for (int r = q + 1; r < t.quotes.size(); r++) {
                Quote next = t.quotes.get(r);
                boolean sameParagraph = !t.paragraphBreakBetween(piece.open(), next.open());
                boolean opensNextParagraph = !sameParagraph && t.paragraphBreakBetween(next.open() - 1, next.open())
                        && t.paragraphOf(next.open()) == t.paragraphOf(piece.open()) + 1
                        && (piece.close() < 0 || t.paragraphOf(piece.close()) == t.paragraphOf(piece.open()))
                        && paragraphEndsWithin(piece, cue);
                if (!sameParagraph && !opensNextParagraph || wordsIn(next) < 3 && !sameParagraph
                        || cueAfter(next) != null || cueBefore(next) != null && !cueInside(cue, next, end)) {
                    break;
                }
                piece = next;
                quoteDone[r] = true;
                end = next.end();
            }
            int start = quote.start();
            if (!quoteOpensSentence(quote) && cue.cueStart() > quote.start()) {
                // "Trump's remarks were \"the textbook definition of a racist comment,\" Mr. Ryan said.": the
                // words before the quoted phrase are the speaker's too
                start = t.token(t.sentenceAt(quote.open()).first()).start();
            }
            add(cue, new Span(start, end), true);
            skipAsidesBetween(quote, cue);
        }

        /**
         * “...” declared, according to a translation of her remarks, Minister X: the aside qualifies how
         * the quotation reached us; it is not a second attribution of the same words.
         */
        private void skipAsidesBetween(Quote quote, Cue cue) {
            if (quote.close() < 0 || cue.source() == null || cue.source()[0] <= quote.close()) {
                return;
            }
            for (int k = quote.close() + 1; k < cue.source()[0]; k++) {
                if (t.token(k).is("according") && k + 1 < t.size() && t.token(k + 1).is("to")) {
                    usedCue[k] = true;
                    usedCue[k + 1] = true;
                }
            }
        }

        /** The paragraph of a quotation piece holds nothing after it but the speaker's own sentence. */
        private boolean paragraphEndsWithin(Quote piece, Cue cue) {
            if (piece.close() < 0) {
                return true;
            }
            int k = piece.close() + 1;
            int sentence = t.sentenceOf[piece.close()];
            while (k < t.size() && !t.paragraphBreakBetween(k - 1, k)) {
                if (t.sentenceOf[k] != sentence && t.sentenceOf[k] != t.sentenceOf[Math.min(t.size() - 1, cue.cueToken() < 0 ? k : cue.cueToken())]) {
                    return false; // another sentence follows in the paragraph
                }
                k++;
            }
            return true;
        }

        private boolean cueInside(Cue cue, Quote next, int end) {
            return cue.cueStart >= end && cue.cueStart < next.start();
        }

        private int wordsIn(Quote quote) {
            int n = 0;
            int close = quote.close() < 0 ? t.size() : quote.close();
            for (int i = quote.open() + 1; i < close && t.token(i).start() < quote.end(); i++) {
                if (t.token(i).isWord()) {
                    n++;
                }
            }
            return n;
        }

        /** “...,” said X / “...” X said / “...”declared, according to ..., Minister X. */
        private Cue cueAfter(Quote quote) {
            if (quote.close() < 0) {
                return null;
            }
            int k = quote.close() + 1;
            if (k >= t.size() || t.paragraphBreakBetween(k - 1, k)) {
                return null;
            }
            int limit = Math.min(t.size(), k + 18);
            int firstWord = k;
            while (firstWord < limit && t.token(firstWord).is(",", "—", "–", "-")) {
                firstWord++;
            }
            for (int c = firstWord; c < limit; c++) {
                Token tok = t.token(c);
                if (t.paragraphBreakBetween(c - 1, c) || tok.kind() == AttributionText.Kind.OPEN_QUOTE
                        || tok.is(".", "!", "?", ";") && !isAbbreviationDot(c)) {
                    return null;
                }
                if (tok.is("according") && c + 1 < t.size() && t.token(c + 1).is("to")) {
                    if (!quoteOpensSentence(quote)) {
                        return null; // "... should “look for a psychiatrist,” according to Reuters": the whole sentence
                    }
                    int[] np = nounPhraseAfter(c + 2);
                    return np == null ? null : new Cue(tok.start(), t.token(c + 1).end(), withHead(np), c);
                }
                if (!isVerbCue(c, true) || inRelativeAside(c, firstWord)) {
                    continue;
                }
                Cue cue = null;
                int subjectEnd = c - 1;
                while (subjectEnd > firstWord && t.token(subjectEnd).is(",")) {
                    subjectEnd--;
                }
                if (c > firstWord && subjectLooksValid(firstWord, subjectEnd)) {
                    int[] subject = subjectEnd - firstWord > 9 && namedAside(firstWord, subjectEnd)
                            ? new int[] {firstWord, subjectEnd} : trimSubject(firstWord, subjectEnd);
                    if (subject != null) {
                        cue = new Cue(tok.start(), tok.end(), headOfList(subject), c);
                    }
                }
                if (cue == null && (c == firstWord || startsWithNonSubject(firstWord, c - 1))) {
                    int[] np = nounPhraseAfter(skipParentheticals(c + 1));
                    cue = new Cue(tok.start(), tok.end(), np == null ? null : withHead(np), c);
                }
                if (cue == null) {
                    return null;
                }
                int after = Math.max(c, cue.source() == null ? c : cue.source()[1]) + 1;
                if (after < t.size() && t.token(after).is(":")) {
                    return null; // "Mr. Zahed said:" introduces the quotation after it, not the one before
                }
                // a quotation inside a sentence whose verb goes on to report something else is not its own
                if (tok.is(ADDRESSED) && after == c + 1) {
                    int[] listener = nounPhraseAfter(after); // "“...,” one employee told French television station BFMTV."
                    after = listener == null ? after : listener[1] + 1;
                }
                boolean standsAlone = quoteOpensSentence(quote) || endsWithPunctuation(quote) && nothingReportedFrom(after);
                return standsAlone ? cue : null;
            }
            return null;
        }

        private boolean quoteOpensSentence(Quote quote) {
            int open = quote.open();
            if (open == 0 || t.sentenceAt(open).first() == open || t.paragraphBreakBetween(open - 1, open)) {
                return true;
            }
            return t.token(open - 1).is(":", "—", "–", "-", "(");
        }

        private boolean endsWithPunctuation(Quote quote) {
            return quote.close() > 0 && t.token(quote.close() - 1).is(",", ".", "!", "?", "…");
        }

        /** True when the words after a speaker are only circumstances ("on Thursday", "in a statement"). */
        private boolean nothingReportedFrom(int k) {
            int m = k;
            while (m < t.size() && !t.paragraphBreakBetween(m - 1, m) && t.token(m).isWord()) {
                m++;
            }
            return m == k || isCircumstance(k, m - 1);
        }

        /** X said: “...” / X told reporters, “...” / the paragraph before ends with "X continued:". */
        private Cue cueBefore(Quote quote) {
            int open = quote.open();
            if (open == 0) {
                return null;
            }
            int end = open - 1;
            if (t.paragraphBreakBetween(end, open) && !t.token(end).is(":")) {
                return null;
            }
            Sentence s = t.sentenceAt(end);
            boolean colonOrComma = t.token(end).is(":", ",");
            int from = Math.max(s.first(), end - 6);
            for (int c = end; c >= from; c--) {
                Token tok = t.token(c);
                if (tok.is("that") || tok.isQuote() && c != end) {
                    return null;
                }
                if (isVerbCue(c, true) && (colonOrComma || c == end)) {
                    int[] subject = findSubject(c);
                    if (subject == null) {
                        return null;
                    }
                    return new Cue(tok.start(), tok.end(), subject, c);
                }
            }
            return null;
        }

        // ---------------------------------------------------------------- signed quotations

        /**
         * “We will win.” ― Jane Doe: a quotation signed with a dash and a name that ends its line (the
         * convention of epigraphs and collected quotes). The dash is the cue, the name the source.
         */
        private void dashSignature(int dash) {
            Token before = t.token(dash - 1);
            if (before.kind() != AttributionText.Kind.CLOSE_QUOTE && !before.is("\"")
                    || t.paragraphBreakBetween(dash - 1, dash) || dash + 1 >= t.size()
                    || t.paragraphBreakBetween(dash, dash + 1)) {
                return;
            }
            int nameEnd = dash;
            for (int k = dash + 1; k < t.size() && k - dash <= 5 && !t.paragraphBreakBetween(k - 1, k)
                    && (t.token(k).capitalized() || isAbbreviationDot(k)); k++) {
                nameEnd = k;
            }
            if (nameEnd == dash) {
                return;
            }
            int k = nameEnd + 1;
            boolean endsLine = k >= t.size() || t.paragraphBreakBetween(nameEnd, k)
                    || t.token(k).is(",", ".") && (k + 1 >= t.size() || t.paragraphBreakBetween(k, k + 1)
                    || t.token(k).is(","));
            if (!endsLine) {
                return;
            }
            int q = t.quoteContaining(dash - 1);
            Span content;
            if (q >= 0) {
                content = t.quotes.get(q).span();
                quoteDone[q] = true;
            } else {
                int from = dash - 1; // a closing mark whose opening one was typed as a closing one
                while (from > 0 && !t.paragraphBreakBetween(from - 1, from)) {
                    from--;
                }
                if (from >= dash - 1) {
                    return;
                }
                content = span(from, dash - 1);
            }
            usedCue[dash] = true;
            record(new Attribution(span(dash + 1, nameEnd), tokSpan(dash), content,
                    speakers.resolve(dash + 1, nameEnd), true));
        }

        // ---------------------------------------------------------------- speaker labels

        /** "TRUMP: We will win." / "Sanders: Brexit's message ..." at the start of a paragraph. */
        private void speakerLabel(int p) {
            int k = p;
            while (k < t.size() && k - p < 4 && (t.token(k).capitalized() || isAbbreviationDot(k))
                    && !t.paragraphBreakBetween(Math.max(p, k - 1), k) || k < t.size() && k > p && t.token(k).is("’s", "'s")) {
                k++;
            }
            if (k == p || k + 1 >= t.size() || !t.token(k).is(":") || usedCue[k]
                    || t.paragraphBreakBetween(k, k + 1) || LABEL_WORDS.contains(t.token(p).lower())
                    || Character.isDigit(t.token(k + 1).text().charAt(0)) || factCheckLabel(p, k)) {
                return; // not a speaker: a heading, a by-line, a fact-check label or a tally ("Clinton: 547.")
            }
            int end = k + 1;
            while (end + 1 < t.size() && !t.paragraphBreakBetween(end, end + 1)) {
                end++;
            }
            usedCue[k] = true;
            record(new Attribution(span(p, k - 1), tokSpan(k), span(k + 1, end), speakers.resolve(p, k - 1),
                    t.token(k + 1).kind() == AttributionText.Kind.OPEN_QUOTE));
        }

        private boolean factCheckLabel(int from, int colon) {
            for (int i = from; i < colon; i++) {
                if (FACT_CHECK_LABEL_WORDS.contains(t.token(i).lower())) {
                    return true;
                }
            }
            return false;
        }

        // ---------------------------------------------------------------- reported speech

        private void reportedSpeech(Sentence s) {
            for (int i = s.first(); i <= s.last(); i++) {
                if (usedCue[i] || t.quoteContaining(i) >= 0) {
                    continue;
                }
                Token tok = t.token(i);
                if (tok.is("according") && i < s.last() && t.token(i + 1).is("to")) {
                    accordingTo(s, i);
                } else if (tok.is("reportedly")) {
                    reportedly(s, i);
                } else if (i > s.first() && t.token(i - 1).is("to") && WONDERING.contains(tok.lower())) {
                    int[] who = causedToWonder(i, s);
                    if (who != null) {
                        // "..., leaving many to wonder whether ...": the object of "leaving" wonders
                        addAt(i, withHead(who), span(i + 1, contentEnd(s)), false);
                    }
                } else if (isVerbCue(i, false)) {
                    verbCue(s, i);
                }
            }
        }

        private void accordingTo(Sentence s, int i) {
            int[] np = nounPhraseUntilComma(i + 2, s.last());
            if (np == null) {
                return;
            }
            int cueStart = t.token(i).start();
            int cueEnd = t.token(i + 1).end();
            Span content;
            int afterNp = np[1] + 1;
            boolean atStart = i == s.first() || i <= s.first() + 1 && t.token(s.first()).is("but", "and", "so");
            if (atStart) {
                int from = afterNp < s.last() && t.token(afterNp).is(",") ? afterNp + 1 : afterNp;
                if (from > s.last()) {
                    return;
                }
                content = span(from, contentEnd(s));
                Span following = t.token(s.last()).is(":") ? followingWords(s) : null;
                if (following != null) {
                    // "According to Jack Kelly, writing for RealClearPolitics:" and the paragraph below
                    content = new Span(content.start(), following.end());
                }
            } else if (afterSubordinator(i, s) && afterNp + 1 <= s.last() && t.token(afterNp).is(",")) {
                // "soldiers who, according to Washington, entered Russia": the aside covers its own clause
                int to = afterNp + 1;
                while (to + 1 <= s.last() && !t.token(to + 1).is(",", ";", "—") && t.quoteContaining(to + 1) < 0
                        && !isSentenceEndAt(to + 1, s)) {
                    to++;
                }
                content = span(afterNp + 1, to);
            } else {
                int to = i - 1;
                while (to > s.first() && t.token(to).is(",", "—", "(")) {
                    to--;
                }
                if (to < s.first()) {
                    return;
                }
                int end = afterNp <= s.last() && !isSentenceEndAt(afterNp, s) ? contentEnd(s) : to;
                content = span(s.first(), Math.max(to, end));
            }
            usedCue[i] = true;
            usedCue[i + 1] = true;
            record(new Attribution(span(np[0], np[1]), new Span(cueStart, cueEnd), content,
                    speakers.resolve(np[0], np[1]), false));
        }

        /**
         * "The FBI is reportedly making arrangements ...": the clause is reported by sources the
         * article does not name.
         */
        private void reportedly(Sentence s, int i) {
            int from = clauseStart(i, s);
            int k = from;
            while (k < i && t.token(k).is(",")) {
                k++;
            }
            if (i >= contentEnd(s) || k >= i && i == s.first()) {
                return;
            }
            usedCue[i] = true;
            record(new Attribution(null, tokSpan(i), span(k, contentEnd(s)), null, false));
        }

        private static final Set<String> WONDERING = Set.of("wonder", "question", "ask", "speculate", "believe",
                "think", "conclude", "suspect", "doubt", "worry", "fear", "suggest", "argue", "claim", "say");

        private static final Set<String> CAUSATIVES = Set.of("leaving", "leave", "leaves", "left", "leading", "lead",
                "leads", "led", "causing", "cause", "causes", "caused", "prompting", "prompt", "prompts", "prompted",
                "forcing", "forced", "driving", "drove", "getting", "got");

        /**
         * "leaving many to wonder whether ...", "leading authorities to question if ...": the noun phrase
         * between the causative verb and "to" when a question or that-clause follows; null otherwise.
         */
        private int[] causedToWonder(int i, Sentence s) {
            if (i + 1 > s.last() || !t.token(i + 1).is("whether", "if", "why", "how", "what", "who", "that")) {
                return null;
            }
            int end = i - 2;
            int start = end;
            while (start >= s.first() && end - start < 5 && t.token(start).isWord()
                    && !CAUSATIVES.contains(t.token(start).lower())) {
                start--;
            }
            return start >= s.first() && start < end && CAUSATIVES.contains(t.token(start).lower())
                    ? new int[] {start + 1, end} : null;
        }

        /** "who, according to ...", "after, according to ...": the aside sits inside a subordinate clause. */
        private boolean afterSubordinator(int i, Sentence s) {
            return i - 2 >= s.first() && t.token(i - 1).is(",") && t.token(i - 2).is("who", "which", "that",
                    "after", "because", "when", "where", "while", "if", "since", "although", "though", "as");
        }

        private void verbCue(Sentence s, int i) {
            Token tok = t.token(i);
            // passive with an agent: "Pyongyang is accused by the West of supplying ..."
            if (i + 1 <= s.last() && t.token(i + 1).is("by") && AttributionCues.takesPassiveSource(tok.lower())
                    && i > s.first() && t.token(i - 1).is("is", "are", "was", "were", "been", "being", "be")) {
                int[] agent = agentAfterBy(i + 2, s.last());
                if (agent != null) {
                    int from = agent[1] + 1;
                    if (from <= s.last() && t.token(from).is("of", "for", "that", "over", "as")) {
                        from++;
                    }
                    Span content = from <= s.last() ? span(from, contentEnd(s)) : span(s.first(), i - 1);
                    addAt(i, withHead(agent), content, false);
                }
                return;
            }
            if (i > s.first() && t.token(i - 1).is("is", "are", "was", "were", "been", "being", "be", "to")) {
                return; // passive without an agent or an infinitive: no source to report
            }
            boolean namedAside = i > s.first() && t.token(i - 1).is(",") && namedApposition(s, i - 1);
            if (INVERTING.contains(tok.lower()) && i > s.first() + 2 && !namedAside && (t.token(i - 1).is(",", "—", "–")
                    || t.token(i - 1).kind() == AttributionText.Kind.CLOSE_QUOTE)) {
                int[] np = nounPhraseAfter(skipParentheticals(i + 1));
                if (np != null && invertedSpeaker(np, s) && namesSomeone(np)) {
                    // "Some accusations are difficult to prove, said Grant Green, a former official."
                    int contentTo = i - 1;
                    while (contentTo > s.first() && t.token(contentTo).is(",", "—", "–")) {
                        contentTo--;
                    }
                    addAt(i, withHead(np), span(s.first(), contentTo), false);
                    if (usedCue[i]) {
                        return;
                    }
                }
            }
            int[] subject = findSubject(i);
            int right = contentStartAfter(i, s);
            boolean rightEmpty = right > s.last() || onlyCircumstance(right, s) || onlyListener(i, right, s);
            if (subject != null && rightEmpty) {
                Span following = followingWords(s);
                if (following != null) {
                    // "X said in a statement. “...”" / "One activist tweeted:" and the tweet below
                    addAt(i, subject, following, false);
                    return;
                }
            }
            if (subject != null && !rightEmpty) {
                if (weak(i) && !hasThat(i, s)) {
                    return;
                }
                if (subject[0] > s.first() && t.token(subject[0] - 1).is(",") && i + 1 <= s.last()
                        && t.token(i + 1).is(",")) {
                    // "Whatever progress he made, officials said, could unravel": the sentence around it
                    addAt(i, subject, span(s.first(), contentEnd(s)), false);
                    return;
                }
                Span content = span(right, contentEnd(s));
                if (t.token(s.last()).is(":")) {
                    // "He told his audience, to rowdy applause:" and the quotation below
                    Span following = followingWords(s);
                    content = following == null ? content : new Span(content.start(), following.end());
                }
                addAt(i, subject, content, false);
                return;
            }
            // "..., X said." / "..., said X, a senior fellow."
            boolean afterComma = i > s.first() && t.token(i - 1).is(",", "—", "–")
                    || i > s.first() && t.token(i - 1).kind() == AttributionText.Kind.CLOSE_QUOTE;
            int[] source = subject;
            int contentTo = subject != null ? subject[0] - 1 : i - 1;
            if (subject == null && afterComma && !tok.lower().endsWith("ing") && !tok.is(ADDRESSED)) {
                int[] np = nounPhraseAfter(skipParentheticals(i + 1));
                source = np == null || !invertedSpeaker(np, s) ? null : withHead(np);
            }
            while (contentTo >= s.first() && t.token(contentTo).is(",", "—", "–")) {
                contentTo--;
            }
            boolean postposed = source != null && contentTo - s.first() >= 2
                    && t.token(contentTo + 1).is(",", "—", "–") && (subject == null || rightEmpty);
            if (postposed) {
                addAt(i, source, new Span(contentStart(s), t.token(contentTo).end()), false);
                return;
            }
            if (!rightEmpty && subject == null) {
                // "..., adding that ...": the speaker is whoever spoke last in this sentence
                Attribution last = lastIn(s);
                if (last != null && !weak(i)) {
                    usedCue[i] = true;
                    record(new Attribution(last.source(), tokSpan(i), span(right, contentEnd(s)),
                            last.speaker(), false));
                } else if (last == null && afterComma && tok.lower().endsWith("ing")) {
                    // "Mrs. Clinton tried to expand on it, saying that ...": the subject of the sentence
                    int[] main = sentenceSubject(s);
                    if (main != null && main[1] < i) {
                        addAt(i, main, span(right, contentEnd(s)), false);
                    }
                }
            }
        }

        /** Adds an attribution; reported content that opens a quotation runs on to the quotation's end. */
        private void record(Attribution a) {
            found.add(a.direct() ? a : withContent(a, throughQuote(a.content())));
        }

        /**
         * "He said Cruz “has courage ... ideas. He’s not only unafraid ...”": the sentence ends inside a
         * quotation the content opened, and the speaker's words go on to its closing mark.
         */
        private Span throughQuote(Span content) {
            int start = content.start();
            int end = content.end();
            for (Quote q : t.quotes) {
                if (q.start() >= content.start() && q.start() < end && q.end() > end) {
                    end = q.end();
                }
                if (q.start() < start && q.end() > start && q.end() <= content.end()) {
                    // "Romney “were stiff. They weren’t fun. There was no joy” in comparison, Gingrich said.":
                    // the sentence the quotation began in is part of the content
                    start = Math.min(start, t.token(t.sentenceAt(q.open()).first()).start());
                }
            }
            return end == content.end() && start == content.start() ? content : new Span(start, end);
        }

        private static Attribution withContent(Attribution a, Span content) {
            return content == a.content() ? a
                    : new Attribution(a.source(), a.cue(), content, a.speaker(), a.direct());
        }

        /**
         * An inverted speaker ("..., said Mr. Blinken." / "..., said X, a senior fellow, on Monday") ends
         * its clause; a noun phrase that goes on ("conceded the situation in the country is ...") is the
         * object of the verb, not its speaker.
         */
        /** A noun phrase that can name a speaker after an inverted verb: a name or a determined noun, not a time. */
        private boolean namesSomeone(int[] np) {
            Token first = t.token(np[0]);
            if (first.is("the", "a", "an", "his", "her", "their", "its", "one", "another", "former")) {
                return np[1] > np[0];
            }
            for (int m = np[0]; m <= np[1]; m++) {
                Token tok = t.token(m);
                if (!tok.capitalized() || TIME_WORDS.contains(tok.lower())) {
                    return false;
                }
            }
            return first.capitalized();
        }

        private boolean invertedSpeaker(int[] np, Sentence s) {
            for (int m = np[0]; m <= np[1]; m++) {
                if (t.token(m).is("is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can",
                        "should", "may", "might", "must", "be", "been", "do", "does", "did")) {
                    return false; // a clause ("said the absentee program is ..."), not a name
                }
            }
            int k = np[1] + 1;
            return k > s.last() || isSentenceEndAt(k, s) || t.token(k).is(",", ";", "—", "–", "(")
                    || isCircumstance(k, contentEnd(s));
        }

        /**
         * The words a cue with nothing after it introduces: an unattributed quotation that follows in
         * the same paragraph ("X said in a statement. “...”"), or the next paragraph when the cue's
         * sentence ends the paragraph with a colon ("One activist tweeted:" above the tweet).
         */
        private Span followingWords(Sentence s) {
            int k = s.last() + 1;
            if (k >= t.size()) {
                return null;
            }
            if (!t.paragraphBreakBetween(s.last(), k)) {
                int q = t.quoteContaining(k);
                if (q < 0 || quoteDone[q] || t.quotes.get(q).open() != k) {
                    return null;
                }
                Quote quote = t.quotes.get(q);
                if (quote.close() >= 0 && (cueAfter(quote) != null)) {
                    return null; // the quotation names its own speaker
                }
                quoteDone[q] = true;
                return quote.span();
            }
            if (!t.token(s.last()).is(":")) {
                return null;
            }
            int end = k;
            while (end + 1 < t.size() && !t.paragraphBreakBetween(end, end + 1)) {
                end++;
            }
            return span(k, end);
        }

        /** After a postposed cue only its speaker and circumstances follow ("..., officials said on Monday."). */
        private boolean nothingReportedAfter(int i, Sentence s) {
            int r = i + 1;
            if (r > contentEnd(s) || onlyCircumstance(r, s)) {
                return true;
            }
            int[] np = nounPhraseAfter(skipParentheticals(r));
            return np != null && invertedSpeaker(np, s);
        }

        /** The form of "be" that makes the participle at i passive ("was first noted"), or -1. */
        private int passiveAuxiliary(int i, Sentence s) {
            int k = i - 1;
            while (k > s.first() && (isAdverb(t.token(k)) || t.token(k).is("not", "n't", "also", "first", "later",
                    "never", "still", "already", "then"))) {
                k--;
            }
            return k >= s.first() && k < i && t.token(k).is("is", "are", "was", "were", "be", "been", "being")
                    && !t.token(i - 1).is("being") ? k : -1;
        }

        /** The first token of the clause whose verb phrase starts at {@code verb}: back to a boundary word or mark. */
        private int clauseStart(int verb, Sentence s) {
            int k = verb - 1;
            while (k >= s.first()) {
                Token tok = t.token(k);
                if (!(tok.isWord() || tok.is("’s", "'s", "-", "&") || isAbbreviationDot(k))
                        || SUBJECT_BOUNDARY.contains(tok.lower())) {
                    break;
                }
                k--;
            }
            return Math.min(verb, k + 1);
        }

        private Attribution lastIn(Sentence s) {
            int from = t.token(s.first()).start();
            for (int k = found.size() - 1; k >= 0; k--) {
                Attribution a = found.get(k);
                if (a.cue().start() >= from && a.cue().start() < t.token(s.last()).end()) {
                    return a;
                }
            }
            return null;
        }

        /** "that" or a colon soon after the cue, or a quotation right after it ("concluded, “...”"). */
        private boolean hasThat(int i, Sentence s) {
            for (int k = i + 1; k <= Math.min(s.last(), i + 4); k++) {
                if (t.token(k).is("that", ":")) {
                    return true;
                }
            }
            int k = i + 1;
            if (k <= s.last() && t.token(k).is(",")) {
                k++;
            }
            return k <= s.last() && t.token(k).kind() == AttributionText.Kind.OPEN_QUOTE;
        }

        /** Where the reported content begins: after "that", a colon, or the listener of "told". */
        private int contentStartAfter(int i, Sentence s) {
            int r = i + 1;
            if (r <= s.last() && t.token(r).is("out", "up", "back", "on", "off")) {
                r++;
            }
            for (int k = r; k <= Math.min(s.last(), r + 5); k++) {
                Token tok = t.token(k);
                if (tok.is("that")) {
                    if (demonstrative(k, s)) {
                        break; // "rejected that idea.": the object itself
                    }
                    if (LISTENER_VERBS.contains(t.token(i).lower()) || k == r) {
                        return k + 1;
                    }
                    break;
                }
                if (!tok.isWord() && !tok.is(".") || tok.is("he", "she", "they", "i", "we")) {
                    break; // a subject pronoun starts the clause itself ("insisted she hadn't discussed that")
                }
            }
            while (r <= s.last() && t.token(r).is(":", ",", "—")) {
                r++;
            }
            return r;
        }

        /** "that idea." / "that math, saying ...": "that" with one noun closing the clause points, it does not subordinate. */
        private boolean demonstrative(int that, Sentence s) {
            int noun = that + 1;
            if (noun > s.last() || !t.token(noun).isWord() || t.token(noun).capitalized()
                    || SpeakerPhrase.isFunctionWord(t.token(noun).lower())) {
                return false;
            }
            int next = noun + 1;
            return next > s.last() || t.token(next).is(",", ";", ".", "!", "?", "—") || isSentenceEndAt(next, s);
        }

        /**
         * "..., Defense Secretary Ash Carter told a Senate panel Wednesday.": after a verb of telling only
         * the one addressed and circumstances follow, so what was told stands before.
         */
        private boolean onlyListener(int i, int right, Sentence s) {
            if (!t.token(i).is(ADDRESSED) || right != i + 1) {
                return false;
            }
            int[] listener = nounPhraseAfter(right);
            if (listener == null || t.sentenceOf[listener[1]] != t.sentenceOf[i]) {
                return false;
            }
            int k = listener[1] + 1;
            return k > s.last() || isSentenceEndAt(k, s) || onlyCircumstance(k, s);
        }

        /** "said Thursday." / "said in a statement." — nothing reported after the verb. */
        private boolean onlyCircumstance(int r, Sentence s) {
            int words = 0;
            for (int k = r; k <= s.last(); k++) {
                Token tok = t.token(k);
                if (tok.is(".", "!", "?") || tok.kind() == AttributionText.Kind.CLOSE_QUOTE) {
                    continue;
                }
                if (tok.is(",")) {
                    return false; // a comma after the verb starts more content
                }
                if (++words > 6) {
                    return false; // too much after the verb to be a circumstance (and no need to read on)
                }
            }
            return isCircumstance(r, s.last());
        }

        private boolean isCircumstance(int from, int to) {
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

        // ---------------------------------------------------------------- noun phrases

        /**
         * The subject before a speech verb, skipping "has also": {start, end, headStart, headEnd} in
         * tokens, where the head is the part that names the speaker ("Nick Merrill" in "Nick Merrill,
         * a spokesman for Mrs. Clinton,"; "teachers unions" in "teachers unions who").
         */
        private int[] findSubject(int cue) {
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
                return sentenceSubject(s);
            }
            if (before.is("who", "which", "that") && k > s.first()) {
                int antecedentEnd = t.token(k - 1).is(",") ? k - 2 : k - 1;
                int[] np = nounPhraseBefore(antecedentEnd);
                if (np == null) {
                    return null;
                }
                int[] head = trimSubject(np[0], np[1]);
                return head == null ? null : new int[] {head[0], k, head[0], head[1]};
            }
            int end = k;
            int start = k;
            while (start >= s.first()) {
                Token tok = t.token(start);
                boolean part = tok.isWord() && !SUBJECT_BOUNDARY.contains(tok.lower())
                        || isAbbreviationDot(start) || tok.is("’s", "'s", "-", "&");
                if (!part) {
                    break;
                }
                start--;
            }
            start++;
            if (start > end) {
                return null;
            }
            start = coordinatedStart(s, start, end);
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
        private boolean namedApposition(Sentence s, int closingComma) {
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

        /** "Samantha Phillips, the city's emergency director, said": the name before the aside. */
        private int[] appositionSubject(Sentence s, int closingComma) {
            int m = closingComma - 1;
            while (m >= s.first() && closingComma - m < 16 && !t.token(m).is(",") && !t.token(m).isQuote()
                    && !t.token(m).is(".", ";", ":", "—")) {
                m--;
            }
            if (m < s.first() || !t.token(m).is(",") || m == closingComma - 1) {
                return longAppositionSubject(s, closingComma);
            }
            int[] head = nounPhraseBefore(m - 1);
            if (head == null) {
                return null;
            }
            head = trimSubject(head[0], head[1]);
            if (head == null) {
                return null;
            }
            return new int[] {head[0], closingComma - 1, head[0], head[1]};
        }

        /**
         * "Bill Millis, a North Carolina businessman who had been a member of the campaign’s board before
         * departing last month, said": the name that opens the sentence, however long its aside.
         */
        private int[] longAppositionSubject(Sentence s, int closingComma) {
            int[] main = sentenceSubject(s);
            if (main == null || main[1] + 1 >= closingComma || !t.token(main[1] + 1).is(",")
                    || main[0] == main[1] && t.token(main[0]).is("he", "she", "they", "we", "i")) {
                return null;
            }
            for (int m = main[1] + 1; m < closingComma; m++) {
                if (t.token(m).isQuote() || t.token(m).is(";", ":") || AttributionCues.isCueVerb(t.token(m).lower())) {
                    return null; // the aside holds its own speech, or the sentence is not one subject
                }
            }
            return new int[] {main[0], closingComma - 1, main[0], main[1]};
        }

        /** "Jessie Elkins, 70, had served ... and said": the name or pronoun that opens the sentence. */
        private int[] sentenceSubject(Sentence s) {
            int first = s.first();
            if (t.token(first).is("but", "and", "so", "yet")) {
                first++;
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
            int end = first - 1;
            for (int m = first; m <= s.last() && m - first < 6; m++) {
                if (t.token(m).capitalized() || isAbbreviationDot(m)) {
                    end = m;
                } else {
                    break;
                }
            }
            return end >= first ? new int[] {first, end, first, end} : null;
        }

        private int[] nounPhraseBefore(int end) {
            Sentence s = t.sentenceAt(Math.max(0, end));
            int start = end;
            while (start >= s.first() && (t.token(start).isWord() || isAbbreviationDot(start))
                    && !SUBJECT_BOUNDARY.contains(t.token(start).lower()) && end - start < 8) {
                start--;
            }
            return start + 1 <= end ? new int[] {start + 1, end} : null;
        }

        /** Keeps the last 10 tokens of a subject and rejects ones that cannot name a speaker. */
        private int[] trimSubject(int start, int end) {
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
            if (!head.isWord() && !isAbbreviationDot(end)) {
                return null;
            }
            if (NOT_SUBJECT_START.contains(head.lower()) || VERB_PREFIX.contains(head.lower())) {
                return null;
            }
            return new int[] {start, end};
        }

        /** Words ending in -ly that name people or things, not manners ("a member of the family said"). */
        private static final Set<String> LY_NOUNS = Set.of("family", "elderly", "assembly", "supply", "rally",
                "anomaly", "monopoly", "daily", "weekly", "monthly", "quarterly", "butterfly", "homily", "ally");

        private static boolean isAdverb(Token tok) {
            String w = tok.lower();
            return tok.isWord() && !tok.capitalized() && w.length() > 5 && w.endsWith("ly") && !LY_NOUNS.contains(w)
                    || tok.is("basically", "notably", "repeatedly", "reportedly", "previously", "publicly", "actually");
        }

        /** "Cruz, who has proposed repealing the mandate, said": the verb of the aside is not the speech verb. */
        private boolean inRelativeAside(int c, int from) {
            int k = c - 1;
            while (k > from && VERB_PREFIX.contains(t.token(k).lower())) {
                k--;
            }
            return k > from && t.token(k).is("who", "which") && t.token(k - 1).is(",");
        }

        /** "Cruz, who has proposed repealing the mandate over five years,": a name, a comma, then its aside. */
        private boolean namedAside(int from, int to) {
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

        private boolean subjectLooksValid(int from, int to) {
            if (to - from > 13 && !namedAside(from, to)) {
                return false;
            }
            if (NOT_SUBJECT_START.contains(t.token(from).lower())) {
                return false;
            }
            for (int k = from; k <= to; k++) {
                Token tok = t.token(k);
                if (!(tok.isWord() || tok.is(",", "’s", "'s", "-", "&") || isAbbreviationDot(k))) {
                    return false;
                }
            }
            return true;
        }

        private boolean startsWithNonSubject(int from, int to) {
            return NOT_SUBJECT_START.contains(t.token(from).lower()) && to - from < 6;
        }

        /** Skips ", according to a translation of her remarks," and similar asides after a verb. */
        private int skipParentheticals(int k) {
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
        private int[] nounPhraseAfter(int k) {
            if (k >= t.size()) {
                return null;
            }
            int sentence = t.sentenceOf[k];
            int start = k;
            int end = k - 1;
            for (int m = k; m < t.size() && m - k < 10 && t.sentenceOf[m] == sentence; m++) {
                Token tok = t.token(m);
                if (tok.is("of") && m + 1 < t.size() && t.token(m + 1).capitalized() && end >= start) {
                    end = m;
                    continue;
                }
                if (tok.isWord() && !SPEAKER_AFTER_END.contains(tok.lower()) || isAbbreviationDot(m)
                        || tok.is("’s", "'s", "-") && end >= start) {
                    end = m;
                    continue;
                }
                break;
            }
            return end >= start ? new int[] {start, end} : null;
        }

        private int[] nounPhraseUntilComma(int k, int last) {
            int end = k - 1;
            for (int m = k; m <= last && m - k < 14; m++) {
                Token tok = t.token(m);
                if (tok.is(",", ";", ":", "—", "–", "(", ")") || tok.isQuote() || spacedHyphen(m)
                        || tok.is(".", "!", "?") && !isAbbreviationDot(m) || tok.is("that")) {
                    break;
                }
                end = m;
            }
            return end >= k ? new int[] {k, end} : null;
        }

        /** A hyphen standing alone between spaces, used as a dash ("most Americans - 63 percent - believe"). */
        private boolean spacedHyphen(int m) {
            Token tok = t.token(m);
            return tok.is("-") && m > 0 && m + 1 < t.size() && t.token(m - 1).end() < tok.start()
                    && tok.end() < t.token(m + 1).start();
        }

        private int[] agentAfterBy(int k, int last) {
            int end = k - 1;
            for (int m = k; m <= last && m - k < 8; m++) {
                Token tok = t.token(m);
                if (!(tok.isWord() || isAbbreviationDot(m)) || tok.is("of", "for", "that", "over", "as", "in",
                        "on", "after", "because", "to")) {
                    break;
                }
                end = m;
            }
            return end >= k ? new int[] {k, end} : null;
        }

        // ---------------------------------------------------------------- helpers

        /**
         * @param nextToQuote the word frames a quotation ("“...,” she declared"): the structure is
         *                    evidence enough, so the classifier may add cues there but not veto listed ones
         */
        private boolean isVerbCue(int i, boolean nextToQuote) {
            Token tok = t.token(i);
            if (!tok.isWord()) {
                return false;
            }
            boolean listed = AttributionCues.isCueVerb(tok.lower());
            boolean admitted = cueProbability != null && cueProbability[i] >= model.add() && headOfCue(i);
            boolean vetoed = cueProbability != null && !nextToQuote && cueProbability[i] < model.keep()
                    && !SpeakerChecks.saidAfterAName(t, i);
            if (listed ? vetoed : !admitted) {
                return false; // the classifier vetoes a listed verb used otherwise, or admits an unlisted cue
            }
            if (namingParticiple(i)) {
                return false;
            }
            if (i > 0 && SpeakerPhrase.DETERMINERS.contains(t.token(i - 1).lower())
                    && !t.token(i - 1).is("her") && t.sentenceOf[i - 1] == t.sentenceOf[i]
                    && !(i + 1 < t.size() && t.token(i + 1).is("that"))) {
                return false; // "the stated objective", "his promised reform": an adjective or a noun
            }
            // a capitalised verb mid-sentence is a headline ("Trump Calls On Obama To Resign") when the classifier says so
            return !tok.capitalized() || t.sentenceAt(i).first() == i || strong(i) || listed && titleCased(t.sentenceAt(i));
        }

        /** A headline in title case ("Al Sharpton Just Said Something Unexpected About Trump"): its verbs are capitalised too. */
        private boolean titleCased(Sentence s) {
            int words = 0;
            int capitals = 0;
            for (int k = s.first(); k <= s.last(); k++) {
                Token tok = t.token(k);
                if (tok.isWord() && tok.text().length() > 3) {
                    words++;
                    capitals += tok.capitalized() ? 1 : 0;
                }
            }
            return words >= 3 && capitals * 10 >= words * 8;
        }

        /**
         * An unlisted word the classifier admits must head its cue: not a function word or a manner
         * adverb ("openly supports", "did remember"), nor just before a likelier cue word.
         */
        private boolean headOfCue(int i) {
            Token tok = t.token(i);
            if (SpeakerPhrase.isFunctionWord(tok.lower()) || isAdverb(tok)) {
                return false;
            }
            int next = i + 1;
            return !(next < t.size() && t.sentenceOf[next] == t.sentenceOf[i] && cueProbability[next] > cueProbability[i]);
        }

        /**
         * A cue the classifier admits: its context outweighs the lexicon's caution, so a weak word
         * needs no "that" and a capitalised one may be a headline verb (measured on a held-out part of
         * PolNeAR train: any stricter bar than the admission threshold lost more than it saved).
         */
        private boolean strong(int i) {
            return cueProbability != null && cueProbability[i] >= model.add();
        }

        /**
         * A word that needs "that" or a quotation to report: "concluded" always, a weak lexicon word
         * ("claims", "reports") unless the classifier is sure.
         */
        private boolean weak(int i) {
            String w = t.token(i).lower();
            return AttributionCues.needsClause(w) || AttributionCues.isWeak(w) && !strong(i);
        }

        private boolean isAbbreviationDot(int i) {
            Token tok = t.token(i);
            if (!tok.text().equals(".") || i == 0) {
                return false;
            }
            Token prev = t.token(i - 1);
            if (prev.end() == tok.start() && prev.capitalized() && prev.is("jr", "sr")
                    && i + 1 < t.size() && t.sentenceOf[i] == t.sentenceOf[i + 1]) {
                return true; // "James B. Comey Jr., the director": the sentence goes on
            }
            return prev.end() == tok.start() && prev.capitalized()
                    && (SpeakerResolver.TITLES.contains(prev.lower()) || prev.text().length() == 1)
                    && i + 1 < t.size() && t.token(i + 1).capitalized();
        }

        private boolean isSentenceEndAt(int k, Sentence s) {
            for (int m = k; m <= s.last(); m++) {
                if (!t.token(m).is(".", "!", "?") && t.token(m).kind() != AttributionText.Kind.CLOSE_QUOTE) {
                    return false;
                }
            }
            return true;
        }

        private int contentStart(Sentence s) {
            return t.token(s.first()).start();
        }

        /** The last token of a sentence's content: its final full stop left out. */
        private int contentEnd(Sentence s) {
            int last = s.last();
            if (last > s.first() && t.token(last).is(".", "!", "?") && t.quoteContaining(last) < 0) {
                last--;
            }
            return last;
        }

        private Span span(int fromToken, int toToken) {
            if (toToken < fromToken) {
                toToken = fromToken;
            }
            return new Span(t.token(fromToken).start(), t.token(toToken).end());
        }

        private Span tokSpan(int i) {
            return new Span(t.token(i).start(), t.token(i).end());
        }

        private void addAt(int cue, int[] source, Span content, boolean direct) {
            if (!SpeakerPhrase.plausible(t, source[2], source[3])) {
                return; // not a speaker: the cue word is used in another sense here
            }
            usedCue[cue] = true;
            record(new Attribution(span(source[0], source[1]), tokSpan(cue), content,
                    speakers.resolve(source[0], source[1], source[2], source[3]), direct));
        }

        private static int[] withHead(int[] np) {
            return new int[] {np[0], np[1], np[0], np[1]};
        }

        /**
         * A speaker with an aside, before a verb: the part that holds a name speaks ("Michael Cernech,
         * the city manager," / "Clinton’s spokesman, Brian Fallon,").
         */
        private int[] headOfList(int[] np) {
            int comma = -1;
            for (int m = np[0]; m <= np[1]; m++) {
                if (t.token(m).is(",")) {
                    comma = m;
                    break;
                }
            }
            if (comma < 0) {
                return withHead(np);
            }
            boolean firstHasName = false;
            for (int m = np[0]; m < comma; m++) {
                Token tok = t.token(m);
                firstHasName |= tok.capitalized() && !SpeakerResolver.TITLES.contains(tok.lower()) && !tok.is("the")
                        && !tok.lower().endsWith("’s") && !tok.lower().endsWith("'s");
            }
            if (firstHasName && !t.token(comma - 1).is("’s", "'s")) {
                return new int[] {np[0], np[1], np[0], comma - 1};
            }
            int last = np[1];
            for (int m = np[1]; m > np[0]; m--) {
                if (t.token(m).is(",")) {
                    int[] head = trimSubject(m + 1, last);
                    return head == null ? withHead(np) : new int[] {np[0], np[1], head[0], head[1]};
                }
            }
            return withHead(np);
        }

        private void add(Cue cue, Span content, boolean direct) {
            if (cue.source != null && !SpeakerPhrase.plausible(t, cue.source[2], cue.source[3])) {
                return;
            }
            if (cue.cueToken >= 0) {
                usedCue[cue.cueToken] = true;
                if (t.token(cue.cueToken).is("according") && cue.cueToken + 1 < t.size()) {
                    usedCue[cue.cueToken + 1] = true;
                }
            }
            Span source = cue.source == null ? null : span(cue.source[0], cue.source[1]);
            String speaker = cue.source == null ? null
                    : speakers.resolve(cue.source[0], cue.source[1], cue.source[2], cue.source[3]);
            record(new Attribution(source, new Span(cue.cueStart, cue.cueEnd), content, speaker, direct));
        }
    }

    /** A cue found next to a quotation, with its source tokens (-1 when not stated). */
    private record Cue(int cueStart, int cueEnd, int[] source, int cueToken) {}
}
