package org.factdesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.factdesk.read.ArticleReader;
import org.factdesk.read.page.ReadException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening an article (.txt, .md, .html) from random and mutated files: the reader returns an article with text or
 * refuses with a {@link ReadException} that says why; it never throws anything else and never hangs.
 */
class ArticleReaderFuzzTest {
    private static final List<String> NAMES = List.of("article.txt", "notes.md", "page.html", "page.htm",
            "story.markdown", "page.xhtml", "paper.pdf", "NOEXTENSION", "Zeitung \u00fc.TXT", ".hidden.md", "a.b.c.html");
    private static final Duration LIMIT = Duration.ofSeconds(10);

    static String seedText;
    static String seedHtml;
    static String seedMarkdown;

    @TempDir
    Path dir;

    @BeforeAll
    static void seeds() throws IOException {
        try (InputStream in = ArticleReaderFuzzTest.class.getResourceAsStream("/factdesk/demo/seed-article.txt")) {
            seedText = in == null ? "About 10,000 soldiers arrived, the ministry said on 6 November.\n\nMore may follow."
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] paragraphs = seedText.split("\n");
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Troops deploy near the front</title>
                <meta property="og:site_name" content="Baltic Ledger"><meta property="og:title" content="Troops deploy">
                <meta property="article:published_time" content="2024-10-28T09:00:00+01:00">
                <link rel="canonical" href="https://example.org/troops"><style>p { color: red }</style>
                <script>var x = "<p>not text</p>";</script></head><body><header><nav><a href="/">Home</a></nav></header>
                <main><article><h1>Troops deploy near the front</h1><time datetime="2024-10-28">28 Oct</time>
                """);
        for (int i = 0; i < Math.min(6, paragraphs.length); i++) {
            html.append("<p>").append(paragraphs[i]).append(i == 1 ? "<blockquote><p>nested</p></blockquote>" : "")
                    .append("</p>\n");
        }
        html.append("<ul><li>one</li><li>two <b>bold</b></li></ul><figure><figcaption>Photo</figcaption></figure>")
                .append("</article></main><aside class=\"related\">More</aside><footer>Subscribe</footer></body></html>");
        seedHtml = html.toString();
        StringBuilder md = new StringBuilder("# Troops deploy near the front\n\n");
        for (int i = 0; i < Math.min(6, paragraphs.length); i++) {
            md.append(i % 3 == 0 ? "> " : i % 3 == 1 ? "- " : "").append(paragraphs[i])
                    .append(" See [the report](https://example.org/r) and ![a map](map.png), **bold** and *italic*.\n\n");
        }
        md.append("## Background\n\n```\ncode block\n```\n");
        seedMarkdown = md.toString();
    }

    @Test
    void randomBytesAreReadOrRefusedWithAMessage() {
        run("random-bytes", Fuzz.cases(300), r -> Fuzz.randomBytes(r, r.nextInt(10) == 0 ? 20_000 : 600));
    }

    @Test
    void randomTextIsReadOrRefusedWithAMessage() {
        run("random-text", Fuzz.cases(300), r -> Fuzz.randomText(r, 300).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void mutatedArticlesAreReadOrRefusedWithAMessage() {
        run("mutated", Fuzz.cases(900), r -> {
            String seed = switch (r.nextInt(3)) {
                case 0 -> seedText;
                case 1 -> seedHtml;
                default -> seedMarkdown;
            };
            byte[] bytes = seed.getBytes(r.nextInt(8) == 0 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8);
            return Fuzz.mutate(r, bytes, 12);
        });
    }

    private interface Input {
        byte[] make(Random r);
    }

    private void run(String target, int cases, Input input) {
        int read = 0;
        int refused = 0;
        for (int c = 0; c < cases; c++) {
            Random r = Fuzz.random(target, c);
            byte[] bytes = input.make(r);
            String name = NAMES.get(r.nextInt(NAMES.size()));
            String where = Fuzz.where("ArticleReader." + target + " " + name, c);
            Path file = dir.resolve(c + "-" + name);
            try {
                Files.write(file, bytes);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            try {
                ArticleReader.Result loaded = Fuzz.withTimeout(LIMIT, where, () -> ArticleReader.read(file));
                assertThat(loaded.article()).as(where).isNotNull();
                assertThat(loaded.article().text()).as("text of %s", where).isNotBlank();
                assertThat(loaded.article().id()).as("id of %s", where).isNotBlank();
                assertThat(loaded.notes()).as("notes of %s", where).doesNotContainNull();
                read++;
            } catch (AssertionError e) {
                throw e;
            } catch (Throwable t) {
                Fuzz.assertUserFacing(t, where, bytes, List.of(ReadException.class));
                refused++;
            }
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the temp dir is removed at the end anyway
            }
        }
        System.out.printf("ArticleReaderFuzzTest %s: cases=%d read=%d refused=%d seed=%d%n", target, cases, read,
                refused, Fuzz.seed());
        assertThat(read + refused).isEqualTo(cases);
    }
}
