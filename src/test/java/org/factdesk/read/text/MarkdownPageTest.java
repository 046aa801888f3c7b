package org.factdesk.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.factdesk.read.page.Block;
import org.factdesk.read.page.ReadPage;
import org.junit.jupiter.api.Test;

class MarkdownPageTest {
    private static List<String> texts(ReadPage page) {
        return page.blocks().stream().map(Block::text).toList();
    }

    private static List<Block.Kind> kinds(ReadPage page) {
        return page.blocks().stream().map(Block::kind).toList();
    }

    @Test
    void readsSetextAndAtxHeadingsAsHeadingsAndTheFirstAsTitle() {
        ReadPage page = MarkdownPage.read("Harbour toll is not rising to £12\n===\n\nThe toll for cars will rise to £3.40 from"
                + " 1 April, the trust said on Tuesday.\n\nWhat the trust said\n---\n\nIts board approved the rise.\n\n"
                + "### Why it matters\n\nDrivers pay it every day.\n");
        assertThat(page.metadata().title()).isEqualTo("Harbour toll is not rising to £12");
        assertThat(texts(page)).containsExactly("The toll for cars will rise to £3.40 from 1 April, the trust said on Tuesday.",
                "What the trust said", "Its board approved the rise.", "Why it matters", "Drivers pay it every day.");
        assertThat(kinds(page)).containsExactly(Block.Kind.PARAGRAPH, Block.Kind.HEADING, Block.Kind.PARAGRAPH,
                Block.Kind.HEADING, Block.Kind.PARAGRAPH);
    }

    @Test
    void footnoteMarksLeaveTheSentencesAndTheirDefinitionsStayAsReferences() {
        ReadPage page = MarkdownPage.read("# The grain deal, explained\n\nUkraine shipped about 33 million tonnes of grain"
                + " by July 2023.[^1] More than half went to developing countries, according to the UN.[^note-2]\n\n"
                + "[^1]: UN Joint Coordination Centre, July 2023.\n[^note-2]: UNCTAD, \"A trade hope\", 2023.\n");
        assertThat(texts(page)).containsExactly("Ukraine shipped about 33 million tonnes of grain by July 2023. More than"
                + " half went to developing countries, according to the UN.", "^ UN Joint Coordination Centre, July 2023.",
                "^ UNCTAD, \"A trade hope\", 2023.");
    }

    @Test
    void linksBecomeTheirTextAndImagesAndEmptyLinksGo() {
        ReadPage page = MarkdownPage.read("# Title of the story here\n\nThe [ministry](https://gov.example/m) said "
                + "![chart](https://x.example/c.png)that *most* of the **4,000** homes[](https://x.example/share) "
                + "were `reconnected` \\*by Friday\\* &amp; ~~not~~ later.\n");
        assertThat(texts(page)).containsExactly("The ministry said that most of the 4,000 homes were reconnected "
                + "*by Friday* & not later.");
    }

    @Test
    void keepsQuotesListItemsTablesAndCodeAsTheirKinds() {
        ReadPage page = MarkdownPage.read("""
                # A story with every kind of block

                > "We will rebuild," the mayor said.

                * First point of the plan
                * Second point of the plan
                  1. A nested step

                | Year | Homes |
                | --- | --- |
                | 2023 | 4,000 |

                ```
                total = 4000
                ```
                """);
        assertThat(page.blocks()).containsExactly(
                new Block(Block.Kind.QUOTE, "\"We will rebuild,\" the mayor said."),
                new Block(Block.Kind.LIST_ITEM, "First point of the plan"),
                new Block(Block.Kind.LIST_ITEM, "Second point of the plan"),
                new Block(Block.Kind.LIST_ITEM, "A nested step"),
                new Block(Block.Kind.TABLE, "Year | Homes"),
                new Block(Block.Kind.TABLE, "2023 | 4,000"),
                new Block(Block.Kind.PREFORMATTED, "total = 4000"));
    }

    @Test
    void readsHtmlBlocksAsTextWithTheirCaptionsAndWithoutScripts() {
        ReadPage page = MarkdownPage.read("""
                # Bridge video was made with a game engine

                <figure><img src="a.jpg" alt="still"><figcaption>A still from the video.</figcaption></figure>

                <div><script>track()</script><p>The bridge is <b>standing</b>, the agency said on Tuesday morning.</p></div>

                Text with <span class="x">inline</span> HTML<br>and a break.
                """);
        assertThat(page.blocks()).containsExactly(
                new Block(Block.Kind.CAPTION, "A still from the video."),
                new Block(Block.Kind.PARAGRAPH, "The bridge is standing, the agency said on Tuesday morning."),
                new Block(Block.Kind.PARAGRAPH, "Text with inline HTML and a break."));
    }

    @Test
    void takesFrontMatterAsMetadataAndNeverAsText() {
        ReadPage page = MarkdownPage.read("""
                ---
                title: "Kestrel runway photo is from 2019 | The Harbour Gazette"
                source: "https://www.harbourgazette.example/fact-check/runway"
                author:
                  - "[[Priya Raman]]"
                  - "[[Tomás Reyes]]"
                published: 2024-03-05T08:00:00+01:00
                created: 2024-03-07
                lang: en-GB
                tags: [clippings, factcheck]
                ---
                A photo of a flooded runway is being shared with claims that the airport closed this week.
                """);
        assertThat(page.metadata().title()).isEqualTo("Kestrel runway photo is from 2019");
        assertThat(page.metadata().siteName()).isEqualTo("The Harbour Gazette");
        assertThat(page.metadata().byline()).isEqualTo("Priya Raman and Tomás Reyes");
        assertThat(page.metadata().published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(page.metadata().url()).isEqualTo("https://www.harbourgazette.example/fact-check/runway");
        assertThat(page.metadata().language()).isEqualTo("en-GB");
        assertThat(texts(page)).containsExactly(
                "A photo of a flooded runway is being shared with claims that the airport closed this week.");
    }

    @Test
    void aRuleAtTheStartOverTextIsNoFrontMatter() {
        // CommonMark reads the text over the second rule as a setext heading: here, the headline
        ReadPage page = MarkdownPage.read("---\nThe ministry said on Tuesday that the plan would go ahead.\n---\n\nMore text here.\n");
        assertThat(page.metadata().title()).isEqualTo("The ministry said on Tuesday that the plan would go ahead.");
        assertThat(texts(page)).containsExactly("More text here.");
    }

    @Test
    void anItalicLineUnderAnImageIsItsCaptionWithoutTheCredit() {
        ReadPage page = MarkdownPage.read("# Smoke map is from 2021, not this week\n\n![map](m.png)\n*Smoke over the valley"
                + " on Tuesday. (Getty Images)*\n\nThe map was published in 2021 by the national weather service.\n");
        assertThat(page.blocks()).containsExactly(new Block(Block.Kind.CAPTION, "Smoke over the valley on Tuesday."),
                new Block(Block.Kind.PARAGRAPH, "The map was published in 2021 by the national weather service."));
    }

    @Test
    void aBylineWithATimeAndAJobTitleIsMetadataNotText() {
        ReadPage page = MarkdownPage.read("# Reservoir was not poisoned, labs find\n\n10:16 AM 10/03/2023\n\n"
                + "##### FIRST LAST | Senior Reporter\n\nTwo laboratories found no contamination in samples taken"
                + " on 30 September from the reservoir.\n");
        assertThat(page.metadata().byline()).isEqualTo("First Last");
        assertThat(page.metadata().published()).isEqualTo(LocalDate.of(2023, 10, 3));
        assertThat(texts(page)).containsExactly("Two laboratories found no contamination in samples taken on 30 "
                + "September from the reservoir.");
    }

    @Test
    void theHeadlineIsNoJobTitleLabelOrRelatedLink() {
        ReadPage page = MarkdownPage.read("##### Senior Reporter\n\n##### SUMMARY\n\n##### [RELATED ARTICLES](#)\n\n"
                + "## Ferry fares did not double, timetables show\n\nThe fare rose by 38% between January 2023 and "
                + "January 2024, the operator's timetables show.\n");
        assertThat(page.metadata().title()).isEqualTo("Ferry fares did not double, timetables show");
    }

    @Test
    void aPromoGluedToASentenceIsCutOff() {
        ReadPage page = MarkdownPage.read("# Title of the story here\n\nThe authority said the water met every "
                + "standard. RELATED: [Viral photo of foam is from 2017](https://x.example/foam)\n");
        assertThat(texts(page)).containsExactly("The authority said the water met every standard.");
    }

    @Test
    void webAddressesInTextBecomeTheirSiteAndBrokenLinksGo() {
        ReadPage page = MarkdownPage.read("# Title of the story here\n\nThe report is at "
                + "https://www.stats.example/report?id=5&utm=x. It says 4,000.\n\n[\n\n](https://x.example/clap)\n");
        assertThat(texts(page)).containsExactly("The report is at stats.example. It says 4,000.");
    }
}
