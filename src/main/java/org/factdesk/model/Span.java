package org.factdesk.model;

/** A half-open character range [start, end) into some text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
