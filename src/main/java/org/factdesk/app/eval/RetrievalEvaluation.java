package org.factdesk.app.eval;

import org.factdesk.archive.Archive;
import org.factdesk.archive.ArticleArchive;
import org.factdesk.archive.OpenSearchArchive;
import org.factdesk.archive.EvidenceSettings;
import org.factdesk.archive.ImportProblem;
import org.factdesk.archive.ImportReport;
import org.factdesk.archive.TextClaims;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.Evidence;
import org.factdesk.task.Progress;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Claim retrieval benchmark (EVALUATION.md): imports the collection into a fresh archive through the
 * normal importer, runs each query as the workbench runs a claim typed in (a claim made from the text, the
 * evidence finder with no article context), and prints MAP@5, MRR@5, R@10 and R@100. With {@code --in-article},
 * a query that is a passage of the archived article with its id (BASIL's ledes) is searched as the workbench
 * searches a claim of the article under review: that article left out of the search, its date used
 * (decision 16). Like the workbench's archive, it embeds the documents the encoder reads whole, or all with
 * {@code --dense} (decision 15).
 */
public final class RetrievalEvaluation {
    static final int DEPTH = 100;
    /** Results the workbench asks for per claim: MAP@5, MRR@5 and R@10 are measured on a search this deep. */
    static final int WORKBENCH_RESULTS = 10;

    /** A line of input that is not in the expected format. */
    static final class MalformedInput extends Exception {
        MalformedInput(Path file, long line, String message) {
            super(file + ":" + line + ": " + message);
        }
    }

    record Query(String id, String text) {
    }

    private RetrievalEvaluation() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: RetrievalEvaluation COLLECTION.jsonl QUERIES.tsv QRELS.tsv");
            System.exit(2);
        }
        System.exit(run(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), System.out, System.err));
    }

    /**
     * Which queries lose their relevant documents before the search ({@code --drop-relevant FRACTION --seed N}):
     * those are unanswerable, and the evaluation counts how often "nothing close" is said for them and for the others.
     */
    public record Drop(double fraction, long seed) {
        public Drop {
            if (!(fraction >= 0 && fraction <= 1)) {
                throw new IllegalArgumentException("--drop-relevant takes a share between 0 and 1 (it was " + fraction
                        + "), e.g. 0.5 for half of the queries.");
            }
        }
    }

    /**
     * How a run is made: given explicitly (the command line's options), never read from system properties.
     *
     * @param vectors     the articles embedded at import: {@link Archive.Vectors#SHORT} as in the workbench (decision
     *                    15), ALL ({@code --dense on}) or NONE ({@code --dense off}, lexical: what a cluster compares with)
     * @param inArticle   a query that is a passage of the archived article with its id is searched as a claim of that
     *                    article, as the workbench searches a claim of the article under review (decision 16)
     * @param drop        the share of queries whose relevant documents are left out, or null for none
     * @param cluster     an archive on a cluster ({@code opensearch://HOST:PORT/INDEX}) to evaluate instead of a fresh
     *                    local one: the collection is imported into it when it holds no articles, and reused as it is
     *                    otherwise (delete the index to import again); null for the local archive
     * @param keepArchive a folder that keeps the local archive between runs ({@code --keep-archive}: imported there when
     *                    empty, reused as it is otherwise; a dense import of clef2020 takes minutes); null: a fresh temp one
     * @param settings    the evidence finder's settings, each evaluated in turn over the one import (a sweep:
     *                    {@code --tuning} given several times, {@code --dense-sweep}); the last one is also the one
     *                    {@code drop} measures and the JSON line reports
     */
    public record Options(Archive.Vectors vectors, boolean inArticle, Drop drop, String cluster, Path keepArchive,
                          List<EvidenceSettings> settings) {
        public Options {
            if (vectors == null || settings == null || settings.isEmpty()) {
                throw new IllegalArgumentException("a retrieval evaluation needs the vectors and at least one setting");
            }
            settings = List.copyOf(settings);
        }

        /** As the workbench searches: short documents embedded, the shipped settings, nothing left out. */
        public static Options defaults() {
            return new Options(Archive.Vectors.SHORT, false, null, null, null, List.of(EvidenceSettings.DEFAULT));
        }

        public Options withVectors(Archive.Vectors v) {
            return new Options(v, inArticle, drop, cluster, keepArchive, settings);
        }

        public Options withInArticle(boolean on) {
            return new Options(vectors, on, drop, cluster, keepArchive, settings);
        }

        public Options withDrop(Drop d) {
            return new Options(vectors, inArticle, d, cluster, keepArchive, settings);
        }

        public Options withCluster(String address) {
            return new Options(vectors, inArticle, drop, address, keepArchive, settings);
        }

        public Options withKeepArchive(Path dir) {
            return new Options(vectors, inArticle, drop, cluster, dir, settings);
        }

        public Options withSettings(List<EvidenceSettings> s) {
            return new Options(vectors, inArticle, drop, cluster, keepArchive, s);
        }
    }

    public static int run(Path collection, Path queries, Path qrels, PrintStream out, PrintStream err) {
        return run(collection, queries, qrels, Options.defaults(), out, err);
    }

    public static int run(Path collection, Path queriesFile, Path qrelsFile, Options options, PrintStream out,
                          PrintStream err) {
        List<Query> queries;
        Map<String, Set<String>> qrels;
        try {
            requireFile(collection);
            queries = readQueries(queriesFile);
            qrels = readQrels(qrelsFile);
        } catch (MalformedInput e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("cannot read input: " + e.getMessage());
            return 2;
        }
        if (options.cluster() != null) {
            return runOnCluster(collection, options.cluster(), queries, qrels, options, out, err);
        }
        Path tmp = null;
        Path kept = options.keepArchive();
        try {
            Path archiveDir;
            if (kept == null) {
                tmp = Files.createTempDirectory("factdesk-retrieval-");
                archiveDir = tmp.resolve("archive");
            } else {
                archiveDir = kept;
            }
            try (Archive archive = Archive.open(archiveDir, options.vectors())) {
                long t0 = System.nanoTime();
                if (kept != null && archive.size() > 0) {
                    out.printf(Locale.ROOT, "reusing the archive in %s (%d documents); delete it to import again%n",
                            archiveDir, archive.size());
                } else {
                    ImportReport report = archive.importPath(collection, Progress.NONE);
                    for (ImportProblem p : report.problems()) {
                        err.println(p);
                    }
                    Optional<ImportProblem> malformed = report.problems().stream()
                            .filter(p -> p.message().startsWith("malformed")).findFirst();
                    if (malformed.isPresent()) {
                        err.println(malformed.get() + " (the collection must be one JSON object a line)");
                        return 2;
                    }
                    out.printf(Locale.ROOT, "imported %d documents in %.1f s (%s)%n", archive.size(),
                            (System.nanoTime() - t0) / 1e9, report.summary());
                }
                out.printf(Locale.ROOT, "%s search: %d of %d articles have dense vectors%n",
                        archive.denseSearch() ? "dense-fused" : "lexical", archive.embeddedArticles(), archive.size());
                return evaluateEach(archive, queries, qrels, options, out);
            }
        } catch (IOException | RuntimeException e) {
            err.println("retrieval evaluation failed: " + e.getMessage());
            return 1;
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Each setting of a sweep over the one archive (importing, embedding above all, is the slow part). */
    private static int evaluateEach(ArticleArchive archive, List<Query> queries, Map<String, Set<String>> qrels,
                                    Options options, PrintStream out) {
        List<EvidenceSettings> all = options.settings();
        for (int i = 0; i < all.size(); i++) {
            EvidenceSettings s = all.get(i);
            boolean last = i == all.size() - 1;
            if (all.size() > 1) {
                out.println("== " + s);
            }
            int code = evaluate(archive, queries, qrels, s, options.inArticle(), last ? options.drop() : null, out);
            if (last || code != 0) {
                return code;
            }
        }
        return 0;
    }

    /** The benchmark through an archive on a cluster: the same queries, judgements and evidence finder. */
    private static int runOnCluster(Path collection, String cluster, List<Query> queries, Map<String, Set<String>> qrels,
                                    Options options, PrintStream out, PrintStream err) {
        if (options.vectors() == Archive.Vectors.ALL) {
            err.println("--dense on (every article embedded) is for local archives; a cluster archive holds the vectors"
                    + " of the articles the encoder reads whole, as a local one by default: leave --dense out.");
            return 2;
        }
        try (ArticleArchive archive = ArticleArchive.open(cluster, null)) {
            long t0 = System.nanoTime();
            OpenSearchArchive os = (OpenSearchArchive) archive;
            if (os.holdsArticles()) {
                out.printf(Locale.ROOT, "reusing %s (%d articles); delete the index to import again%n",
                        archive.describe(), archive.size());
            } else {
                ImportReport report = archive.importPath(collection, Progress.NONE);
                for (ImportProblem p : report.problems()) {
                    err.println(p);
                }
                out.printf(Locale.ROOT, "imported %d documents into %s in %.1f s (%s)%n", archive.size(),
                        archive.describe(), (System.nanoTime() - t0) / 1e9, report.summary());
            }
            out.printf(Locale.ROOT, "%s search: candidates from the cluster, ranked by FactDesk; %d of %d articles have"
                    + " dense vectors%n", os.denseSearch() ? "dense-fused" : "lexical", os.embeddedArticles(),
                    archive.size());
            return evaluateEach(archive, queries, qrels, options, out);
        } catch (IOException | RuntimeException e) {
            err.println("retrieval evaluation failed: " + e.getMessage());
            return 1;
        }
    }

    /** The queries (with judgements) whose relevant documents a drop leaves out: a seeded share of them. */
    static Set<Integer> dropped(List<Query> queries, Map<String, Set<String>> qrels, Drop drop) {
        List<Integer> judged = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            Set<String> r = qrels.get(queries.get(i).id());
            if (r != null && !r.isEmpty()) {
                judged.add(i);
            }
        }
        if (drop == null) {
            return Set.of();
        }
        java.util.Collections.shuffle(judged, new java.util.Random(drop.seed()));
        return new java.util.HashSet<>(judged.subList(0, (int) Math.round(drop.fraction() * judged.size())));
    }

    static int evaluate(ArticleArchive archive, List<Query> queries, Map<String, Set<String>> qrels,
                        EvidenceSettings settings, boolean inArticle, Drop drop, PrintStream out) {
        ArticleArchive.ClaimSearch finder;
        try {
            finder = archive.evidenceFinder(settings);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Set<Integer> unanswerable = dropped(queries, qrels, drop);
        int flaggedUnanswerable = 0, flaggedAnswerable = 0, answerable = 0;
        double sumAp5 = 0, sumRr5 = 0, sumR10 = 0, sumR100 = 0;
        int n = 0;
        long t0 = System.nanoTime();
        List<String> worst = new ArrayList<>();
        int inArticles = 0;
        for (int qi = 0; qi < queries.size(); qi++) {
            Query q = queries.get(qi);
            Set<String> relevant = qrels.get(q.id());
            if (relevant == null || relevant.isEmpty()) {
                continue;
            }
            Claim claim = TextClaims.of(q.id(), q.text());
            Article context = inArticle ? sourceArticle(archive, q).orElse(null) : null;
            if (context != null) {
                inArticles++;
            }
            if (unanswerable.contains(qi)) {
                // the query's relevant documents are left out of the search: is "nothing close" said?
                Set<String> leftOut = new LinkedHashSet<>();
                for (String r : relevant) {
                    leftOut.addAll(articleIdsFor(archive, r));
                }
                if (nothingClose(finder.find(claim, context, WORKBENCH_RESULTS + 1, leftOut), archive, q.id(), relevant)) {
                    flaggedUnanswerable++;
                }
                continue;
            }
            // the top ranks as the workbench asks for them (10 results), recall at 100 from a deeper search
            Metrics top = Metrics.of(ranked(finder, archive, claim, context, q.id(), relevant, WORKBENCH_RESULTS + 1),
                    relevant);
            Metrics deep = Metrics.of(ranked(finder, archive, claim, context, q.id(), relevant, DEPTH + 1), relevant);
            Metrics m = new Metrics(top.ap5(), top.rr5(), top.r10(), deep.r100(), top.firstRank() >= 0
                    ? top.firstRank() : deep.firstRank());
            if (drop != null) {
                answerable++;
                if (nothingClose(finder.find(claim, context, WORKBENCH_RESULTS + 1, Set.of()), archive, q.id(), relevant)) {
                    flaggedAnswerable++;
                }
            }
            sumAp5 += m.ap5;
            sumRr5 += m.rr5;
            sumR10 += m.r10;
            sumR100 += m.r100;
            n++;
            if (m.rr5 < 1 && worst.size() < 10) {
                worst.add(String.format(Locale.ROOT, "  %s RR@5=%.2f first relevant at %s: %s", q.id(), m.rr5,
                        m.firstRank < 0 ? ">" + DEPTH : String.valueOf(m.firstRank), abbreviate(q.text())));
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6 / Math.max(1, n);
        if (n == 0) {
            out.println("no query has relevance judgements");
        }
        double map5 = n == 0 ? 0 : sumAp5 / n, mrr5 = n == 0 ? 0 : sumRr5 / n;
        double r10 = n == 0 ? 0 : sumR10 / n, r100 = n == 0 ? 0 : sumR100 / n;
        if (!worst.isEmpty()) {
            out.println("queries whose first relevant document is not ranked first (up to 10):");
            worst.forEach(out::println);
        }
        out.printf(Locale.ROOT, "%d queries, %.1f ms a query%n", n, ms);
        if (inArticle) {
            out.printf(Locale.ROOT, "%d of them passages of their archived article, searched as claims of it%n",
                    inArticles);
        }
        out.printf(Locale.ROOT, "MAP@5  %.4f%nMRR@5  %.4f%nR@10   %.4f%nR@100  %.4f%n", map5, mrr5, r10, r100);
        if (drop == null) {
            out.printf(Locale.ROOT,
                    "{\"task\":\"retrieval\",\"n\":%d,\"map_at_5\":%.4f,\"mrr_at_5\":%.4f,\"recall_at_10\":%.4f,"
                            + "\"recall_at_100\":%.4f}%n", n, map5, mrr5, r10, r100);
            return 0;
        }
        double fu = unanswerable.isEmpty() ? 0 : (double) flaggedUnanswerable / unanswerable.size();
        double fa = answerable == 0 ? 0 : (double) flaggedAnswerable / answerable;
        out.printf(Locale.ROOT, "%d queries had their relevant documents left out (seed %d): \"nothing close\" said for"
                        + " %d of them (%.3f), and for %d of the %d others (%.3f); the measures above are of those others%n",
                unanswerable.size(), drop.seed(), flaggedUnanswerable, fu, flaggedAnswerable, answerable, fa);
        out.printf(Locale.ROOT,
                "{\"task\":\"retrieval\",\"n\":%d,\"map_at_5\":%.4f,\"mrr_at_5\":%.4f,\"recall_at_10\":%.4f,"
                        + "\"recall_at_100\":%.4f,\"drop_relevant\":%s,\"seed\":%d,\"unanswerable\":%d,"
                        + "\"flagged_unanswerable\":%.4f,\"flagged_answerable\":%.4f}%n", n, map5, mrr5, r10, r100,
                drop.fraction(), drop.seed(), unanswerable.size(), fu, fa);
        return 0;
    }

    /**
     * "Nothing close" as the workbench says it (Relevance.nothingClose) over the list the scorer sees: the query's
     * own article (BASIL's ledes are archive articles) skipped, as a claim of an article never finds that article.
     */
    private static boolean nothingClose(List<Evidence> found, ArticleArchive archive, String queryId, Set<String> relevant) {
        List<Evidence> kept = new ArrayList<>();
        for (Evidence e : found) {
            List<String> ids = sourceIds(archive, e.docId());
            if (!(ids.contains(queryId) && !relevant.contains(queryId))) {
                kept.add(e);
            }
        }
        return org.factdesk.archive.Relevance.nothingClose(kept);
    }

    private static Set<String> articleIdsFor(ArticleArchive archive, String sourceId) {
        try {
            return archive.articleIdsFor(sourceId);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> sourceIds(ArticleArchive archive, String id) {
        try {
            return archive.sourceIds(id);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The article a query was taken from: the archived document with the query's id (or imported as "id (2)" ...
     * because another article had it), when the query's text is a passage of it. An id alone is not enough:
     * CLEF's post ids (0, 11 ...) name unrelated fact-checks.
     */
    static Optional<Article> sourceArticle(ArticleArchive archive, Query q) {
        try {
            List<String> ids = new ArrayList<>(List.of(q.id()));
            ids.addAll(archive.idsImportedAs(q.id()));
            for (String id : ids) {
                Optional<Article> a = archive.document(id)
                        .filter(d -> squeezed(d.title() + " " + d.text()).contains(squeezed(q.text())));
                if (a.isPresent()) {
                    return a;
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String squeezed(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The ranked ids for a query, the query's own document left out, near-duplicates counted as their kept copy. */
    static List<String> ranked(ArticleArchive.ClaimSearch finder, ArticleArchive archive, Claim claim, Article context,
                                       String queryId, Set<String> relevant, int k) {
        List<String> ranked = new ArrayList<>();
        for (Evidence e : finder.find(claim, context, k, Set.of())) {
            // a near-duplicate folded into this hit at import stands for the same text; an article imported as
            // "x (2)" (another article of the collection had its id) is the collection's "x"
            List<String> ids = sourceIds(archive, e.docId());
            // the query's own article (BASIL's ledes) is skipped; a document judged relevant to the query is not
            // its own article but another that shares the id (CLEF's post and fact-check ids are both 0, 1, 2 ...)
            if (ids.contains(queryId) && !relevant.contains(queryId)) {
                continue;
            }
            ranked.add(ids.stream().filter(relevant::contains).filter(id -> !ranked.contains(id)).findFirst()
                    .orElse(e.docId()));
        }
        return ranked;
    }

    /** Per-query measures; AP@5 divides by the number of relevant documents. */
    record Metrics(double ap5, double rr5, double r10, double r100, int firstRank) {
        static Metrics of(List<String> ranked, Set<String> relevant) {
            double hits = 0, precisionSum = 0, rr = 0;
            int first = -1, r10 = 0, r100 = 0;
            for (int i = 0; i < Math.min(ranked.size(), DEPTH); i++) {
                if (!relevant.contains(ranked.get(i))) {
                    continue;
                }
                int rank = i + 1;
                if (first < 0) {
                    first = rank;
                }
                if (rank <= 5) {
                    hits++;
                    precisionSum += hits / rank;
                    if (rr == 0) {
                        rr = 1.0 / rank;
                    }
                }
                if (rank <= 10) {
                    r10++;
                }
                r100++;
            }
            int rel = relevant.size();
            return new Metrics(precisionSum / rel, rr, (double) r10 / rel, (double) r100 / rel, first);
        }
    }

    /** For tests: the queries of a well-formed file. */
    static List<Query> readQueriesQuietly(Path file) {
        try {
            return readQueries(file);
        } catch (IOException | MalformedInput e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Map<String, Set<String>> readQrelsQuietly(Path file) {
        try {
            return readQrels(file);
        } catch (IOException | MalformedInput e) {
            throw new IllegalArgumentException(e);
        }
    }

    static List<Query> readQueries(Path file) throws IOException, MalformedInput {
        List<Query> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && line.startsWith("id\t")) {
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new MalformedInput(file, i + 1, "expected 'id<TAB>text' (a header 'id\\ttext' is allowed)");
            }
            // a repeated id is kept as a separate query (public sets have them); each is judged by the id's qrels
            String id = line.substring(0, tab).strip();
            out.add(new Query(id, line.substring(tab + 1)));
        }
        return out;
    }

    static Map<String, Set<String>> readQrels(Path file) throws IOException, MalformedInput {
        Map<String, Set<String>> out = new HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if ((i == 0 && line.startsWith("query_id")) || line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\t");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new MalformedInput(file, i + 1, "expected 'query_id<TAB>doc_id'");
            }
            out.computeIfAbsent(parts[0].strip(), k -> new LinkedHashSet<>()).add(parts[1].strip());
        }
        return out;
    }

    private static void requireFile(Path p) throws IOException {
        if (!Files.isRegularFile(p)) {
            throw new IOException(p + " is not a file");
        }
    }

    private static String abbreviate(String s) {
        String t = s.replaceAll("\\s+", " ");
        return t.length() > 100 ? t.substring(0, 97) + "..." : t;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
