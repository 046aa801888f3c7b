package org.factdesk.ui;

import org.factdesk.archive.ImportReport;
import org.factdesk.archive.OpenSearchNode;
import org.factdesk.model.Article;
import org.factdesk.model.Evidence;
import org.factdesk.archive.ArchiveLocation;
import org.factdesk.archive.ClusterCredentials;
import org.factdesk.archive.OpenSearchArchive;
import org.factdesk.task.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File > Connect archive on the view model (a single thread stands in for the FX thread, as in MainViewModelIT):
 * connecting to a real one-node cluster, a refused address, going back, and a cluster gone at the next start.
 */
class ConnectArchiveIT {
    @TempDir
    Path dataDir;

    private final ExecutorService fx = Executors.newSingleThreadExecutor();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final List<ImportReport> imports = new CopyOnWriteArrayList<>();
    private MainViewModel vm;

    private final MainViewModel.Notifier notifier = new MainViewModel.Notifier() {
        @Override
        public void problem(String what, Throwable cause, String whatToDo) {
            problems.add(what + ": " + Problems.describe(cause) + " " + whatToDo);
        }

        @Override
        public void fatal(String what, String message) {
            problems.add("fatal: " + what + ": " + message);
        }

        @Override
        public void importFinished(ImportReport report, String searchMode) {
            imports.add(report);
        }

        @Override
        public void showSource(Article article, Evidence passage) {
        }
    };

    @AfterEach
    void close() throws Exception {
        if (vm != null) {
            vm.close();
        }
        fx.shutdownNow();
    }

    private void open() throws Exception {
        open(null);
    }

    private void open(String archiveAtStart) throws Exception {
        vm = new MainViewModel(new UiExecutor(fx::execute), notifier);
        vm.archiveConnection().connectAtStart(archiveAtStart);
        fx.submit(() -> vm.openWorkspace(dataDir, false)).get(30, TimeUnit.SECONDS);
        waitFor(() -> vm.phaseProperty().get() != MainViewModel.Phase.OPENING);
    }

    @Test
    void connectingTheWindowToAClusterTakesItsArchiveAndBackToTheLocalOne() throws Exception {
        String cluster = OpenSearchNode.shared().archive("window");
        try (OpenSearchArchive archive = OpenSearchArchive.connect(ArchiveLocation.parse(cluster),
                new ClusterCredentials(null, null))) {
            archive.importPath(Path.of("resources/demo/archive.jsonl"), Progress.NONE);
        }
        open();
        waitFor(() -> vm.archiveTextProperty().get().equals("Archive: 0 articles"));

        fx.submit(() -> vm.archiveConnection().connect("opensearch://127.0.0.1:1", null)).get();
        waitFor(() -> !problems.isEmpty());
        assertThat(problems.getFirst()).startsWith("Not an archive address").contains("opensearch://HOST:PORT/INDEX");

        fx.submit(() -> vm.archiveConnection().connect(cluster.replace("/window", "/no-such-index"), null)).get();
        waitFor(() -> problems.size() == 2);
        assertThat(problems.get(1)).startsWith("Could not connect to the archive").contains("import-archive")
                .contains("evidence still comes from the local archive");

        fx.submit(() -> vm.archiveConnection().connect(cluster, null)).get();
        waitFor(() -> vm.noticeProperty().get().startsWith("Evidence now comes from the newsroom archive " + cluster));
        waitFor(() -> vm.archiveTextProperty().get().equals("Archive: 44 articles"));
        assertThat(vm.archiveConnection().connectedProperty().get()).isEqualTo(cluster);
        assertThat(vm.archiveConnection().bannerProperty().get()).isEmpty();

        fx.submit(() -> vm.archiveConnection().disconnect()).get();
        waitFor(() -> vm.noticeProperty().get().equals("Evidence comes from the local archive again."));
        waitFor(() -> vm.archiveTextProperty().get().equals("Archive: 0 articles"));
        assertThat(problems).hasSize(2);
    }

    @Test
    void theConnectedWindowImportsIntoTheClusterAndItsSearchBoxSearchesIt() throws Exception {
        String cluster = OpenSearchNode.shared().archive("window-box");
        Path first = java.nio.file.Files.writeString(dataDir.resolveSibling(dataDir.getFileName() + "-first.jsonl"),
                "{\"id\":\"first\",\"title\":\"Harbour reopens\",\"text\":\"The harbour reopened on Monday after"
                        + " the storm.\",\"source\":\"Wire\",\"published\":\"2024-01-02\",\"url\":\"https://example.org/first\"}\n");
        try (OpenSearchArchive archive = OpenSearchArchive.connect(ArchiveLocation.parse(cluster),
                new ClusterCredentials(null, null))) {
            archive.importPath(first, Progress.NONE); // the newsroom's archive exists, with one article
        }
        open();
        fx.submit(() -> vm.archiveConnection().connect(cluster, null)).get();
        waitFor(() -> vm.archiveTextProperty().get().startsWith("Archive: 1 article"));

        // File > Import archive while connected: the articles go to the cluster, not the data folder's archive
        Path demo = Path.of("resources/demo/archive.jsonl");
        fx.submit(() -> vm.transfer().importArchive(demo)).get();
        waitFor(() -> vm.archiveTextProperty().get().equals("Archive: 45 articles"));
        waitFor(() -> !imports.isEmpty());
        assertThat(imports.getFirst().added()).isEqualTo(44);

        // the archive view's search box (Lucene syntax) searches the cluster, with the local search's answers
        List<String> local;
        try (org.factdesk.archive.Archive here = org.factdesk.archive.Archive.open(
                dataDir.resolveSibling(dataDir.getFileName() + "-local"), org.factdesk.archive.Archive.Vectors.NONE)) {
            here.importPath(first, Progress.NONE);
            here.importPath(demo, Progress.NONE);
            local = here.search("\"North Korean\" soldier*", 20).stream().map(Evidence::docId).toList();
        }
        assertThat(local).isNotEmpty();
        fx.submit(() -> vm.review().searchArchive("\"North Korean\" soldier*")).get();
        waitFor(() -> !vm.evidence().items().isEmpty());
        assertThat(fx.submit(() -> vm.evidence().items().stream().map(Evidence::docId).toList()).get())
                .isEqualTo(local);
        fx.submit(() -> vm.review().searchArchive("harbour AND reopen*")).get();
        waitFor(() -> vm.evidence().items().stream().anyMatch(e -> e.docId().equals("first")));

        fx.submit(() -> vm.archiveConnection().disconnect()).get();
        waitFor(() -> vm.archiveTextProperty().get().equals("Archive: 0 articles"));
        assertThat(problems).isEmpty();
    }

    @Test
    void aClusterThatCannotBeReachedAtStartIsABannerAndTheLocalArchiveAnswers() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        open("opensearch://127.0.0.1:" + port + "/news");
        assertThat(vm.phaseProperty().get()).isEqualTo(MainViewModel.Phase.READY);
        waitFor(() -> !vm.archiveConnection().bannerProperty().get().isEmpty());
        assertThat(vm.archiveConnection().bannerProperty().get())
                .contains("opensearch://127.0.0.1:" + port + "/news cannot be reached")
                .contains("File > Connect archive");
        assertThat(vm.archiveConnection().connectedProperty().get()).isEmpty();
        waitFor(() -> vm.archiveTextProperty().get().equals("Archive: 0 articles"));
        assertThat(problems).isEmpty();
    }

    private void waitFor(BooleanSupplier condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < end) {
            if (fx.submit(condition::getAsBoolean).get(30, TimeUnit.SECONDS)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not reached in 120 s; problems: " + problems + "; notice: "
                + vm.noticeProperty().get());
    }
}
