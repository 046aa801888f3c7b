package org.factdesk.archive;

import org.factdesk.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article into passages: paragraphs, with long paragraphs cut into windows of a few
 * sentences and very short ones (datelines, one-line headings) joined to the next, so that a hit
 * points at the few sentences that matter.
 */
public final class Passages {
    static final int SENTENCES_PER_WINDOW = 3;
    static final int MAX_PARAGRAPH_CHARS = 700;
    static final int MIN_PASSAGE_CHARS = 80;

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n|\\r\\n\\s*\\r\\n");
    /** Sentence end: . ! ? (with closing quotes) followed by space and an upper-case letter, digit or quote. */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=[.!?])[\"'”’)]*\\s+(?=[\"“‘(]?[A-Z0-9])");

    private Passages() {
    }

    public static List<Span> split(String text) {
        List<Span> paragraphs = new ArrayList<>();
        int from = 0;
        Matcher m = PARAGRAPH_BREAK.matcher(text);
        while (m.find()) {
            addTrimmed(text, from, m.start(), paragraphs);
            from = m.end();
        }
        addTrimmed(text, from, text.length(), paragraphs);

        List<Span> merged = new ArrayList<>();
        Span pending = null;
        for (Span p : paragraphs) {
            Span cur = pending == null ? p : new Span(pending.start(), p.end());
            if (cur.length() < MIN_PASSAGE_CHARS) {
                pending = cur;
                continue;
            }
            pending = null;
            if (cur.length() > MAX_PARAGRAPH_CHARS) {
                merged.addAll(windows(text, cur));
            } else {
                merged.add(cur);
            }
        }
        if (pending != null) {
            if (!merged.isEmpty()) {
                Span last = merged.removeLast();
                merged.add(new Span(last.start(), pending.end()));
            } else {
                merged.add(pending);
            }
        }
        return merged;
    }

    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }

    /** Windows of a few sentences inside a long paragraph. */
    private static List<Span> windows(String text, Span para) {
        List<Span> sentences = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text).region(para.start(), para.end());
        int from = para.start();
        while (m.find()) {
            sentences.add(new Span(from, m.start()));
            from = m.end();
        }
        sentences.add(new Span(from, para.end()));
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i += SENTENCES_PER_WINDOW) {
            int last = Math.min(i + SENTENCES_PER_WINDOW, sentences.size()) - 1;
            out.add(new Span(sentences.get(i).start(), sentences.get(last).end()));
        }
        // a window that is still huge (no sentence ends, e.g. a table) is cut at spaces
        List<Span> bounded = new ArrayList<>();
        for (Span w : out) {
            bounded.addAll(cutLong(text, w, MAX_PARAGRAPH_CHARS * 2));
        }
        return bounded;
    }

    private static List<Span> cutLong(String text, Span w, int max) {
        List<Span> out = new ArrayList<>();
        int s = w.start();
        while (w.end() - s > max) {
            int cut = text.lastIndexOf(' ', s + max);
            if (cut <= s) {
                cut = s + max;
            }
            out.add(new Span(s, cut));
            s = cut;
            while (s < w.end() && text.charAt(s) == ' ') {
                s++;
            }
        }
        if (w.end() > s) {
            out.add(new Span(s, w.end()));
        }
        return out;
    }
}
