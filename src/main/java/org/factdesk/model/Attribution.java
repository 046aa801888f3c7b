package org.factdesk.model;

/**
 * Who said what: a source, a speech cue and the content attributed.
 *
 * @param source  span of the source mention in the text, or null when not stated
 * @param cue     span of the cue ("said", "according to", "accused")
 * @param content span of what is attributed
 * @param speaker the speaker resolved to a name where the article allows ("Choe Son Hui" for "she")
 * @param direct  true for a direct quotation
 */
public record Attribution(Span source, Span cue, Span content, String speaker, boolean direct) {
    public Attribution shifted(int offset) {
        return new Attribution(
                source == null ? null : new Span(source.start() + offset, source.end() + offset),
                new Span(cue.start() + offset, cue.end() + offset),
                new Span(content.start() + offset, content.end() + offset),
                speaker, direct);
    }
}
