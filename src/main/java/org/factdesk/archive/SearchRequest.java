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
 * @param preferBefore  epoch day after which sources count less (the end of the article under review's news
 *                      cycle), or null
 * @param laterFactor   score factor for sources published after {@code preferBefore}
 * @param recall        when set, a two-stage search: a cheap query picks candidate articles, and only
 *                      they and their passages are scored with {@code query}; null scores the whole archive
 */
public record SearchRequest(Query query, List<Query> filters, List<Query> exclusions, int k,
                            double passageWeight, double articleWeight, double outletDecay, Similarity similarity,
                            Long preferBefore, double laterFactor, Recall recall) {
    public SearchRequest {
        filters = List.copyOf(filters);
        exclusions = List.copyOf(exclusions);
    }

    /**
     * The first stage of a two-stage search, and the pseudo-relevance feedback taken from its best candidates.
     *
     * @param query          cheap query (single words and numbers) that finds the candidates
     * @param candidates     documents (articles or passages) it fetches; their articles are the candidates
     * @param feedbackDocs   best candidates whose words expand the scoring query (0 = no feedback)
     * @param feedbackTerms  words added
     * @param feedbackWeight weight of the added words against the claim's own
     * @param feedbackRecall the best of the added words that also fetch more candidates, in a second cheap search
     *                       (0 = none): feedback's gain is partly recall, articles that share none of the claim's words
     * @param passageArticles passages are scored for this many of the best candidate articles (0 = all)
     * @param maxWordDocs    feedback words in more documents than this fetch no candidates: in a large archive
     *                       they cost the second cheap search most and decide least (Long.MAX_VALUE = keep all)
     */
    public record Recall(Query query, int candidates, int feedbackDocs, int feedbackTerms, float feedbackWeight,
                         int feedbackRecall, int passageArticles, long maxWordDocs) {
    }

    public SearchRequest(Query query, List<Query> filters, List<Query> exclusions, int k, double passageWeight,
                         double articleWeight, double outletDecay, Similarity similarity, Long preferBefore,
                         double laterFactor) {
        this(query, filters, exclusions, k, passageWeight, articleWeight, outletDecay, similarity, preferBefore,
                laterFactor, null);
    }

    public SearchRequest(Query query, List<Query> filters, List<Query> exclusions, int k, double passageWeight,
                         double articleWeight, double outletDecay, Similarity similarity) {
        this(query, filters, exclusions, k, passageWeight, articleWeight, outletDecay, similarity, null, 1.0);
    }

    public static SearchRequest of(Query query, int k) {
        return new SearchRequest(query, List.of(), List.of(), k, 1.0, 1.0, 1.0, null);
    }
}
