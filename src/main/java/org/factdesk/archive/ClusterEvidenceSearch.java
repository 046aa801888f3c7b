package org.factdesk.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.util.BytesRef;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.Evidence;
import org.factdesk.model.Quantity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A claim's evidence from the cluster (docs/decisions/0061): the cluster finds the candidate articles with the claim's
 * words, as FactDesk analyses them, on the token fields; FactDesk copies those articles into a small local index and
 * runs its unchanged {@link EvidenceFinder} there (query building, passages grouped by article, date preference,
 * outlet diversity, feedback, re-ranking, relevance, stance), scoring with the cluster's term statistics so that
 * every weight is the whole archive's. The candidates are several times more than the local two-stage search
 * keeps ({@link #CANDIDATE_DOCS} documents against 50), so the local first stage finds the same ones.
 */
final class ClusterEvidenceSearch implements ArticleArchive.ClaimSearch, AutoCloseable {
    /** Documents (articles or passages) the cluster's first stage returns. */
    static final int CANDIDATE_DOCS = 300;
    /** At most this many articles of them are copied and ranked. */
    static final int CANDIDATE_ARTICLES = 150;
    /** Claim words sent to the cluster (a pasted article is reduced to its rarest words locally too). */
    static final int MAX_RECALL_TERMS = 300;

    private static final Map<String, String> CLUSTER_FIELD = Map.of(ArchiveSchema.TEXT, OpenSearchArchive.T_TEXT,
            ArchiveSchema.TITLE, OpenSearchArchive.T_TITLE, ArchiveSchema.NUMBERS, OpenSearchArchive.T_NUMBERS);

    private final OpenSearchArchive cluster;
    private final String index;
    private final EvidenceFinder.Tuning tuning;
    private final Path scratch;
    final Archive candidates;
    private final EvidenceFinder finder;

    ClusterEvidenceSearch(OpenSearchArchive cluster, String index, EvidenceSettings settings) throws IOException {
        this.cluster = cluster;
        this.index = index;
        this.tuning = settings.tuning();
        this.scratch = Files.createTempDirectory("factdesk-cluster-candidates-");
        this.candidates = Archive.open(scratch.resolve("archive"), Archive.Vectors.NONE, new SearchThreads(1));
        this.finder = new EvidenceFinder(candidates, settings);
        cluster.closeWith(this);
    }

    @Override
    public synchronized List<Evidence> find(Claim claim, Article context, int k, Set<String> leftOut) {
        try {
            Set<String> excluded = new LinkedHashSet<>(leftOut);
            if (context != null) {
                excluded.add(context.id());
            }
            Statistics stats = new Statistics(cluster.documentCount(index));
            // the whole archive decides, as locally, whether the candidates' stored vectors are fused (decision 65)
            long articles = cluster.size();
            long embedded = cluster.embeddedArticles();
            boolean dense = articles > 0 && 2 * embedded >= articles && DenseEncoder.unavailable() == null;
            candidates.denseSearchAs(dense);
            // the articles nearest to the claim's vector join the candidates, as the local fusion reads them
            List<String> nearest = dense ? nearest(finder.searchText(claim), embedded, excluded) : List.of();
            // a long claim is searched by its rarest words in the whole archive (EvidenceFinder.searchText): their
            // counts first, registered for the candidate index before it chooses
            String allWords = String.join(" ", analysed(EvidenceFinder.cleanText(claim.text())));
            readStatistics(stats, Map.of(OpenSearchArchive.T_TEXT, allWords));
            stats.complete(ArchiveSchema.TEXT, allWords);
            candidates.scoreWith(stats);
            Map<String, Integer> words = claimTerms(claim);
            List<String> numbers = claim.quantities().stream().limit(EvidenceFinder.MAX_QUERY_EXTRAS)
                    .map(Quantity::value).map(NumberNormalizer::tokenFor).distinct().toList();
            String claimWords = String.join(" ", words.keySet());
            readStatistics(stats, Map.of(OpenSearchArchive.T_TEXT, claimWords, OpenSearchArchive.T_TITLE, claimWords,
                    OpenSearchArchive.T_NUMBERS, String.join(" ", numbers)));
            Map<String, Float> recall = weights(recallWords(words, stats));
            List<Candidate> found = candidateArticles(recall, numbers, excluded, Set.of(), k, nearest);
            var writer = candidates.writer();
            writer.deleteAll();
            Set<String> held = new LinkedHashSet<>();
            addCandidates(found, held, stats);
            // The local search's second first stage (the claim's words with the heaviest feedback words) reads the
            // whole archive: here its words are sent to the cluster, and the articles it finds beyond the candidates
            // join them before the final ranking (decision 0063).
            java.util.concurrent.atomic.AtomicReference<org.apache.lucene.search.Query> feedback =
                    new java.util.concurrent.atomic.AtomicReference<>();
            candidates.observeFeedbackRecall(feedback::set);
            List<Evidence> first;
            try {
                first = finder.find(claim, context, k, leftOut);
            } finally {
                candidates.observeFeedbackRecall(null);
            }
            if (feedback.get() == null) {
                return first;
            }
            Map<String, Float> withFeedback = new LinkedHashMap<>(recall);
            feedbackWords(feedback.get(), tuning.prfWeight(), withFeedback);
            List<Candidate> more = candidateArticles(withFeedback, numbers, excluded, held, k, List.of());
            if (more.isEmpty()) {
                return first;
            }
            addCandidates(more, held, stats);
            return finder.find(claim, context, k, leftOut);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /**
     * The archive view's search box (Lucene syntax) on the cluster: the query, parsed as the local archive parses it,
     * is translated for the cluster's token fields to find candidate articles ({@link ClusterQueries}); the parsed
     * query then ranks them locally with the cluster's statistics, so passages, grouping and highlights are the local
     * search's (decision 67).
     */
    synchronized List<Evidence> search(String userQuery, int k) throws IOException {
        org.apache.lucene.search.Query parsed = candidates.parseUserQuery(userQuery);
        if (parsed == null) {
            return List.of();
        }
        ObjectNode query = ClusterQueries.toCluster(parsed, CLUSTER_FIELD);
        Statistics stats = new Statistics(cluster.documentCount(index));
        candidates.denseSearchAs(false);
        candidates.writer().deleteAll();
        addCandidates(articlesFound(query, Set.of(), Set.of(), k, List.of()), new LinkedHashSet<>(), stats);
        return candidates.search(SearchRequest.of(parsed, k));
    }

    /** Copies these articles into the candidate index and reads the whole archive's statistics of its terms. */
    private void addCandidates(List<Candidate> articles, Set<String> held, Statistics stats) throws IOException {
        var writer = candidates.writer();
        for (Candidate c : articles) {
            if (held.add(c.article().id())) {
                var docs = Archive.documentsFor(c.article(), "");
                DenseFusion.vectorFields(c.vectors()).forEach(docs.getFirst()::add);
                writer.addDocuments(docs);
            }
        }
        readStatistics(stats, candidateTerms());
        // the new reader (this claim's candidates) is registered with the statistics as the searchers open it
        candidates.scoreWith(stats);
        candidates.searchers().maybeRefreshBlocking();
    }

    private static Map<String, Float> weights(Map<String, Integer> counts) {
        Map<String, Float> out = new LinkedHashMap<>();
        counts.forEach((w, n) -> out.put(w, (float) n));
        return out;
    }

    /** The text words of a feedback query with their weights (boosts multiplied down the tree), added to {@code into}. */
    private static void feedbackWords(org.apache.lucene.search.Query q, float weight, Map<String, Float> into) {
        if (q instanceof org.apache.lucene.search.BoostQuery b) {
            feedbackWords(b.getQuery(), weight * b.getBoost(), into);
        } else if (q instanceof org.apache.lucene.search.BooleanQuery bq) {
            bq.clauses().forEach(c -> feedbackWords(c.query(), weight, into));
        } else if (q instanceof org.apache.lucene.search.TermQuery tq
                && tq.getTerm().field().equals(ArchiveSchema.TEXT)) {
            into.merge(tq.getTerm().text(), weight, Float::sum);
        }
    }

    /**
     * The claim's words the cluster's first stage searches, as the local first stage chooses them
     * ({@link EvidenceFinder.Tuning#recallMaxShare()}): words in a large share of the archive's documents are left
     * out, except the three rarest, as they cost most and decide least; at most {@link EvidenceFinder#MAX_QUERY_WORDS}.
     */
    private Map<String, Integer> recallWords(Map<String, Integer> words, Statistics stats) {
        List<String> cheapestFirst = new ArrayList<>(words.keySet());
        cheapestFirst.sort(java.util.Comparator.comparingLong(w -> stats.docFreq(ArchiveSchema.TEXT, w)));
        long limit = tuning.recallMaxShare() > 0
                ? (long) Math.max(tuning.recallMaxShare() * stats.documents(), EvidenceFinder.CHEAP_WORD_DOCS)
                : Long.MAX_VALUE;
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < cheapestFirst.size() && out.size() < EvidenceFinder.MAX_QUERY_WORDS; i++) {
            String w = cheapestFirst.get(i);
            if (i < 3 || stats.docFreq(ArchiveSchema.TEXT, w) <= limit) {
                out.put(w, words.get(w));
            }
        }
        return out;
    }

    /** Every term of the candidate index's scored fields, per cluster field, separated by spaces. */
    private Map<String, String> candidateTerms() throws IOException {
        // a reader of its own: the searchers' next reader must be opened after the statistics are set
        try (var reader = org.apache.lucene.index.DirectoryReader.open(candidates.writer())) {
            Map<String, String> out = new HashMap<>();
            for (var field : CLUSTER_FIELD.entrySet()) {
                var terms = org.apache.lucene.index.MultiTerms.getTerms(reader, field.getKey());
                if (terms == null) {
                    continue;
                }
                StringBuilder b = new StringBuilder();
                var it = terms.iterator();
                for (BytesRef t = it.next(); t != null; t = it.next()) {
                    b.append(b.isEmpty() ? "" : " ").append(t.utf8ToString());
                }
                out.put(field.getValue(), b.toString());
            }
            return out;
        }
    }

    /** The text's distinct index terms (FactDesk's analysis of article text). */
    private static Set<String> analysed(String text) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = ArchiveSchema.textAnalyzer().tokenStream(ArchiveSchema.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    /** The claim's words as the local search analyses them (synonyms included), each with its count. */
    private Map<String, Integer> claimTerms(Claim claim) throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        String text = finder.searchText(claim);
        if (claim.speaker() != null) {
            text = text + "\n" + claim.speaker();
        }
        try (TokenStream ts = candidates.queryTextAnalyzer().tokenStream(ArchiveSchema.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (!t.isBlank() && (counts.containsKey(t) || counts.size() < MAX_RECALL_TERMS)) {
                    counts.merge(t, 1, Integer::sum);
                }
            }
            ts.end();
        }
        return counts;
    }

    /** A candidate article with the vectors stored with it on the cluster (none for most news articles). */
    record Candidate(Article article, Map<String, float[]> vectors) {
    }

    /** The cluster's first stage: the best documents for the claim's words and numbers, as their articles. */
    private List<Candidate> candidateArticles(Map<String, Float> words, List<String> numbers, Set<String> excluded,
                                            Set<String> held, int k, List<String> alsoIds) throws IOException {
        ObjectNode query = OpenSearchClient.JSON.createObjectNode();
        ObjectNode bool = query.putObject("bool");
        ArrayNode should = bool.putArray("should");
        words.forEach((w, n) -> should.addObject().putObject("term").putObject(OpenSearchArchive.T_TEXT)
                .put("value", w).put("boost", n));
        for (String n : numbers) {
            should.addObject().putObject("term").putObject(OpenSearchArchive.T_NUMBERS)
                    .put("value", n).put("boost", Math.max(0.01f, tuning.numberBoost()));
        }
        bool.put("minimum_should_match", 1);
        return articlesFound(should.isEmpty() ? null : query, excluded, held, k, alsoIds);
    }

    /**
     * The articles of the best documents (articles or passages) for this query on the cluster, with {@code alsoIds}
     * (null query: those alone), without those already held, fetched with their stored vectors.
     */
    private List<Candidate> articlesFound(ObjectNode query, Set<String> excluded, Set<String> held, int k,
                                          List<String> alsoIds) throws IOException {
        // a deep search (100 results) needs a deeper first stage, as locally
        int docs = Math.max(CANDIDATE_DOCS, 6 * k);
        int articles = Math.max(CANDIDATE_ARTICLES, 2 * k);
        OpenSearchClient client = cluster.client();
        ObjectNode q = OpenSearchClient.JSON.createObjectNode();
        q.put("size", docs).putArray("_source").add(OpenSearchArchive.F_ID);
        ObjectNode bool = q.putObject("query").putObject("bool");
        if (query != null) {
            bool.putArray("must").add(query);
        }
        bool.putArray("filter").addObject().putObject("terms").putArray(OpenSearchArchive.F_TYPE)
                .add(ArchiveSchema.TYPE_ARTICLE).add(ArchiveSchema.TYPE_PASSAGE);
        if (!excluded.isEmpty()) {
            ArrayNode ids = bool.putArray("must_not").addObject().putObject("terms").putArray(OpenSearchArchive.F_ID);
            excluded.forEach(ids::add);
        }
        Set<String> ids = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        JsonNode hits = query == null ? OpenSearchClient.JSON.createArrayNode()
                : client.ok("POST", "/" + index + "/_search", q, "search the archive").path("hits").path("hits");
        for (JsonNode h : hits) {
            String id = h.path("_source").path(OpenSearchArchive.F_ID).asText();
            if (seen.add(id) && !held.contains(id)) { // the articles already copied are not fetched again
                ids.add(id);
            }
            if (seen.size() >= articles) {
                break;
            }
        }
        for (String id : alsoIds) {
            if (!held.contains(id)) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        ObjectNode mget = OpenSearchClient.JSON.createObjectNode();
        ArrayNode docIds = mget.putArray("ids");
        ids.forEach(id -> docIds.add(OpenSearchArchive.documentId("a", id, -1)));
        List<Candidate> out = new ArrayList<>();
        for (JsonNode d : client.ok("POST", "/" + index + "/_mget", mget, "fetch the candidate articles").path("docs")) {
            if (d.path("found").asBoolean()) {
                out.add(new Candidate(OpenSearchArchive.toArticle(d.path("_source")),
                        OpenSearchArchive.vectors(d.path("_source"))));
            }
        }
        return out;
    }

    /**
     * The MiniLM vectors of the archive's embedded articles, read from the cluster once and again when their number
     * changes, for the exact scan the local fusion runs up to {@link DenseFusion#EXACT_UP_TO} articles (decision 65).
     * Null above that: the fusion then reads the vectors of the word candidates only.
     */
    private VectorTable table;

    private record VectorTable(long count, String[] ids, float[][] vectors) {
    }

    /** The ids of the {@link DenseFusion#DEPTH} embedded articles nearest to the claim's vector, nearest first. */
    private List<String> nearest(String claimText, long embedded, Set<String> excluded) throws IOException {
        if (embedded > DenseFusion.EXACT_UP_TO) {
            table = null;
            return List.of();
        }
        if (table == null || table.count() != embedded) {
            table = readVectors();
        }
        float[] q = DenseFusion.queryVector(claimText);
        java.util.PriorityQueue<Integer> top = new java.util.PriorityQueue<>(DenseFusion.DEPTH + 1,
                java.util.Comparator.comparingDouble((Integer i) -> DenseEncoder.dot(q, table.vectors()[i])));
        for (int i = 0; i < table.ids().length; i++) {
            if (excluded.contains(table.ids()[i])) {
                continue;
            }
            top.add(i);
            if (top.size() > DenseFusion.DEPTH) {
                top.poll();
            }
        }
        List<String> out = new ArrayList<>(top.size());
        while (!top.isEmpty()) {
            out.add(table.ids()[top.poll()]);
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /** Every embedded article's MiniLM vector, scrolled from the cluster (about 2 kB an article). */
    private VectorTable readVectors() throws IOException {
        OpenSearchClient client = cluster.client();
        ObjectNode q = OpenSearchClient.JSON.createObjectNode();
        q.put("size", 2000).putArray("sort").add("_doc");
        q.putArray("_source").add(OpenSearchArchive.F_ID)
                .add(OpenSearchArchive.F_STORED + "." + OpenSearchArchive.STORED_VECTORS + "." + DenseFusion.VECTOR);
        q.putObject("query").putObject("term").put(OpenSearchArchive.F_DENSE, true);
        List<String> ids = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        JsonNode page = client.ok("POST", "/" + index + "/_search?scroll=2m", q, "read the archive's vectors");
        String scroll = page.path("_scroll_id").asText();
        try {
            while (page.path("hits").path("hits").size() > 0) {
                for (JsonNode h : page.path("hits").path("hits")) {
                    float[] v = OpenSearchArchive.vectors(h.path("_source")).get(DenseFusion.VECTOR);
                    if (v != null) {
                        ids.add(h.path("_source").path(OpenSearchArchive.F_ID).asText());
                        vectors.add(v);
                    }
                }
                ObjectNode next = OpenSearchClient.JSON.createObjectNode().put("scroll", "2m").put("scroll_id", scroll);
                page = client.ok("POST", "/_search/scroll", next, "read the archive's vectors");
                scroll = page.path("_scroll_id").asText(scroll);
            }
        } finally {
            client.delete("/_search/scroll/" + scroll);
        }
        return new VectorTable(ids.size(), ids.toArray(String[]::new), vectors.toArray(float[][]::new));
    }

    /**
     * The whole archive's statistics of these terms (per cluster field, separated by spaces), in one request: the term
     * vectors of an artificial document holding them, with their document frequencies. On a one-shard index they
     * are exact; with several shards they are those of the shard the artificial document falls on, an estimate as
     * OpenSearch's own default search uses (docs/decisions/0061).
     */
    private void readStatistics(Statistics s, Map<String, String> termsByField) throws IOException {
        ObjectNode body = termVectorOptions(OpenSearchClient.JSON.createObjectNode());
        ObjectNode doc = body.putObject("doc");
        termsByField.forEach(doc::put);
        JsonNode answer = cluster.client().ok("POST", "/" + index + "/_termvectors", body, "read term statistics");
        for (var field : CLUSTER_FIELD.entrySet()) {
            JsonNode tv = answer.path("term_vectors").path(field.getValue());
            if (tv.isMissingNode()) {
                continue;
            }
            JsonNode fs = tv.path("field_statistics");
            s.field(field.getKey(), fs.path("doc_count").asLong(), fs.path("sum_doc_freq").asLong(),
                    fs.path("sum_ttf").asLong());
            for (var t : tv.path("terms").properties()) {
                long df = t.getValue().path("doc_freq").asLong(0);
                if (df > 0) {
                    s.term(field.getKey(), t.getKey(), df, Math.max(df, t.getValue().path("ttf").asLong(df)));
                }
            }
        }
    }

    private static ObjectNode termVectorOptions(ObjectNode doc) {
        // the fields of the artificial document are given; positions and offsets are not needed
        ArrayNode fields = doc.putArray("fields");
        CLUSTER_FIELD.values().forEach(fields::add);
        return doc.put("term_statistics", true).put("field_statistics", true).put("positions", false)
                .put("offsets", false).put("payloads", false);
    }

    /** The whole archive's statistics of one claim's terms, keyed by FactDesk's field names. */
    static final class Statistics implements CorpusStatistics {
        private final long documents;
        private final Map<Term, TermStatistics> terms = new HashMap<>();
        private final Map<String, CollectionStatistics> fields = new HashMap<>();

        Statistics(long documents) {
            this.documents = documents;
        }

        void term(String field, String text, long docFreq, long totalTermFreq) {
            Term t = new Term(field, text);
            terms.putIfAbsent(t, new TermStatistics(new BytesRef(text), docFreq, totalTermFreq));
        }

        void field(String field, long docCount, long sumDocFreq, long sumTotalTermFreq) {
            // as Lucene checks them: a field no document has, or inconsistent counts, are left to the local index
            if (docCount > 0 && docCount <= documents && sumDocFreq >= docCount && sumTotalTermFreq >= sumDocFreq) {
                fields.putIfAbsent(field, new CollectionStatistics(field, documents, docCount, sumTotalTermFreq,
                        sumDocFreq));
            }
        }

        /** Words whose statistics were asked for: those without an entry are in no document of the archive. */
        private final Set<Term> asked = new java.util.HashSet<>();

        void complete(String field, String spaceSeparated) {
            for (String w : spaceSeparated.split(" ")) {
                if (!w.isEmpty()) {
                    asked.add(new Term(field, w));
                }
            }
        }

        @Override
        public boolean lacks(Term term) {
            return asked.contains(term) && !terms.containsKey(term);
        }

        /** Documents holding the word in the field: 0 when the archive lacks it. */
        long docFreq(String field, String text) {
            TermStatistics t = terms.get(new Term(field, text));
            return t == null ? 0 : t.docFreq();
        }

        @Override
        public TermStatistics term(Term term) {
            return fields.containsKey(term.field()) ? terms.get(term) : null;
        }

        @Override
        public CollectionStatistics collection(String field) {
            return fields.get(field);
        }

        @Override
        public long documents() {
            return documents;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            candidates.close();
        } finally {
            OpenSearchArchive.deleteTree(scratch);
        }
    }
}
