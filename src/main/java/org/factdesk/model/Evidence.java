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
 */
public record Evidence(String docId, String title, String source, LocalDate published, String url,
                       String passage, List<Span> highlights, double score, Stance stance, String stanceNote) {
    public Evidence {
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
        stance = stance == null ? Stance.MENTIONS : stance;
        stanceNote = stanceNote == null ? "" : stanceNote;
        title = title == null ? "" : title;
        source = source == null ? "" : source;
        url = url == null ? "" : url;
    }
}
