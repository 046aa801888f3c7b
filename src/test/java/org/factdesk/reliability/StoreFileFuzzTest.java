package org.factdesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictStatus;
import org.factdesk.store.Store;
import org.factdesk.store.StoreException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review database is a file the user owns (copied, synced, restored from a disk): a damaged copy (flipped bits,
 * overwritten or zeroed pages, truncation, garbage) either opens and reads, or is refused with a
 * {@link StoreException} that says what happened, and a refused file is left exactly as it was.
 */
class StoreFileFuzzTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final int PAGE = 4096;
    static byte[] pristine;

    @TempDir
    static Path seedDir;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeDatabase() {
        Path db = seedDir.resolve("factdesk.db");
        try (Store store = Store.open(db)) {
            for (int a = 0; a < 3; a++) {
                String articleId = "article-" + a;
                store.saveArticle(new Article(articleId, "Title " + a, "x".repeat(400) + a, "Wire",
                        LocalDate.of(2024, 11, 1), "https://example.org/" + a));
                List<Claim> claims = new java.util.ArrayList<>();
                for (int n = 0; n < 10; n++) {
                    claims.add(new Claim(articleId + "-c" + n, articleId, "claim " + n, ClaimKind.QUANTITY, n * 10,
                            n * 10 + 9, 0.5, null, null, null, null));
                }
                store.saveClaims(articleId, claims);
                for (int n = 0; n < 10; n++) {
                    store.saveVerdict(new Verdict(articleId + "-c" + n, VerdictStatus.values()[1 + n % 5],
                            "rationale " + n, n % 6, "fuzz", null, List.of()), "status");
                }
            }
            store.setSetting("theme", "dark");
        }
        try {
            pristine = Files.readAllBytes(db);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void damagedDatabaseFilesOpenOrAreRefusedAndLeftAlone() throws IOException {
        int cases = Fuzz.cases(60);
        int opened = 0;
        int refused = 0;
        int restored = 0;
        for (int c = 0; c < cases; c++) {
            Random r = Fuzz.random("store-file", c);
            byte[] bytes = damage(r, pristine);
            Path db = Files.createDirectories(dir.resolve("case-" + c)).resolve("factdesk.db");
            Files.write(db, bytes);
            // the good backup an earlier start took: no case may lose it, and a refused file is restored from it
            Path backup = Files.createDirectories(db.resolveSibling("backups"))
                    .resolve("factdesk-20261201-090000-000-v2-changed.db");
            Files.write(backup, pristine);
            String where = Fuzz.where("Store.open on a damaged file", c);
            try {
                Fuzz.withTimeout(LIMIT, where, () -> {
                    try (Store store = Store.open(db)) {
                        store.articles();
                        store.verdicts("article-1");
                        store.history("article-2-c3");
                        store.setting("theme");
                    }
                    return null;
                });
                opened++;
            } catch (AssertionError e) {
                throw e;
            } catch (Throwable t) {
                Fuzz.assertUserFacing(t, where, null, List.of(StoreException.class));
                if (!Files.exists(db.resolveSibling("factdesk.db-wal"))
                        || Files.size(db.resolveSibling("factdesk.db-wal")) == 0) {
                    assertThat(Files.readAllBytes(db)).as("a refused file is left as it was, %s: %s", where,
                            t.getMessage()).isEqualTo(bytes);
                }
                if (t instanceof StoreException se && se.latestBackup().isPresent()) {
                    // the offered backup brings back everything it held; the damaged file is kept beside it
                    assertThat(se.latestBackup()).as(where).contains(backup);
                    Store.restoreBackup(backup, db);
                    assertHoldsEverything(db, where);
                    restored++;
                }
                refused++;
            }
            assertThat(Files.readAllBytes(backup)).as("the earlier backup is untouched, %s", where).isEqualTo(pristine);
        }
        System.out.printf("StoreFileFuzzTest: cases=%d opened=%d refused=%d restored=%d seed=%d%n", cases, opened,
                refused, restored, Fuzz.seed());
        assertThat(restored).as("refused files whose backup was restored").isPositive();
    }

    /** The counts and a sample of rows of the database written before the cases. */
    private static void assertHoldsEverything(Path db, String where) {
        try (Store store = Store.open(db)) {
            assertThat(store.articles()).as(where).hasSize(3);
            for (int a = 0; a < 3; a++) {
                assertThat(store.claims("article-" + a)).as(where).hasSize(10);
            }
            assertThat(store.verdict("article-1-c3").status()).as(where).isEqualTo(VerdictStatus.values()[1 + 3 % 5]);
            assertThat(store.verdict("article-1-c3").rationale()).as(where).isEqualTo("rationale 3");
            assertThat(store.history("article-2-c7")).as(where).hasSize(1);
            assertThat(store.setting("theme")).as(where).contains("dark");
        }
    }

    /** Flipped bits, a page overwritten with garbage or zeros, truncation, or a header scribbled on. */
    private static byte[] damage(Random r, byte[] db) {
        byte[] b = db.clone();
        switch (r.nextInt(6)) {
            case 0 -> {
                for (int i = 0, n = 1 + r.nextInt(20); i < n; i++) {
                    int pos = r.nextInt(b.length);
                    b[pos] ^= (byte) (1 << r.nextInt(8));
                }
            }
            case 1 -> {
                int page = r.nextInt(b.length / PAGE);
                byte[] junk = new byte[PAGE];
                r.nextBytes(junk);
                System.arraycopy(junk, 0, b, page * PAGE, PAGE);
            }
            case 2 -> {
                int page = 1 + r.nextInt(Math.max(1, b.length / PAGE - 1));
                Arrays.fill(b, page * PAGE, Math.min(b.length, (page + 1) * PAGE), (byte) 0);
            }
            case 3 -> b = Arrays.copyOf(b, r.nextInt(b.length));
            case 4 -> {
                for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
                    b[r.nextInt(100)] = (byte) r.nextInt(256); // the 100-byte header
                }
            }
            default -> b = Fuzz.mutate(r, b, 6);
        }
        return b;
    }
}
