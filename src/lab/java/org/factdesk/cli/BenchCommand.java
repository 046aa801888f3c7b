package org.factdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.factdesk.app.bench.ArchiveBenchmark;
import org.factdesk.app.bench.ExtractBenchmark;
import org.factdesk.app.bench.ReadBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Speed and memory benchmarks (docs/benchmarks.md). Each prints a readable table and ends with one
 * JSON line of results, including the machine it ran on.
 */
@Command(name = "bench", description = "Speed and memory benchmarks; the last line of output is one JSON object.",
        subcommands = {BenchCommand.Extract.class, BenchCommand.ArchiveBench.class, BenchCommand.Read.class,
                BenchCommand.Desk.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    FactDeskCommand parent;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a benchmark: extract, archive, read or desk");
    }

    @Command(name = "desk", description = {"Load on a team desk (--desk before `bench`): simulated reviewers saving"
            + " verdicts over the version they read, commenting and undoing on the same claims; then every acknowledged"
            + " change is looked for. Adds one article of --claims claims (ids start with load-).",
            "Full size: factdesk --desk postgresql://USER@HOST/DB bench desk --reviewers 20 --claims 200 --seconds 600"})
    static final class Desk implements Callable<Integer> {
        @CommandLine.ParentCommand
        BenchCommand bench;

        @Option(names = "--reviewers", defaultValue = "20")
        int reviewers;

        @Option(names = "--claims", defaultValue = "200")
        int claims;

        @Option(names = "--seconds", defaultValue = "600")
        int seconds;

        @Option(names = "--think-ms", defaultValue = "0", description = "pause between one reviewer's actions"
                + " (0: flat out, a stress test)")
        int thinkMs;

        @Override
        public Integer call() {
            if (reviewers < 1 || claims < 1 || seconds < 1 || thinkMs < 0) {
                throw new IllegalArgumentException("--reviewers, --claims and --seconds must be at least 1");
            }
            if (bench.parent.desk == null) {
                throw new IllegalArgumentException("bench desk needs a team desk: factdesk --desk"
                        + " postgresql://USER@HOST:PORT/DB bench desk");
            }
            org.factdesk.store.DeskUrl url = org.factdesk.store.DeskUrl.parse(bench.parent.desk);
            char[] pw = DeskLogin.password(url);
            var result = org.factdesk.store.DeskLoad.run(new org.factdesk.store.DeskLoad.Options(reviewers, claims,
                    java.time.Duration.ofSeconds(seconds), thinkMs), () -> org.factdesk.store.PgStore.connect(url, pw));
            System.out.printf("%d reviewers, %d claims, %.0f s: %.1f saves/s, save p50 %.1f ms, p95 %.1f ms, %d conflicts"
                    + " detected, %d lost updates of %d acknowledged changes%n", reviewers, claims, result.seconds(),
                    result.savesPerSecond(), result.p50Millis(), result.p95Millis(), result.conflicts(),
                    result.lostUpdates(), result.acknowledged());
            result.problems().forEach(p -> System.out.println("problem: " + p));
            printJsonLine(result.asMap(), System.out);
            return result.lostUpdates() == 0 ? 0 : 1;
        }
    }

    static void printJsonLine(Map<String, Object> result, PrintStream out) {
        try {
            out.println(new ObjectMapper().writeValueAsString(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the result line", e);
        }
    }

    /**
     * The untimed warm-up (so that the JIT compiler settles) and the timed runs of a latency benchmark; each command
     * gives its defaults as the instance it mixes in, and says what one run is.
     */
    static final class Runs {
        @Option(names = "--warmup", paramLabel = "N", description = "untimed warm-up first (default: ${DEFAULT-VALUE})")
        int warmup;

        @Option(names = "--iterations", paramLabel = "N", description = "timed runs (default: ${DEFAULT-VALUE})")
        int iterations;

        Runs() {
        }

        Runs(int warmup, int iterations) {
            this.warmup = warmup;
            this.iterations = iterations;
        }

        void check() {
            if (iterations < 1 || warmup < 0) {
                throw new IllegalArgumentException("--iterations must be at least 1, --warmup at least 0");
            }
        }
    }

    @Command(name = "read", description = "Reading a saved web page, warm, one thread: --warmup reads, then"
            + " --iterations timed reads (target: a 2 MB page in <= 150 ms).")
    static final class Read implements Callable<Integer> {
        @CommandLine.Mixin
        Runs runs = new Runs(20, 50);

        @Option(names = "--pages", paramLabel = "DIR", description = "also time each saved page (.html, .html.gz) of DIR")
        Path pages;

        @Override
        public Integer call() {
            runs.check();
            printJsonLine(ReadBenchmark.run(new ReadBenchmark.Options(runs.warmup, runs.iterations, pages), System.out),
                    System.out);
            return 0;
        }
    }

    @Command(name = "extract", description = "Claim extraction as the workbench runs it, warm, one thread: --warmup"
            + " passes over the ~1,000-word articles, then --iterations timed extractions. Reports ms per article and"
            + " per 1,000 words, wall clock and thread CPU (target: median <= 150 ms per 1,000 words with the sentence"
            + " encoder, <= 20 ms with the n-gram model alone), and the median of the claims listed first.")
    static final class Extract implements Callable<Integer> {
        @Option(names = "--articles", defaultValue = "20", description = "distinct ~1,000-word articles (default: ${DEFAULT-VALUE})")
        int articles;

        @CommandLine.Mixin
        Runs runs = new Runs(5, 200);

        @Override
        public Integer call() {
            if (articles < 1) {
                throw new IllegalArgumentException("--articles must be at least 1");
            }
            runs.check();
            Map<String, Object> r = ExtractBenchmark.run(new ExtractBenchmark.Options(articles, runs.warmup,
                    runs.iterations), System.out);
            printJsonLine(r, System.out);
            return 0;
        }
    }

    @Command(name = "archive", description = "Import throughput, claim-to-evidence latency, heap and disk of the"
            + " archive at N articles, side by side with SQLite FTS5 bm25().")
    static final class ArchiveBench implements Callable<Integer> {
        @Option(names = "--docs", split = ",", defaultValue = "100000,1000000", paramLabel = "N[,N...]",
                description = "archive sizes (default: ${DEFAULT-VALUE})")
        List<Integer> docs;

        @Option(names = "--source", paramLabel = "FILE.jsonl",
                defaultValue = "../shared/data/archive/press-releases-2021-2022.jsonl",
                description = "real articles whose sentences are recombined (default: ${DEFAULT-VALUE})")
        Path source;

        @Option(names = "--queries", defaultValue = "500", description = "timed claim queries (default: ${DEFAULT-VALUE})")
        int queries;

        @Option(names = "--warmup", defaultValue = "2000", description = "warm-up claim queries, different from the timed ones;"
                + " enough for the JIT compiler to settle (default: ${DEFAULT-VALUE})")
        int warmup;

        @Option(names = "--work", paramLabel = "DIR", description = "where the indexes are built (default: a temp dir)")
        Path work;

        @Option(names = "--keep", description = "keep the indexes after the run")
        boolean keep;

        @Option(names = "--seed", defaultValue = "42", description = "corpus and claim sampling seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--engines", split = ",", defaultValue = "factdesk,sqlite_fts5",
                description = "which sides to run (default: ${DEFAULT-VALUE})")
        List<String> engines;

        @picocli.CommandLine.ParentCommand
        BenchCommand bench;

        @Option(names = "--query-budget", defaultValue = "180", paramLabel = "SECONDS",
                description = "at most this long for the warm-up and again for the timed claims, per engine and size;"
                        + " a slower engine is timed on fewer claims (default: ${DEFAULT-VALUE})")
        double queryBudget;

        @Override
        public Integer call() throws IOException {
            if (docs.stream().anyMatch(n -> n < 1) || queries < 1 || warmup < 0) {
                throw new IllegalArgumentException("--docs sizes and --queries must be at least 1, --warmup at least 0");
            }
            for (String e : engines) {
                if (!e.equals("factdesk") && !e.equals("sqlite_fts5") && !e.equals("opensearch")) {
                    throw new IllegalArgumentException("unknown engine '" + e + "' in --engines: use factdesk,"
                            + " sqlite_fts5 and/or opensearch");
                }
                if (e.equals("opensearch") && (bench == null || bench.parent == null || bench.parent.archive == null)) {
                    throw new IllegalArgumentException("--engines opensearch needs the cluster: factdesk --archive"
                            + " opensearch://HOST:PORT/NEW-INDEX bench archive --engines factdesk,opensearch ...");
                }
            }
            String cluster = bench == null || bench.parent == null ? null : bench.parent.archive;
            Map<String, Object> r = ArchiveBenchmark.run(new ArchiveBenchmark.Options(docs, source, queries, warmup,
                    work, keep, seed, engines, queryBudget, cluster), System.out);
            printJsonLine(r, System.out);
            return 0;
        }
    }
}
