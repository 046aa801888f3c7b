package org.factdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.factdesk.archive.ImportReport;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Evidence;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictStatus;
import org.factdesk.store.DeskFixture;
import org.factdesk.store.DeskUrl;
import org.factdesk.store.OsKeyring;
import org.factdesk.store.PgStore;
import org.factdesk.store.PrivateKeyring;
import org.factdesk.store.VerdictConflictException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's view model on a team desk (a real PostgreSQL server): connect, see a colleague's change within
 * 2 seconds, resolve a conflict with "keep mine", and keep an edit through a server outage until it is saved.
 */
class TeamDeskWindowIT {
    @TempDir
    Path dataDir;

    private final ExecutorService fx = Executors.newSingleThreadExecutor();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<VerdictConflictException> conflicts = new CopyOnWriteArrayList<>();
    private MainViewModel vm;

    static final String TEXT = "About 10,000 soldiers have entered the country, officials said. The treaty provides aid.";
    static final Article ARTICLE = new Article(Article.idForText(TEXT), "Troops", TEXT, "Wire", null, "");
    static final String SENTENCE = "About 10,000 soldiers have entered the country, officials said.";
    static final Claim SOLDIERS = new Claim(Claim.idFor(ARTICLE.id(), SENTENCE), ARTICLE.id(), SENTENCE,
            ClaimKind.QUANTITY, 0, SENTENCE.length(), 0.9, null, null, null, null);

    private final MainViewModel.Notifier notifier = new MainViewModel.Notifier() {
        @Override
        public void problem(String what, Throwable cause, String whatToDo) {
            events.add("problem: " + what + ": " + Problems.describe(cause));
        }

        @Override
        public void fatal(String what, String message) {
            events.add("fatal: " + what + ": " + message);
        }

        @Override
        public void importFinished(ImportReport report, String searchMode) {
        }

        @Override
        public void showSource(Article article, Evidence passage) {
        }

        @Override
        public void conflict(VerdictConflictException e, java.util.function.Consumer<Boolean> keepMine) {
            conflicts.add(e);
            keepMine.accept(true);
        }
    };

    @AfterEach
    void close() {
        if (vm != null) {
            vm.close();
        }
        fx.shutdownNow();
    }

    @Test
    void aTeamDeskInTheWindowSharesChangesResolvesConflictsAndKeepsEditsThroughAnOutage() throws Exception {
        DeskFixture desk = DeskFixture.create("window");
        openOnTheDesk(desk);
        assertThat(vm.workspaceTextProperty().get()).contains("team desk postgresql://" + desk.login(DeskFixture.REVIEWER));

        Claim claim = onFxGet(() -> vm.claims().all().getFirst());
        onFx(() -> vm.claims().selectedProperty().set(claim));
        waitFor(() -> claim.equals(vm.verdict().claimProperty().get()), 30);
        onFx(() -> vm.review().setStatus(VerdictStatus.VERIFIED));
        waitFor(() -> vm.verdict().saveStateProperty().get().startsWith("Saved"), 30);

        // a colleague's change shows in the open window within 2 seconds
        try (PgStore ravi = desk.store(DeskFixture.REVIEWER2)) {
            long v = ravi.versionedVerdict(claim.id()).version();
            long t0 = System.nanoTime();
            ravi.saveVerdict(Verdict.unreviewed(claim.id()).withStatus(VerdictStatus.FALSE).withRationale("ravi's"),
                    "status", v);
            waitFor(() -> vm.verdict().statusProperty().get() == VerdictStatus.FALSE, 2);
            System.out.println("[desk] colleague's change in the window after " + (System.nanoTime() - t0) / 1_000_000
                    + " ms");

            // typing while a colleague saves: the window keeps the typing; saving shows both, "keep mine" wins
            onFx(() -> vm.verdict().rationaleProperty().set("mine, typed meanwhile"));
            ravi.saveVerdict(Verdict.unreviewed(claim.id()).withStatus(VerdictStatus.MISLEADING).withRationale("ravi again"),
                    "status", ravi.versionedVerdict(claim.id()).version());
            Thread.sleep(1500);
            assertThat(onFxGet(() -> vm.verdict().rationaleProperty().get())).isEqualTo("mine, typed meanwhile");
            onFx(() -> vm.verdict().commitRationale());
            waitFor(() -> !conflicts.isEmpty(), 10);
            assertThat(conflicts.getFirst().theirs().verdict().rationale()).isEqualTo("ravi again");
            waitFor(() -> "mine, typed meanwhile".equals(ravi.verdict(claim.id()).rationale()), 10);
            assertThat(ravi.history(claim.id())).extracting(c -> c.after().rationale()).contains("ravi again");
        }

        // the server goes away: a banner, the edit stays, and it is saved when the server is back
        desk.pg().kill();
        try {
            onFx(() -> vm.review().setStatus(VerdictStatus.UNVERIFIABLE));
            waitFor(() -> !vm.review().deskBannerProperty().get().isEmpty(), 10);
            assertThat(vm.review().deskBannerProperty().get()).contains("cannot be reached", "saved when");
            assertThat(onFxGet(() -> vm.verdict().statusProperty().get())).isEqualTo(VerdictStatus.UNVERIFIABLE);
        } finally {
            desk.pg().start();
        }
        waitFor(() -> vm.review().deskBannerProperty().get().isEmpty(), 30);
        try (PgStore check = desk.store(DeskFixture.REVIEWER2)) {
            assertThat(check.verdict(claim.id()).status()).isEqualTo(VerdictStatus.UNVERIFIABLE);
        }
        assertThat(events).isEmpty();
    }

    /** A colleague's FactDesk reads the open article again (a newer reader): this window shows the new text too. */
    @Test
    void anArticleAColleagueReadAgainIsReloadedInTheOpenWindow() throws Exception {
        DeskFixture desk = DeskFixture.create("reread");
        openOnTheDesk(desk);
        Thread.sleep(700); // the listening connection is up

        String newText = "Share this article\n\n" + TEXT; // what an older reader kept; the same words moved
        int shift = newText.indexOf(SENTENCE);
        Article reread = new Article(ARTICLE.id(), ARTICLE.title(), newText, ARTICLE.source(), null, "");
        Claim moved = new Claim(SOLDIERS.id(), ARTICLE.id(), SENTENCE, ClaimKind.QUANTITY, shift,
                shift + SENTENCE.length(), 0.9, null, null, null, null);
        try (PgStore ravi = desk.store(DeskFixture.REVIEWER2)) {
            ravi.replaceReading(reread, List.of(moved), java.util.Set.of(), List.of());
        }
        waitFor(() -> vm.currentArticle().map(a -> a.text().equals(newText)).orElse(false), 10);
        assertThat(onFxGet(() -> vm.noticeProperty().get())).contains(desk.login(DeskFixture.REVIEWER2),
                "read this article again");
        assertThat(onFxGet(() -> vm.claims().all())).extracting(Claim::start).containsExactly(shift);
        assertThat(events).isEmpty();
    }

    /**
     * "Keep the password in the keyring", ticked in File > Connect to team desk: a refused password is not kept; an
     * accepted one is, and the next sign-in with an empty password field uses it (a real Secret Service keyring).
     */
    @Test
    void aPasswordTypedInTheWindowIsKeptInTheKeyringOnlyOnceTheServerAcceptedIt(@TempDir Path home) throws Exception {
        DeskFixture desk = DeskFixture.create("winkeyring");
        try (PgStore ravi = desk.store(DeskFixture.REVIEWER2)) {
            ravi.saveArticle(ARTICLE);
            ravi.saveClaims(ARTICLE.id(), List.of(SOLDIERS));
        }
        try (PrivateKeyring keyring = PrivateKeyring.start(home)) {
            OsKeyring kept = keyring.keyring();
            DeskUrl url = desk.url(DeskFixture.REVIEWER);
            vm = new MainViewModel(new UiExecutor(fx::execute), notifier);
            onFx(() -> vm.openWorkspace(dataDir, false));
            waitFor(() -> vm.phaseProperty().get() == MainViewModel.Phase.READY, 120);

            onFx(() -> vm.teamDesk().connect(url.toString(), "a typo".toCharArray(), Optional.of(kept)));
            waitFor(() -> !events.isEmpty(), 30);
            assertThat(events.getFirst()).contains("Could not connect to the team desk");
            assertThat(vm.teamDesk().connected()).isFalse();
            assertThat(kept.read(url)).as("a refused password is never kept").isEmpty();

            events.clear();
            onFx(() -> vm.teamDesk().connect(url.toString(), DeskFixture.password(DeskFixture.REVIEWER).toCharArray(),
                    Optional.of(kept)));
            waitFor(() -> vm.teamDesk().connected() && vm.phaseProperty().get() == MainViewModel.Phase.READY, 120);
            assertThat(new String(kept.read(url).orElseThrow())).isEqualTo(DeskFixture.password(DeskFixture.REVIEWER));
            assertThat(events).isEmpty();
        }
    }

    /** Ravi adds the article and its claim; this window opens a workspace and connects to the desk as Rita. */
    private void openOnTheDesk(DeskFixture desk) throws Exception {
        try (PgStore ravi = desk.store(DeskFixture.REVIEWER2)) {
            ravi.saveArticle(ARTICLE);
            ravi.saveClaims(ARTICLE.id(), List.of(SOLDIERS));
        }
        vm = new MainViewModel(new UiExecutor(fx::execute), notifier);
        onFx(() -> vm.openWorkspace(dataDir, false));
        waitFor(() -> vm.phaseProperty().get() == MainViewModel.Phase.READY, 120);
        onFx(() -> vm.teamDesk().connect(desk.url(DeskFixture.REVIEWER).toString(),
                DeskFixture.password(DeskFixture.REVIEWER).toCharArray()));
        waitFor(() -> vm.phaseProperty().get() == MainViewModel.Phase.READY && vm.teamDesk().connected()
                && vm.currentArticle().isPresent(), 120);
    }

    private void onFx(Runnable r) throws Exception {
        fx.submit(r).get(30, TimeUnit.SECONDS);
    }

    private <T> T onFxGet(java.util.concurrent.Callable<T> c) throws Exception {
        return fx.submit(c).get(30, TimeUnit.SECONDS);
    }

    private void waitFor(BooleanSupplier condition, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            if (fx.submit(condition::getAsBoolean).get(30, TimeUnit.SECONDS)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("condition not met in " + seconds + " s; events: " + events + ", banner: "
                + vm.review().deskBannerProperty().get() + ", save state: " + vm.verdict().saveStateProperty().get());
    }
}
