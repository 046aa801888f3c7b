package org.factdesk.ui;

import org.factdesk.app.Workbench;
import org.factdesk.archive.ImportReport;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.Evidence;
import org.factdesk.model.VerdictStatus;
import org.factdesk.report.ReportFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main view model on a real workspace (SQLite + Lucene in a temp dir), without a JavaFX toolkit, on a
 * synchronous executor: every call has run, and its result is shown, when it returns, so the test reads the
 * outcome at once (no sleeping, no polling).
 */
class MainViewModelIT {
    @TempDir
    Path dataDir;

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<ImportReport> imports = new CopyOnWriteArrayList<>();
    private final List<String> searchModes = new CopyOnWriteArrayList<>();
    private MainViewModel vm;

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
            imports.add(report);
            searchModes.add(searchMode);
        }

        @Override
        public void showSource(Article article, Evidence passage) {
            events.add("source: " + article.id());
        }
    };

    @AfterEach
    void close() throws Exception {
        if (vm != null) {
            vm.close();
        }
    }

    private MainViewModel open(boolean demo) throws Exception {
        vm = new MainViewModel(UiExecutor.synchronous(), notifier);
        vm.setWarmUpClaimFinder(false); // its own background thread: not what these tests look at
        vm.openWorkspace(dataDir, demo);
        expect(() -> vm.phaseProperty().get() != MainViewModel.Phase.OPENING);
        return vm;
    }

    @Test
    void aDataDirHeldByAnotherFactDeskIsReportedAsFatalWithItsMessage() throws Exception {
        try (Workbench other = Workbench.open(dataDir)) {
            open(false);
            assertThat(vm.phaseProperty().get()).isEqualTo(MainViewModel.Phase.FAILED);
            assertThat(events).singleElement().asString()
                    .startsWith("fatal: FactDesk cannot open its workspace")
                    .contains(dataDir.getFileName().toString());
        }
    }

    @Test
    void aFileOpenedAtStartShowsWhatItsReadingNoted(@TempDir Path files) throws Exception {
        // a page a Latin-1 editor saved: the reader's note says so, as it does for a file opened from the menu
        Path page = files.resolve("port.txt");
        Files.write(page, "The port reopened on Tuesday, the authority said. About 1,200 containers wait in Le\u00e9n."
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        vm = new MainViewModel(UiExecutor.synchronous(), notifier);
        vm.setWarmUpClaimFinder(false);
        vm.openAtStart(page);
        vm.openWorkspace(dataDir, false);
        expect(() -> vm.phaseProperty().get() != MainViewModel.Phase.OPENING);

        assertThat(read(() -> vm.currentArticle().map(Article::text).orElse(""))).contains("1,200 containers");
        assertThat(read(() -> vm.noticeProperty().get())).contains("port.txt is not valid UTF-8");
    }

    @Test
    void aNewWorkspaceStartsEmptyWithTheWelcomeNotTheDemo() throws Exception {
        open(false);
        assertThat(vm.phaseProperty().get()).isEqualTo(MainViewModel.Phase.READY);
        assertThat(read(() -> vm.currentArticle())).isEmpty();
        assertThat(read(() -> vm.article().welcomeProperty().get())).isTrue();
        expect(() -> vm.archiveTextProperty().get().equals("Archive: 0 articles"));
        assertThat(Files.exists(dataDir.resolve("demo"))).isFalse();
        assertThat(events).isEmpty();
    }

    @Test
    void theDemoWorkspaceIsItsOwnFolderAndTheWindowSwitchesBetweenThem() throws Exception {
        open(true);
        assertThat(vm.workspaceDir()).isEqualTo(dataDir.resolve("demo"));
        assertThat(read(() -> vm.currentArticle().map(Article::title).orElse(""))).startsWith("Lavrov meets");
        expect(() -> vm.archiveTextProperty().get().equals("Archive: 44 articles"));

        act(() -> vm.switchWorkspace(false));
        expect(() -> vm.phaseProperty().get() == MainViewModel.Phase.READY && dataDir.equals(vm.workspaceDir())
                && vm.archiveTextProperty().get().equals("Archive: 0 articles"));
        assertThat(read(() -> vm.currentArticle())).isEmpty();
        assertThat(read(() -> vm.demoWorkspaceProperty().get())).isFalse();
        assertThat(read(() -> vm.hasSampleDataProperty().get())).isFalse();

        act(() -> vm.switchWorkspace(true));
        expect(() -> vm.phaseProperty().get() == MainViewModel.Phase.READY && vm.currentArticle().isPresent());
        assertThat(read(() -> vm.currentArticle().map(Article::title).orElse(""))).startsWith("Lavrov meets");
        assertThat(events).isEmpty();
    }

    @Test
    void aWorkspaceThatReceivedTheDemoBeforeIsToldAndHasItRemovedOnRequest() throws Exception {
        try (Workbench wb = Workbench.open(dataDir)) {
            wb.installDemo(org.factdesk.task.Progress.NONE); // as the demo was installed before it had a workspace
        }
        open(false);
        assertThat(read(() -> vm.noticeProperty().get())).startsWith("This workspace holds the demo's sample data (44 ");
        assertThat(read(() -> vm.hasSampleDataProperty().get())).isTrue();
        act(vm::removeSampleData);
        expect(() -> vm.noticeProperty().get().startsWith("Removed"));
        assertThat(vm.noticeProperty().get()).isEqualTo("Removed 44 sample articles from the archive and the demo article"
                + " from the library.");
        expect(() -> vm.archiveTextProperty().get().equals("Archive: 0 articles"));
        assertThat(read(() -> vm.hasSampleDataProperty().get())).isFalse();
        assertThat(events).isEmpty();
    }

    @Test
    void importedFactChecksOfTheSelectedClaimAreShownBesideItsEvidence() throws Exception {
        open(true);
        Path feed = dataDir.resolve("checks.jsonld");
        try (var in = MainViewModelIT.class.getResourceAsStream("/org/factdesk/archive/claimreview/single.jsonld")) {
            Files.write(feed, in.readAllBytes());
        }
        selectTroopsClaim();
        act(() -> vm.transfer().importClaimReviews(feed));
        expect(() -> vm.noticeProperty().get().startsWith("1 fact-checks read, 1 new"));
        expect(() -> !vm.evidence().checkedBefore().isEmpty());
        assertThat(read(() -> vm.evidence().checkedBefore().getFirst())).isEqualTo("Checked before by Northbridge"
                + " Fact Check (2024-11-04): Mostly false — https://checks.example/fact-check/north-korean-troops-kursk");
        assertThat(events).isEmpty();
    }

    @Test
    void verdictGivenInTheViewModelEndsUpInTheExportedReport() throws Exception {
        open(true);
        Claim troops = read(() -> vm.claims().all().stream()
                .filter(c -> c.text().contains("10,000 North Korean soldiers")).findFirst().orElseThrow());
        act(() -> vm.claims().selectedProperty().set(troops));
        expect(() -> troops.equals(vm.verdict().claimProperty().get()));
        act(() -> {
            vm.verdict().rationaleProperty().set("Same figure in two outlets");
            vm.review().setStatus(VerdictStatus.VERIFIED);
        });
        expect(() -> vm.verdict().saveStateProperty().get().startsWith("Saved"));
        Path out = dataDir.resolve("out/report.html");
        act(() -> vm.transfer().exportReport(ReportFormat.HTML, out));
        expect(() -> vm.noticeProperty().get().startsWith("Report saved"));
        String html = Files.readString(out);
        assertThat(html).contains("Verified").contains("Same figure in two outlets");
        assertThat(events).isEmpty();
    }

    @Test
    void redoOfAnUndoSurvivesARestartOfTheApp() throws Exception {
        open(true);
        Claim troops = selectTroopsClaim();
        act(() -> vm.review().setStatus(VerdictStatus.VERIFIED));
        expect(() -> vm.verdict().history().size() == 1 && vm.verdict().saveStateProperty().get().startsWith("Saved"));
        act(() -> vm.review().setStatus(VerdictStatus.FALSE));
        expect(() -> vm.verdict().history().size() == 2 && vm.verdict().saveStateProperty().get().startsWith("Saved"));
        act(vm.review()::undo);
        expect(() -> vm.verdict().statusProperty().get() == VerdictStatus.VERIFIED && vm.verdict().canRedoProperty().get());
        vm.close();

        // A new session on the same workspace: the claim comes back where the reviewer left off, Redo still works.
        open(true);
        act(() -> vm.claims().selectedProperty().set(null));
        assertThat(selectTroopsClaim()).isEqualTo(troops);
        expect(() -> vm.verdict().canRedoProperty().get() && vm.verdict().canUndoProperty().get());
        assertThat(read(() -> vm.verdict().statusProperty().get())).isEqualTo(VerdictStatus.VERIFIED);
        act(vm.review()::redo);
        expect(() -> vm.verdict().statusProperty().get() == VerdictStatus.FALSE && !vm.verdict().canRedoProperty().get());
        assertThat(read(() -> vm.claims().statusOf(troops))).isEqualTo(VerdictStatus.FALSE);
        assertThat(read(() -> vm.noticeProperty().get())).startsWith("Redone");
        assertThat(read(() -> vm.verdict().history().stream().map(c -> c.action()).toList()))
                .containsExactly("redo", "undo", "status", "status");
        assertThat(events).isEmpty();
    }

    @Test
    void splittingARewordedClaimKeepsTheReviewersWordsInEachPart() throws Exception {
        open(true);
        Claim troops = selectTroopsClaim();
        String wording = "Antony Blinken said 10,000 North Korean soldiers entered Russia, and up to 8,000 were"
                + " deployed in the Kursk region.";
        act(() -> vm.shaping().rewordClaim(troops, wording));
        expect(() -> vm.noticeProperty().get().startsWith("Wording saved"));
        Claim reworded = read(() -> vm.claims().all().stream().filter(c -> c.id().equals(troops.id())).findFirst().orElseThrow());
        assertThat(reworded.text()).isEqualTo(wording);
        String article = read(() -> vm.currentArticle().orElseThrow().text());
        int at = article.indexOf(" up to 8,000", troops.start());
        act(() -> vm.shaping().splitClaim(reworded, at));
        expect(() -> vm.noticeProperty().get().startsWith("Claim split"));
        List<Claim> all = read(() -> List.copyOf(vm.claims().all()));
        Claim head = all.stream().filter(c -> c.id().equals(troops.id())).findFirst().orElseThrow();
        Claim tail = all.stream().filter(c -> c.start() >= at && c.start() <= at + 2).findFirst().orElseThrow();
        assertThat(head.text()).isEqualTo("Antony Blinken said 10,000 North Korean soldiers entered Russia");
        assertThat(tail.text()).isEqualTo("and up to 8,000 were deployed in the Kursk region.");
        assertThat(head.end()).isLessThanOrEqualTo(at);

        // Merged back, the reviewer's words of both parts make the claim again.
        act(() -> vm.shaping().mergeClaims(head, tail));
        expect(() -> vm.noticeProperty().get().startsWith("Claims merged"));
        Claim merged = read(() -> vm.claims().all().stream().filter(c -> c.id().equals(troops.id())).findFirst().orElseThrow());
        assertThat(merged.text()).isEqualTo("Antony Blinken said 10,000 North Korean soldiers entered Russia and up to 8,000"
                + " were deployed in the Kursk region.");
        assertThat(events).isEmpty();
    }

    private Claim selectTroopsClaim() throws Exception {
        Claim troops = read(() -> vm.claims().all().stream()
                .filter(c -> c.text().contains("10,000 North Korean soldiers")).findFirst().orElseThrow());
        act(() -> vm.claims().selectedProperty().set(troops));
        expect(() -> troops.equals(vm.verdict().claimProperty().get()));
        return troops;
    }

    @Test
    void importSkipsTheMalformedLineReportsItAndGrowsTheArchive() throws Exception {
        open(true);
        String before = read(() -> vm.archiveTextProperty().get());
        Path jsonl = dataDir.resolve("more.jsonl");
        Files.writeString(jsonl, """
                {"id":"t-1","title":"Harbour reopens","text":"The harbour reopened on Monday after a two-week closure, officials said.","source":"Test Wire","published":"2024-10-01","url":""}
                {"id":"t-2", this is not json
                {"id":"t-3","title":"Bridge repairs","text":"Repairs on the old bridge will cost 2 million euros, the council said on Tuesday.","source":"Test Wire","published":"2024-10-02","url":""}
                """);
        act(() -> vm.transfer().importArchive(jsonl));
        expect(() -> !imports.isEmpty());
        ImportReport r = imports.getFirst();
        assertThat(r.added()).isEqualTo(2);
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
        // the demo's news articles are not embedded: the two one-sentence reports do not make half the archive
        assertThat(searchModes.getFirst()).startsWith("Evidence searches match words: 2 of ");
        expect(() -> !vm.archiveTextProperty().get().equals(before));
        assertThat(vm.archiveTextProperty().get()).matches("Archive: \\d+ articles");
    }

    @Test
    void archiveSearchShowsResultsAndExplainsABadQueryInsteadOfFailing() throws Exception {
        open(true);
        act(() -> vm.review().searchArchive("\"North Korean\" AND Kursk"));
        expect(() -> vm.evidence().stateProperty().get() == org.factdesk.ui.evidence.EvidenceViewModel.State.READY);
        assertThat(read(() -> vm.evidence().items().size())).isPositive();
        act(() -> vm.review().searchArchive("troops AND (Kursk"));
        expect(() -> vm.evidence().stateProperty().get() == org.factdesk.ui.evidence.EvidenceViewModel.State.FAILED);
        assertThat(read(() -> vm.evidence().placeholderProperty().get())).contains("AND / OR / NOT");
        assertThat(events).isEmpty();
    }

    private void act(Runnable r) {
        r.run();
    }

    private <T> T read(java.util.concurrent.Callable<T> c) throws Exception {
        return c.call();
    }

    /** What the calls before it did: all of it has run by now. */
    private void expect(BooleanSupplier condition) {
        if (!condition.getAsBoolean()) {
            throw new AssertionError("not so after the calls returned; events: " + events);
        }
    }
}
