package org.factdesk.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import java.time.LocalDate;
import org.factdesk.model.Article;
import org.factdesk.read.page.ReadException;
import org.factdesk.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one article reader: formats, charsets, ids and the refusals a user sees. */
class ArticleReaderTest {
    @TempDir
    Path dir;

    @Test
    void theSameFileOpenedTwiceIsOneArticleWhateverItsLineEndings() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "First line.\r\nSecond line.\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "First line.\nSecond line.");
        Article first = ArticleReader.read(a).article();
        assertThat(first.text()).isEqualTo("First line.\nSecond line.");
        assertThat(ArticleReader.read(b).article().id()).isEqualTo(first.id());
    }

    @Test
    void theIdComesFromTheFileAsWrittenSoAReviewSurvivesABetterReader() throws IOException {
        String file = "Troops arrive in Kursk\n\nAbout 10,000 soldiers arrived.\nMore may follow.\n";
        Article a = ArticleReader.read(Files.writeString(dir.resolve("h.txt"), file)).article();
        assertThat(a.title()).isEqualTo("Troops arrive in Kursk");
        assertThat(a.text()).isEqualTo("About 10,000 soldiers arrived.\nMore may follow.");
        assertThat(a.id()).isEqualTo(Article.idForText(file));
    }

    @Test
    void aSavedPageGivesItsMetadataAndItsArticleWithoutScriptsOrNavigation() throws IOException {
        Path f = Files.writeString(dir.resolve("page.html"), """
                <html lang="en"><head><title>Troops arrive</title>
                <meta property="og:site_name" content="Baltic Ledger">
                <meta property="article:published_time" content="2024-10-28T09:00:00Z">
                <link rel="canonical" href="https://example.org/troops">
                <script>alert('x')</script><style>p{}</style></head>
                <body><nav>Home | World | Sport</nav>
                <article><h1>Troops arrive</h1><p>About 10,000 soldiers arrived in the region on Monday, officials said.</p>
                <p>More may follow later this week, according to the ministry's statement.</p></article>
                <footer>Subscribe now</footer></body></html>""");
        Article a = ArticleReader.read(f).article();
        assertThat(a.title()).isEqualTo("Troops arrive");
        assertThat(a.source()).isEqualTo("Baltic Ledger");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 10, 28));
        assertThat(a.url()).isEqualTo("https://example.org/troops");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.text()).startsWith("About 10,000 soldiers arrived").contains("More may follow");
        assertThat(a.text()).doesNotContain("Home", "Subscribe", "alert", "Troops arrive");
    }

    @Test
    void aPageIsDecodedInTheCharsetItsMetaTagDeclares() throws IOException {
        String html = "<html><head><meta charset=\"windows-1251\"><title>Новости</title></head><body><article>"
                + "<p>Около 10 000 военнослужащих прибыли в регион в понедельник, сообщили официальные лица.</p>"
                + "</article></body></html>";
        Path f = Files.write(dir.resolve("ru.html"), html.getBytes(Charset.forName("windows-1251")));
        ArticleReader.Result r = ArticleReader.read(f);
        assertThat(r.article().title()).isEqualTo("Новости");
        assertThat(r.article().text()).contains("военнослужащих");
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void aPageIsDecodedInTheCharsetOfItsHttpEquivDeclaration() throws IOException {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\">"
                + "<title>Wiadomości</title></head><body><article><p>Żołnierze przybyli do regionu w poniedziałek, "
                + "poinformowały władze w oświadczeniu.</p></article></body></html>";
        Path f = Files.write(dir.resolve("pl.htm"), html.getBytes(Charset.forName("ISO-8859-2")));
        assertThat(ArticleReader.read(f).article().text()).contains("Żołnierze", "oświadczeniu");
    }

    @Test
    void utf16TextWithAByteOrderMarkIsText() throws IOException {
        byte[] body = "Troops arrive\n\nAbout 10,000 soldiers arrived.".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Article a = ArticleReader.read(Files.write(dir.resolve("u16.txt"), withBom)).article();
        assertThat(a.title()).isEqualTo("Troops arrive");
        assertThat(a.text()).isEqualTo("About 10,000 soldiers arrived.");
    }

    @Test
    void utf8WithAByteOrderMarkLosesTheMark() throws IOException {
        byte[] body = "Zürich".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(ArticleReader.read(Files.write(dir.resolve("bom.txt"), withBom)).article().text()).isEqualTo("Zürich");
    }

    @Test
    void textThatIsNotUtf8IsReadAsWindows1252WithANote() throws IOException {
        Path f = Files.write(dir.resolve("latin.txt"), "Café prices rose 5 %".getBytes(Charset.forName("windows-1252")));
        ArticleReader.Result r = ArticleReader.read(f);
        assertThat(r.article().text()).isEqualTo("Café prices rose 5 %");
        assertThat(r.notes()).singleElement().asString().contains("not valid UTF-8");
    }

    @Test
    void aFileWithoutAKnownExtensionIsReadAsWhatItHolds() throws IOException {
        Path f = Files.writeString(dir.resolve("download"), "<!DOCTYPE html><html><head><title>Port reopens</title>"
                + "</head><body><article><p>The port reopened on Tuesday after a two-week closure, the authority said."
                + "</p></article></body></html>");
        Article a = ArticleReader.read(f).article();
        assertThat(a.title()).isEqualTo("Port reopens");
        assertThat(a.text()).startsWith("The port reopened").doesNotContain("<");
    }

    @Test
    void aFigureCaptionStaysInTheTextMarkedAsACaption() throws IOException {
        Path f = Files.writeString(dir.resolve("fig.html"), "<html><body><article>"
                + "<p>The minister visited the border crossing on Friday and met the guards stationed there.</p>"
                + "<figure><img src=\"x.jpg\"><figcaption>Soldiers at the crossing on Friday.</figcaption></figure>"
                + "<p>She promised more equipment for the border service before the winter.</p></article></body></html>");
        Article a = ArticleReader.read(f).article();
        assertThat(a.captions()).hasSize(1);
        assertThat(a.captions().get(0).of(a.text())).isEqualTo("Soldiers at the crossing on Friday.");
        assertThat(a.inCaption(a.text().indexOf("Soldiers"))).isTrue();
        assertThat(a.inCaption(0)).isFalse();
    }

    @Test
    void aPdfIsReadFromItsTextLayerWithItsTitle() throws IOException {
        Path f = dir.resolve("report.pdf");
        Files.write(f, ArticleReaderTestSupport.pdf("Ministry report", "About 10,000 soldiers arrived on Monday."));
        Article a = ArticleReader.read(f).article();
        assertThat(a.title()).isEqualTo("Ministry report");
        assertThat(a.text()).contains("About 10,000 soldiers arrived on Monday.");
    }

    @Test
    void aPdfsRunningHeadAndFootAndPageNumbersAreLeftOutAndAParagraphGoesOnOverThePageBreak() throws IOException {
        Path f = dir.resolve("press.pdf");
        Files.write(f, ArticleReaderTestSupport.pdfPages("Microsoft Word - press release v3.docx", List.of(
                List.of("Ministry of Transport | Press release", "", "Rail fares to rise by 4.9% from March", "",
                        "The ministry said on 12 January 2024 that regulated rail fares will rise by 4.9% from",
                        "3 March. About 60% of fares are regulated, and passenger journeys reached 1.6 billion",
                        "in the year to September, the regulator"),
                List.of("Ministry of Transport | Press release", "", "said. The union said a season ticket would cost",
                        "230 pounds more a year.", "", "Notes to editors: for media enquiries call 020 7946 0000."))));
        Article a = ArticleReader.read(f).article();

        assertThat(a.title()).as("the file name is no title; the headline is").isEqualTo("Rail fares to rise by 4.9% from March");
        assertThat(a.text()).doesNotContain("Press release").doesNotContain("Page 1").doesNotContain("www.")
                .contains("in the year to September, the regulator said. The union said");
    }

    @Test
    void aTelephoneNumberIsNoQuantity() {
        var quantities = new org.factdesk.extract.quantity.QuantityExtractor();
        assertThat(quantities.extract("For media enquiries call 020 7946 0000 or +44 20 7946 0001.")).isEmpty();
        assertThat(quantities.extract("The port handled 1 200 000 containers.")).isNotEmpty();
    }

    @Test
    void aPdfWithoutTextSaysItNeedsOcr() throws IOException {
        Path f = dir.resolve("scan.pdf");
        Files.write(f, ArticleReaderTestSupport.pdf("Scan", null));
        assertThatThrownBy(() -> ArticleReader.read(f)).isInstanceOf(ReadException.class)
                .hasMessageContaining("scan.pdf").hasMessageContaining("without a text layer");
    }

    @Test
    void aDamagedPdfIsRefusedWithItsName() throws IOException {
        Path f = Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj garbage".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> ArticleReader.read(f)).isInstanceOf(ReadException.class)
                .hasMessageContaining("broken.pdf").hasMessageContaining("not a readable PDF");
    }

    @Test
    void anEmptyFileIsRefusedSayingWhatToDo() throws IOException {
        Path f = Files.writeString(dir.resolve("empty.txt"), "  \n ");
        assertThatThrownBy(() -> ArticleReader.read(f)).isInstanceOf(ReadException.class)
                .hasMessageContaining("empty.txt").hasMessageContaining("is empty");
    }

    @Test
    void aBinaryFileIsRefused() throws IOException {
        Path f = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        assertThatThrownBy(() -> ArticleReader.read(f)).isInstanceOf(ReadException.class)
                .hasMessageContaining("photo.txt").hasMessageContaining("not a text file");
    }

    @Test
    void aFiftyMegabytePageIsRefusedWithoutReadingIt() throws IOException {
        Path f = dir.resolve("huge.html");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024);
        }
        assertThatThrownBy(() -> ArticleReader.read(f)).isInstanceOf(ReadException.class)
                .hasMessageContaining("50.0 MB").hasMessageContaining("import the file into the archive");
    }

    @Test
    void aPageThatIsAllScriptHasNoArticleText() throws IOException {
        Path f = Files.writeString(dir.resolve("app.html"), "<html><head><script>" + "var a = 1;\n".repeat(50_000)
                + "</script></head><body><script>render()</script><noscript>Enable JavaScript</noscript></body></html>");
        assertThatThrownBy(() -> ArticleReader.read(f)).isInstanceOf(ReadException.class)
                .hasMessageContaining("app.html").hasMessageContaining("no readable article text");
    }

    @Test
    void deeplyNestedTagsAreReadWithoutOverflowingTheStack() throws IOException {
        int depth = 20_000;
        String html = "<html><body>" + "<div>".repeat(depth) + "<p>The council approved 4,500 new homes on Monday, "
                + "the mayor's office said in a statement.</p>" + "</div>".repeat(depth) + "</body></html>";
        Path f = Files.writeString(dir.resolve("nested.html"), html);
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> ArticleReader.read(f).article());
        assertThat(a.text()).contains("4,500 new homes");
    }

    @Test
    void aFolderIsNotAnArticle() {
        assertThatThrownBy(() -> ArticleReader.read(dir)).isInstanceOf(ReadException.class)
                .hasMessageContaining("is a folder");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> ArticleReader.read(dir.resolve("nope.txt")))
                .isInstanceOf(ReadException.class).hasMessageContaining("There is no file").hasMessageContaining("nope.txt");
    }

    @Test
    void pastedMarkdownIsReadAsMarkdown() {
        Article a = ArticleReader.readPasted("# Port reopens\n\nThe port **reopened** on Tuesday, the "
                + "[authority](https://example.org/a) said.\n", Progress.NONE).article();
        assertThat(a.title()).isEqualTo("Port reopens");
        assertThat(a.text()).isEqualTo("The port reopened on Tuesday, the authority said.");
    }

    @Test
    void pastedTextThatIsEmptyIsRefused() {
        assertThatThrownBy(() -> ArticleReader.readPasted("  \n", Progress.NONE)).isInstanceOf(ReadException.class)
                .hasMessageContaining("empty");
    }
}
