package org.factdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictStatus;
import org.factdesk.read.ArticleReader;
import org.factdesk.task.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way an article arrives (a file, a URL, pasted text, a folder import) reads it alike and stores it whole. */
class ArticleDoorsIT {
    static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Port reopens | Harbour Times</title>
            <meta property="og:title" content="Port reopens"><meta property="og:site_name" content="Harbour Times">
            <meta property="article:published_time" content="2024-11-05T08:00:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Port reopens</h1>
            <p>The port reopened on Tuesday after a two-week closure, the harbour authority said in a statement.</p>
            <p>About 1,200 containers are waiting to be unloaded, according to the operator.</p></article>
            <footer>© Harbour Times</footer></body></html>""";

    @TempDir
    Path dir;
    private HttpServer server;
    private String base;
    private volatile String livePage = PAGE;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serveHtml("/port", () -> PAGE);
        serveHtml("/live", () -> livePage); // a page that can be edited between two fetches
        server.createContext("/gone", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void serveHtml(String path, java.util.function.Supplier<String> page) {
        server.createContext(path, ex -> {
            byte[] body = page.get().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aPageOpenedFromTheWebAndTheSamePageSavedReadAlike() throws IOException {
        Path saved = Files.writeString(dir.resolve("port.html"), PAGE);
        try (Workbench wb = Workbench.open(dir.resolve("data"))) {
            Article fetched = wb.openUrl(base + "/port", Progress.NONE).article();
            Article file = wb.openFile(saved);
            assertThat(fetched.text()).isEqualTo(file.text());
            assertThat(fetched.title()).isEqualTo(file.title()).isEqualTo("Port reopens");
            assertThat(fetched.source()).isEqualTo("Harbour Times");
            assertThat(fetched.published()).isEqualTo(LocalDate.of(2024, 11, 5));
            assertThat(fetched.url()).isEqualTo(base + "/port");
            assertThat(wb.article(fetched.id())).contains(fetched);
        }
    }

    @Test
    void aLivePageEditedSinceItsReviewOpensBesideItAndSaysSo() {
        try (Workbench wb = Workbench.open(dir.resolve("data"))) {
            Article first = wb.openUrl(base + "/live", Progress.NONE).article();
            Claim containers = wb.claims(first, Progress.NONE).stream().filter(c -> c.text().contains("1,200"))
                    .findFirst().orElseThrow();
            wb.saveVerdict(Verdict.unreviewed(containers.id()).withStatus(VerdictStatus.VERIFIED), "status");
            assertThat(wb.openUrl(base + "/live", Progress.NONE).notes()).isEmpty(); // unchanged: no note

            livePage = PAGE.replace("About 1,200 containers", "About 1,500 containers");
            ArticleReader.Result edited = wb.openUrl(base + "/live", Progress.NONE);

            assertThat(edited.article().id()).isNotEqualTo(first.id());
            assertThat(edited.article().text()).contains("1,500").doesNotContain("1,200");
            assertThat(edited.notes()).anyMatch(n -> n.startsWith("This page's text differs")
                    && n.contains("\"Port reopens\" (" + first.id() + ")"));
            // the text that was reviewed, and the verdict on it, are kept as they were
            assertThat(wb.article(first.id()).orElseThrow().text()).contains("1,200");
            assertThat(wb.verdict(containers.id()).status()).isEqualTo(VerdictStatus.VERIFIED);
            // opened once more, the edited page is the article it became: no note again
            assertThat(wb.openUrl(base + "/live", Progress.NONE).notes()).isEmpty();
        }
    }

    @Test
    void aFailedFetchSaysWhyAndLeavesTheWorkspaceAsItWas() {
        try (Workbench wb = Workbench.open(dir.resolve("data"))) {
            Article before = wb.openText("The council approved 4,500 new homes on Monday.", "Homes", "", null, "");
            int articles = wb.library().size();
            assertThatThrownBy(() -> wb.openUrl(base + "/gone", Progress.NONE))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("404");
            assertThat(wb.library()).hasSize(articles);
            assertThat(wb.article(before.id())).contains(before);
        }
    }

    @Test
    void anArticleInAnotherLanguageSaysThatClaimsAreFoundWithEnglishRules() {
        try (Workbench wb = Workbench.open(dir.resolve("data"))) {
            ArticleReader.Result korean = wb.openPasted("하지만 이러한 류화영의 폭로에 대해 엘제이 역시 반박하고 나섰다. 그것이 전부"
                    + " 거짓말이라며 그 증거들을 제시했다. 류화영은 한 매체에 자신의 입장을 털어놓았다.", "", "", null, "", Progress.NONE);
            assertThat(korean.notes()).contains(Workbench.NOT_ENGLISH);
            ArticleReader.Result english = wb.openPasted("The port reopened on Tuesday after a week of strikes, the"
                    + " harbour authority said in a statement.", "", "", null, "", Progress.NONE);
            assertThat(english.notes()).doesNotContain(Workbench.NOT_ENGLISH);
        }
    }

    @Test
    void pastedTextKeepsWhatTheUserTypedOverWhatTheTextSays() {
        try (Workbench wb = Workbench.open(dir.resolve("data"))) {
            Article a = wb.openPasted("# Port reopens\n\nThe port reopened on Tuesday, the authority said.", "",
                    "Harbour Times", LocalDate.of(2024, 11, 5), "", Progress.NONE).article();
            assertThat(a.title()).isEqualTo("Port reopens");
            assertThat(a.source()).isEqualTo("Harbour Times");
            assertThat(a.published()).isEqualTo(LocalDate.of(2024, 11, 5));
            Article typed = wb.openPasted("# Port reopens\n\nThe port reopened on Tuesday, the authority said.",
                    "My title", "", null, "", Progress.NONE).article();
            assertThat(typed.title()).isEqualTo("My title");
            assertThat(typed.text()).isEqualTo("The port reopened on Tuesday, the authority said.");
        }
    }

    @Test
    void anArchiveImportOfASavedPageKeepsTheTextTheWorkbenchShows() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pages"));
        Path saved = Files.writeString(folder.resolve("port.html"), PAGE);
        try (Workbench wb = Workbench.open(dir.resolve("data"))) {
            wb.importArchive(folder, Progress.NONE);
            Article opened = wb.openFile(saved);
            Article archived = wb.archiveDocument("port.html").orElseThrow();
            assertThat(archived.text()).isEqualTo(opened.text()).doesNotContain("Home", "©");
            assertThat(archived.title()).isEqualTo("Port reopens");
            assertThat(archived.source()).isEqualTo("Harbour Times");
        }
    }
}
