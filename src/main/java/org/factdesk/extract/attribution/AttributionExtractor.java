package org.factdesk.extract.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.factdesk.extract.attribution.AttributionText.Sentence;
import org.factdesk.model.Attribution;
import org.factdesk.model.Span;

/**
 * Finds who said what in an article: direct quotes (the speaker before, after or between the
 * pieces of a quotation) and reported speech ("X said that ...", "according to X", "X is accused
 * by Y of ..."), with speakers resolved within the article by {@link SpeakerResolver}.
 */
public final class AttributionExtractor {
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
        List<Attribution> found = UnnamedSpeakers.named(text, find(text, cueModel));
        return SpeakerChecks.publishable(text, CaptionQuotes.added(text, found));
    }

    /** "shows", "depicted", "illustrates": a cue that describes a picture rather than reports speech. */
    public static boolean isDepictingCue(String cue) {
        return SpeakerChecks.isDepictingCue(cue);
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
                .thenComparing((Attribution a) -> !closesTheSentence(a, sentStart, sentEnd))
                .thenComparingInt((Attribution a) -> -covered(a.content(), sentStart, sentEnd))
                .thenComparing(a -> !a.direct())
                .thenComparingInt(a -> a.cue().start());
        return pool.stream().min(order).orElseThrow();
    }

    /**
     * "Veldan will ban petrol cars from 2030, the transport minister has confirmed.": a reporting clause that closes
     * the sentence, its content all that comes before, frames whatever cue that content holds ("ban").
     */
    private static boolean closesTheSentence(Attribution a, int sentStart, int sentEnd) {
        return a.content().start() <= sentStart + 2 && a.content().end() <= a.cue().start()
                && a.cue().start() >= sentStart + 2 * (sentEnd - sentStart) / 3;
    }

    private static int covered(Span content, int from, int to) {
        return Math.max(0, Math.min(content.end(), to) - Math.max(content.start(), from));
    }

    /**
     * One pass over one article: signed quotations, then direct quotes, reported speech, paragraph
     * labels, and last the cues only the classifier finds, each rule skipping cues an earlier one took.
     */
    private static List<Attribution> find(String text, AttributionCueModel model) {
        RunState run = new RunState(text, model);
        AttributionText t = run.t;
        NounPhrases nouns = new NounPhrases(run);
        CueWords cues = new CueWords(run);
        QuoteAttribution quotes = new QuoteAttribution(run, nouns, cues);
        ReportedSpeech reported = new ReportedSpeech(run, cues, nouns, quotes);
        SpeakerLabels labels = new SpeakerLabels(run);
        for (int i = 1; i < t.size(); i++) {
            if (t.token(i).is("―", "—", "–")) {
                quotes.dashSignature(i);
            }
        }
        for (int q = 0; q < t.quotes.size(); q++) {
            if (!run.quoteDone[q]) {
                quotes.directQuote(q);
            }
        }
        for (Sentence s : t.sentences) {
            reported.reportedSpeech(s);
        }
        for (int p = 0; p < t.size(); p++) {
            if (p == 0 || t.paragraphBreakBetween(p - 1, p)) {
                labels.speakerLabel(p);
            }
        }
        if (run.cueProbability != null) {
            ClassifiedCues classified = new ClassifiedCues(run, cues, reported, nouns);
            for (Sentence s : t.sentences) {
                classified.classifiedCues(s);
            }
        }
        List<Attribution> found = run.found;
        found.sort(Comparator.comparingInt((Attribution a) -> a.cue().start()));
        return List.copyOf(found);
    }
}
