package org.factdesk.archive;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Rewards passages where neighbouring words of the claim stand close together ("Heidi Fleiss", "no obstruction"). */
final class Proximity {
    static final int SLOP = 2;

    private Proximity() {
    }

    /** Sloppy two-word phrases for each pair of neighbouring words, or null when the text has fewer than two. */
    static Query adjacentPairs(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (AnalysedTerms.Positioned p : AnalysedTerms.withPositions(analyzer, field, text)) {
            terms.add(p.term());
            positions.add(p.position());
        }
        Set<String> seen = new LinkedHashSet<>();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        for (int i = 0; i + 1 < terms.size() && clauses < IndexSearcher.getMaxClauseCount() / 4; i++) {
            if (terms.get(i).equals(terms.get(i + 1)) || !seen.add(terms.get(i) + " " + terms.get(i + 1))) {
                continue;
            }
            int gap = positions.get(i + 1) - positions.get(i);
            b.add(new PhraseQuery(SLOP + gap - 1, field, terms.get(i), terms.get(i + 1)), Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? null : b.build();
    }
}
