package org.factdesk.app.bench;

import org.factdesk.extract.ClaimExtractor;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Archive scale: builds archives of N recombined articles (streamed), imports them into FactDesk's
 * archive and into SQLite FTS5, then times claim-to-evidence queries on both with the same claims.
 * Reports import throughput, p50/p95 latency, heap after GC and disk footprint, side by side.
 */
public final class ArchiveBenchmark {
    public static final double TARGET_IMPORT_PER_S = 2000;
    public static final double TARGET_P95_MS = 20;
    public static final long TARGET_HEAP_BYTES = 1L << 30;

    /** @param cluster the archive on a cluster the "opensearch" engine writes to (a new index), or null */
    public record Options(List<Integer> docs, Path source, int queries, int warmupQueries, Path workDir,
                          boolean keep, long seed, List<String> engines, double queryBudgetSeconds, String cluster) {
        public Options(List<Integer> docs, Path source, int queries, int warmupQueries, Path workDir, boolean keep,
                       long seed, List<String> engines, double queryBudgetSeconds) {
            this(docs, source, queries, warmupQueries, workDir, keep, seed, engines, queryBudgetSeconds, null);
        }
    }

    /** The cluster of the run's "opensearch" engine (set from the options for the run). */
    private static String cluster;

    private ArchiveBenchmark() {
    }

    public static Map<String, Object> run(Options o, PrintStream out) throws IOException {
        cluster = o.cluster();
        if (o.engines().contains("opensearch")) {
            OpenSearchEngine.requireNewIndex(o.cluster());
        }
        Machine machine = Machine.detect();
        out.println("bench archive: FactDesk archive (Archive.importDocuments + EvidenceFinder.find(claim, null, 10))"
                + " vs SQLite FTS5 bm25()");
        out.println("machine: " + machine.describe());

        RecombinedCorpus corpus = RecombinedCorpus.load(o.source());
        out.printf("corpus: REAL TEXT RECOMBINED from %s (%d articles, %d sentences, %.1f MB): each benchmark article"
                        + " = 3-7 paragraphs, each a run of 2-5 consecutive sentences of a random source article;"
                        + " random source title; new id, date (2015-2024) and outlet (90 names); seed %d%n",
                o.source(), corpus.sourceArticles(), corpus.sentences(), corpus.sourceBytes() / 1e6, o.seed());

        long t0 = System.nanoTime();
        List<Claim> claims = sampleClaims(corpus, o.warmupQueries() + o.queries(), o.seed());
        out.printf("claims: %d extracted with ClaimExtractor from random source articles (%.1f s);"
                        + " %d warm-up queries, then %d timed%n", claims.size(), (System.nanoTime() - t0) / 1e9,
                Math.min(o.warmupQueries(), claims.size()), Math.max(0, claims.size() - o.warmupQueries()));
        List<Claim> warmup = claims.subList(0, Math.min(o.warmupQueries(), claims.size()));
        List<Claim> timed = claims.subList(warmup.size(), claims.size());

        Path root = Files.createDirectories(o.workDir() == null
                ? Files.createTempDirectory("factdesk-bench-") : o.workDir());
        Path work = Files.createTempDirectory(root, "archive-");
        out.println("work dir: " + work + (o.keep() ? " (kept)" : " (deleted at the end; --keep keeps it)"));

        List<Map<String, Object>> runs = new ArrayList<>();
        try {
            int previous = 0;
            for (int n : o.docs().stream().distinct().sorted().toList()) {
                Map<String, Object> run = new LinkedHashMap<>();
                run.put("docs", n);
                run.put("added_in_this_step", n - previous);
                for (String engine : o.engines()) {
                    Path dir = work.resolve(engine);
                    out.printf("%n== %,d articles: %s%s ==%n", n, engine, previous == 0 ? ""
                            : " (imports articles %,d-%,d into the %,d-article archive)".formatted(previous + 1, n,
                            previous));
                    run.put(engine, measure(engine, dir, corpus, previous, n, o.seed(), warmup, timed,
                            o.queryBudgetSeconds(), out));
                }
                previous = n;
                runs.add(run);
                printTable(run, o.engines(), out);
            }
        } finally {
            if (!o.keep()) {
                deleteTree(work);
                if (o.workDir() == null) {
                    deleteTree(root);
                }
            }
        }

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bench", "archive");
        json.put("machine", machine.toJson());
        Map<String, Object> corpusJson = new LinkedHashMap<>();
        corpusJson.put("kind", "recombined");
        corpusJson.put("source", o.source().toString());
        corpusJson.put("source_articles", corpus.sourceArticles());
        corpusJson.put("seed", o.seed());
        json.put("corpus", corpusJson);
        json.put("queries", timed.size());
        json.put("warmup_queries", warmup.size());
        json.put("runs", runs);
        return json;
    }

    private static SearchEngineUnderTest open(String engine, Path dir) throws IOException {
        return switch (engine) {
            case "factdesk" -> new FactDeskEngine(dir);
            case "sqlite_fts5" -> new SqliteFts5Engine(dir);
            case "opensearch" -> new OpenSearchEngine(cluster);
            default -> throw new IllegalArgumentException("unknown engine '" + engine
                    + "': use factdesk and/or sqlite_fts5");
        };
    }

    private static Map<String, Object> measure(String engineName, Path dir, RecombinedCorpus corpus, int from, int n,
                                               long seed,
                                               List<Claim> warmup, List<Claim> timed, double budgetSeconds,
                                               PrintStream out)
            throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        long heapBefore = Heap.usedAfterGc();
        Heap.resetPeaks();
        RecombinedCorpus.Meter meter = new RecombinedCorpus.Meter();
        List<Double> rates = new ArrayList<>();
        long imported;
        double importSeconds;
        long heapAfterImport;
        long peakImport;
        long heapSearch;
        long[] nanos = new long[timed.size()];
        long[] cpuNanos = new long[timed.size()];
        long importCpu;
        long queryProcessCpu;
        int queriesRan;
        long hits = 0;
        long engineSize;
        long embedded = -1;
        long clusterDisk;
        try (SearchEngineUnderTest engine = open(engineName, dir)) {
            long cpuStart = Machine.processCpuNanos();
            long start = System.nanoTime();
            int adding = n - from;
            long step = Math.max(1000, adding / 10);
            AtomicLong lastMark = new AtomicLong(0);
            AtomicLong lastTime = new AtomicLong(start);
            imported = engine.importAll(corpus.articles(from, n, seed, meter), done -> {
                if (done - lastMark.get() >= step || (done == adding && done > lastMark.get())) {
                    long now = System.nanoTime();
                    double rate = (done - lastMark.get()) / ((now - lastTime.get()) / 1e9);
                    rates.add(Math.round(rate * 10) / 10.0);
                    out.printf("  imported %,d / %,d  (%.0f articles/s over the last %,d; heap used %d MB)%n",
                            from + done, n, rate, done - lastMark.get(),
                            Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory() >> 20);
                    lastMark.set(done);
                    lastTime.set(now);
                }
            });
            importSeconds = (System.nanoTime() - start) / 1e9;
            importCpu = Machine.processCpuNanos() - cpuStart;
            peakImport = Heap.peakUsed();
            heapAfterImport = Heap.usedAfterGc();
            if (engine instanceof FactDeskEngine fd && fd.lastReport() != null && fd.lastReport().skipped() > 0) {
                out.printf("  importer skipped %d articles (first: %s)%n", fd.lastReport().skipped(),
                        fd.lastReport().problems().getFirst().message());
            }
            if (engine instanceof FactDeskEngine fd) {
                embedded = fd.embeddedArticles();
                out.printf("  %,d articles with dense vectors; searches are %s%n", embedded,
                        fd.denseSearch() ? "dense-fused" : "lexical");
            }
            long budgetEnd = System.nanoTime() + (long) (budgetSeconds * 1e9);
            for (Claim c : warmup) {
                engine.top10(c);
                if (System.nanoTime() > budgetEnd) {
                    break;
                }
            }
            // the timed claims are the same prefix for every engine; a slow engine stops early at the budget
            budgetEnd = System.nanoTime() + (long) (budgetSeconds * 1e9);
            long queryCpuStart = Machine.processCpuNanos();
            int ran = 0;
            for (int i = 0; i < timed.size() && System.nanoTime() < budgetEnd; i++, ran++) {
                long cpu = Machine.threadCpuNanos();
                long s = System.nanoTime();
                hits += engine.top10(timed.get(i));
                nanos[i] = System.nanoTime() - s;
                cpuNanos[i] = Machine.threadCpuNanos() - cpu;
            }
            queryProcessCpu = Machine.processCpuNanos() - queryCpuStart;
            queriesRan = ran;
            heapSearch = Heap.usedAfterGc();
            engineSize = engine.size();
            clusterDisk = engine instanceof OpenSearchEngine os ? os.diskBytes() : -1;
            if (ran < timed.size()) {
                out.printf("  query budget of %.0f s used up after %d of %d timed claims%n", budgetSeconds, ran,
                        timed.size());
                nanos = java.util.Arrays.copyOf(nanos, ran);
                cpuNanos = java.util.Arrays.copyOf(cpuNanos, ran);
            }
        }
        long disk = clusterDisk >= 0 ? clusterDisk : sizeOf(dir); // a cluster's: its index's store, all copies
        Stats lat = Stats.ofNanos(nanos);
        Stats cpuLat = Stats.ofNanos(cpuNanos);
        double netSeconds = Math.max(1e-9, importSeconds - meter.nanos / 1e9);
        m.put("imported", imported);
        m.put("archive_size", engineSize);
        m.put("mean_article_bytes", meter.articles == 0 ? 0 : meter.bytes / meter.articles);
        m.put("import_s", round(importSeconds));
        m.put("generation_s", round(meter.nanos / 1e9));
        m.put("articles_per_s", round(imported / importSeconds));
        m.put("mb_per_s", round(meter.bytes / 1e6 / importSeconds));
        m.put("articles_per_s_excluding_generation", round(imported / netSeconds));
        m.put("import_rate_by_tenth", rates);
        m.put("import_process_cpu_s", round(importCpu / 1e9));
        m.put("articles_per_cpu_s", round(imported / (importCpu / 1e9)));
        m.put("p50_ms", round(lat.medianMs()));
        m.put("p95_ms", round(lat.p95Ms()));
        m.put("cpu_p50_ms", round(cpuLat.medianMs()));
        m.put("cpu_p95_ms", round(cpuLat.p95Ms()));
        // all threads (a FactDesk search also runs on the other cores; GC and JIT count too), per timed claim
        m.put("process_cpu_mean_ms", queriesRan == 0 ? 0 : round(queryProcessCpu / 1e6 / queriesRan));
        m.put("mean_ms", round(lat.meanMs()));
        m.put("max_ms", round(lat.maxMs()));
        m.put("queries_timed", nanos.length);
        m.put("mean_hits", nanos.length == 0 ? 0 : round(hits / (double) nanos.length));
        m.put("heap_before_mb", Heap.mb(heapBefore));
        m.put("heap_after_import_mb", Heap.mb(heapAfterImport));
        m.put("heap_peak_during_import_mb", Heap.mb(peakImport));
        m.put("heap_during_search_mb", Heap.mb(heapSearch));
        m.put("max_heap_mb", Heap.mb(Heap.max()));
        m.put("disk_mb", Heap.mb(disk));
        if (embedded >= 0) {
            m.put("embedded_articles", embedded);
        }
        m.put("load_average_at_end", Machine.loadAverage());
        out.printf("  import %.1f s (%.0f articles/s, %.2f MB/s); queries p50 %.2f ms, p95 %.2f ms;"
                        + " heap after GC %s MB (search %s MB); disk %s MB%n", importSeconds, imported / importSeconds,
                meter.bytes / 1e6 / importSeconds, lat.medianMs(), lat.p95Ms(), Heap.mb(heapAfterImport),
                Heap.mb(heapSearch), Heap.mb(disk));
        return m;
    }

    @SuppressWarnings("unchecked")
    private static void printTable(Map<String, Object> run, List<String> engines, PrintStream out) {
        List<String> header = new ArrayList<>(List.of("%,d articles (import: +%,d)".formatted((Integer) run.get("docs"),
                (Integer) run.get("added_in_this_step"))));
        header.addAll(engines);
        header.add("target (FactDesk)");
        TextTable t = new TextTable(header.toArray(String[]::new));
        String[][] rows = {
            {"import, articles/s", "articles_per_s", ">= 2,000"},
            {"import, MB/s", "mb_per_s", ""},
            {"import, s", "import_s", ""},
            {"import, articles per process-CPU s", "articles_per_cpu_s", ""},
            {"claim -> top 10, p50 ms", "p50_ms", ""},
            {"claim -> top 10, p95 ms", "p95_ms", "<= 20 (at 1M)"},
            {"claim -> top 10, calling thread CPU p50 ms", "cpu_p50_ms", ""},
            {"claim -> top 10, calling thread CPU p95 ms", "cpu_p95_ms", ""},
            {"claim -> top 10, process CPU mean ms", "process_cpu_mean_ms", ""},
            {"heap after import (after GC), MB", "heap_after_import_mb", ""},
            {"heap during search (after GC), MB", "heap_during_search_mb", "<= 1,024 (at 1M)"},
            {"heap peak during import (incl. garbage), MB", "heap_peak_during_import_mb", ""},
            {"max heap (-Xmx), MB", "max_heap_mb", ""},
            {"index on disk, MB", "disk_mb", ""},
            {"claims timed", "queries_timed", ""},
            {"mean results per claim", "mean_hits", ""},
        };
        for (String[] r : rows) {
            List<Object> cells = new ArrayList<>();
            cells.add(r[0]);
            for (String e : engines) {
                cells.add(((Map<String, Object>) run.get(e)).get(r[1]));
            }
            cells.add(r[2]);
            t.row(cells.toArray());
        }
        out.println();
        t.print(out);
    }

    /** Claims from random source articles (at most 3 per article, for variety), in a seeded order. */
    static List<Claim> sampleClaims(RecombinedCorpus corpus, int wanted, long seed) {
        ClaimExtractor extractor = ClaimExtractor.createDefault();
        List<Article> articles = new ArrayList<>(corpus.originals());
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int i = articles.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Article tmp = articles.get(i);
            articles.set(i, articles.get(j));
            articles.set(j, tmp);
        }
        List<Claim> out = new ArrayList<>();
        for (Article a : articles) {
            if (out.size() >= wanted) {
                break;
            }
            // very long releases (speech transcripts) are cut: the claims only need to be real sentences
            Article capped = a.text().length() > 20_000 ? new Article(a.id(), a.title(),
                    a.text().substring(0, 20_000), "", null, "") : a;
            List<Claim> found = extractor.extract(capped);
            java.util.Set<Integer> picks = new java.util.TreeSet<>();
            for (int i = 0; i < 3 && !found.isEmpty(); i++) {
                picks.add(i * found.size() / 3);
            }
            for (int i : picks) {
                if (out.size() < wanted) {
                    out.add(found.get(i));
                }
            }
        }
        return out;
    }

    static long sizeOf(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static double round(double v) {
        return ExtractBenchmark.round(v);
    }
}
