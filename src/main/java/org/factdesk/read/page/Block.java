package org.factdesk.read.page;

import java.util.Objects;

/**
 * One block of an article's body as a reader found it: a paragraph, a heading, a list item, a quote,
 * a caption, a table row or a preformatted block. Text is plain (no markup), inline white space collapsed.
 */
public record Block(Kind kind, String text) {
    public enum Kind {
        HEADING, PARAGRAPH, LIST_ITEM, QUOTE, CAPTION, TABLE, PREFORMATTED
    }

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static Block paragraph(String text) {
        return new Block(Kind.PARAGRAPH, text);
    }

    public boolean is(Kind k) {
        return kind == k;
    }
}
