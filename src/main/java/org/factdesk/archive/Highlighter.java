package org.factdesk.archive;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.factdesk.model.Span;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Marks the words of a passage that a query matched: the passage is analysed like the index
 * (so "soldiers" lights up for a query on "troops" via its synonym "soldier"), and numbers are
 * compared in normalised form.
 */
final class Highlighter {
    private final Analyzer textAnalyzer;

    Highlighter(Analyzer textAnalyzer) {
        this.textAnalyzer = textAnalyzer;
    }

    /** The text-field and number terms a query can match. */
    static Set<String> termsOf(Query query) {
        Set<String> terms = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return field.equals(ArchiveSchema.TEXT) || field.equals(ArchiveSchema.TITLE)
                        || field.equals(ArchiveSchema.NUMBERS);
            }

            @Override
            public void consumeTerms(Query q, Term... ts) {
                for (Term t : ts) {
                    terms.add(t.text());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return terms;
    }

    List<Span> highlight(String passage, Set<String> terms) {
        List<Span> spans = new ArrayList<>();
        if (terms.isEmpty()) {
            return spans;
        }
        try (TokenStream ts = textAnalyzer.tokenStream(ArchiveSchema.TEXT, passage)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (terms.contains(term.toString())) {
                    spans.add(new Span(offset.startOffset(), offset.endOffset()));
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (NumberNormalizer.NumberMention n : NumberNormalizer.find(passage)) {
            if (terms.contains(n.token())) {
                spans.removeIf(s -> s.overlaps(new Span(n.start(), n.end())));
                spans.add(new Span(n.start(), n.end()));
            }
        }
        spans.sort(java.util.Comparator.comparingInt(Span::start));
        return spans;
    }
}
