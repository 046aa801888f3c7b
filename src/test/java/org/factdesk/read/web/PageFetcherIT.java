package org.factdesk.read.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.factdesk.model.Article;
import org.factdesk.read.ArticleReader;
import org.factdesk.read.page.ReadException;
import org.factdesk.task.CancellableProgress;
import org.factdesk.task.CancelledException;
import org.factdesk.task.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetching a page the user asked for, from a real HTTP server on loopback that serves saved pages and faults. */
class PageFetcherIT {
    static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Port reopens | Harbour Times</title>
            <meta property="og:title" content="Port reopens"><meta property="og:site_name" content="Harbour Times">
            <meta property="article:published_time" content="2024-11-05T08:00:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Port reopens</h1>
            <p>The port reopened on Tuesday after a two-week closure, the harbour authority said in a statement.</p>
            <p>About 1,200 containers are waiting to be unloaded, according to the operator.</p></article>
            <footer>© Harbour Times</footer></body></html>""";

    private HttpServer server;
    private String base;
    private final AtomicInteger hits = new AtomicInteger();
    private final PageFetcher quick = new PageFetcher(Duration.ofSeconds(2), Duration.ofSeconds(2), 1024 * 1024);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/page", ex -> send(ex, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/latin", ex -> send(ex, 200, "text/html; charset=windows-1252",
                PAGE.replace("<meta charset=\"utf-8\">", "").replace("Tuesday", "Tuesday (café)")
                        .getBytes(java.nio.charset.Charset.forName("windows-1252"))));
        server.createContext("/hop", redirect(ex -> "/page"));
        server.createContext("/loop", redirect(ex -> "/loop?n=" + hits.incrementAndGet()));
        server.createContext("/to-file", redirect(ex -> "file:///etc/passwd"));
        server.createContext("/missing", ex -> send(ex, 404, "text/html", "<h1>Not here</h1>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/broken", ex -> send(ex, 500, "text/html", "oops".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/slow", ex -> {
            sleep(5000);
            send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/drip", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write("<p>more</p>".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    sleep(100);
                }
            } catch (IOException ignored) {
                // the client gave up, as it should
            }
        });
        server.createContext("/huge", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                byte[] chunk = "<p>filler text</p>\n".repeat(5000).getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 100; i++) {
                    out.write(chunk);
                }
            } catch (IOException ignored) {
                // the client gave up, as it should
            }
        });
        server.createContext("/image", ex -> send(ex, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}));
        server.createContext("/report.pdf", ex -> send(ex, 200, "application/pdf",
                org.factdesk.read.ArticleReaderTestSupport.pdf("Ministry report", "About 10,000 soldiers arrived on Monday.")));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aFetchedPageIsReadLikeASavedOneAndKeepsItsAddress() {
        Article a = ArticleReader.fetch(base + "/page", Progress.NONE, quick).article();
        assertThat(a.title()).isEqualTo("Port reopens");
        assertThat(a.source()).isEqualTo("Harbour Times");
        assertThat(a.url()).isEqualTo(base + "/page");
        assertThat(a.text()).startsWith("The port reopened").doesNotContain("Home", "©");
    }

    @Test
    void theCharsetTheServerDeclaresIsUsed() {
        assertThat(ArticleReader.fetch(base + "/latin", Progress.NONE, quick).article().text()).contains("café");
    }

    @Test
    void redirectsAreFollowedAndTheArticleTakesTheFinalAddress() {
        assertThat(ArticleReader.fetch(base + "/hop", Progress.NONE, quick).article().url()).isEqualTo(base + "/page");
    }

    @Test
    void aRedirectLoopStopsAfterFiveHops() {
        assertThatThrownBy(() -> ArticleReader.fetch(base + "/loop", Progress.NONE, quick))
                .isInstanceOf(ReadException.class).hasMessageContaining("redirects more than 5 times");
        assertThat(hits.get()).isEqualTo(PageFetcher.MAX_REDIRECTS + 1);
    }

    @Test
    void aRedirectOutOfTheWebIsRefused() {
        assertThatThrownBy(() -> ArticleReader.fetch(base + "/to-file", Progress.NONE, quick))
                .isInstanceOf(ReadException.class).hasMessageContaining("only http:// and https://");
    }

    @Test
    void aMissingPageSaysSo() {
        assertThatThrownBy(() -> ArticleReader.fetch(base + "/missing", Progress.NONE, quick))
                .isInstanceOf(ReadException.class).hasMessageContaining("404 Not Found").hasMessageContaining("gone");
    }

    @Test
    void aServerErrorSaysToTryLater() {
        assertThatThrownBy(() -> ArticleReader.fetch(base + "/broken", Progress.NONE, quick))
                .isInstanceOf(ReadException.class).hasMessageContaining("500").hasMessageContaining("try again later");
    }

    @Test
    void aServerThatDoesNotAnswerTimesOut() {
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> ArticleReader.fetch(base + "/slow", Progress.NONE, quick))
                .isInstanceOf(ReadException.class).hasMessageContaining("within 2 s");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aPageThatTricklesInTimesOutToo() {
        assertThatThrownBy(() -> ArticleReader.fetch(base + "/drip", Progress.NONE, quick))
                .isInstanceOf(ReadException.class).hasMessageContaining("within 2 s");
    }

    @Test
    void aResponseLargerThanTheCapIsRefusedWhileItArrives() {
        assertThatThrownBy(() -> ArticleReader.fetch(base + "/huge", Progress.NONE, quick))
                .isInstanceOf(ReadException.class).hasMessageContaining("larger than 1 MB");
    }

    @Test
    void anImageIsNotAnArticle() {
        assertThatThrownBy(() -> ArticleReader.fetch(base + "/image", Progress.NONE, quick))
                .isInstanceOf(ReadException.class).hasMessageContaining("is not a web page").hasMessageContaining("image/png");
    }

    @Test
    void aPdfIsReadFromItsTextLayer() {
        Article a = ArticleReader.fetch(base + "/report.pdf", Progress.NONE, quick).article();
        assertThat(a.text()).contains("About 10,000 soldiers arrived on Monday.");
        assertThat(a.url()).isEqualTo(base + "/report.pdf");
    }

    @Test
    void onlyWebAddressesAreFetched() {
        assertThatThrownBy(() -> ArticleReader.fetch("file:///etc/passwd", Progress.NONE, quick))
                .isInstanceOf(ReadException.class).hasMessageContaining("only http:// and https://");
        assertThatThrownBy(() -> ArticleReader.fetch("ftp://example.org/a", Progress.NONE, quick))
                .isInstanceOf(ReadException.class).hasMessageContaining("only http:// and https://");
        assertThatThrownBy(() -> ArticleReader.fetch("https://exa mple.org/a", Progress.NONE, quick))
                .isInstanceOf(ReadException.class).hasMessageContaining("is not a web address");
    }

    @Test
    void theUserCanCancelAFetch() {
        CancellableProgress progress = new CancellableProgress(u -> { });
        Thread canceller = new Thread(() -> {
            sleep(300);
            progress.cancel();
        });
        canceller.start();
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> ArticleReader.fetch(base + "/slow", progress,
                new PageFetcher(Duration.ofSeconds(10), Duration.ofSeconds(30), 1024 * 1024)))
                .isInstanceOf(CancelledException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aPastedAddressIsFetched() {
        Article a = ArticleReader.readPasted("  " + base + "/page\n", Progress.NONE).article();
        assertThat(a.title()).isEqualTo("Port reopens");
    }

    private interface Target {
        String of(HttpExchange ex);
    }

    private static HttpHandler redirect(Target target) {
        return ex -> {
            ex.getResponseHeaders().add("Location", target.of(ex));
            ex.sendResponseHeaders(302, -1);
            ex.close();
        };
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
