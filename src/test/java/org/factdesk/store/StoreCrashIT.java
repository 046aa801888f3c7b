package org.factdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child process that is writing verdicts (SIGKILL, at random moments) and checks after each kill
 * that every verdict whose save was acknowledged is in the database and that the file is sound.
 * {@code -Dfactdesk.crash.runs=100} for the full run; {@code -Dfactdesk.crash.seed=N} to repeat one.
 */
class StoreCrashIT {
    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedVerdictSurvivesSigkill() throws Exception {
        int runs = Integer.getInteger("factdesk.crash.runs", 10);
        long seed = Long.getLong("factdesk.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Path db = dir.resolve("factdesk.db");
        int acknowledged = 0;
        int killedBeforeReady = 0;
        for (int run = 0; run < runs; run++) {
            // Most kills land in the write loop; every fourth lands anywhere from JVM start through open,
            // backup and migration.
            boolean early = run % 4 == 3;
            RunResult result = runAndKill(db, run, random, early);
            if (!result.ready) {
                killedBeforeReady++;
            }
            acknowledged += result.acks.size();
            try (Store store = Store.open(db)) {
                assertThat(store.integrityCheck()).as("integrity after run %d (seed %d)", run, seed)
                        .containsExactly("ok");
                assertAcknowledgedPresent(store, result.acks, run, seed);
            }
        }
        System.out.printf("StoreCrashIT: runs=%d kills=%d killed-before-ready=%d acknowledged=%d lost=0 seed=%d%n",
                runs, runs, killedBeforeReady, acknowledged, seed);
        assertThat(acknowledged).as("the child wrote verdicts at all").isPositive();
    }

    private static void assertAcknowledgedPresent(Store store, List<String[]> acks, int run, long seed) {
        Map<String, Integer> lastAckedIndex = new LinkedHashMap<>();
        Map<String, List<String>> historyRationales = new LinkedHashMap<>();
        for (String[] ack : acks) {
            String claimId = ack[0];
            String rationale = ack[1];
            List<String> seen = historyRationales.computeIfAbsent(claimId, id -> store.history(id).stream()
                    .map(VerdictChange::after).map(Verdict::rationale).toList());
            assertThat(seen).as("history of %s after run %d (seed %d)", claimId, run, seed).contains(rationale);
            lastAckedIndex.put(claimId, index(rationale));
        }
        // The current row is the last acknowledged write or a later one whose ACK the kill cut off.
        lastAckedIndex.forEach((claimId, index) -> {
            String current = store.verdict(claimId).rationale();
            assertThat(current).as("current verdict of %s after run %d (seed %d)", claimId, run, seed)
                    .startsWith("r" + run + "-");
            assertThat(index(current)).isGreaterThanOrEqualTo(index);
        });
    }

    private static int index(String rationale) {
        return Integer.parseInt(rationale.substring(rationale.indexOf('-') + 1));
    }

    private record RunResult(boolean ready, List<String[]> acks) {
    }

    private RunResult runAndKill(Path db, int run, Random random, boolean early) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Xmx128m",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                StoreCrashChild.class.getName(), db.toString(), String.valueOf(run));
        Path stderr = dir.resolve("child-" + run + ".err");
        pb.redirectError(stderr.toFile());
        Process child = pb.start();
        List<String[]> acks = new CopyOnWriteArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = Thread.ofPlatform().start(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.equals("READY")) {
                        ready.countDown();
                    } else if (line.startsWith("ACK ")) {
                        String[] parts = line.split(" ");
                        if (parts.length == 3) { // a line cut by the kill has no newline and is not read
                            acks.add(new String[] {parts[1], parts[2]});
                        }
                    }
                }
            } catch (IOException ignored) {
                // the pipe breaks when the child dies
            }
        });
        boolean wasReady;
        if (early) {
            wasReady = ready.await(random.nextInt(1500), TimeUnit.MILLISECONDS);
        } else {
            wasReady = ready.await(60, TimeUnit.SECONDS);
            if (!wasReady) {
                child.destroyForcibly();
                throw new AssertionError("child did not start: " + Files.readString(stderr));
            }
            Thread.sleep(random.nextInt(400));
        }
        boolean exitedOnItsOwn = !child.isAlive();
        child.destroyForcibly(); // SIGKILL on Unix
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(30_000);
        assertThat(exitedOnItsOwn).as("child crashed by itself: %s", Files.readString(stderr)).isFalse();
        return new RunResult(wasReady, new ArrayList<>(acks));
    }
}
