package org.factdesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.factdesk.extract.attribution.AttributionExtractor;
import org.factdesk.extract.attribution.EnclosingSpeech;
import org.factdesk.extract.quantity.ModelNumbers;
import org.factdesk.extract.quantity.QuantityExtractor;
import org.factdesk.model.AgreementTerm;
import org.factdesk.model.Article;
import org.factdesk.model.Attribution;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.DateMention;
import org.factdesk.model.Quantity;
import org.factdesk.model.Span;
import org.factdesk.task.Progress;

/**
 * Turns an article into its check-worthy claims: one claim per sentence that states something a
 * fact-checker can verify (a number, an attributed statement, an agreement term, a dated event, or a
 * sentence the check-worthiness model rates high). Stateless after construction and thread-safe.
 */
public final class ClaimExtractor {
    /** Sentences shorter than this many words are headline fragments unless they hold a number. */
    private static final int MIN_WORDS = 6;
    private static final Pattern EVENT_VERB = Pattern.compile(
            "(?i)\\b(vote[sd]?|voting|launch(?:ed|es)?|fir(?:ed|es|ing)|sign(?:ed|s)?|ratif(?:y|ied|ies|ication)|met|meet(?:s|ing)?"
                    + "|visit(?:ed|s)?|attack(?:ed|s)?|invad(?:ed|es)|invasion|elect(?:ed|ion)|announc(?:ed|es)|began|begin|start(?:ed|s)?"
                    + "|held|hold(?:s)?|arriv(?:ed|es)|enter(?:ed|s)|deploy(?:ed|s)?|struck|strikes?|killed|died|captured|seized"
                    + "|opened|closed|resign(?:ed|s)|appointed|approved|passed|offensive|summit|talks|took place|occurred)\\b");

    /** A quotation of several words with a speech verb: a statement to check even before attribution. */
    private static final Pattern QUOTED_SPEECH = Pattern.compile(
            "[“\"][^”\"]{20,}[”\"].{0,40}\\b(said|says|declared|added|stated|told|insisted|claimed|warned|welcomed"
                    + "|announced|stressed|noted|argued|wrote)\\b|\\b(said|says|declared|added|stated|told|claimed)\\b.{0,80}[“\"]");

    private final SentenceSplitter splitter;
    private final QuantityExtractor quantities;
    private final DateExtractor dates;
    private final AgreementExtractor agreements;
    private final AttributionExtractor attributions;
    private final CheckWorthinessScorer scorer;

    public ClaimExtractor(SentenceSplitter splitter, QuantityExtractor quantities, DateExtractor dates,
                          AgreementExtractor agreements, AttributionExtractor attributions, CheckWorthinessScorer scorer) {
        this.splitter = splitter;
        this.quantities = quantities;
        this.dates = dates;
        this.agreements = agreements;
        this.attributions = attributions;
        this.scorer = scorer;
    }

    public static ClaimExtractor createDefault() {
        return new ClaimExtractor(new SentenceSplitter(), new QuantityExtractor(), new DateExtractor(),
                new AgreementExtractor(), new AttributionExtractor(), CheckWorthinessScorer.load());
    }

    public List<Claim> extract(Article article) {
        return extract(article, Progress.NONE);
    }

    public List<Claim> extract(Article article, Progress progress) {
        return extract(article, progress, false);
    }

    /**
     * The claims as the n-gram model alone scores them: never waits for the sentence encoder, so a window can
     * list them at once and replace them with {@link #extract}'s when those arrive (see {@link #scoresMayChange}).
     */
    public List<Claim> extractQuickly(Article article, Progress progress) {
        return extract(article, progress, true);
    }

    /** Whether {@link #extract} may score (and so choose) claims differently from {@link #extractQuickly}. */
    public boolean scoresMayChange() {
        return scorer.mayReadMeaning();
    }

    private List<Claim> extract(Article article, Progress progress, boolean quickly) {
        String text = article.text();
        List<Span> sentences = splitter.split(text);
        // the speaker rules and cue words are English: on a Korean or Indonesian page they name words, not people
        List<Attribution> attributionList = org.factdesk.extract.lexicon.EnglishText.readsAsEnglish(text)
                ? withShortSpeaker(text, attributions.extract(text)) : List.of();
        double[] scores = scores(text, sentences, quickly);
        ModelNumbers modelNumbers = ModelNumbers.of(text);
        double threshold = quickly ? scorer.quickThreshold() : scorer.threshold();
        List<Claim> claims = new ArrayList<>();
        int done = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Span s = sentences.get(i);
            progress.checkCancelled();
            Claim c = claim(article, s, attributionList, modelNumbers, scores[i], quickly, threshold);
            if (c != null) {
                claims.add(c);
            }
            if (++done % 20 == 0) {
                progress.update(done, sentences.size(), "Finding claims");
            }
        }
        claims = TableClaims.joined(article, claims);
        progress.update(sentences.size(), sentences.size(), claims.size() + " claims found");
        return claims;
    }

    /**
     * The check-worthiness of every sentence long enough to be a claim on its own, scored as one batch (the
     * sentence encoder reads a batch faster than one sentence at a time); NaN for shorter ones, which are
     * scored only if a number makes them claims.
     */
    private double[] scores(String text, List<Span> sentences, boolean quickly) {
        double[] scores = new double[sentences.size()];
        java.util.Arrays.fill(scores, Double.NaN);
        List<String> batch = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i).of(text);
            if (sentence.split("\\s+").length >= MIN_WORDS) {
                batch.add(sentence);
                at.add(i);
            }
        }
        double[] batchScores = quickly ? scorer.scoreAllQuickly(batch) : scorer.scoreAll(batch);
        for (int k = 0; k < at.size(); k++) {
            scores[at.get(k)] = batchScores[k];
        }
        return scores;
    }

    private Claim claim(Article article, Span span, List<Attribution> attributionList, ModelNumbers modelNumbers,
                        double precomputedScore, boolean quickly, double threshold) {
        String text = article.text();
        String sentence = span.of(text);
        int words = sentence.split("\\s+").length;
        List<Quantity> qs = quantities.extract(sentence).stream().map(q -> q.shifted(span.start())).toList();
        List<DateMention> ds = dates.extract(sentence, article.published()).stream()
                .map(d -> d.shifted(span.start())).toList();
        List<Quantity> realQuantities = countsBeforeAModel(text, qs.stream()
                .filter(q -> !overlapsDate(q, ds) && isSalient(q, text)).toList(), modelNumbers);
        // a table row ("Magnetic | 2015 | Alice is stuck ..."): its cells are not a speaker and what they said
        Attribution attribution = sentence.contains(" | ") ? null : attributionFor(text, span, attributionList);
        if (attribution != null && inCaption(article.captions(), span)
                && depicts(text.substring(attribution.cue().start(), attribution.cue().end()))) {
            attribution = null; // "The 'bathtub ring' at Lake Mead shows how far the water has fallen": a photo's caption
        }
        AgreementTerm agreement = words >= MIN_WORDS ? agreements.extract(sentence, text) : null;
        if (sentence.codePoints().noneMatch(Character::isLetter)) {
            return null; // a chart's tick or a table's figure on its own ("$915", "600", "’18"): says nothing of what
        }
        if (words < MIN_WORDS && realQuantities.stream().allMatch(ClaimExtractor::isBareSmallNumber)) {
            // headline fragments ("An escalation of tensions", "Related News :") and labels with a small number that
            // counts nothing named ("Meal 1", "3. update task statuses", "41]"); "Sonos Move for $400" stays
            return null;
        }
        if (PageNotes.aboutThePage(sentence) || PageNotes.aboutTheAuthor(sentence, article.byline(), span.start(), text)) {
            return null; // a post's signature, a citation, a prompt to the reader, a publishing note: not about the world
        }
        // the claim under check, as a summary box or a quotation states it: a claim whatever its score
        boolean stated = StatedClaims.states(text, span);
        if (realQuantities.isEmpty() && isVerblessFragment(sentence) && !StatedClaims.underClaimHeading(text, span.start())) {
            // a tour date "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL", a cited title in quotation marks, a
            // list entry; under "Claim:" even a line of names is the claim
            return null;
        }
        double score = !Double.isNaN(precomputedScore) ? precomputedScore
                : quickly ? scorer.scoreAllQuickly(List.of(sentence))[0] : scorer.score(sentence);
        boolean worth = score >= threshold || !realQuantities.isEmpty() || attribution != null
                || agreement != null || !ds.isEmpty() || QUOTED_SPEECH.matcher(sentence).find() || stated;
        if (!worth) {
            return null;
        }
        if (attribution == null && !sentence.contains(" | ")) {
            // "“This is a historic step,” Borrell said. “We are delivering on our promise.”": the second sentence is
            // his too. It makes a sentence listed for other reasons an attributed one, never a claim by itself.
            attribution = EnclosingSpeech.of(text, span, attributionList);
        }
        ClaimKind kind;
        if (attribution != null && (attribution.direct() || agreement == null)) {
            kind = ClaimKind.ATTRIBUTION;
        } else if (agreement != null) {
            kind = ClaimKind.AGREEMENT; // "the two countries concluded a treaty which provides ..." is the term itself
        } else if (!realQuantities.isEmpty()) {
            kind = ClaimKind.QUANTITY;
        } else if (!ds.isEmpty() && EVENT_VERB.matcher(sentence).find()) {
            kind = ClaimKind.EVENT;
        } else {
            kind = ClaimKind.ASSERTION;
        }
        double boosted = score + (realQuantities.isEmpty() ? 0 : 0.1) + (attribution == null ? 0 : 0.05)
                + (agreement == null ? 0 : 0.1) + (kind == ClaimKind.EVENT ? 0.05 : 0);
        if (stated) {
            boosted = Math.max(boosted, threshold); // listed with the check-worthy ones
        }
        boosted = Math.max(0, Math.min(1, boosted));
        return new Claim(Claim.idFor(article.id(), sentence), article.id(), sentence, kind, span.start(), span.end(),
                boosted, realQuantities, attribution, agreement, ds);
    }

    /**
     * The quantities that are amounts, the model numbers among them left out; a count just before a model's number
     * counts what the model's unit names ("400 737 Max jets": 400 jets, not 400 of nothing).
     */
    private static List<Quantity> countsBeforeAModel(String text, List<Quantity> qs, ModelNumbers modelNumbers) {
        List<Quantity> out = new ArrayList<>(qs.size());
        for (int i = 0; i < qs.size(); i++) {
            Quantity q = qs.get(i);
            if (modelNumbers.names(text, q)) {
                continue;
            }
            Quantity next = i + 1 < qs.size() ? qs.get(i + 1) : null;
            if (q.unit().isBlank() && next != null && modelNumbers.names(text, next) && !next.unit().isBlank()
                    && q.end() <= next.start() && text.substring(q.end(), next.start()).isBlank()) {
                String counted = next.unit().replaceFirst("^(?:\\p{Lu}\\S*\\s+)+", ""); // "Max jets" -> "jets"
                if (!counted.isBlank() && !Character.isUpperCase(counted.charAt(0))) {
                    q = q.withUnit(counted);
                }
            }
            out.add(q);
        }
        return out;
    }

    /** Lower-case words that say nothing by themselves: a phrase made of names and these has no verb. */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("a", "an", "the", "of", "for", "and",
            "or", "in", "on", "at", "to", "by", "with", "from", "as", "de", "la", "le", "du", "van", "von", "der", "vs");
    /** Capitalised verbs that make a Title Case line a statement ("Stadia Is Essentially A Beta Version"). */
    private static final java.util.Set<String> TITLE_CASE_VERBS = java.util.Set.of("is", "are", "was", "were", "has",
            "have", "had", "will", "would", "can", "could", "should", "says", "said", "claims", "shows", "did", "does",
            "isn't", "isn’t", "aren't", "aren’t", "won't", "won’t", "wasn't", "wasn’t");

    /**
     * A line of a cased script (Latin, Cyrillic, Greek) without one lower-case word that is not a function word: a
     * list entry, a cited title, a tour date or a table's name cell, which states nothing. Lines in capitals (a
     * pasted post that shouts) and Title Case lines with a verb are statements; scripts without case are never judged.
     */
    static boolean isVerblessFragment(String sentence) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char ch = sentence.charAt(i);
            if (Character.isUpperCase(ch)) {
                upper++;
            } else if (Character.isLowerCase(ch)) {
                lower++;
            }
        }
        int letters = (int) sentence.codePoints().filter(Character::isLetter).count();
        if (upper + lower < letters / 2 || lower == 0 || upper > 4 * lower) {
            return false; // uncased script, or capitals throughout
        }
        for (String w : sentence.split("[\\s\"“”‘()\\[\\]:;,.!?|/–—-]+")) {
            if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) {
                continue;
            }
            String lowerWord = w.toLowerCase(Locale.ROOT);
            if (Character.isLowerCase(w.codePointAt(0)) && !FUNCTION_WORDS.contains(w) && w.length() > 1
                    || Character.isUpperCase(w.codePointAt(0)) && TITLE_CASE_VERBS.contains(lowerWord)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the two countries", "one of them": small counts in words that refer back to things already
     * named are not numbers worth checking.
     */
    private static boolean isSalient(Quantity q, String text) {
        boolean inWords = !q.surface().isEmpty() && Character.isLetter(q.surface().charAt(0));
        if (!inWords || q.value() > 2 || q.vague()) {
            return true;
        }
        String before = text.substring(Math.max(0, q.start() - 5), q.start()).toLowerCase(Locale.ROOT);
        return !(before.endsWith("the ") || before.endsWith("both ") || q.value() == 1);
    }

    /** A number under 100 with no unit, no currency and no counted noun: in a fragment, a label's number. */
    private static boolean isBareSmallNumber(Quantity q) {
        return q.unit().isEmpty() && q.value() < 100 && !q.vague();
    }

    private static boolean overlapsDate(Quantity q, List<DateMention> ds) {
        for (DateMention d : ds) {
            // a change whose two ends stand on either side of a date is no date: "from 85 million euros in 2021 to 240 million"
            boolean dateInsideChange = q.from() != null && d.start() > q.start() && d.end() < q.end();
            if (q.start() < d.end() && d.start() < q.end() && !dateInsideChange) {
                return true;
            }
        }
        return false;
    }

    /** A title of capitalised words joined by "of", "the", "and", "for": "the Head of the Office of the President". */
    private static final Pattern FORMAL_TITLE = Pattern.compile(
            "(?:the\\s+)?\\p{Lu}\\S*(?:\\s+(?:(?:of|the|and|for)\\s+)*\\p{Lu}\\S*)*");

    /**
     * The attributions whose speaker is named in at most six words, or is a formal title of at most ten, in text order
     * (as found). Only these are trusted to make a claim an attributed one: a longer speaker is a clause
     * ("tensions with the firing of ...").
     */
    private static List<Attribution> withShortSpeaker(String text, List<Attribution> list) {
        List<Attribution> out = new ArrayList<>();
        for (Attribution a : list) {
            String speaker = a.speaker() == null ? "" : a.speaker().strip();
            int words = speaker.isEmpty() ? 0 : speaker.split("\\s+").length;
            if (words > 0 && (words <= 6 || words <= 10 && FORMAL_TITLE.matcher(speaker).matches()
                    && !afterAPreposition(text, a.source()))) {
                out.add(a); // "the Deputy Head of the Office of the President" is a title, not a clause
            }
        }
        return out;
    }

    /** "the Adviser to the Head of the Office ...": a title found after "to" is the object of another's title. */
    private static boolean afterAPreposition(String text, Span source) {
        if (source == null) {
            return false;
        }
        String before = text.substring(Math.max(0, source.start() - 16), source.start()).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\b(?:to|of|for|with)\\s+$") && !before.matches("(?s).*\\baccording\\s+to\\s+$");
    }

    /**
     * The sentence's main attribution (see AttributionExtractor.mainAttribution) among {@code list} (in text order,
     * so ordered by cue): only those whose cue starts in the sentence are looked at, found by binary search, so
     * that an article of thousands of sentences is not scanned once per sentence.
     */
    private static Attribution attributionFor(String text, Span sentence, List<Attribution> list) {
        int lo = 0, hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).cue().start() < sentence.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int to = lo;
        while (to < list.size() && list.get(to).cue().start() < sentence.end()) {
            to++;
        }
        return AttributionExtractor.mainAttribution(list.subList(lo, to), sentence.start(), sentence.end());
    }

    /** A caption's verb for what its picture shows: the speech checks' depicting cues, and "seen". */
    private static boolean depicts(String cue) {
        return AttributionExtractor.isDepictingCue(cue) || cue.equalsIgnoreCase("seen");
    }

    /** Whether the sentence lies inside one of the article's captions (which are in text order). */
    static boolean inCaption(List<Span> captions, Span sentence) {
        int lo = 0, hi = captions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (captions.get(mid).start() <= sentence.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && captions.get(lo - 1).end() >= sentence.end();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
