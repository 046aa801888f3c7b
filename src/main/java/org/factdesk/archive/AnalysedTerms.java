package org.factdesk.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** A text's terms as an analyzer gives them for a field (the words the index and the queries see). */
final class AnalysedTerms {
    private AnalysedTerms() {
    }

    /** The terms in text order, repeats kept; empty for a null or blank text. */
    static List<String> of(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory text: does not happen
        }
        return out;
    }
}
