package org.factdesk.archive;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * Builds one flat disjunction out of nested ones: the same scores, but Lucene's dynamic pruning
 * (MaxScore) sees every word at once and skips the common ones, which nesting hides from it.
 */
final class FlatDisjunction {
    private final BooleanQuery.Builder builder = new BooleanQuery.Builder();
    private int clauses;

    /** Adds the query's single clauses, each weighted by {@code boost} times its own boosts. */
    FlatDisjunction add(Query q, float boost) {
        if (q == null || boost <= 0) {
            return this;
        }
        if (q instanceof BooleanQuery bq && bq.getMinimumNumberShouldMatch() == 0
                && bq.clauses().stream().allMatch(c -> c.occur() == Occur.SHOULD)) {
            bq.clauses().forEach(c -> add(c.query(), boost));
        } else if (q instanceof BoostQuery bq) {
            add(bq.getQuery(), boost * bq.getBoost());
        } else {
            builder.add(boost == 1f ? q : new BoostQuery(q, boost), Occur.SHOULD);
            clauses++;
        }
        return this;
    }

    boolean isEmpty() {
        return clauses == 0;
    }

    Query build() {
        return builder.build();
    }
}
