package org.factdesk.archive;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RepeatedWordsTest {
    private static TermQuery term(String t) {
        return new TermQuery(new Term(ArchiveSchema.TEXT, t));
    }

    @Test
    void repeatedClaimWordBecomesOneClauseBoostedByItsCount() {
        BooleanQuery q = new BooleanQuery.Builder()
                .add(term("ukrain"), Occur.SHOULD).add(term("troop"), Occur.SHOULD).add(term("ukrain"), Occur.SHOULD)
                .build();
        BooleanQuery merged = (BooleanQuery) EvidenceFinder.repeatsAsBoosts(q);
        assertThat(merged.clauses()).extracting(c -> c.query())
                .containsExactly(new BoostQuery(term("ukrain"), 2f), term("troop"));
    }

    @Test
    void queryWithoutRepeatsIsLeftAsItIs() {
        BooleanQuery q = new BooleanQuery.Builder().add(term("a"), Occur.SHOULD).add(term("b"), Occur.SHOULD).build();
        assertThat(EvidenceFinder.repeatsAsBoosts(q)).isSameAs(q);
    }
}
