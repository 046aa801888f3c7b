package org.factdesk.read.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageChromeTest {
    @ParameterizedTest
    @ValueSource(strings = {"Share", "Share on Facebook", "Facebook Twitter WhatsApp Email", "Copy link",
            "Share this article", "Skip to main content", "Home > News > Fact check", "Home | News | Showbiz | Sport",
            "RELATED: Viral photo of foam is from 2017", "Read more: How we check photos", "ALSO READ: Other story",
            "Sign up for our newsletter", "Get the day's top stories delivered to your inbox every morning with our newsletter.",
            "Support our journalism", "Republish our content for free", "Leave a comment", "Comments (23)",
            "© 2023 FactLens. All rights reserved.", "Privacy Policy", "We use cookies to improve your experience.",
            "Photo: Jane Doe/Harbour Gazette", "(Getty Images)", "Advertisement", "Story continues below advertisement",
            "Tags: buses, transport, council", "#UFO #Elstad #factcheck", "5 min read", "3 hours ago", "1/5", "57",
            "https://www.example.org/a/b", "harbourgazette.example", "Listen to this article",
            "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
            "Reach Jane Doe at jdoe@pinewoodherald.example.", "Media playback is unsupported on your device",
            "Your browser does not support the video tag.", "Video Ad Feedback", "01:12 - Source: CNN", "9m ago",
            "1h ago", "11.33 GMT", "Updated at 10.52 GMT", "Key events", "Please turn on JavaScript to use this feature",
            "2h ·", "Page 4", "Page 2 of 9", "\uD83D\uDC4D\u2764\uFE0F\uD83D\uDE2E 2.3K", "Most relevant"})
    void tellsPageChromeByWhatItSays(String line) {
        assertThat(PageChrome.isChromeLine(line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The ministry said 4,000 homes lost power on Tuesday.",
            "Share prices in Varn fell by 3% after the announcement, the exchange said.",
            "Our verdict", "Fake: \"Rural patients can drive to the city.\"", "FACT CHECK: Did the mayor ban cars?",
            "Support for the plan fell to 41% in the latest poll.", "More than 500 people were evacuated.",
            "Comments from the ministry followed on Friday.", "Photos of the flood were shared 9,000 times.",
            "Copyright infringement claims rose 20% last year.", "Back to school costs rose 5% this autumn.",
            "Posted in 2019, the video was edited before it spread.", "(Reuters) - The ministry said it would cut rates.",
            "Support the troops rallies drew 5,000 people.", "The newsletter, sent to 40,000 residents, made the claim.",
            "Advertisement spending rose 4% in 2023.", "Media playback of the hearing was cut off by the network.",
            "At 11.33 GMT the ministry said 40 people were missing.", "Key events of the war so far were listed.",
            "Page 4 of the report says spending rose 40%.", "5m people watched the final."})
    void keepsArticleText(String line) {
        assertThat(PageChrome.isChromeLine(line)).as(line).isFalse();
    }

    @Test
    void cutsAPromoGluedToASentenceButNotAWordInsideOne() {
        assertThat(PageChrome.withoutGluedPromo("The water met every standard. RELATED: Viral photo of foam is from 2017"))
                .isEqualTo("The water met every standard.");
        assertThat(PageChrome.withoutGluedPromo("He said “no.” Read more: how we check"))
                .isEqualTo("He said “no.”");
        assertThat(PageChrome.withoutGluedPromo("RELATED: Another headline")).isEmpty();
        assertThat(PageChrome.withoutGluedPromo("The related: clause stays because no sentence ended before it"))
                .isEqualTo("The related: clause stays because no sentence ended before it");
    }

    @Test
    void cutsCreditsOffCaptionsAndDropsCaptionsThatAreOnlyCredits() {
        assertThat(PageChrome.withoutCredit("Protesters outside parliament. (Getty Images)")).isEqualTo("Protesters outside parliament.");
        assertThat(PageChrome.withoutCredit("Protesters outside parliament. Photo: Jane Doe/Harbour Gazette"))
                .isEqualTo("Protesters outside parliament.");
        assertThat(PageChrome.withoutCredit("The runway in 2019 | AFP via Getty Images")).isEqualTo("The runway in 2019");
        assertThat(PageChrome.withoutCredit("The ferry leaves port. Jane Doe/Reuters")).isEqualTo("The ferry leaves port.");
        assertThat(PageChrome.withoutCredit("Photo: Jane Doe/Harbour Gazette")).isEmpty();
        assertThat(PageChrome.withoutCredit("Flooded streets in Varn (2019)")).isEqualTo("Flooded streets in Varn (2019)");
    }

    @Test
    void namesFactCheckLabelsSoThatTheyAreNotTakenForSpeakers() {
        assertThat(PageChrome.leadingLabel("Fake: A photo shows empty shelves.")).isEqualTo("Fake");
        assertThat(PageChrome.leadingLabel("DISINFO: The quote was never said.")).isEqualTo("DISINFO");
        assertThat(PageChrome.leadingLabel("FACT CHECK: Did the mayor say it?")).isEqualTo("FACT CHECK");
        assertThat(PageChrome.leadingLabel("Our rating: False")).isEqualTo("Our rating");
        assertThat(PageChrome.leadingLabel("Lund: \"Transport will be provided.\"")).isEmpty();
    }

    @Test
    void cleanDropsRelatedListsBoxesAndEverythingAfterTheComments() {
        List<Block> blocks = List.of(
                Block.paragraph("The council said on Thursday that it would pay for the evening services."),
                new Block(Block.Kind.HEADING, "Related articles"),
                new Block(Block.Kind.LIST_ITEM, "Storm warning for the east coast"),
                new Block(Block.Kind.LIST_ITEM, "Harbour festival dates announced"),
                Block.paragraph("The forum posts came from a misreading of the consultation, which closed in January."),
                new Block(Block.Kind.HEADING, "Support our journalism"),
                Block.paragraph("Our reporting is paid for by readers like you. Become a member today."),
                Block.paragraph("Donate"),
                Block.paragraph("Route 7 runs every 20 minutes until 8pm."),
                new Block(Block.Kind.HEADING, "Comments"),
                Block.paragraph("I take this bus every day and it is always late, which nobody ever reports."),
                Block.paragraph("© 2024 Millbrook Courier"));
        assertThat(PageChrome.clean(blocks)).extracting(Block::text).containsExactly(
                "The council said on Thursday that it would pay for the evening services.",
                "The forum posts came from a misreading of the consultation, which closed in January.",
                "Route 7 runs every 20 minutes until 8pm.");
    }

    @Test
    void aTableRowIsNeverTakenForAMenu() {
        assertThat(PageChrome.isChrome(new Block(Block.Kind.TABLE, "Detail | Real bridge | Video"))).isFalse();
        assertThat(PageChrome.isChrome(new Block(Block.Kind.CAPTION, "(Getty Images)"))).isTrue();
    }
}
