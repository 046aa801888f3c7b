package org.factdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The team desk under load: CI size here (20 reviewers, 200 claims, 20 s each run); the full size is the same test
 * with -Ddesk.load.seconds=600 (README, "Team desk"). The fault run SIGKILLs the server at random moments and
 * restarts it: every acknowledged change must be there afterwards.
 */
class DeskLoadIT {
    static final int REVIEWERS = Integer.getInteger("desk.load.reviewers", 20);
    static final int CLAIMS = Integer.getInteger("desk.load.claims", 200);
    static final int SECONDS = Integer.getInteger("desk.load.seconds", 20);
    /** Pause between one reviewer's actions; 0 (the default) saves flat out, a stress test. */
    static final int THINK_MS = Integer.getInteger("desk.load.thinkMs", 0);

    @Test
    void twentyReviewersOnTheSameClaimsLoseNoUpdateAndSaveQuickly() {
        DeskFixture desk = DeskFixture.create("load");
        DeskLoad.Result r = DeskLoad.run(new DeskLoad.Options(REVIEWERS, CLAIMS, Duration.ofSeconds(SECONDS), THINK_MS),
                () -> desk.store(DeskFixture.REVIEWER));
        System.out.println("[desk] load " + REVIEWERS + " reviewers x " + CLAIMS + " claims x " + SECONDS + " s, think "
                + THINK_MS + " ms: "
                + r.asMap());
        assertThat(r.problems()).isEmpty();
        assertThat(r.lostUpdates()).isZero();
        assertThat(r.saves()).isGreaterThan(100);
        assertThat(r.unavailable()).isZero();
        assertThat(r.p95Millis()).as("p95 save latency on loopback, ms (target 50; CI machines are slower)")
                .isLessThan(250);
    }

    @Test
    void everyAcknowledgedChangeSurvivesTheServerBeingKilledAtRandom() throws Exception {
        DeskFixture desk = DeskFixture.create("fault");
        TestPostgres pg = desk.pg();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Long> restartMillis = new ArrayList<>();
        Thread chaos = Thread.ofPlatform().name("desk-chaos").start(() -> {
            while (running.get()) {
                sleep(ThreadLocalRandom.current().nextLong(2500, 6000));
                if (!running.get()) {
                    break;
                }
                pg.kill();
                pg.start();
                restartMillis.add(pg.lastStart().toMillis());
            }
        });
        DeskLoad.Result r;
        try {
            r = DeskLoad.run(new DeskLoad.Options(REVIEWERS, CLAIMS, Duration.ofSeconds(SECONDS), THINK_MS),
                    () -> desk.store(DeskFixture.REVIEWER), () -> {
                        running.set(false);
                        try {
                            chaos.join();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        if (!pg.running()) {
                            pg.start();
                        }
                    });
        } finally {
            running.set(false);
            chaos.join();
            if (!pg.running()) {
                pg.start();
            }
        }
        System.out.println("[desk] fault run: " + restartMillis.size() + " SIGKILLs, restarts took " + restartMillis
                + " ms; " + r.asMap());
        assertThat(restartMillis).isNotEmpty();
        assertThat(r.problems()).isEmpty();
        assertThat(r.lostUpdates()).isZero();
        assertThat(r.acknowledged()).isGreaterThan(50);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
