package org.factdesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.factdesk.archive.Archive;
import org.factdesk.archive.ImportReport;
import org.factdesk.model.Article;
import org.factdesk.model.Evidence;
import org.factdesk.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child process that is importing a JSONL file into the Lucene archive (SIGKILL at random moments) and
 * checks after each kill that the archive opens at its last commit: the articles found are exactly a prefix of the
 * file (the import commits at its documented cadence, every 10,000 articles or 10 s, in file order), at least as long
 * as the child had reported (its progress line counts committed articles), and every article found is complete (its
 * full text comes back and its words find it). Every run but those killed while opening is killed after a commit and
 * before the end, so each checks a partial prefix. Then a re-import of the same file completes and adds exactly the
 * rest. The archive folder is reused across runs, so later runs kill imports into an index that already holds earlier
 * runs' articles.
 * <p>
 * {@code -Dfactdesk.crash.runs=100} for the full run (default 5), {@code -Dfactdesk.crash.docs=N} articles per run
 * (default 22,500: two commits), {@code -Dfactdesk.crash.seed=N} to repeat one.
 */
class ArchiveCrashIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SAMPLE = 30;

    @TempDir
    Path dir;

    @Test
    void archiveOpensAtItsLastCommitAfterSigkillDuringImport() throws Exception {
        int runs = Integer.getInteger("factdesk.crash.runs", 5);
        // enough for two commits at the import's cadence (every COMMIT_DOCS articles or 10 s), so that every kill
        // after the first commit leaves a partial prefix
        int docs = Integer.getInteger("factdesk.crash.docs", 2 * COMMIT_DOCS + 2500);
        long seed = Long.getLong("factdesk.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Path archiveDir = dir.resolve("archive");
        int before = 0;
        long acknowledged = 0;
        int midImport = 0;
        int killedBeforeReady = 0;
        int finishedFirst = 0;
        int committedFirst = 0;
        long batchMs = 3000; // time of one batch; learnt from the children's reports
        StringBuilder prefixes = new StringBuilder();
        for (int run = 0; run < runs; run++) {
            Path jsonl = dir.resolve("run-" + run + ".jsonl");
            writeJsonl(jsonl, run, docs);
            boolean early = run % 4 == 3;
            // Kill after a random number of commits (at least one, not all), at a random moment before the next.
            int afterCommits = 1 + random.nextInt(Math.max(1, docs / COMMIT_DOCS));
            RunResult result = runAndKill(archiveDir, jsonl, run, random, early, before, afterCommits, batchMs);
            if (!result.ready) {
                killedBeforeReady++;
            }
            if (result.doneMs >= 0) {
                finishedFirst++;
            }
            if (result.batchMs > 0) {
                batchMs = result.batchMs;
            }
            String where = "run %d (seed %d)".formatted(run, seed);
            try (Archive archive = Archive.open(archiveDir)) {
                int found = archive.size() - before;
                prefixes.append(found).append(' ');
                int acked = result.lastAck < 0 ? 0 : result.lastAck - before;
                acknowledged += Math.max(0, acked);
                assertThat(found).as("articles of %s in the archive", where).isBetween(0, docs);
                assertThat(found).as("articles of %s reported committed before the kill", where)
                        .isGreaterThanOrEqualTo(acked);
                if (found > 0 && found < docs) {
                    midImport++;
                } else if (!early && result.doneMs < 0 && acked < docs) {
                    throw new AssertionError("run " + run + " was killed after a commit, before the end, yet left "
                            + found + " of " + docs + " articles: not a partial prefix (seed " + seed + ")");
                } else if (acked == docs) {
                    committedFirst++; // the last commit came before the kill, the child's exit did not
                }
                assertCommittedPrefix(archive, run, docs, found, random, where);

                ImportReport again = archive.importPath(jsonl, Progress.NONE);
                assertThat(again.problems()).as("re-import problems, %s", where).isEmpty();
                assertThat(again.added()).as("re-import adds the rest, %s", where).isEqualTo(docs - found);
                assertThat(again.updated()).as("re-import replaces what was there, %s", where).isEqualTo(found);
                assertThat(archive.size()).as("size after re-import, %s", where).isEqualTo(before + docs);
                assertComplete(archive, run, docs - 1, where);
            }
            before += docs;
            System.out.printf("ArchiveCrashIT run %d: ready=%s prefix=%d acked=%d finished-first=%s%n", run,
                    result.ready, Integer.parseInt(prefixes.toString().strip().replaceAll(".* ", "")),
                    result.lastAck < 0 ? 0 : Math.max(0, result.lastAck - (before - docs)), result.doneMs >= 0);
        }
        System.out.printf("ArchiveCrashIT: runs=%d kills=%d killed-before-ready=%d finished-before-kill=%d"
                        + " committed-all-before-kill=%d killed-mid-import=%d docs-per-run=%d acknowledged=%d lost=0"
                        + " prefixes=[%s] seed=%d%n", runs, runs - finishedFirst, killedBeforeReady, finishedFirst,
                committedFirst, midImport, docs, acknowledged, prefixes.toString().strip(), seed);
    }

    @Test
    void archiveKeepsEveryImportedArticleWhenKilledWhileCompacting() throws Exception {
        int docs = 4000;
        Path archiveDir = dir.resolve("archive");
        Path first = dir.resolve("first.jsonl");
        writeJsonl(first, 0, docs);
        try (Archive archive = Archive.open(archiveDir)) {
            archive.importPath(first, Progress.NONE);
        }
        // as many again: the import ends by merging the index's segments into one, and is killed while merging
        Path second = dir.resolve("second.jsonl");
        writeJsonl(second, 1, docs);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "--add-modules", "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED", "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                ArchiveCrashChild.class.getName(), archiveDir.toString(), second.toString())
                .redirectError(dir.resolve("compacting.err").toFile()).start();
        boolean compacting = false;
        boolean done = false;
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; !compacting && (line = in.readLine()) != null; ) {
                compacting = line.equals("COMPACTING");
            }
            if (compacting) {
                Thread.sleep(new Random().nextInt(20));
            }
            while (in.ready()) { // what the child said before the kill
                done |= in.readLine().startsWith("DONE");
            }
            child.destroyForcibly(); // SIGKILL on Unix
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(compacting).as("the import reached its compaction: %s",
                Files.readString(dir.resolve("compacting.err"))).isTrue();
        assertThat(done).as("killed before the import returned").isFalse();

        try (Archive archive = Archive.open(archiveDir)) {
            assertThat(archive.size()).isEqualTo(2 * docs);
            for (int i : new int[]{0, docs / 2, docs - 1}) {
                assertComplete(archive, 0, i, "first import");
                assertComplete(archive, 1, i, "import killed while compacting");
            }
            ImportReport again = archive.importPath(second, Progress.NONE);
            assertThat(again.added()).isZero();
            assertThat(again.updated()).isEqualTo(docs);
            assertThat(archive.size()).isEqualTo(2 * docs);
        }
    }

    /** Articles 0..found-1 of the run are there and complete; found.. are not (sampled, plus both edges). */
    private static void assertCommittedPrefix(Archive archive, int run, int docs, int found, Random random,
                                              String where) throws IOException {
        if (found > 0) {
            assertComplete(archive, run, found - 1, where);
            assertComplete(archive, run, 0, where);
            for (int k = 0; k < SAMPLE; k++) {
                assertComplete(archive, run, random.nextInt(found), where);
            }
        }
        if (found < docs) {
            assertThat(archive.document(id(run, found))).as("first article after the prefix, %s", where).isEmpty();
            for (int k = 0; k < SAMPLE; k++) {
                int i = found + random.nextInt(docs - found);
                assertThat(archive.document(id(run, i))).as("article %d after the prefix %d, %s", i, found, where)
                        .isEmpty();
            }
        }
    }

    private static void assertComplete(Archive archive, int run, int i, String where) throws IOException {
        Optional<Article> doc = archive.document(id(run, i));
        assertThat(doc).as("article %s, %s", id(run, i), where).isPresent();
        assertThat(doc.get().text()).as("text of %s, %s", id(run, i), where).isEqualTo(text(run, i));
        assertThat(doc.get().title()).isEqualTo(title(run, i));
        List<Evidence> hits = archive.search(token(run, i), 3);
        assertThat(hits).as("search for the words of %s, %s", id(run, i), where)
                .extracting(Evidence::docId).contains(id(run, i));
    }

    private record RunResult(boolean ready, int lastAck, long doneMs, long batchMs) {
    }

    /** The import's documented cadence: a commit every this many articles (or 10 s, whichever comes first). */
    private static final int COMMIT_DOCS = 10_000;

    private RunResult runAndKill(Path archiveDir, Path jsonl, int run, Random random, boolean early, int before,
                                int afterCommits, long batchMs)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "--add-modules", "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED", "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                ArchiveCrashChild.class.getName(), archiveDir.toString(), jsonl.toString());
        Path stderr = dir.resolve("child-" + run + ".err");
        pb.redirectError(stderr.toFile());
        Process child = pb.start();
        CountDownLatch ready = new CountDownLatch(1);
        AtomicInteger lastAck = new AtomicInteger(-1);
        Semaphore acks = new Semaphore(0);
        Semaphore commits = new Semaphore(0);
        AtomicLongArray ackTimes = new AtomicLongArray(2); // ns of the first and the latest ACK
        AtomicInteger ackCount = new AtomicInteger();
        AtomicLong doneMs = new AtomicLong(-1);
        Thread reader = Thread.ofPlatform().start(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    String[] parts = line.split(" ");
                    switch (parts[0]) {
                        case "READY" -> ready.countDown();
                        case "ACK" -> {
                            int size = Integer.parseInt(parts[1]);
                            if (size > Math.max(before, lastAck.get())) {
                                commits.release(); // the committed count grew: a commit of this run
                            }
                            lastAck.set(size);
                            long now = System.nanoTime();
                            if (ackCount.getAndIncrement() == 0) {
                                ackTimes.set(0, now);
                            }
                            ackTimes.set(1, now);
                            acks.release();
                        }
                        case "DONE" -> doneMs.set(Long.parseLong(parts[1]));
                        default -> { }
                    }
                }
            } catch (IOException | NumberFormatException ignored) {
                // the pipe breaks when the child dies; a line cut by the kill is not counted
            }
        });
        boolean wasReady;
        if (early) {
            wasReady = ready.await(random.nextInt(2000), TimeUnit.MILLISECONDS);
        } else {
            wasReady = ready.await(120, TimeUnit.SECONDS);
            if (!wasReady) {
                child.destroyForcibly();
                throw new AssertionError("child did not start: " + Files.readString(stderr));
            }
            long readyAt = System.nanoTime();
            commits.tryAcquire(afterCommits, 300, TimeUnit.SECONDS);
            // a random moment before the next commit: at most a few batches (each ACK is one batch written)
            Thread.sleep(random.nextLong(Math.min(batchMs * 2, 800) + 1));
            if (ackCount.get() >= 2) {
                batchMs = Math.max(100, (ackTimes.get(1) - ackTimes.get(0)) / 1_000_000 / (ackCount.get() - 1));
            } else if (ackCount.get() == 1) {
                batchMs = Math.max(100, (ackTimes.get(0) - readyAt) / 1_000_000);
            }
        }
        boolean exitedOnItsOwn = !child.isAlive();
        child.destroyForcibly(); // SIGKILL on Unix
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        reader.join(30_000);
        if (exitedOnItsOwn) {
            assertThat(doneMs.get()).as("child ended without finishing: %s", Files.readString(stderr))
                    .isNotNegative();
        }
        return new RunResult(wasReady, lastAck.get(), exitedOnItsOwn ? doneMs.get() : -1, batchMs);
    }

    static void writeJsonl(Path file, int run, int docs) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < docs; i++) {
                ObjectNode o = JSON.createObjectNode();
                o.put("id", id(run, i));
                o.put("title", title(run, i));
                o.put("text", text(run, i));
                o.put("source", "Crash Harness Wire");
                o.put("published", LocalDate.of(2024, 1, 1).plusDays(i % 365).toString());
                o.put("url", "https://example.org/crash/" + id(run, i));
                w.write(JSON.writeValueAsString(o));
                w.write('\n');
            }
        }
    }

    static String id(int run, int i) {
        return "crash-r" + run + "-" + i;
    }

    static String title(int run, int i) {
        return "Harbour report " + i + " of run " + run;
    }

    /** A word that occurs in this article only: letters, so that no analyzer splits it. */
    static String token(int run, int i) {
        StringBuilder sb = new StringBuilder("qz");
        long n = run * 1_000_003L + i;
        do {
            sb.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return sb.append("x").toString();
    }

    static String text(int run, int i) {
        String t = token(run, i);
        return "The port authority counted " + (i * 7 + 3) + " container ships in the harbour on the "
                + (i % 28 + 1) + "th, according to dispatch " + t + ". Officials said the figure was "
                + (i % 2 == 0 ? "higher" : "lower") + " than a year ago.\n\n"
                + "Dock workers in the " + t + " district said the queues had grown since the storm, and that "
                + "cranes were idle for " + (i % 12 + 1) + " hours.\n\n"
                + "The ministry will publish revised numbers next week, a spokesperson told reporters.";
    }
}
