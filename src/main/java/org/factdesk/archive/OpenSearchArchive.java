package org.factdesk.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.factdesk.model.Article;
import org.factdesk.task.Progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The archive on an OpenSearch cluster (docs/decisions/0060-0062). The cluster holds the same documents as the local
 * index (each article, its passages, the ids of near-duplicates folded into it), with FactDesk's own analysis of
 * their text written at import as whitespace-separated token fields, so the cluster's terms and statistics are the
 * local analyzer's. An evidence search takes its candidate articles from the cluster and ranks them with the
 * unchanged {@link EvidenceFinder} ({@link ClusterEvidenceSearch}).
 * <p>
 * The name in the address is an alias of the concrete index {@code NAME-vN} (N = {@link #MAPPING_VERSION}), so that
 * {@code reindex} can build a new index beside the old one and switch the alias when it is complete.
 */
public final class OpenSearchArchive implements ArticleArchive {
    /** Stored in the index's mapping meta; raised when the fields or their analysis change. */
    public static final int MAPPING_VERSION = 1;
    static final String META_VERSION = "factdesk_mapping";

    // the cluster's fields: FactDesk's keyword fields, stored text, and token fields analysed by FactDesk
    static final String F_ID = "fd_id";
    static final String F_TYPE = "fd_type";
    static final String F_OUTLET = "fd_outlet";
    static final String F_PUBLISHED = "published";
    static final String F_STAMP = "fd_stamp";
    static final String F_ALIAS_OF = "alias_of";
    static final String F_SOURCE_ID = "source_id";
    static final String F_TEXT_HASH = "text_hash";
    static final String F_STORED = "stored";
    /** True on an article that has dense vectors (kept in {@code stored.vectors}; decision 65). */
    static final String F_DENSE = "fd_dense";
    static final String STORED_VECTORS = "vectors";
    static final String T_TEXT = "t_text";
    static final String T_TITLE = "t_title";
    static final String T_NUMBERS = "t_nums";

    /** Articles per bulk request, and a ceiling on its size: a batch of long reports stays a few megabytes. */
    static final int BULK_ARTICLES = 500;
    /** How long index creation and alias changes wait for the cluster manager (its default, 30 s, fails under load). */
    static final String CLUSTER_CHANGE_TIMEOUTS = "timeout=2m&cluster_manager_timeout=2m";
    static final int BULK_MAX_CHARS = 8 << 20;
    /** Attempts of one bulk batch before the import stops (a node restarting, a full queue). */
    static final int BULK_ATTEMPTS = 5;
    /** OpenSearch's limit on a document id, in UTF-8 bytes. */
    static final int MAX_DOC_ID_BYTES = 512;

    private final OpenSearchClient client;
    private final ArchiveLocation location;

    private OpenSearchArchive(OpenSearchClient client) {
        this.client = client;
        this.location = client.location();
    }

    /**
     * Connects to the cluster and checks that it is an OpenSearch of version 2 or later that FactDesk may use; the
     * index need not exist yet (an import creates it).
     */
    public static OpenSearchArchive connect(ArchiveLocation location, ClusterCredentials credentials) throws IOException {
        OpenSearchClient client = new OpenSearchClient(location, credentials);
        try {
            OpenSearchClient.Response r = client.get("/");
            if (!r.ok()) {
                throw new ArchiveUnavailableException("The server at " + location + " answered HTTP " + r.status()
                        + " (" + r.reason() + "), not as an OpenSearch cluster. Check the address.", null);
            }
            String distribution = r.body().path("version").path("distribution").asText("");
            String number = r.body().path("version").path("number").asText("0");
            int major = Integer.parseInt(number.replaceAll("[^0-9].*", "").isEmpty() ? "0" : number.replaceAll("[^0-9].*", ""));
            if (!distribution.equals("opensearch") || major < 2) {
                throw new ArchiveUnavailableException("The server at " + location + " is "
                        + (distribution.isEmpty() ? "not OpenSearch" : distribution + " " + number)
                        + ": FactDesk's cluster archive needs OpenSearch 3.x (2.x works too).", null);
            }
            return new OpenSearchArchive(client);
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
    }

    @Override
    public String describe() {
        return "the archive " + location;
    }

    ArchiveLocation location() {
        return location;
    }

    OpenSearchClient client() {
        return client;
    }

    // ---- the index, its mapping version and the way forward ----

    /** What the cluster holds under the archive's name. */
    record IndexState(String concrete, int mappingVersion) {
        static final IndexState MISSING = new IndexState(null, -1);

        boolean missing() {
            return concrete == null;
        }
    }

    IndexState state() throws ArchiveUnavailableException {
        OpenSearchClient.Response r = client.get("/" + location.index() + "/_mapping");
        if (r.status() == 404) {
            return IndexState.MISSING;
        }
        if (!r.ok()) {
            throw new ArchiveUnavailableException("The archive cluster at " + location + " could not say what the index "
                    + location.index() + " is (" + r.reason() + ").", null);
        }
        var names = r.body().fieldNames();
        if (!names.hasNext()) {
            return IndexState.MISSING;
        }
        String concrete = names.next();
        if (names.hasNext()) {
            throw new ArchiveUnavailableException("The name " + location.index() + " on " + location.baseUri()
                    + " stands for several indexes; FactDesk's archive is one. Point --archive at one of them.", null);
        }
        int version = r.body().path(concrete).path("mappings").path("_meta").path(META_VERSION).asInt(0);
        return new IndexState(concrete, version);
    }

    /** The concrete index to search, or a message that says why there is none and what to do. */
    String requireSearchable() throws ArchiveUnavailableException {
        IndexState s = state();
        if (s.missing()) {
            throw new ArchiveUnavailableException("The archive " + location + " does not exist: the cluster at "
                    + location.baseUri() + " has no index " + location.index() + ". Create it by importing articles: "
                    + "factdesk --archive " + location + " import-archive FILE", null);
        }
        requireCurrentMapping(s);
        return s.concrete();
    }

    private void requireCurrentMapping(IndexState s) throws ArchiveUnavailableException {
        if (s.mappingVersion() < MAPPING_VERSION) {
            throw new ArchiveUnavailableException("The archive " + location + " was written by an older FactDesk"
                    + " (mapping version " + s.mappingVersion() + "; this FactDesk reads version " + MAPPING_VERSION
                    + "), whose fields it cannot search the same way. Rebuild it on the cluster: factdesk --archive "
                    + location + " reindex (the old index is kept until the new one is complete).", null);
        }
        if (s.mappingVersion() > MAPPING_VERSION) {
            throw new ArchiveUnavailableException("The archive " + location + " was written by a newer FactDesk"
                    + " (mapping version " + s.mappingVersion() + "; this one knows up to " + MAPPING_VERSION
                    + "). Update FactDesk to use it.", null);
        }
    }

    /** The concrete index to write to, created (with its alias) when the archive does not exist yet. */
    String prepareForWriting() throws ArchiveUnavailableException {
        IndexState s = state();
        if (s.missing()) {
            String concrete = location.index() + "-v" + MAPPING_VERSION;
            createIndex(concrete, true);
            return concrete;
        }
        requireCurrentMapping(s);
        // an index written before articles carried vectors gains their flag (adding a field changes nothing else)
        ObjectNode flag = OpenSearchClient.JSON.createObjectNode();
        flag.putObject("properties").putObject(F_DENSE).put("type", "boolean");
        client.ok("PUT", "/" + s.concrete() + "/_mapping", flag, "add the dense-vector flag to the index");
        return s.concrete();
    }

    /** Primary shards of a new index: the address's ?shards=N, else one (it holds tens of millions of passages). */
    int shards() {
        return location.shards() == null ? 1 : location.shards();
    }

    /** Replicas of a new index: the address's ?replicas=M, else none on a single node (it could not place them), else 1. */
    int replicas() throws ArchiveUnavailableException {
        Integer asked = location.replicas();
        if (asked != null) {
            return asked;
        }
        int dataNodes = client.ok("GET", "/_cluster/health", null, "report its health").path("number_of_data_nodes").asInt(1);
        return dataNodes > 1 ? 1 : 0;
    }

    void createIndex(String concrete, boolean withAlias) throws ArchiveUnavailableException {
        ObjectNode body = mapping(MAPPING_VERSION, shards(), replicas());
        if (withAlias) {
            body.putObject("aliases").putObject(location.index());
        }
        // a busy cluster manager may take longer than the default 30 s to place a new index's shards
        client.ok("PUT", "/" + concrete + "?" + CLUSTER_CHANGE_TIMEOUTS, body, "create the index " + concrete);
    }

    /**
     * The index's settings and mapping: FactDesk's BM25 parameters, keyword fields for ids, types and outlets, token
     * fields split on whitespace (their terms are FactDesk's), and the article's own text kept in the source only.
     */
    static ObjectNode mapping(int version, int shards, int replicas) {
        ObjectNode body = OpenSearchClient.JSON.createObjectNode();
        ObjectNode settings = body.putObject("settings");
        settings.put("number_of_shards", shards).put("number_of_replicas", replicas);
        var tuning = EvidenceFinder.Tuning.DEFAULT;
        settings.putObject("index").putObject("similarity").putObject("factdesk_bm25")
                .put("type", "BM25").put("k1", tuning.k1()).put("b", tuning.b());
        ObjectNode mappings = body.putObject("mappings");
        mappings.put("dynamic", "strict");
        mappings.putObject("_meta").put(META_VERSION, version);
        ObjectNode props = mappings.putObject("properties");
        for (String keyword : List.of(F_ID, F_TYPE, F_OUTLET, F_STAMP, F_ALIAS_OF, F_SOURCE_ID, F_TEXT_HASH)) {
            props.putObject(keyword).put("type", "keyword");
        }
        props.putObject(F_PUBLISHED).put("type", "date").put("format", "strict_date");
        props.putObject(F_DENSE).put("type", "boolean");
        props.putObject(F_STORED).put("type", "object").put("enabled", false);
        for (String tokens : List.of(T_TEXT, T_TITLE, T_NUMBERS)) {
            props.putObject(tokens).put("type", "text").put("analyzer", "whitespace")
                    .put("similarity", "factdesk_bm25");
        }
        return body;
    }

    // ---- import ----

    /**
     * Reads the source with the local archive's readers, id rules and near-duplicate detection into a scratch index
     * on this machine, then sends its documents to the cluster in bulk batches (docs/decisions/0062). Each document
     * has a fixed id derived from its article's id, so a second run (after a node died, or of the same file) writes
     * over the first: nothing is doubled; passages an article no longer has are deleted batch by batch.
     */
    @Override
    public ImportReport importPath(Path fileOrDir, Progress progress) throws IOException {
        String index = prepareForWriting();
        Path scratch = Files.createTempDirectory("factdesk-cluster-import-");
        // embedded as the local archive would be (decision 15), so the cluster's searches fuse the same vectors
        try (Archive local = Archive.open(scratch.resolve("archive"), Archive.Vectors.SHORT)) {
            ImportReport read = local.importPath(fileOrDir, progress);
            if (read.cancelled()) {
                return read;
            }
            Shipped shipped = ship(local, index, progress);
            return new ImportReport(shipped.added(), shipped.updated(), read.skipped(), read.problems(),
                    shipped.cancelled(), null, read.unlistedProblems());
        } finally {
            deleteTree(scratch);
        }
    }

    /**
     * Rebuilds the archive on the cluster with this FactDesk's mapping and analysis: every article and near-duplicate
     * id of the old index is read back (scrolling its stored text) and written, re-analysed, into a new index beside
     * it; only when that is complete does the archive's name move to the new index (one atomic alias change) and
     * the old index go. A failure on the way leaves the old index as it was.
     *
     * @return the articles in the rebuilt archive
     */
    public int reindex(Progress progress) throws IOException {
        IndexState old = state();
        if (old.missing()) {
            throw new ArchiveUnavailableException("There is nothing to rebuild: the cluster at " + location.baseUri()
                    + " has no index " + location.index() + ". Import articles into it instead: factdesk --archive "
                    + location + " import-archive FILE", null);
        }
        String fresh = location.index() + "-v" + MAPPING_VERSION + "-" + System.currentTimeMillis();
        createIndex(fresh, false);
        try {
            Bulk bulk = new Bulk(fresh, UUID.randomUUID().toString());
            ObjectNode q = OpenSearchClient.JSON.createObjectNode();
            q.put("size", BULK_ARTICLES).putArray("sort").add("_doc");
            q.putObject("query").putObject("terms").putArray(F_TYPE).add(ArchiveSchema.TYPE_ARTICLE)
                    .add(ArchiveSchema.TYPE_ALIAS);
            JsonNode page = client.ok("POST", "/" + old.concrete() + "/_search?scroll=5m", q, "read the old index");
            String scroll = page.path("_scroll_id").asText();
            int total = page.path("hits").path("total").path("value").asInt(-1);
            try {
                while (page.path("hits").path("hits").size() > 0) {
                    for (JsonNode h : page.path("hits").path("hits")) {
                        JsonNode src = h.path("_source");
                        if (src.path(F_TYPE).asText().equals(ArchiveSchema.TYPE_ALIAS)) {
                            bulk.alias(src.path(F_ID).asText(), src.path(F_ALIAS_OF).asText());
                        } else {
                            bulk.article(toArticle(src), src.path(F_TEXT_HASH).asText(""),
                                    src.path(F_SOURCE_ID).asText(null), vectors(src));
                        }
                    }
                    progress.checkCancelled();
                    bulk.send();
                    progress.update(bulk.articlesSent, total, "Rebuilt " + bulk.articlesSent + " articles of "
                            + location);
                    ObjectNode next = OpenSearchClient.JSON.createObjectNode().put("scroll", "5m").put("scroll_id", scroll);
                    page = client.ok("POST", "/_search/scroll", next, "read the old index");
                    scroll = page.path("_scroll_id").asText(scroll);
                }
            } finally {
                client.delete("/_search/scroll/" + scroll);
            }
            client.ok("POST", "/" + fresh + "/_refresh", null, "make the rebuilt archive searchable");
        } catch (IOException | RuntimeException e) {
            client.delete("/" + fresh); // the old index stays the archive
            throw e;
        }
        boolean alias = !old.concrete().equals(location.index());
        ObjectNode actions = OpenSearchClient.JSON.createObjectNode();
        ArrayNode list = actions.putArray("actions");
        if (alias) {
            list.addObject().putObject("remove").put("index", old.concrete()).put("alias", location.index());
        } else {
            // an index of an older FactDesk under the archive's own name: it must go before the name can be an alias
            list.addObject().putObject("remove_index").put("index", old.concrete());
        }
        list.addObject().putObject("add").put("index", fresh).put("alias", location.index());
        client.ok("POST", "/_aliases?" + CLUSTER_CHANGE_TIMEOUTS, actions, "switch the archive to the rebuilt index");
        if (alias) {
            client.delete("/" + old.concrete());
        }
        return size();
    }

    /** Imports articles given in memory (or streamed by the caller), with the same rules and batches. */
    public ImportReport importDocuments(Iterable<Article> docs, Progress progress) throws IOException {
        String index = prepareForWriting();
        Path scratch = Files.createTempDirectory("factdesk-cluster-import-");
        // embedded as the local archive would be (decision 15), so the cluster's searches fuse the same vectors
        try (Archive local = Archive.open(scratch.resolve("archive"), Archive.Vectors.SHORT)) {
            ImportReport read = local.importDocuments(docs, progress);
            Shipped shipped = ship(local, index, progress);
            return new ImportReport(shipped.added(), shipped.updated(), read.skipped(), read.problems(),
                    read.cancelled() || shipped.cancelled(), null, read.unlistedProblems());
        } finally {
            deleteTree(scratch);
        }
    }

    /** The archive's bytes on the cluster's disks (every copy of every shard). */
    public long storeBytes() throws IOException {
        return client.ok("GET", "/" + requireSearchable() + "/_stats/store", null, "report the index's size")
                .path("_all").path("total").path("store").path("size_in_bytes").asLong();
    }

    /** Articles new on the cluster, articles written over, and whether a cancel stopped the sending. */
    record Shipped(int added, int updated, boolean cancelled) {
    }

    /** Sends every document of the local index to the cluster's index, in batches; then makes them searchable. */
    Shipped ship(Archive local, String index, Progress progress) throws IOException {
        int total = local.size();
        Bulk bulk = new Bulk(index, UUID.randomUUID().toString());
        Shipped done = local.read(s -> {
            boolean whole = Archive.walkStored(s, new Archive.StoredWalk() {
                @Override
                public void alias(String id, String keptId) throws IOException {
                    bulk.alias(id, keptId);
                }

                @Override
                public void article(Document d) {
                    throw new IllegalStateException("read with its vectors");
                }

                @Override
                public void article(Document d, org.apache.lucene.index.LeafReader reader, int doc) throws IOException {
                    bulk.article(Archive.toArticle(d), d.get(ArchiveSchema.TEXT_HASH), d.get(ArchiveSchema.SOURCE_ID),
                            DenseFusion.storedVectors(reader, doc));
                }

                @Override
                public boolean stop() throws IOException {
                    if (!bulk.full()) {
                        return false;
                    }
                    if (progress.isCancelled()) {
                        return true;
                    }
                    bulk.send();
                    progress.update(bulk.articlesSent, total, "Sent " + bulk.articlesSent + " of " + total
                            + " articles to " + location);
                    return false;
                }
            });
            if (!whole) {
                return new Shipped(bulk.added, bulk.updated, true);
            }
            bulk.send();
            progress.update(bulk.articlesSent, total, "Sent " + total + " articles to " + location);
            return new Shipped(bulk.added, bulk.updated, false);
        });
        client.ok("POST", "/" + index + "/_refresh", null, "make the imported articles searchable");
        return done;
    }

    /** One bulk batch being filled, and the counts of those sent. */
    private final class Bulk {
        private final String index;
        private final String stamp;
        private final StringBuilder lines = new StringBuilder();
        private final List<String> ids = new ArrayList<>();
        private final Set<String> articleDocIds = new java.util.HashSet<>();
        int articlesSent;
        int added;
        int updated;

        Bulk(String index, String stamp) {
            this.index = index;
            this.stamp = stamp;
        }

        boolean full() {
            return articleDocIds.size() >= BULK_ARTICLES || lines.length() >= BULK_MAX_CHARS;
        }

        void article(Article a, String textHash, String sourceId, java.util.Map<String, float[]> vectors)
                throws IOException {
            List<Document> docs = Archive.documentsFor(a, textHash);
            String outlet = a.source().strip().toLowerCase(Locale.ROOT);
            for (int n = 0; n < docs.size(); n++) {
                Document d = docs.get(n);
                ObjectNode j = OpenSearchClient.JSON.createObjectNode();
                j.put(F_ID, a.id()).put(F_TYPE, n == 0 ? ArchiveSchema.TYPE_ARTICLE : ArchiveSchema.TYPE_PASSAGE)
                        .put(F_OUTLET, outlet).put(F_STAMP, stamp);
                if (a.published() != null) {
                    j.put(F_PUBLISHED, a.published().toString());
                }
                j.put(T_TEXT, tokens(d, ArchiveSchema.TEXT)).put(T_TITLE, tokens(d, ArchiveSchema.TITLE))
                        .put(T_NUMBERS, tokens(d, ArchiveSchema.NUMBERS));
                String docId;
                if (n == 0) {
                    j.put(F_TEXT_HASH, textHash);
                    if (sourceId != null) {
                        j.put(F_SOURCE_ID, sourceId);
                    }
                    ObjectNode stored = j.putObject(F_STORED).put("title", a.title()).put("text", a.text())
                            .put("source", a.source()).put("url", a.url());
                    if (!vectors.isEmpty()) {
                        // kept, not indexed: FactDesk fuses them over the cluster's candidates (decision 65)
                        j.put(F_DENSE, true);
                        ObjectNode v = stored.putObject(STORED_VECTORS);
                        vectors.forEach((field, vector) -> v.put(field, encodeVector(vector)));
                    }
                    docId = documentId("a", a.id(), -1);
                    articleDocIds.add(docId);
                } else {
                    docId = documentId("p", a.id(), n);
                }
                add(docId, j);
            }
            ids.add(a.id());
        }

        void alias(String id, String keptId) throws IOException {
            ObjectNode j = OpenSearchClient.JSON.createObjectNode();
            j.put(F_ID, id).put(F_TYPE, ArchiveSchema.TYPE_ALIAS).put(F_ALIAS_OF, keptId).put(F_STAMP, stamp);
            add(documentId("d", id, -1), j);
            ids.add(id);
        }

        private void add(String docId, ObjectNode source) throws IOException {
            ObjectNode action = OpenSearchClient.JSON.createObjectNode();
            action.putObject("index").put("_index", index).put("_id", docId);
            lines.append(OpenSearchClient.JSON.writeValueAsString(action)).append('\n')
                    .append(OpenSearchClient.JSON.writeValueAsString(source)).append('\n');
        }

        /** Sends the batch (again after a failure, as each document's id is fixed), then deletes what it replaced. */
        void send() throws IOException {
            if (ids.isEmpty()) {
                return;
            }
            JsonNode result = null;
            String why = null;
            for (int attempt = 1; attempt <= BULK_ATTEMPTS && result == null; attempt++) {
                try {
                    OpenSearchClient.Response r = client.post("/_bulk", lines.toString());
                    if (r.ok() && !r.body().path("errors").asBoolean(false)) {
                        result = r.body();
                    } else {
                        why = r.ok() ? firstItemError(r.body()) : r.reason();
                    }
                } catch (ArchiveUnavailableException e) {
                    why = e.getMessage();
                }
                if (result == null && attempt < BULK_ATTEMPTS) {
                    pause(1000L << (attempt - 1));
                }
            }
            if (result == null) {
                throw new ArchiveUnavailableException("The import into " + location + " stopped after " + articlesSent
                        + " articles were sent: the cluster did not take the next batch (" + why + "). What was sent is"
                        + " kept, and nothing is doubled by running the same import again once the cluster is back.", null);
            }
            for (JsonNode item : result.path("items")) {
                JsonNode index = item.path("index");
                if (articleDocIds.contains(index.path("_id").asText())) {
                    if (index.path("result").asText().equals("created")) {
                        added++;
                    } else {
                        updated++;
                    }
                }
            }
            deleteReplaced();
            articlesSent += articleDocIds.size();
            lines.setLength(0);
            ids.clear();
            articleDocIds.clear();
        }

        /** Documents of this batch's ids written by an earlier import (passages a changed article no longer has). */
        private void deleteReplaced() throws IOException {
            ObjectNode q = OpenSearchClient.JSON.createObjectNode();
            q.put("size", 10_000).put("_source", false);
            ObjectNode bool = q.putObject("query").putObject("bool");
            ArrayNode terms = bool.putArray("filter").addObject().putObject("terms").putArray(F_ID);
            ids.forEach(terms::add);
            bool.putArray("must_not").addObject().putObject("term").put(F_STAMP, stamp);
            client.ok("POST", "/" + index + "/_refresh", null, "refresh the index");
            JsonNode hits = client.ok("POST", "/" + index + "/_search", q, "find replaced documents").path("hits").path("hits");
            if (hits.isEmpty()) {
                return;
            }
            StringBuilder deletes = new StringBuilder();
            for (JsonNode h : hits) {
                ObjectNode action = OpenSearchClient.JSON.createObjectNode();
                action.putObject("delete").put("_index", index).put("_id", h.path("_id").asText());
                deletes.append(OpenSearchClient.JSON.writeValueAsString(action)).append('\n');
            }
            client.ok("POST", "/_bulk", deletes.toString(), "delete replaced documents");
        }
    }

    private static String firstItemError(JsonNode bulk) {
        for (JsonNode item : bulk.path("items")) {
            JsonNode e = item.elements().hasNext() ? item.elements().next().path("error") : null;
            if (e != null && !e.isMissingNode()) {
                return e.path("type").asText() + ": " + e.path("reason").asText();
            }
        }
        return "an unknown error";
    }

    private static void pause(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for the cluster");
        }
    }

    /**
     * The cluster's id of a document: its kind (a = article, p = passage n, d = near-duplicate id) and the article id,
     * or a hash of the id when that would pass OpenSearch's 512-byte limit (FactDesk ids may take 512 bytes).
     */
    static String documentId(String kind, String id, int passage) {
        String suffix = passage >= 0 ? "#" + passage : "";
        String plain = kind + ":" + id + suffix;
        if (plain.getBytes(StandardCharsets.UTF_8).length <= MAX_DOC_ID_BYTES) {
            return plain;
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return kind + ":sha256:" + HexFormat.of().formatHex(h) + suffix;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A field's terms as FactDesk's index analysis gives them, separated by spaces (for the whitespace analyzer). */
    static String tokens(Document d, String field) throws IOException {
        StringBuilder out = new StringBuilder();
        for (IndexableField f : d.getFields(field)) {
            if (f.fieldType().indexOptions() == IndexOptions.NONE) {
                continue;
            }
            try (TokenStream ts = f.tokenStream(ArchiveSchema.indexAnalyzer(), null)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    if (!out.isEmpty()) {
                        out.append(' ');
                    }
                    out.append(term);
                }
                ts.end();
            }
        }
        return out.toString();
    }

    // ---- dense vectors (decision 65) ----

    /** A vector as base64 of its float32 values, little-endian (a third of the size of a JSON array of numbers). */
    static String encodeVector(float[] v) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 * v.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return java.util.Base64.getEncoder().encodeToString(b.array());
    }

    static float[] decodeVector(String base64) {
        java.nio.FloatBuffer f = java.nio.ByteBuffer.wrap(java.util.Base64.getDecoder().decode(base64))
                .order(java.nio.ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        float[] v = new float[f.remaining()];
        f.get(v);
        return v;
    }

    /** An article document's stored vectors, by FactDesk's field names (empty when it has none). */
    static java.util.Map<String, float[]> vectors(JsonNode source) {
        java.util.Map<String, float[]> out = new java.util.LinkedHashMap<>();
        JsonNode v = source.path(F_STORED).path(STORED_VECTORS);
        for (String field : DenseFusion.VECTOR_FIELDS) {
            if (v.path(field).isTextual()) {
                out.put(field, decodeVector(v.path(field).asText()));
            }
        }
        return out;
    }

    /** Articles that have dense vectors. */
    public long embeddedArticles() throws IOException {
        ObjectNode q = OpenSearchClient.JSON.createObjectNode();
        q.putObject("query").putObject("term").put(F_DENSE, true);
        return client.ok("POST", "/" + requireSearchable() + "/_count", q, "count the embedded articles").path("count").asLong();
    }

    /** Whether searches fuse vectors: at least half of the articles have them, the local archive's rule (decision 15). */
    public boolean denseSearch() throws IOException {
        int articles = size();
        return articles > 0 && 2 * embeddedArticles() >= articles;
    }

    // ---- reading ----

    /** Whether the archive exists on the cluster (of this mapping version) and holds articles. */
    public boolean holdsArticles() throws IOException {
        return !state().missing() && size() > 0;
    }

    @Override
    public int size() throws IOException {
        String index = requireSearchable();
        ObjectNode q = OpenSearchClient.JSON.createObjectNode();
        q.putObject("query").putObject("term").put(F_TYPE, ArchiveSchema.TYPE_ARTICLE);
        return client.ok("POST", "/" + index + "/_count", q, "count the articles").path("count").asInt();
    }

    /** Documents of every kind (articles, passages, near-duplicate ids): the base of document frequencies. */
    long documentCount(String index) throws IOException {
        return client.ok("GET", "/" + index + "/_count", null, "count the documents").path("count").asLong();
    }

    @Override
    public Optional<Article> document(String id) throws IOException {
        String index = requireSearchable();
        Optional<Article> a = article(index, id);
        if (a.isPresent()) {
            return a;
        }
        OpenSearchClient.Response alias = client.get("/" + index + "/_doc/" + encode(documentId("d", id, -1)));
        if (!alias.ok() || !alias.body().path("found").asBoolean()) {
            return Optional.empty();
        }
        return article(index, alias.body().path("_source").path(F_ALIAS_OF).asText());
    }

    private Optional<Article> article(String index, String id) throws IOException {
        OpenSearchClient.Response r = client.get("/" + index + "/_doc/" + encode(documentId("a", id, -1)));
        if (!r.ok() || !r.body().path("found").asBoolean()) {
            return Optional.empty();
        }
        return Optional.of(toArticle(r.body().path("_source")));
    }

    /** An article from its cluster document's source. */
    static Article toArticle(JsonNode source) {
        JsonNode s = source.path(F_STORED);
        String published = source.path(F_PUBLISHED).asText(null);
        return new Article(source.path(F_ID).asText(), s.path("title").asText(""), s.path("text").asText(""),
                s.path("source").asText(""), published == null ? null : LocalDate.parse(published),
                s.path("url").asText(""));
    }

    @Override
    public List<String> sourceIds(String id) throws IOException {
        String index = requireSearchable();
        List<String> ids = new ArrayList<>(List.of(id));
        OpenSearchClient.Response r = client.get("/" + index + "/_doc/" + encode(documentId("a", id, -1))
                + "?_source_includes=" + F_SOURCE_ID);
        String sourceId = r.ok() ? r.body().path("_source").path(F_SOURCE_ID).asText(null) : null;
        if (sourceId != null) {
            ids.add(sourceId);
        }
        ids.addAll(idsWhere(index, F_ALIAS_OF, id, ArchiveSchema.TYPE_ALIAS));
        return ids;
    }

    @Override
    public Set<String> articleIdsFor(String sourceId) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        document(sourceId).ifPresent(a -> ids.add(a.id()));
        ids.addAll(idsImportedAs(sourceId));
        return ids;
    }

    @Override
    public List<String> idsImportedAs(String sourceId) throws IOException {
        return idsWhere(requireSearchable(), F_SOURCE_ID, sourceId, ArchiveSchema.TYPE_ARTICLE);
    }

    private List<String> idsWhere(String index, String field, String value, String type) throws IOException {
        ObjectNode q = OpenSearchClient.JSON.createObjectNode();
        q.put("size", 1000).putArray("_source").add(F_ID);
        ArrayNode filter = q.putObject("query").putObject("bool").putArray("filter");
        filter.addObject().putObject("term").put(field, value);
        filter.addObject().putObject("term").put(F_TYPE, type);
        List<String> out = new ArrayList<>();
        for (JsonNode h : client.ok("POST", "/" + index + "/_search", q, "look up ids").path("hits").path("hits")) {
            out.add(h.path("_source").path(F_ID).asText());
        }
        return out;
    }

    /** The archive view's search box, in Lucene syntax as on a local archive (decision 67). */
    private ClusterEvidenceSearch boxSearch;

    public synchronized List<org.factdesk.model.Evidence> search(String userQuery, int k) throws IOException {
        if (boxSearch == null) {
            boxSearch = new ClusterEvidenceSearch(this, requireSearchable(), EvidenceSettings.DEFAULT);
        }
        return boxSearch.search(userQuery, k);
    }

    @Override
    public ClaimSearch evidenceFinder(EvidenceSettings settings) throws IOException {
        return new ClusterEvidenceSearch(this, requireSearchable(), settings);
    }

    static String encode(String docId) {
        return java.net.URLEncoder.encode(docId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a scratch file left in the temp folder
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // nothing to delete
        }
    }

    /** Evidence searches opened on this archive: their scratch indexes close with it. */
    private final List<AutoCloseable> searches = new java.util.concurrent.CopyOnWriteArrayList<>();

    void closeWith(AutoCloseable search) {
        searches.add(search);
    }

    @Override
    public void close() throws IOException {
        try {
            for (AutoCloseable s : searches) {
                try {
                    s.close();
                } catch (Exception e) {
                    // a scratch index in the temp folder: the cluster's archive is not affected
                }
            }
        } finally {
            client.close();
        }
    }
}
