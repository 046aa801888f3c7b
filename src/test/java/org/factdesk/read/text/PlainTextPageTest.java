package org.factdesk.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.factdesk.read.page.Block;
import org.factdesk.read.page.ReadPage;
import org.junit.jupiter.api.Test;

class PlainTextPageTest {
    private static List<String> texts(ReadPage page) {
        return page.blocks().stream().map(Block::text).toList();
    }

    @Test
    void aTranscriptsLinesGoOnAcrossItsTimeStampsButNotIntoOneEndlessSentence() {
        StringBuilder raw = new StringBuilder("Senator Lind on the budget - full speech\n");
        for (int i = 0; i < 300; i++) {
            raw.append(i / 20).append(':').append(String.format("%02d", i * 3 % 60)).append('\n')
                    .append("we have created jobs and wages rose by five percent\n");
        }
        ReadPage page = PlainTextPage.read(raw.toString());
        List<String> lines = texts(page).stream().flatMap(t -> t.lines()).toList();
        assertThat(lines).isNotEmpty().noneMatch(l -> l.matches("\\d+:\\d+"))
                .allMatch(l -> l.split(" ").length <= 40, "lines of at most 40 words")
                .anyMatch(l -> l.split(" ").length > 10);
    }

    @Test
    void aShortFirstLineIsTheHeadline() {
        ReadPage page = PlainTextPage.read("Troops arrive in Kursk region\n\nAbout 10,000 soldiers arrived.\nMore may follow.");
        assertThat(page.metadata().title()).isEqualTo("Troops arrive in Kursk region");
        // lines that stand together between blank lines stay one paragraph, as written
        assertThat(texts(page)).containsExactly("About 10,000 soldiers arrived.\nMore may follow.");
    }

    @Test
    void textWithoutAHeadlineKeepsItsFirstLine() {
        ReadPage page = PlainTextPage.read("The council voted on Tuesday to keep the route.\n\nIt will run until 2025.");
        assertThat(page.metadata().title()).isEmpty();
        assertThat(texts(page)).containsExactly("The council voted on Tuesday to keep the route.", "It will run until 2025.");
    }

    @Test
    void joinsLinesBrokenAtAFixedWidthIntoOneParagraph() {
        ReadPage page = PlainTextPage.read("""
                Power cut map is a forecast, not an outage report

                A map showing most of the Crane Valley in red, shared thousands of
                times on Tuesday, is a forecast of possible outages. It was made by
                the grid operator before the storm.
                """);
        assertThat(texts(page)).containsExactly("A map showing most of the Crane Valley in red, shared thousands of "
                + "times on Tuesday, is a forecast of possible outages. It was made by the grid operator before the storm.");
    }

    @Test
    void dropsMenuLinesPastedAboveTheHeadline() {
        ReadPage page = PlainTextPage.read("""
                Skip to main content
                Menu
                News
                Politics
                Sign in

                Bus route 7 is not being scrapped, council confirms

                The council said on Thursday that it would pay for evening services until March 2025.
                """);
        assertThat(page.metadata().title()).isEqualTo("Bus route 7 is not being scrapped, council confirms");
        assertThat(texts(page)).containsExactly(
                "The council said on Thursday that it would pay for evening services until March 2025.");
    }

    @Test
    void readsBulletsAsListItemsAndTabsAsTableRows() {
        ReadPage page = PlainTextPage.read("Budget figures for the two years\n\n• Schools rose by 2.2%\n"
                + "• Administration fell by 2%\n\nYear\tSchools\n2023\t$412m\n");
        assertThat(page.blocks()).containsExactly(new Block(Block.Kind.LIST_ITEM, "Schools rose by 2.2%"),
                new Block(Block.Kind.LIST_ITEM, "Administration fell by 2%"),
                new Block(Block.Kind.TABLE, "Year | Schools"), new Block(Block.Kind.TABLE, "2023 | $412m"));
    }

    @Test
    void aBylineAndADatelineUnderTheHeadlineAreMetadata() {
        ReadPage page = PlainTextPage.read("""
                City did not spend $3 million on a new logo

                Grace Okafor
                Staff Writer
                Published 23 August 2023 10:04

                The contract was for $86,000 and covered the logo, new street signs and a style guide.
                """);
        assertThat(page.metadata().byline()).isEqualTo("Grace Okafor");
        assertThat(page.metadata().published()).isEqualTo(LocalDate.of(2023, 8, 23));
        assertThat(texts(page)).containsExactly(
                "The contract was for $86,000 and covered the logo, new street signs and a style guide.");
    }

    @Test
    void theSourceAddressGivenByTheCallerNamesTheOutlet() {
        ReadPage page = PlainTextPage.read("Schools did not get a budget cut\n\nThe Lakeshore Ledger found the schools "
                + "budget rose by 2.2% this year.", "https://www.lakeshoreledger.example/schools");
        assertThat(page.metadata().siteName()).isEqualTo("Lakeshore Ledger");
    }
}
