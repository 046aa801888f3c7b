package org.factdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * Who is reviewing which article right now, between two real sessions: opening an article is seen by a colleague
 * within 2 s; closing the desk, and a connection lost without a goodbye, remove it within a few seconds.
 */
class DeskPresenceIT {
    private static long millisUntil(BooleanSupplier condition, long timeoutMillis) throws InterruptedException {
        long t0 = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if ((System.nanoTime() - t0) / 1_000_000 > timeoutMillis) {
                return -1;
            }
            Thread.sleep(50);
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static boolean presenceSeen(BlockingQueue<DeskEvent> events, long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (DeskEvent e; (e = events.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS)) != null; ) {
            if (e.kind().equals("presence")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aColleagueSeesWhoReviewsWhichArticleAndSeesThemLeaveEvenWithoutAGoodbye() throws Exception {
        DeskFixture desk = DeskFixture.create("presence");
        String article = StoreIT.ARTICLE.id();
        String rita = desk.login(DeskFixture.REVIEWER);
        BlockingQueue<DeskEvent> events = new LinkedBlockingQueue<>();
        try (PgStore ravi = desk.store(DeskFixture.REVIEWER2)) {
            ravi.saveArticle(StoreIT.ARTICLE);
            ravi.listen(events::add);
            Thread.sleep(700); // the listener's connection is up
            assertThat(ravi.reviewingNow()).isEmpty();

            PgStore ritaDesk = desk.store(DeskFixture.REVIEWER);
            ritaDesk.markOpened(article);
            assertThat(presenceSeen(events, 2)).as("rita's opening announced within 2 s").isTrue();
            assertThat(ravi.reviewingNow()).containsExactly(new Presence(rita, article, false));
            assertThat(ritaDesk.reviewingNow()).containsExactly(new Presence(rita, article, true));
            assertThat(DeskAdmin.status(desk.url(DeskFixture.ADMIN), DeskFixture.password(DeskFixture.ADMIN).toCharArray()))
                    .contains("Reviewing now: " + rita + " on \"" + StoreIT.ARTICLE.title() + "\" (" + article + ")");

            // closing the window's desk says goodbye at once
            events.clear();
            ritaDesk.close();
            assertThat(presenceSeen(events, 2)).as("rita's leaving announced within 2 s").isTrue();
            assertThat(ravi.reviewingNow()).isEmpty();

            // a lost connection (the socket dropped, no goodbye): the session's end removes it, seen by the next look
            Connection lost = PgStore.open(desk.url(DeskFixture.REVIEWER), DeskFixture.password(DeskFixture.REVIEWER)
                    .toCharArray());
            try (PreparedStatement ps = lost.prepareStatement("SELECT set_config('application_name', ?, false)")) {
                ps.setString(1, PgStore.REVIEWING + article);
                ps.executeQuery().close();
            }
            assertThat(millisUntil(() -> !ravi.reviewingNow().isEmpty(), 2000)).isNotNegative();
            assertThat(presenceSeen(events, 3)).as("the listener's look finds the new session").isTrue();
            events.clear();
            long t0 = System.nanoTime();
            lost.abort(Runnable::run);
            assertThat(presenceSeen(events, 5)).as("the lost session's end noticed within 5 s").isTrue();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(ravi.reviewingNow()).isEmpty();
            System.out.println("[desk] a lost session's presence removed after " + ms + " ms");
        }
    }

    @Test
    void aSessionThatReconnectsAnnouncesItsArticleAgainAndLeavingAnArticleClearsIt() throws Exception {
        DeskFixture desk = DeskFixture.create("presence2");
        String article = StoreIT.ARTICLE.id();
        try (PgStore rita = desk.store(DeskFixture.REVIEWER); PgStore ravi = desk.store(DeskFixture.REVIEWER2);
             Connection admin = desk.pg().superuser(desk.database())) {
            rita.saveArticle(StoreIT.ARTICLE);
            rita.markOpened(article);
            // the server drops rita's session (a restart, a network cut): her next call reconnects and re-announces
            try (PreparedStatement ps = admin.prepareStatement(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?")) {
                ps.setString(1, PgStore.REVIEWING + article);
                ps.executeQuery().close();
            }
            assertThat(millisUntil(() -> ravi.reviewingNow().isEmpty(), 3000)).isNotNegative();
            try {
                rita.claims(article);
            } catch (DeskUnavailableException firstCallSeesTheCut) {
                rita.claims(article);
            }
            assertThat(ravi.reviewingNow()).extracting(Presence::articleId).containsExactly(article);
            rita.stopReviewing();
            assertThat(ravi.reviewingNow()).isEmpty();
            assertThat(rita.reviewingNow()).isEqualTo(List.of());
        }
    }
}
