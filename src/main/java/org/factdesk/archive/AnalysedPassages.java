package org.factdesk.archive;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.factdesk.model.Span;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An article's text analysed once, passage by passage, and replayed as token streams: each passage
 * document gets its own tokens and the article document all of them in order, with the same terms
 * and positions as analysing the whole text again. Only used when the passages cover the text up to
 * whitespace and start and end at word gaps (otherwise a cut word would give different tokens).
 */
final class AnalysedPassages {
    private record Token(String term, int posInc, int start, int end) {
    }

    private final List<List<Token>> passages = new ArrayList<>();
    /** Position increment left at the end of each passage (stop words after its last token). */
    private final List<Integer> trailing = new ArrayList<>();

    private AnalysedPassages() {
    }

    /** The passages analysed with the field's analyzer, or null when a passage boundary cuts a word. */
    static AnalysedPassages of(Analyzer analyzer, String field, String text, List<Span> spans) {
        int covered = 0;
        for (Span p : spans) {
            boolean clean = (p.start() == 0 || Character.isWhitespace(text.charAt(p.start() - 1)))
                    && (p.end() == text.length() || Character.isWhitespace(text.charAt(p.end())));
            if (!clean || p.start() < covered || !text.substring(covered, p.start()).isBlank()) {
                return null;
            }
            covered = p.end();
        }
        if (!text.substring(covered).isBlank()) {
            return null;
        }
        AnalysedPassages out = new AnalysedPassages();
        try {
            for (Span p : spans) {
                List<Token> tokens = new ArrayList<>();
                try (TokenStream ts = analyzer.tokenStream(field, p.of(text))) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
                    OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) {
                        tokens.add(new Token(term.toString(), inc.getPositionIncrement(),
                                offset.startOffset(), offset.endOffset()));
                    }
                    ts.end();
                    out.trailing.add(inc.getPositionIncrement());
                }
                out.passages.add(tokens);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The tokens of passage i (offsets into the passage). */
    TokenStream passage(int i) {
        return new Replay(List.of(passages.get(i)), List.of(0), List.of(trailing.get(i)), 0);
    }

    /** All passages' tokens in order (offsets into the article text), as if the whole text were analysed. */
    TokenStream article(List<Span> spans) {
        List<Integer> shifts = new ArrayList<>();
        for (Span p : spans) {
            shifts.add(p.start());
        }
        return new Replay(passages, shifts, trailing, 1);
    }

    private static final class Replay extends TokenStream {
        private final List<List<Token>> parts;
        private final List<Integer> shifts;
        private final List<Integer> trailing;
        private final int carryTrailing;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private int part, index, pending, lastEnd;

        /** carryTrailing 1: the stop words at the end of a part add to the next part's first position. */
        Replay(List<List<Token>> parts, List<Integer> shifts, List<Integer> trailing, int carryTrailing) {
            this.parts = parts;
            this.shifts = shifts;
            this.trailing = trailing;
            this.carryTrailing = carryTrailing;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            part = index = pending = lastEnd = 0;
        }

        @Override
        public boolean incrementToken() {
            while (part < parts.size() && index >= parts.get(part).size()) {
                if (carryTrailing == 1) {
                    pending += trailing.get(part);
                }
                part++;
                index = 0;
            }
            if (part >= parts.size()) {
                return false;
            }
            clearAttributes();
            Token t = parts.get(part).get(index++);
            term.setEmpty().append(t.term);
            inc.setPositionIncrement(t.posInc + pending);
            pending = 0;
            int shift = shifts.get(part);
            offset.setOffset(t.start + shift, t.end + shift);
            lastEnd = t.end + shift;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            // the stop words after the last token (carried into pending when parts are joined)
            inc.setPositionIncrement(carryTrailing == 1 ? pending : trailing.getLast());
            offset.setOffset(lastEnd, lastEnd);
        }
    }
}
