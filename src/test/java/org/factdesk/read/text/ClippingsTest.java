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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.factdesk.model.Article;
import org.factdesk.model.Span;
import org.factdesk.read.ArticleAssembly;
import org.factdesk.read.page.Block;
import org.factdesk.read.page.PageChrome;
import org.factdesk.read.page.ReadPage;
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
        Problems p = new Problems();
        p.check("title", a.title(), expected.path("title").asText(""));
        p.check("published", a.published(), date(expected.get("date")));
        if (expected.has("updated")) {
            p.check("updated", a.updated(), date(expected.get("updated")));
        }
        p.check("outlet", a.source(), expected.path("outlet").asText(""));
        p.check("byline", a.byline(), expected.path("byline").asText(""));
        p.check("first paragraph", firstParagraph(a), expected.path("firstParagraph").asText());
        if (expected.has("url")) {
            p.check("url", a.url(), expected.get("url").asText());
        }
        List<String> captions = a.captions().stream().map(s -> a.text().substring(s.start(), s.end())).toList();
        for (JsonNode c : expected.path("captions")) {
            p.require(captions.contains(c.asText()), "caption " + c + " among " + captions);
        }
        for (JsonNode c : expected.path("contains")) {
            p.require(a.text().contains(c.asText()), "text keeps " + c);
        }
        for (JsonNode c : expected.path("absent")) {
            p.require(!a.text().contains(c.asText()), "text loses " + c);
        }
        assertThat(p.list).as(name + " read as:%n%s", a.text()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clippings")
    void leavesNoPageChromeBylineOrMarkupInTheText(String name) throws IOException {
        ReadPage page = page(name);
        Article a = ArticleAssembly.article(page);
        Problems p = new Problems();
        for (Block b : page.blocks()) {
            p.require(!PageChrome.isChrome(b), "chrome block " + b);
        }
        for (String paragraph : a.text().split("\n\n")) {
            for (String mark : CHROME_MARKS) {
                p.require(!paragraph.contains(mark), "'" + mark + "' in: " + paragraph);
            }
            p.require(!SHARE_WORD.matcher(paragraph).find(), "a share button in: " + paragraph);
        }
        if (!a.byline().isEmpty()) {
            p.require(!a.text().contains("By " + a.byline()) && !a.text().contains("BY "), "the byline in the text");
        }
        if (!a.title().isEmpty()) {
            p.require(!a.text().startsWith(a.title()), "the title repeated as the text's start");
        }
        assertThat(p.list).as(name).isEmpty();
    }

    /** What differs from the expectations, all of it at once. */
    private static final class Problems {
        final List<String> list = new ArrayList<>();

        void check(String what, Object actual, Object expected) {
            if (!java.util.Objects.equals(actual, expected)) {
                list.add(what + ": expected <" + expected + "> but was <" + actual + ">");
            }
        }

        void require(boolean ok, String what) {
            if (!ok) {
                list.add(what);
            }
        }
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
