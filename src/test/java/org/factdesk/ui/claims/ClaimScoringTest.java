package org.factdesk.ui.claims;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Background scoring: results reach the UI thread, unless the reviewer moved on meanwhile. */
class ClaimScoringTest {
    private final ExecutorService fx = Executors.newSingleThreadExecutor(r -> new Thread(r, "fx-stand-in"));
    private final ClaimScoring scoring = new ClaimScoring(fx::execute);
    private final List<String> shown = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        scoring.close();
        fx.shutdownNow();
    }

    @Test
    void theScoresAreHandedToTheUiThreadNotShownFromTheWorker() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        scoring.start(p -> Thread.currentThread().getName(), worker -> {
            shown.add(worker + " -> " + Thread.currentThread().getName());
            done.countDown();
        }, t -> shown.add("failed"));
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(shown).containsExactly("factdesk-claim-scoring -> fx-stand-in");
    }

    @Test
    void openingAnotherArticleCancelsTheScoringUnderWayAndDropsItsResult() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch secondShown = new CountDownLatch(1);
        scoring.start(p -> {
            firstRunning.countDown();
            release.await(10, TimeUnit.SECONDS);
            return "first article";
        }, shown::add, t -> shown.add("failed"));
        assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
        scoring.start(p -> "second article", s -> {
            shown.add(s);
            secondShown.countDown();
        }, t -> shown.add("failed"));
        release.countDown();
        assertThat(secondShown.await(10, TimeUnit.SECONDS)).isTrue();
        fx.submit(() -> { }).get(10, TimeUnit.SECONDS);
        assertThat(shown).containsExactly("second article");
    }

    @Test
    void aScoringThatStopsAtItsProgressCheckShowsNothingAndReportsNoFailure() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        scoring.start(p -> {
            running.countDown();
            cancelled.await(10, TimeUnit.SECONDS);
            p.checkCancelled();
            return "never";
        }, shown::add, t -> shown.add("failed: " + t));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        fx.submit(scoring::cancel).get(10, TimeUnit.SECONDS);
        cancelled.countDown();
        scoring.awaitIdle();
        fx.submit(() -> { }).get(10, TimeUnit.SECONDS);
        assertThat(shown).isEmpty();
        assertThat(scoring.isRunning()).isFalse();
    }
}
