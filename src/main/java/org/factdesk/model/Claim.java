package org.factdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * A check-worthy assertion found in (or added to) an article.
 *
 * @param id          stable id: article id + hash of the claim's sentence text, so re-extraction keeps verdicts
 * @param articleId   the article it was found in
 * @param text        the claim as it appears (one sentence, or a quotation with its attribution)
 * @param kind        the main kind
 * @param start       offset of the claim in the article text
 * @param end         end offset (exclusive)
 * @param score       check-worthiness, 0..1
 * @param quantities  numbers in the claim, with offsets into the article text
 * @param attribution who said it, when the claim is attributed; else null
 * @param agreement   agreement term, when the claim states one; else null
 * @param dates       date expressions in the claim, offsets into the article text
 */
public record Claim(String id, String articleId, String text, ClaimKind kind, int start, int end, double score,
                    List<Quantity> quantities, Attribution attribution, AgreementTerm agreement,
                    List<DateMention> dates) {
    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        quantities = quantities == null ? List.of() : List.copyOf(quantities);
        dates = dates == null ? List.of() : List.copyOf(dates);
    }

    /**
     * A claim's text on one line: a table's rows (cells joined by " | ") apart by "; ", every other run of white space
     * one space.
     */
    public static String oneLine(String text) {
        String stripped = text.strip();
        return (stripped.contains(" | ") ? stripped.replaceAll("\\s*\\R\\s*", "; ") : stripped).replaceAll("\\s+", " ");
    }

    /** The resolved speaker, or null when the claim is not attributed. */
    public String speaker() {
        return attribution == null ? null : attribution.speaker();
    }

    public Span span() {
        return new Span(start, end);
    }

    /** Id for a claim of the given article and text; equal texts in the same article get equal ids. */
    public static String idFor(String articleId, String claimText) {
        int h = claimText.strip().replaceAll("\\s+", " ").hashCode();
        return articleId + "-" + String.format("%08x", h);
    }

    public Claim withScore(double newScore) {
        return new Claim(id, articleId, text, kind, start, end, newScore, quantities, attribution, agreement, dates);
    }
}
