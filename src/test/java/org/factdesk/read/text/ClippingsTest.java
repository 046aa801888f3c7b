package org.factdesk.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.factdesk.model.Article;
import org.factdesk.model.Span;
import org.factdesk.read.ArticleAssembly;
import org.factdesk.read.Block;
import org.factdesk.read.PageChrome;
import org.factdesk.read.ReadPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Clippings written for these tests (invented outlets, people and events) in the shapes that web clippers,
 * read-later apps and a browser's copy and paste leave: each NAME.md or NAME.txt beside a NAME.json with its
 * expected title, date, outlet, byline and first paragraph (and, where it matters, its update date, address,
 * captions, text it must keep and text it must lose). Read as the workbench reads them: MarkdownPage or
 * PlainTextPage, then {@link ArticleAssembly#article}.
 */
class ClippingsTest {
    private static final Path DIR = folder();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What no paragraph of a clean article holds: markup, addresses, share buttons, promos, image data. */
    private static final List<String> CHROME_MARKS = List.of("http", "www.", "RELATED", "Related:", "base64", "](",
            "![", "**", "===", "Share on", "Copy link", "Sign up", "©", "Advertisement", "Read more", "Subscribe",
            "Republish", "Skip to");
    private static final Pattern SHARE_WORD = Pattern.compile("\\bShare\\b");

    static Stream<String> clippings() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md") || n.endsWith(".txt")).sorted().toList().stream();
        }
    }

    @Test
    void theFixtureSetHasThirtyClippingsOrMoreOfBothKinds() throws IOException {
        List<String> names = clippings().toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(30);
        assertThat(names).anyMatch(n -> n.endsWith(".md")).anyMatch(n -> n.endsWith(".txt"));
        for (String n : names) {
            assertThat(DIR.resolve(n.substring(0, n.lastIndexOf('.')) + ".json")).as("expectations of " + n).exists();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clippings")
    void readsTitleDateOutletBylineAndFirstParagraph(String name) throws IOException {
        JsonNode expected = expected(name);
        Article a = article(name);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(a.title()).as("title").isEqualTo(expected.path("title").asText(""));
        soft.assertThat(a.published()).as("published").isEqualTo(date(expected.get("date")));
        if (expected.has("updated")) {
            soft.assertThat(a.updated()).as("updated").isEqualTo(date(expected.get("updated")));
        }
        soft.assertThat(a.source()).as("outlet").isEqualTo(expected.path("outlet").asText(""));
        soft.assertThat(a.byline()).as("byline").isEqualTo(expected.path("byline").asText(""));
        soft.assertThat(firstParagraph(a)).as("first paragraph").isEqualTo(expected.path("firstParagraph").asText());
        if (expected.has("url")) {
            soft.assertThat(a.url()).as("url").isEqualTo(expected.get("url").asText());
        }
        List<String> captions = a.captions().stream().map(s -> a.text().substring(s.start(), s.end())).toList();
        for (JsonNode c : expected.path("captions")) {
            soft.assertThat(captions).as("captions").contains(c.asText());
        }
        for (JsonNode c : expected.path("contains")) {
            soft.assertThat(a.text()).as("kept text").contains(c.asText());
        }
        for (JsonNode c : expected.path("absent")) {
            soft.assertThat(a.text()).as("dropped text").doesNotContain(c.asText());
        }
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clippings")
    void leavesNoPageChromeBylineOrMarkupInTheText(String name) throws IOException {
        ReadPage page = page(name);
        Article a = ArticleAssembly.article(page);
        SoftAssertions soft = new SoftAssertions();
        for (Block b : page.blocks()) {
            soft.assertThat(PageChrome.isChrome(b)).as("chrome block: " + b).isFalse();
        }
        for (String paragraph : a.text().split("\n\n")) {
            for (String mark : CHROME_MARKS) {
                soft.assertThat(paragraph).as("paragraph").doesNotContain(mark);
            }
            soft.assertThat(SHARE_WORD.matcher(paragraph).find()).as("share button in: " + paragraph).isFalse();
        }
        if (!a.byline().isEmpty()) {
            soft.assertThat(a.text()).as("byline").doesNotContain("By " + a.byline()).doesNotContain("BY ");
        }
        if (!a.title().isEmpty()) {
            soft.assertThat(a.text()).as("title repeated").doesNotStartWith(a.title());
        }
        soft.assertAll();
    }

    private static ReadPage page(String name) throws IOException {
        String text = Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
        return name.endsWith(".md") ? MarkdownPage.read(text) : PlainTextPage.read(text);
    }

    private static Article article(String name) throws IOException {
        return ArticleAssembly.article(page(name));
    }

    /** The article's first paragraph that is no image caption. */
    private static String firstParagraph(Article a) {
        int start = 0;
        String text = a.text();
        while (start < text.length()) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = text.length();
            }
            int s = start;
            boolean caption = false;
            for (Span c : a.captions()) {
                caption |= c.start() == s;
            }
            if (!caption) {
                return text.substring(start, end);
            }
            start = end + 2;
        }
        return "";
    }

    private static JsonNode expected(String name) throws IOException {
        return JSON.readTree(DIR.resolve(name.substring(0, name.lastIndexOf('.')) + ".json").toFile());
    }

    private static LocalDate date(JsonNode node) {
        return node == null || node.isNull() ? null : LocalDate.parse(node.asText());
    }

    private static Path folder() {
        try {
            return Path.of(ClippingsTest.class.getResource("/org/factdesk/read/clippings").toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

}
