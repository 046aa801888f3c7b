package org.factdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;
import org.factdesk.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsPlainTextAndGivesTheSameIdToTheSameText() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "First line.\r\nSecond line.\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "First line.\nSecond line.");
        Article first = ArticleFiles.read(a).article();
        assertThat(first.text()).isEqualTo("First line.\nSecond line.");
        assertThat(ArticleFiles.read(b).article().id()).isEqualTo(first.id());
    }

    @Test
    void aHeadlineLineBecomesTheTitleInsteadOfShowingTwiceAndTheIdStaysTheWholeFiles() throws IOException {
        String file = "Troops arrive in Kursk\n\nAbout 10,000 soldiers arrived.\nMore may follow.\n";
        Article a = ArticleFiles.read(Files.writeString(dir.resolve("h.txt"), file)).article();
        assertThat(a.title()).isEqualTo("Troops arrive in Kursk");
        assertThat(a.displayTitle()).isEqualTo("Troops arrive in Kursk");
        assertThat(a.text()).isEqualTo("About 10,000 soldiers arrived.\nMore may follow.");
        assertThat(a.id()).isEqualTo(Article.idForText(file)); // verdicts saved for this file still find it
    }

    @Test
    void aFirstSentenceABylineOrALoneLineStaysInTheText() throws IOException {
        for (String file : List.of("About 10,000 soldiers arrived.\n\nMore may follow.",
                "By Jane Roe\n\nAbout 10,000 soldiers arrived.", "Troops arrive in Kursk\n\n",
                "Troops arrive in Kursk\nAbout 10,000 soldiers arrived.")) {
            Article a = ArticleFiles.read(Files.writeString(dir.resolve("s.txt"), file)).article();
            assertThat(a.title()).as(file).isEmpty();
            assertThat(a.text()).as(file).isEqualTo(file.strip());
        }
    }

    @Test
    void stripsHtmlBoilerplateAndKeepsMetadata() throws IOException {
        Path f = Files.writeString(dir.resolve("page.html"), """
                <html><head><title>Troops arrive</title>
                <meta property="og:site_name" content="Baltic Ledger">
                <meta property="article:published_time" content="2024-10-28T09:00:00Z">
                <link rel="canonical" href="https://example.org/troops">
                <script>alert('x')</script><style>p{}</style></head>
                <body><nav>Home | World | Sport</nav>
                <article><h1>Troops arrive</h1><p>About 10,000 soldiers arrived.</p><p>More may follow.</p></article>
                <footer>Subscribe now</footer></body></html>""");
        Article a = ArticleFiles.read(f).article();
        assertThat(a.title()).isEqualTo("Troops arrive");
        assertThat(a.source()).isEqualTo("Baltic Ledger");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 10, 28));
        assertThat(a.url()).isEqualTo("https://example.org/troops");
        assertThat(a.text()).isEqualTo("About 10,000 soldiers arrived.\nMore may follow.");
        assertThat(a.text()).doesNotContain("Home", "Subscribe", "alert");
    }

    @Test
    void takesMarkdownTitleAndDropsMarkup() throws IOException {
        Path f = Files.writeString(dir.resolve("a.md"), "# The title\n\nSome **bold** claim with a [link](https://x.org).\n");
        Article a = ArticleFiles.read(f).article();
        assertThat(a.title()).isEqualTo("The title");
        assertThat(a.text()).isEqualTo("Some bold claim with a link.");
    }

    @Test
    void refusesAnEmptyFileSayingWhatToDo() throws IOException {
        Path f = Files.writeString(dir.resolve("empty.txt"), "  \n ");
        assertThatThrownBy(() -> ArticleFiles.read(f)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("empty.txt").hasMessageContaining("is empty");
    }

    @Test
    void refusesABinaryFile() throws IOException {
        Path f = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        assertThatThrownBy(() -> ArticleFiles.read(f)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("photo.txt").hasMessageContaining("not a text file");
    }

    @Test
    void refusesA20MegabyteArticleWithoutReadingIt() throws IOException {
        Path f = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(20L * 1024 * 1024);
        }
        assertThatThrownBy(() -> ArticleFiles.read(f)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("20.0 MB").hasMessageContaining("import the file into the archive");
    }

    @Test
    void readsNonUtf8TextAsWindows1252WithANote() throws IOException {
        Path f = Files.write(dir.resolve("latin.txt"), "Café prices rose 5 %".getBytes(Charset.forName("windows-1252")));
        ArticleFiles.Loaded loaded = ArticleFiles.read(f);
        assertThat(loaded.article().text()).isEqualTo("Café prices rose 5 %");
        assertThat(loaded.notes()).singleElement().asString().contains("not valid UTF-8");
    }

    @Test
    void readsUtf8WithByteOrderMark() throws IOException {
        byte[] body = "Zürich".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Path f = Files.write(dir.resolve("bom.txt"), withBom);
        assertThat(ArticleFiles.read(f).article().text()).isEqualTo("Zürich");
    }

    @Test
    void refusesAMissingFile() {
        assertThatThrownBy(() -> ArticleFiles.read(dir.resolve("nope.txt")))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("There is no file");
    }
}
