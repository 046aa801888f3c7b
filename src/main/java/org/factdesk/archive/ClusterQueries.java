package org.factdesk.archive;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;

import java.util.Map;

/**
 * A query parsed by the local archive, as a query of the cluster's token fields (decision 67). The cluster holds the
 * terms of FactDesk's own analysis, so a term, a phrase, a prefix or a wildcard of the parsed query means the same
 * there. Only candidates are chosen this way: the parsed query ranks them locally, so a looser cluster query (a phrase
 * whose removed stop words leave no gap on the cluster, a multi-term phrase as its words) costs nothing in the answer.
 * Linear in the size of the query, whose length the archive caps.
 */
final class ClusterQueries {
    private ClusterQueries() {
    }

    /** @param fields FactDesk's field names mapped to the cluster's token fields */
    static ObjectNode toCluster(Query q, Map<String, String> fields) {
        ObjectNode out = OpenSearchClient.JSON.createObjectNode();
        switch (q) {
            case TermQuery t -> out.putObject("term").putObject(field(t.getTerm().field(), fields))
                    .put("value", t.getTerm().text());
            case BoostQuery b -> {
                ObjectNode bool = out.putObject("bool");
                bool.putArray("should").add(toCluster(b.getQuery(), fields));
                bool.put("boost", b.getBoost());
            }
            case BooleanQuery b -> {
                ObjectNode bool = out.putObject("bool");
                boolean should = false;
                for (BooleanClause c : b.clauses()) {
                    String occur = switch (c.occur()) {
                        case MUST -> "must";
                        case FILTER -> "filter";
                        case MUST_NOT -> "must_not";
                        case SHOULD -> "should";
                    };
                    should |= c.occur() == BooleanClause.Occur.SHOULD;
                    ArrayNode list = bool.has(occur) ? (ArrayNode) bool.get(occur) : bool.putArray(occur);
                    list.add(toCluster(c.query(), fields));
                }
                if (should) {
                    bool.put("minimum_should_match", Math.max(b.getMinimumNumberShouldMatch(),
                            bool.has("must") || bool.has("filter") ? 0 : 1));
                }
            }
            case SynonymQuery s -> {
                ArrayNode any = out.putObject("bool").putArray("should");
                for (Term t : s.getTerms()) {
                    any.addObject().putObject("term").putObject(field(t.field(), fields)).put("value", t.text());
                }
            }
            case PhraseQuery p -> {
                Term[] terms = p.getTerms();
                if (terms.length == 0) {
                    out.putObject("match_none");
                    break;
                }
                int[] positions = p.getPositions();
                StringBuilder words = new StringBuilder();
                for (Term t : terms) {
                    words.append(words.isEmpty() ? "" : " ").append(t.text());
                }
                // positions left by removed stop words are no gap on the cluster: the slop takes them in
                int gaps = positions[positions.length - 1] - positions[0] - (terms.length - 1);
                out.putObject("match_phrase").putObject(field(terms[0].field(), fields))
                        .put("query", words.toString()).put("slop", p.getSlop() + Math.max(0, gaps));
            }
            case MultiPhraseQuery m -> {
                ArrayNode all = out.putObject("bool").putArray("must");
                for (Term[] position : m.getTermArrays()) {
                    ArrayNode any = all.addObject().putObject("bool").putArray("should");
                    for (Term t : position) {
                        any.addObject().putObject("term").putObject(field(t.field(), fields)).put("value", t.text());
                    }
                }
            }
            case PrefixQuery p -> out.putObject("prefix").putObject(field(p.getPrefix().field(), fields))
                    .put("value", p.getPrefix().text());
            case WildcardQuery w -> out.putObject("wildcard").putObject(field(w.getTerm().field(), fields))
                    .put("value", w.getTerm().text());
            case RegexpQuery r -> out.putObject("regexp").putObject(field(r.getRegexp().field(), fields))
                    .put("value", r.getRegexp().text());
            case FuzzyQuery f -> out.putObject("fuzzy").putObject(field(f.getTerm().field(), fields))
                    .put("value", f.getTerm().text()).put("fuzziness", f.getMaxEdits())
                    .put("prefix_length", f.getPrefixLength());
            case TermRangeQuery r -> {
                ObjectNode range = out.putObject("range").putObject(field(r.getField(), fields));
                if (r.getLowerTerm() != null) {
                    range.put(r.includesLower() ? "gte" : "gt", r.getLowerTerm().utf8ToString());
                }
                if (r.getUpperTerm() != null) {
                    range.put(r.includesUpper() ? "lte" : "lt", r.getUpperTerm().utf8ToString());
                }
            }
            case MatchAllDocsQuery a -> out.putObject("match_all");
            case MatchNoDocsQuery n -> out.putObject("match_none");
            default -> throw new ArchiveQueryException("The newsroom archive cannot run this part of the search: "
                    + q + ". Search it with words, \"phrases\", prefixes* or wildcards, or go back to the local"
                    + " archive for it.", null);
        }
        return out;
    }

    private static String field(String field, Map<String, String> fields) {
        String mapped = fields.get(field);
        if (mapped == null) {
            throw new ArchiveQueryException("The newsroom archive searches the text and titles of its articles;"
                    + " the field \"" + field + "\" is not one of them there. Leave out \"" + field + ":\".", null);
        }
        return mapped;
    }
}
