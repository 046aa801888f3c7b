package org.factdesk.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** A text's terms as an analyzer gives them for a field (the words the index and the queries see). */
final class AnalysedTerms {
    private AnalysedTerms() {
    }

    /** The terms in text order, repeats kept; empty for a null or blank text. */
    static List<String> of(Analyzer analyzer, String field, String text) {
        return withPositions(analyzer, field, text).stream().map(Positioned::term).toList();
    }

    /** A term and its position (synonyms share their word's position). */
    record Positioned(String term, int position) {
    }

    /** The terms in text order with their positions; empty for a null or blank text. */
    static List<Positioned> withPositions(Analyzer analyzer, String field, String text) {
        List<Positioned> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(new Positioned(t.toString(), pos));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory text: does not happen
        }
        return out;
    }
}
