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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main view model on a real workspace (SQLite + Lucene in a temp dir), without a JavaFX toolkit:
 * a single thread stands in for the FX thread, as the view model only ever touches state there.
 */
class MainViewModelIT {
    @TempDir
    Path dataDir;

    private final ExecutorService fx = Executors.newSingleThreadExecutor();
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
        fx.shutdownNow();
    }

    private MainViewModel open(boolean demo) throws Exception {
        vm = new MainViewModel(new UiExecutor(fx::execute), notifier);
        onFx(() -> vm.openWorkspace(dataDir, demo));
        waitFor(() -> vm.phaseProperty().get() != MainViewModel.Phase.OPENING, 180);
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
    void aNewWorkspaceStartsEmptyWithTheWelcomeNotTheDemo() throws Exception {
        open(false);
        assertThat(vm.phaseProperty().get()).isEqualTo(MainViewModel.Phase.READY);
        assertThat(onFxGet(() -> vm.currentArticle())).isEmpty();
        assertThat(onFxGet(() -> vm.article().welcomeProperty().get())).isTrue();
        waitFor(() -> vm.archiveTextProperty().get().equals("Archive: 0 articles"), 10);
        assertThat(Files.exists(dataDir.resolve("demo"))).isFalse();
        assertThat(events).isEmpty();
    }

    @Test
    void theDemoWorkspaceIsItsOwnFolderAndTheWindowSwitchesBetweenThem() throws Exception {
        open(true);
        assertThat(vm.workspaceDir()).isEqualTo(dataDir.resolve("demo"));
        assertThat(onFxGet(() -> vm.currentArticle().map(Article::title).orElse(""))).startsWith("Lavrov meets");
        waitFor(() -> vm.archiveTextProperty().get().equals("Archive: 44 articles"), 10);

        onFx(() -> vm.switchWorkspace(false));
        waitFor(() -> vm.phaseProperty().get() == MainViewModel.Phase.READY && dataDir.equals(vm.workspaceDir())
                && vm.archiveTextProperty().get().equals("Archive: 0 articles"), 60);
        assertThat(onFxGet(() -> vm.currentArticle())).isEmpty();
        assertThat(onFxGet(() -> vm.demoWorkspaceProperty().get())).isFalse();
        assertThat(onFxGet(() -> vm.hasSampleDataProperty().get())).isFalse();

        onFx(() -> vm.switchWorkspace(true));
        waitFor(() -> vm.phaseProperty().get() == MainViewModel.Phase.READY && vm.currentArticle().isPresent(), 60);
        assertThat(onFxGet(() -> vm.currentArticle().map(Article::title).orElse(""))).startsWith("Lavrov meets");
        assertThat(events).isEmpty();
    }

    @Test
    void aWorkspaceThatReceivedTheDemoBeforeIsToldAndHasItRemovedOnRequest() throws Exception {
        try (Workbench wb = Workbench.open(dataDir)) {
            wb.installDemo(org.factdesk.task.Progress.NONE); // as the demo was installed before it had a workspace
        }
        open(false);
        assertThat(onFxGet(() -> vm.noticeProperty().get())).startsWith("This workspace holds the demo's sample data (44 ");
        assertThat(onFxGet(() -> vm.hasSampleDataProperty().get())).isTrue();
        onFx(vm::removeSampleData);
        waitFor(() -> vm.noticeProperty().get().startsWith("Removed"), 60);
        assertThat(vm.noticeProperty().get()).isEqualTo("Removed 44 sample articles from the archive and the demo article"
                + " from the library.");
        waitFor(() -> vm.archiveTextProperty().get().equals("Archive: 0 articles"), 10);
        assertThat(onFxGet(() -> vm.hasSampleDataProperty().get())).isFalse();
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
        onFx(() -> vm.importClaimReviews(feed));
        waitFor(() -> vm.noticeProperty().get().startsWith("1 fact-checks read, 1 new"), 120);
        waitFor(() -> !vm.evidence().checkedBefore().isEmpty(), 60);
        assertThat(onFxGet(() -> vm.evidence().checkedBefore().getFirst())).isEqualTo("Checked before by Northbridge"
                + " Fact Check (2024-11-04): Mostly false — https://checks.example/fact-check/north-korean-troops-kursk");
        assertThat(events).isEmpty();
    }

    @Test
    void verdictGivenInTheViewModelEndsUpInTheExportedReport() throws Exception {
        open(true);
        Claim troops = onFxGet(() -> vm.claims().all().stream()
                .filter(c -> c.text().contains("10,000 North Korean soldiers")).findFirst().orElseThrow());
        onFx(() -> vm.claims().selectedProperty().set(troops));
        waitFor(() -> troops.equals(vm.verdict().claimProperty().get()), 30);
        onFx(() -> {
            vm.verdict().rationaleProperty().set("Same figure in two outlets");
            vm.setStatus(VerdictStatus.VERIFIED);
        });
        waitFor(() -> vm.verdict().saveStateProperty().get().startsWith("Saved"), 30);
        Path out = dataDir.resolve("out/report.html");
        onFx(() -> vm.exportReport(ReportFormat.HTML, out));
        waitFor(() -> vm.noticeProperty().get().startsWith("Report saved"), 60);
        String html = Files.readString(out);
        assertThat(html).contains("Verified").contains("Same figure in two outlets");
        assertThat(events).isEmpty();
    }

    @Test
    void redoOfAnUndoSurvivesARestartOfTheApp() throws Exception {
        open(true);
        Claim troops = selectTroopsClaim();
        onFx(() -> vm.setStatus(VerdictStatus.VERIFIED));
        waitFor(() -> vm.verdict().history().size() == 1 && vm.verdict().saveStateProperty().get().startsWith("Saved"), 30);
        onFx(() -> vm.setStatus(VerdictStatus.FALSE));
        waitFor(() -> vm.verdict().history().size() == 2 && vm.verdict().saveStateProperty().get().startsWith("Saved"), 30);
        onFx(vm::undo);
        waitFor(() -> vm.verdict().statusProperty().get() == VerdictStatus.VERIFIED && vm.verdict().canRedoProperty().get(), 30);
        vm.close();

        // A new session on the same workspace: the claim comes back where the reviewer left off, Redo still works.
        open(true);
        onFx(() -> vm.claims().selectedProperty().set(null));
        assertThat(selectTroopsClaim()).isEqualTo(troops);
        waitFor(() -> vm.verdict().canRedoProperty().get() && vm.verdict().canUndoProperty().get(), 30);
        assertThat(onFxGet(() -> vm.verdict().statusProperty().get())).isEqualTo(VerdictStatus.VERIFIED);
        onFx(vm::redo);
        waitFor(() -> vm.verdict().statusProperty().get() == VerdictStatus.FALSE && !vm.verdict().canRedoProperty().get(), 30);
        assertThat(onFxGet(() -> vm.claims().statusOf(troops))).isEqualTo(VerdictStatus.FALSE);
        assertThat(onFxGet(() -> vm.noticeProperty().get())).startsWith("Redone");
        assertThat(onFxGet(() -> vm.verdict().history().stream().map(c -> c.action()).toList()))
                .containsExactly("redo", "undo", "status", "status");
        assertThat(events).isEmpty();
    }

    @Test
    void splittingARewordedClaimKeepsTheReviewersWordsInEachPart() throws Exception {
        open(true);
        Claim troops = selectTroopsClaim();
        String wording = "Antony Blinken said 10,000 North Korean soldiers entered Russia, and up to 8,000 were"
                + " deployed in the Kursk region.";
        onFx(() -> vm.rewordClaim(troops, wording));
        waitFor(() -> vm.noticeProperty().get().startsWith("Wording saved"), 30);
        Claim reworded = onFxGet(() -> vm.claims().all().stream().filter(c -> c.id().equals(troops.id())).findFirst().orElseThrow());
        assertThat(reworded.text()).isEqualTo(wording);
        String article = onFxGet(() -> vm.currentArticle().orElseThrow().text());
        int at = article.indexOf(" up to 8,000", troops.start());
        onFx(() -> vm.splitClaim(reworded, at));
        waitFor(() -> vm.noticeProperty().get().startsWith("Claim split"), 30);
        List<Claim> all = onFxGet(() -> List.copyOf(vm.claims().all()));
        Claim head = all.stream().filter(c -> c.id().equals(troops.id())).findFirst().orElseThrow();
        Claim tail = all.stream().filter(c -> c.start() >= at && c.start() <= at + 2).findFirst().orElseThrow();
        assertThat(head.text()).isEqualTo("Antony Blinken said 10,000 North Korean soldiers entered Russia");
        assertThat(tail.text()).isEqualTo("and up to 8,000 were deployed in the Kursk region.");
        assertThat(head.end()).isLessThanOrEqualTo(at);

        // Merged back, the reviewer's words of both parts make the claim again.
        onFx(() -> vm.mergeClaims(head, tail));
        waitFor(() -> vm.noticeProperty().get().startsWith("Claims merged"), 30);
        Claim merged = onFxGet(() -> vm.claims().all().stream().filter(c -> c.id().equals(troops.id())).findFirst().orElseThrow());
        assertThat(merged.text()).isEqualTo("Antony Blinken said 10,000 North Korean soldiers entered Russia and up to 8,000"
                + " were deployed in the Kursk region.");
        assertThat(events).isEmpty();
    }

    private Claim selectTroopsClaim() throws Exception {
        Claim troops = onFxGet(() -> vm.claims().all().stream()
                .filter(c -> c.text().contains("10,000 North Korean soldiers")).findFirst().orElseThrow());
        onFx(() -> vm.claims().selectedProperty().set(troops));
        waitFor(() -> troops.equals(vm.verdict().claimProperty().get()), 30);
        return troops;
    }

    @Test
    void importSkipsTheMalformedLineReportsItAndGrowsTheArchive() throws Exception {
        open(true);
        String before = onFxGet(() -> vm.archiveTextProperty().get());
        Path jsonl = dataDir.resolve("more.jsonl");
        Files.writeString(jsonl, """
                {"id":"t-1","title":"Harbour reopens","text":"The harbour reopened on Monday after a two-week closure, officials said.","source":"Test Wire","published":"2024-10-01","url":""}
                {"id":"t-2", this is not json
                {"id":"t-3","title":"Bridge repairs","text":"Repairs on the old bridge will cost 2 million euros, the council said on Tuesday.","source":"Test Wire","published":"2024-10-02","url":""}
                """);
        onFx(() -> vm.importArchive(jsonl));
        waitFor(() -> !imports.isEmpty(), 60);
        ImportReport r = imports.getFirst();
        assertThat(r.added()).isEqualTo(2);
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
        // the demo's news articles are not embedded: the two one-sentence reports do not make half the archive
        assertThat(searchModes.getFirst()).startsWith("Evidence searches match words: 2 of ");
        waitFor(() -> !vm.archiveTextProperty().get().equals(before), 10);
        assertThat(vm.archiveTextProperty().get()).matches("Archive: \\d+ articles");
    }

    @Test
    void archiveSearchShowsResultsAndExplainsABadQueryInsteadOfFailing() throws Exception {
        open(true);
        onFx(() -> vm.searchArchive("\"North Korean\" AND Kursk"));
        waitFor(() -> vm.evidence().stateProperty().get() == org.factdesk.ui.evidence.EvidenceViewModel.State.READY, 30);
        assertThat(onFxGet(() -> vm.evidence().items().size())).isPositive();
        onFx(() -> vm.searchArchive("troops AND (Kursk"));
        waitFor(() -> vm.evidence().stateProperty().get() == org.factdesk.ui.evidence.EvidenceViewModel.State.FAILED, 30);
        assertThat(onFxGet(() -> vm.evidence().placeholderProperty().get())).contains("AND / OR / NOT");
        assertThat(events).isEmpty();
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
        throw new AssertionError("condition not met in " + seconds + " s; events: " + events);
    }
}
