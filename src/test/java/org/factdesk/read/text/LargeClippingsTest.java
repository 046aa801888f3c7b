package org.factdesk.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;
import org.factdesk.read.page.Block;
import org.factdesk.read.page.PageChrome;
import org.factdesk.read.page.ReadPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reading is linear: inputs of megabytes, and the inputs that make naive Markdown parsers quadratic, read in well
 * under a few seconds. Measured as this thread's CPU time (a loaded build machine stretches wall time, not CPU
 * time); the limits are far above what a linear reader needs and far below what a quadratic one takes.
 */
class LargeClippingsTest {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long ONE_MB_LIMIT_MS = 2_000;
    private static final long FIVE_MB_LIMIT_MS = 5_000;
    private static final String SENTENCE = "The ministry said 4,000 homes in the valley lost power on Tuesday night. ";

    @BeforeAll
    static void warmUp() {
        MarkdownPage.read("# Warm up the reader\n\n" + SENTENCE.repeat(50));
        PlainTextPage.read("Warm up the reader\n\n" + SENTENCE.repeat(50));
    }

    @Test
    void aMarkdownFileOfOneMegabyteLineReadsAsOneParagraph() {
        String line = SENTENCE.repeat(1_000_000 / SENTENCE.length());
        ReadPage page = timed("Markdown, one 1 MB line", ONE_MB_LIMIT_MS, () -> MarkdownPage.read(line));
        assertThat(page.blocks()).singleElement().extracting(Block::text).isEqualTo(line.strip());
    }

    @Test
    void aPlainTextFileOfOneMegabyteLineReadsAsOneParagraph() {
        String line = SENTENCE.repeat(1_000_000 / SENTENCE.length());
        ReadPage page = timed("plain text, one 1 MB line", ONE_MB_LIMIT_MS, () -> PlainTextPage.read(line));
        assertThat(page.blocks()).singleElement().extracting(Block::text).isEqualTo(line.strip());
    }

    @Test
    void aLineOfAHundredThousandOpeningBracketsReads() {
        String brackets = "[".repeat(100_000);
        ReadPage md = timed("Markdown, 100,000 '['", ONE_MB_LIMIT_MS, () -> MarkdownPage.read(brackets));
        ReadPage txt = timed("plain text, 100,000 '['", ONE_MB_LIMIT_MS, () -> PlainTextPage.read(brackets));
        assertThat(md.blocks()).singleElement().extracting(Block::text).isEqualTo(brackets);
        assertThat(txt.blocks()).singleElement().extracting(Block::text).isEqualTo(brackets);
    }

    @Test
    void aFiveMegabyteClippingReadsWithoutItsChrome() {
        String clipping = fiveMegabyteClipping();
        ReadPage page = timed("Markdown clipping of 5 MB", FIVE_MB_LIMIT_MS, () -> MarkdownPage.read(clipping));
        assertThat(page.metadata().title()).isEqualTo("Grid operator's outage map was a forecast");
        assertThat(page.blocks()).hasSizeGreaterThan(20_000).noneMatch(PageChrome::isChrome)
                .noneMatch(b -> b.text().contains("RELATED") || b.text().contains("http"));
    }

    @Test
    void aFiveMegabytePastedTextReads() {
        StringBuilder sb = new StringBuilder("Menu\nNews\nSign in\n\nGrid operator's outage map was a forecast\n\n");
        for (int i = 0; sb.length() < 5_000_000; i++) {
            sb.append("Paragraph ").append(i).append(": ").append(SENTENCE.repeat(3)).append('\n');
            sb.append(i % 7 == 0 ? "Share\nCopy link\n\n" : "\n");
        }
        String text = sb.toString();
        ReadPage page = timed("plain text of 5 MB", FIVE_MB_LIMIT_MS, () -> PlainTextPage.read(text));
        assertThat(page.metadata().title()).isEqualTo("Grid operator's outage map was a forecast");
        assertThat(page.blocks()).hasSizeGreaterThan(20_000).noneMatch(b -> b.text().equals("Share"));
    }

    @Test
    void deepNestingAndInlinedImageDataRead() {
        String quotes = ">".repeat(100_000) + " deep";
        String emphasis = "*a".repeat(100_000);
        String divs = "<div>".repeat(50_000) + "text" + "</div>".repeat(50_000);
        String image = "![](data:image/png;base64," + "iVBORw0K".repeat(125_000) + ")\n\nThe text after the image.";
        timed("Markdown, 100,000 nested quotes", ONE_MB_LIMIT_MS, () -> MarkdownPage.read(quotes));
        timed("Markdown, 100,000 emphasis openers", ONE_MB_LIMIT_MS, () -> MarkdownPage.read(emphasis));
        timed("Markdown, 50,000 nested divs", ONE_MB_LIMIT_MS, () -> MarkdownPage.read(divs));
        ReadPage page = timed("Markdown, 1 MB image data", ONE_MB_LIMIT_MS, () -> MarkdownPage.read(image));
        assertThat(page.blocks()).extracting(Block::text).containsExactly("The text after the image.");
    }

    private static String fiveMegabyteClipping() {
        StringBuilder sb = new StringBuilder("""
                ---
                title: "Grid operator's outage map was a forecast | Ridge Wire"
                source: https://ridgewire.example/checks/outage-map
                ---
                [](https://www.facebook.com/sharer/sharer.php?u=x)[](https://twitter.com/intent/tweet?url=x)

                By Samuel Achterberg | Senior Reporter

                """);
        for (int i = 0; sb.length() < 5_000_000; i++) {
            sb.append("Paragraph ").append(i).append(" with a [link](https://ridgewire.example/p/").append(i)
                    .append(") and *emphasis*: ").append(SENTENCE.repeat(2)).append("\n\n");
            if (i % 10 == 0) {
                sb.append("![](https://ridgewire.example/img/").append(i).append(".jpg)\n*A caption under image ")
                        .append(i).append(". (Getty Images)*\n\n");
                sb.append("Text of paragraph ").append(i).append(" ends here. RELATED: [Another story](https://x.example/")
                        .append(i).append(")\n\n");
            }
        }
        return sb.toString();
    }

    private static <T> T timed(String what, long limitMs, Supplier<T> read) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        T result = read.get();
        long cpuMs = (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        long wallMs = (System.nanoTime() - wall) / 1_000_000;
        System.out.printf("LargeClippingsTest: %s read in %d ms CPU (%d ms wall)%n", what, cpuMs, wallMs);
        assertThat(cpuMs).as(what + " read in ms of CPU").isLessThan(limitMs);
        return result;
    }
}
