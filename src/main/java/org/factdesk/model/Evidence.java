package org.factdesk.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A passage of a prior article that bears on a claim, as ranked by the evidence finder.
 *
 * @param docId      archive document id
 * @param passage    the passage text (a paragraph or a few sentences)
 * @param highlights spans inside {@code passage} of the words that matched
 * @param score      ranking score (higher is better; comparable within one search only)
 * @param stance     automatic stance, MENTIONS when nothing more can be said
 * @param stanceNote short explanation, e.g. "states 12,000 vs claim's 10,000"; may be empty
 * @param coverage   share of the claim's key words (weighted by rarity, synonyms counted) found in the passage or
 *                   its article's title, 0..1; NaN when not measured (a free-text search has no claim). Unlike
 *                   the score it means the same in every list; it measures wording, not relevance
 * @param relevance  the estimated probability that the passage is about what the claim states (calibrated on
 *                   labelled claim-to-evidence data, decision 41), never rising down a list; NaN when not estimated
 *                   (a free-text search)
 */
public record Evidence(String docId, String title, String source, LocalDate published, String url,
                       String passage, List<Span> highlights, double score, Stance stance, String stanceNote,
                       double coverage, double relevance) {
    public Evidence {
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
        stance = stance == null ? Stance.MENTIONS : stance;
        stanceNote = stanceNote == null ? "" : stanceNote;
        title = title == null ? "" : title;
        source = source == null ? "" : source;
        url = url == null ? "" : url;
    }

    /** Evidence whose relevance is not estimated. */
    public Evidence(String docId, String title, String source, LocalDate published, String url, String passage,
                    List<Span> highlights, double score, Stance stance, String stanceNote, double coverage) {
        this(docId, title, source, published, url, passage, highlights, score, stance, stanceNote, coverage, Double.NaN);
    }

    /** Evidence whose coverage of a claim is not measured. */
    public Evidence(String docId, String title, String source, LocalDate published, String url, String passage,
                    List<Span> highlights, double score, Stance stance, String stanceNote) {
        this(docId, title, source, published, url, passage, highlights, score, stance, stanceNote, Double.NaN);
    }

    /** The same passage with its estimated relevance. */
    public Evidence withRelevance(double p) {
        return new Evidence(docId, title, source, published, url, passage, highlights, score, stance, stanceNote, coverage, p);
    }

    /** Below this coverage a passage shares little of the claim's wording (see decision 13). */
    public static final double LOW_COVERAGE = 0.25;

    /** Whether the coverage was measured and is low: the passage is at best loosely related to the claim. */
    public boolean coversLittle() {
        return !Double.isNaN(coverage) && coverage < LOW_COVERAGE;
    }
}
