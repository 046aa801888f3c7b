package org.factdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictStatus;

/**
 * The team desk's load harness: simulated reviewers, each on a connection of their own, saving verdicts (over the
 * version they read), commenting and undoing on the same claims, as fast as they can. Every acknowledged change is
 * remembered and looked for afterwards: a change whose row is missing or was overwritten without a conflict is a lost
 * update (target: 0). Server outages (a SIGKILL in the fault variant) are waited out and counted, never acknowledged.
 */
public final class DeskLoad {
    /** @param thinkMillis pause between one reviewer's actions (0: a stress test, every reviewer saving flat out) */
    public record Options(int reviewers, int claims, Duration duration, int thinkMillis) {
        public Options(int reviewers, int claims, Duration duration) {
            this(reviewers, claims, duration, 0);
        }
    }

    /** What a run measured. Latencies are of verdict saves (conflicts included), in milliseconds. */
    public record Result(long saves, long conflicts, long undos, long comments, long unavailable, double seconds,
                         double p50Millis, double p95Millis, double p99Millis, long acknowledged, long lostUpdates,
                         List<String> problems) {
        public double savesPerSecond() {
            return saves / seconds;
        }

        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("saves", saves);
            m.put("saves_per_s", Math.round(savesPerSecond() * 10) / 10.0);
            m.put("save_p50_ms", Math.round(p50Millis * 10) / 10.0);
            m.put("save_p95_ms", Math.round(p95Millis * 10) / 10.0);
            m.put("save_p99_ms", Math.round(p99Millis * 10) / 10.0);
            m.put("conflicts", conflicts);
            m.put("undos", undos);
            m.put("comments", comments);
            m.put("unavailable", unavailable);
            m.put("acknowledged", acknowledged);
            m.put("lost_updates", lostUpdates);
            m.put("seconds", Math.round(seconds * 10) / 10.0);
            return m;
        }
    }

    /** An acknowledged change: after it, the claim was at {@code version}, holding {@code rationale} (null: an undo). */
    private record Ack(String claimId, long version, String rationale) {
    }

    private DeskLoad() {
    }

    /**
     * Runs the load on a desk; {@code connect} opens a new store for one simulated reviewer. The article and claims
     * it works on are added first (ids prefixed by the run, so runs do not mix).
     */
    public static Result run(Options o, Supplier<PgStore> connect) {
        return run(o, connect, () -> { });
    }

    /** As above; {@code beforeCheck} runs between the load and the check (the fault run brings the server back). */
    public static Result run(Options o, Supplier<PgStore> connect, Runnable beforeCheck) {
        String run = "load-" + Long.toHexString(System.nanoTime());
        List<String> claimIds = new ArrayList<>();
        try (PgStore setup = connect.get()) {
            StringBuilder text = new StringBuilder();
            List<int[]> spans = new ArrayList<>();
            for (int i = 0; i < o.claims(); i++) {
                int start = text.length();
                text.append("Claim number ").append(i).append(" says that ").append(i * 7).append(" things happened. ");
                spans.add(new int[] {start, text.length() - 1});
            }
            Article a = new Article(run, "Load test " + run, text.toString(), "", null, "");
            setup.saveArticle(a);
            List<Claim> claims = new ArrayList<>();
            for (int i = 0; i < o.claims(); i++) {
                int[] s = spans.get(i);
                claims.add(new Claim(run + "-c" + i, run, text.substring(s[0], s[1]), ClaimKind.QUANTITY, s[0], s[1],
                        0.5, null, null, null, null));
                claimIds.add(run + "-c" + i);
            }
            setup.saveClaims(run, claims);
        }

        ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> ackedComments = new ConcurrentLinkedQueue<>();
        List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong saves = new AtomicLong();
        AtomicLong conflicts = new AtomicLong();
        AtomicLong undos = new AtomicLong();
        AtomicLong unavailable = new AtomicLong();
        long t0 = System.nanoTime();
        long deadline = t0 + o.duration().toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int r = 0; r < o.reviewers(); r++) {
            int reviewer = r;
            workers.add(Thread.ofPlatform().name("desk-load-" + r).start(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                PgStore store = null;
                long op = 0;
                while (System.nanoTime() < deadline) {
                    try {
                        if (store == null) {
                            store = connect.get();
                        }
                        ThreadLocalRandom rnd = ThreadLocalRandom.current();
                        if (o.thinkMillis() > 0) {
                            pause(rnd.nextLong(o.thinkMillis() / 2, o.thinkMillis() * 3L / 2 + 1));
                        }
                        String claim = claimIds.get(rnd.nextInt(claimIds.size()));
                        int dice = rnd.nextInt(100);
                        op++;
                        if (dice < 75) {
                            VersionedVerdict read = store.versionedVerdict(claim);
                            String token = "r" + reviewer + "-" + op;
                            Verdict next = Verdict.unreviewed(claim)
                                    .withStatus(VerdictStatus.values()[1 + rnd.nextInt(VerdictStatus.values().length - 1)])
                                    .withRationale(token);
                            long s = System.nanoTime();
                            try {
                                VersionedVerdict saved = store.saveVerdict(next, "status", read.version());
                                acks.add(new Ack(claim, saved.version(), token));
                                saves.incrementAndGet();
                            } catch (VerdictConflictException e) {
                                conflicts.incrementAndGet();
                            } finally {
                                if (n < mine.length) {
                                    mine[n++] = System.nanoTime() - s;
                                }
                            }
                        } else if (dice < 90) {
                            String token = "c" + reviewer + "-" + op;
                            store.comment(claim, token);
                            ackedComments.add(token);
                        } else {
                            // an undo is acknowledged with the version it produced, when there was something to undo
                            if (store.canUndo(claim)) {
                                store.undo(claim);
                                undos.incrementAndGet();
                            }
                        }
                    } catch (DeskUnavailableException e) {
                        unavailable.incrementAndGet();
                        pause(200);
                    } catch (StoreException e) {
                        // the server went away while connecting: wait for it
                        unavailable.incrementAndGet();
                        if (store != null) {
                            store.close();
                        }
                        store = null;
                        pause(200);
                    }
                }
                if (store != null) {
                    store.close();
                }
                latencies.add(java.util.Arrays.copyOf(mine, n));
            }));
        }
        for (Thread t : workers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();

        beforeCheck.run();
        List<String> problems = new ArrayList<>();
        long lost = verify(connect, acks, ackedComments, claimIds, problems);
        return new Result(saves.get(), conflicts.get(), undos.get(), ackedComments.size(), unavailable.get(), seconds,
                percentile(all, 50), percentile(all, 95), percentile(all, 99), acks.size() + ackedComments.size(),
                lost, List.copyOf(problems.subList(0, Math.min(10, problems.size()))));
    }

    /**
     * Every acknowledged save must be the history row of its version holding its rationale, and no two saves may claim
     * the same version of a claim (that would be an overwrite nobody saw); every acknowledged comment must be there.
     */
    private static long verify(Supplier<PgStore> connect, Iterable<Ack> acks, Iterable<String> comments,
                               List<String> claimIds, List<String> problems) {
        Map<String, List<String>> historyByClaim = new HashMap<>();
        java.util.Set<String> storedComments = new java.util.HashSet<>();
        try (PgStore check = connect.get(); Connection c = PgStore.open(check.url(), checkPassword(check))) {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT claim_id, snapshot FROM verdict_history WHERE claim_id = ANY (?) ORDER BY claim_id, seq""")) {
                ps.setArray(1, c.createArrayOf("text", claimIds.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        historyByClaim.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(StoreJson.verdict(rs.getString(2)).rationale());
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT text FROM comments WHERE claim_id = ANY (?)")) {
                ps.setArray(1, c.createArrayOf("text", claimIds.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        storedComments.add(rs.getString(1));
                    }
                }
            }
            for (String claim : claimIds) {
                VersionedVerdict v = check.versionedVerdict(claim);
                int rows = historyByClaim.getOrDefault(claim, List.of()).size();
                if (v.version() != rows) {
                    problems.add(claim + ": version " + v.version() + " but " + rows + " history rows");
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not check the load run: " + e.getMessage(), e);
        }
        long lost = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Ack a : acks) {
            List<String> h = historyByClaim.getOrDefault(a.claimId(), List.of());
            boolean there = a.version() >= 1 && a.version() <= h.size() && h.get((int) a.version() - 1).equals(a.rationale());
            if (!there || !seen.add(a.claimId() + "@" + a.version())) {
                lost++;
                problems.add("lost: " + a);
            }
        }
        for (String comment : comments) {
            if (!storedComments.contains(comment)) {
                lost++;
                problems.add("lost comment " + comment);
            }
        }
        return lost;
    }

    private static char[] checkPassword(PgStore store) {
        return store.passwordForChecks();
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
