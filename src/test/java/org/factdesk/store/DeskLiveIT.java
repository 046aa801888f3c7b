package org.factdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
            listenOnTheSoldiersClaim(rita, ravi, seen);
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

    /** Saves over a version, undo and an editor's approval are announced too, each after its commit. */
    @Test
    void versionedSavesUndoAndApprovalsReachAnOpenDesk() throws Exception {
        DeskFixture desk = DeskFixture.create("announce");
        String claim = StoreIT.soldiers().id();
        BlockingQueue<DeskEvent> seen = new LinkedBlockingQueue<>();
        try (PgStore rita = desk.store(DeskFixture.REVIEWER); PgStore edna = desk.store(DeskFixture.EDITOR);
             PgStore ravi = desk.store(DeskFixture.REVIEWER2)) {
            listenOnTheSoldiersClaim(rita, ravi, seen);
            VersionedVerdict first = rita.saveVerdict(ReviewStoreContract.verdict(claim, VerdictStatus.FALSE, "one"),
                    "status", 0);
            assertEvent(seen.poll(2, TimeUnit.SECONDS), claim, desk.login(DeskFixture.REVIEWER));
            VersionedVerdict second = rita.saveVerdict(ReviewStoreContract.verdict(claim, VerdictStatus.DISPUTED, "two"),
                    "status", first.version());
            assertEvent(seen.poll(2, TimeUnit.SECONDS), claim, desk.login(DeskFixture.REVIEWER));
            rita.undo(claim);
            assertEvent(seen.poll(2, TimeUnit.SECONDS), claim, desk.login(DeskFixture.REVIEWER));
            edna.approve(claim, edna.versionedVerdict(claim).version());
            assertEvent(seen.poll(2, TimeUnit.SECONDS), claim, desk.login(DeskFixture.EDITOR));
            // a refused save (a conflict) changed nothing and announces nothing
            assertThatThrownBy(() -> rita.saveVerdict(ReviewStoreContract.verdict(claim, VerdictStatus.FALSE, "stale"),
                    "status", second.version())).isInstanceOf(VerdictConflictException.class);
            assertThat(seen.poll(1, TimeUnit.SECONDS)).isNull();
        }
    }

    /**
     * A desk made by an earlier FactDesk (schema 2: its triggers announce inside the writing transaction) still
     * tells windows of changes; `desk init` brings it to schema 4 keeping its verdicts and history, and it goes on.
     */
    @Test
    void aDeskOfTheEarlierSchemaStillAnnouncesAndDeskInitBringsItUpToDate() throws Exception {
        DeskFixture desk = DeskFixture.createEmpty("schema2");
        DeskAdmin.init(desk.url(DeskFixture.OWNER), DeskFixture.password(DeskFixture.OWNER).toCharArray(), 2);
        for (String who : List.of(DeskFixture.REVIEWER, DeskFixture.REVIEWER2)) {
            DeskAdmin.addUser(desk.url(DeskFixture.OWNER), DeskFixture.password(DeskFixture.OWNER).toCharArray(),
                    desk.login(who), "reviewer", DeskFixture.password(who).toCharArray());
        }
        String claim = StoreIT.soldiers().id();
        BlockingQueue<DeskEvent> seen = new LinkedBlockingQueue<>();
        try (PgStore rita = desk.store(DeskFixture.REVIEWER); PgStore ravi = desk.store(DeskFixture.REVIEWER2)) {
            listenOnTheSoldiersClaim(rita, ravi, seen);
            rita.saveVerdict(ReviewStoreContract.verdict(claim, VerdictStatus.FALSE, "on schema 2"), "status", 0);
            DeskEvent e = seen.poll(2, TimeUnit.SECONDS);
            assertEvent(e, claim, desk.login(DeskFixture.REVIEWER));
            assertThat(seen.poll(1, TimeUnit.SECONDS)).as("announced once, by the trigger only").isNull();
        }
        assertThat(String.join("\n", DeskAdmin.status(desk.url(DeskFixture.OWNER),
                DeskFixture.password(DeskFixture.OWNER).toCharArray())))
                .contains("schema version 2 (older than this FactDesk's 4", "desk init");
        DeskAdmin.init(desk.url(DeskFixture.OWNER), DeskFixture.password(DeskFixture.OWNER).toCharArray());
        try (PgStore rita = desk.store(DeskFixture.REVIEWER); PgStore ravi = desk.store(DeskFixture.REVIEWER2)) {
            ravi.listen(seen::add);
            Thread.sleep(700);
            long version = rita.versionedVerdict(claim).version();
            rita.saveVerdict(ReviewStoreContract.verdict(claim, VerdictStatus.DISPUTED, "on schema 4"), "status",
                    version);
            assertEvent(seen.poll(2, TimeUnit.SECONDS), claim, desk.login(DeskFixture.REVIEWER));
            assertThat(seen.poll(1, TimeUnit.SECONDS)).as("announced once, after the commit").isNull();
            assertThat(rita.history(claim)).hasSize(2);
        }
    }

    /** {@code writer} adds the article and its soldiers claim; {@code listener} listens, its connection up. */
    private static void listenOnTheSoldiersClaim(PgStore writer, PgStore listener, BlockingQueue<DeskEvent> seen)
            throws InterruptedException {
        writer.saveArticle(StoreIT.ARTICLE);
        writer.saveClaims(StoreIT.ARTICLE.id(), List.of(StoreIT.soldiers()));
        listener.listen(seen::add);
        Thread.sleep(700); // the listener's connection is up
    }

    private static void assertEvent(DeskEvent e, String claim, String who) {
        assertThat(e).as("a notification within 2 s").isNotNull();
        assertThat(e.claimId()).isEqualTo(claim);
        assertThat(e.who()).isEqualTo(who);
        assertThat(e.kind()).isEqualTo("verdict_history");
    }
}
