package org.factdesk.archive;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.factdesk.model.Span;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysedPassagesTest {
    private static final Analyzer ANALYZER = ArchiveSchema.textAnalyzer();

    /** "term@position" for each token, and the final position after end(). */
    static List<String> positions(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        try (ts) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(term + "@" + pos);
            }
            ts.end();
            out.add("end@" + (pos + inc.getPositionIncrement()));
        }
        return out;
    }

    static void assertSameAsAnalysingAgain(String text) throws IOException {
        List<Span> spans = Passages.split(text);
        AnalysedPassages analysed = AnalysedPassages.of(ANALYZER, ArchiveSchema.TEXT, text, spans);
        assertThat(analysed).isNotNull();
        assertThat(positions(analysed.article(spans)))
                .isEqualTo(positions(ANALYZER.tokenStream(ArchiveSchema.TEXT, text)));
        for (int i = 0; i < spans.size(); i++) {
            assertThat(positions(analysed.passage(i)))
                    .isEqualTo(positions(ANALYZER.tokenStream(ArchiveSchema.TEXT, spans.get(i).of(text))));
        }
    }

    @Test
    void replayedPassagesGiveTheTermsAndPositionsOfTheWholeText() throws IOException {
        String para = "The troops of the North were moved to the border in the spring of that year, officials said. ";
        assertSameAsAnalysingAgain("Moscow, 3 May\n\nAbout ten thousand soldiers crossed the river and it was so."
                + "\n\nIt is the " + para.repeat(12) + "And then there were none of them.\n\nThe end of it");
        assertSameAsAnalysingAgain("Short text about the talks.");
    }

    @Test
    void passagesThatCutAWordAreAnalysedAsUsual() {
        String text = "x".repeat(3000);
        assertThat(AnalysedPassages.of(ANALYZER, ArchiveSchema.TEXT, text, Passages.split(text))).isNull();
    }
}
