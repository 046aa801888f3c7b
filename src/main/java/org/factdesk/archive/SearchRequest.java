package org.factdesk.archive;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.similarities.Similarity;

import java.util.List;

/**
 * A grouped passage search: the same scoring query is run on passages (best passage per article)
 * and on whole articles, and the two are fused.
 *
 * @param query         scoring query over the text fields (title, text, nums)
 * @param filters       restrictions (date ranges ...), not scored
 * @param exclusions    documents that must not come back (the article under review ...)
 * @param k             articles wanted
 * @param passageWeight weight of the best passage's score (normalised by the best in the list)
 * @param articleWeight weight of the whole article's score (normalised likewise)
 * @param outletDecay   factor applied per earlier pick from the same outlet (1 = no diversity)
 * @param similarity    ranking function (BM25 with the archive's defaults when null)
 * @param preferBefore  epoch day after which sources count less (the article under review's date), or null
 * @param laterFactor   score factor for sources published after {@code preferBefore}
 */
public record SearchRequest(Query query, List<Query> filters, List<Query> exclusions, int k,
                            double passageWeight, double articleWeight, double outletDecay, Similarity similarity,
                            Long preferBefore, double laterFactor) {
    public SearchRequest {
        filters = List.copyOf(filters);
        exclusions = List.copyOf(exclusions);
    }

    public SearchRequest(Query query, List<Query> filters, List<Query> exclusions, int k, double passageWeight,
                         double articleWeight, double outletDecay, Similarity similarity) {
        this(query, filters, exclusions, k, passageWeight, articleWeight, outletDecay, similarity, null, 1.0);
    }

    public static SearchRequest of(Query query, int k) {
        return new SearchRequest(query, List.of(), List.of(), k, 1.0, 1.0, 1.0, null);
    }
}
