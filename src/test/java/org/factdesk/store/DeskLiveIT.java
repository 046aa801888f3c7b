package org.factdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.factdesk.model.VerdictStatus;
import org.junit.jupiter.api.Test;

/** Several people at once: a colleague's change arrives within 2 s, and two saves over one version never both win. */
class DeskLiveIT {
    @Test
    void aColleaguesChangeReachesAnOpenDeskWithinTwoSeconds() throws Exception {
        DeskFixture desk = DeskFixture.create("live");
        String claim = StoreIT.soldiers().id();
        BlockingQueue<DeskEvent> seen = new LinkedBlockingQueue<>();
        try (PgStore rita = desk.store(DeskFixture.REVIEWER); PgStore ravi = desk.store(DeskFixture.REVIEWER2)) {
            rita.saveArticle(StoreIT.ARTICLE);
            rita.saveClaims(StoreIT.ARTICLE.id(), List.of(StoreIT.soldiers()));
            ravi.listen(seen::add);
            Thread.sleep(700); // the listener's connection is up
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long t0 = System.nanoTime();
                rita.saveVerdict(ReviewStoreContract.verdict(claim, VerdictStatus.FALSE, "change " + i), "status");
                DeskEvent e = seen.poll(2, TimeUnit.SECONDS);
                millis.add((System.nanoTime() - t0) / 1_000_000);
                assertThat(e).as("notification " + i).isNotNull();
                assertThat(e.claimId()).isEqualTo(claim);
                assertThat(e.who()).isEqualTo(desk.login(DeskFixture.REVIEWER));
                assertThat(e.kind()).isEqualTo("verdict_history");
            }
            rita.comment(claim, "see the ministry's figure");
            assertThat(seen.poll(2, TimeUnit.SECONDS)).extracting(DeskEvent::kind).isEqualTo("comments");
            System.out.println("[desk] save to a colleague's notification, ms: " + millis);
            assertThat(millis).allSatisfy(ms -> assertThat(ms).isLessThan(2000));
        }
    }

    @Test
    void ofTwoSavesOverTheSameVersionExactlyOneWinsAndTheOtherSeesIt() throws Exception {
        DeskFixture desk = DeskFixture.create("race");
        String claim = StoreIT.soldiers().id();
        try (PgStore setup = desk.store(DeskFixture.REVIEWER)) {
            setup.saveArticle(StoreIT.ARTICLE);
            setup.saveClaims(StoreIT.ARTICLE.id(), List.of(StoreIT.soldiers()));
        }
        for (int round = 0; round < 20; round++) {
            try (PgStore rita = desk.store(DeskFixture.REVIEWER); PgStore ravi = desk.store(DeskFixture.REVIEWER2)) {
                long version = rita.versionedVerdict(claim).version();
                CountDownLatch go = new CountDownLatch(1);
                List<Object> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
                List<Thread> both = new ArrayList<>();
                for (PgStore who : List.of(rita, ravi)) {
                    both.add(Thread.ofPlatform().start(() -> {
                        try {
                            go.await();
                            outcomes.add(who.saveVerdict(ReviewStoreContract.verdict(claim, VerdictStatus.DISPUTED,
                                    who.url().user()), "status", version));
                        } catch (VerdictConflictException e) {
                            outcomes.add(e);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }));
                }
                go.countDown();
                for (Thread t : both) {
                    t.join();
                }
                assertThat(outcomes).hasSize(2);
                assertThat(outcomes).filteredOn(o -> o instanceof VersionedVerdict).hasSize(1);
                VersionedVerdict winner = (VersionedVerdict) outcomes.stream().filter(o -> o instanceof VersionedVerdict)
                        .findFirst().orElseThrow();
                VerdictConflictException loser = (VerdictConflictException) outcomes.stream()
                        .filter(o -> o instanceof VerdictConflictException).findFirst().orElseThrow();
                assertThat(loser.theirs()).isEqualTo(winner);
                assertThat(winner.version()).isEqualTo(version + 1);
            }
        }
    }
}
