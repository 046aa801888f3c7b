package org.factdesk.read.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.factdesk.read.page.Block;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class MainContentTest {
    private static final String PARAGRAPH = "<p>The council voted on Tuesday, after a long debate, to approve a budget of "
            + "4.2 million dollars for the new school, which opens next year.</p>";

    private static List<Block> blocks(String html) {
        return MainContent.blocks(Jsoup.parse(html));
    }

    private static String text(List<Block> blocks) {
        StringBuilder b = new StringBuilder();
        for (Block block : blocks) {
            b.append(block.text()).append("\n\n");
        }
        return b.toString();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = MainContentTest.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String page(String body) {
        return "<html><head><title>A page</title></head><body>" + body + "</body></html>";
    }

    @Test
    void readsTheArticleAndLeavesThePageChromeAroundAndInsideItOut() throws IOException {
        String text = text(blocks(fixture("news-article.html")));

        assertThat(text).contains("The toll on the harbour bridge will rise from 2.50 to 3.50 dollars in January")
                .contains("Drivers with a resident's pass will pay the old rate until the end of March.")
                .contains("Local businesses, represented by the chamber of commerce");
        assertThat(text).doesNotContain("cookies", "Accept all", "Sport", "Weather", "Facebook", "sharer",
                "Advertisement", "Ferry fares frozen", "RELATED", "newsletter", "Subscribe", "covers transport",
                "tolls", "More stories", "cycle lanes", "daylight robbery", "Most read", "Support local journalism",
                "All rights reserved", "Privacy");
    }

    @Test
    void aBoldLabelThatOpensABlockStandsOnItsOwnLine() {
        String body = "<article>" + PARAGRAPH + PARAGRAPH
                + "<blockquote><strong>Summary</strong> Studies show that fasting may be associated with cravings.</blockquote>"
                + "<p><b>Key takeaway</b> Regular meals reduce the risk of overeating, the review found.</p>"
                + "<p><strong>Ana Ruiz</strong> said the clinic would open 40 more beds in March.</p>"
                + "<p><strong>Note:</strong> The figures were revised on Monday.</p>" + PARAGRAPH + "</article>";
        String text = text(blocks(page(body)));

        assertThat(text).contains("Summary\nStudies show that fasting").contains("Key takeaway\nRegular meals")
                .contains("Ana Ruiz said the clinic").contains("Note: The figures were revised");
    }

    @Test
    void aVideoTeasersLabelsAndAnAdsFeedbackButtonAreLeftOut() throws IOException {
        String text = text(blocks(fixture("video-teaser-article.html")));

        assertThat(text).contains("At least 120 structures have been destroyed.")
                .contains("Governor Dana Whitlow declared a state of emergency on Friday.")
                .doesNotContain("Ad Feedback").doesNotContain("Source: CNN").doesNotContain("Related article");
    }

    @Test
    void aSponsorsLabelAndTheSkipAdvertisementLinkAreLeftOut() throws IOException {
        String text = text(blocks(fixture("print-edition-note-article.html")));

        assertThat(text).contains("The budget passed 38 to 11.").doesNotContain("Supported by")
                .doesNotContain("SKIP ADVERTISEMENT");
    }

    @Test
    void theScreenReadersCaptionLabelIsLeftOffTheCaption() throws IOException {
        List<Block> blocks = blocks(fixture("screen-reader-caption-article.html"));

        assertThat(blocks).contains(new Block(Block.Kind.CAPTION, "Nurses at Veldan General, which has 1,200 beds"));
        assertThat(text(blocks)).doesNotContain("Image caption").doesNotContain("Related Topics")
                .contains("About 4,700 patients have waited more than two years.");
    }

    @Test
    void theHeadlineBylineAndDatelineAreMetadataNotBody() throws IOException {
        String text = text(blocks(fixture("news-article.html")));

        assertThat(text).doesNotContain("Harbour bridge toll to rise by 40 percent, council says", "By Jane Roe",
                "Transport Reporter", "10:16 AM");
    }

    @Test
    void headingsListsTablesQuotesAndCaptionsKeepTheirKind() throws IOException {
        List<Block> blocks = blocks(fixture("news-article.html"));

        assertThat(blocks).contains(new Block(Block.Kind.HEADING, "How the vote went"),
                new Block(Block.Kind.LIST_ITEM, "27 councillors voted for the rise"),
                new Block(Block.Kind.LIST_ITEM, "three abstained"),
                new Block(Block.Kind.TABLE, "Vehicle | Toll now | Toll from January"),
                new Block(Block.Kind.TABLE, "Car | 2.50 | 3.50"),
                new Block(Block.Kind.TABLE, "Lorry | 9.00 | 12.60"),
                new Block(Block.Kind.QUOTE,
                        "A 40 percent rise in one step is a tax on people who have no other way to get to work."),
                new Block(Block.Kind.CAPTION, "Traffic queues on the harbour bridge on Monday evening."));
    }

    @Test
    void imageCreditsAreDroppedAndTheCaptionsKept() {
        List<Block> blocks = blocks(page("<article>" + PARAGRAPH.repeat(4)
                + "<figure><img src='a.jpg'><figcaption>Protesters gather outside parliament on Friday. "
                + "(Photo: Jane Roe/AP)</figcaption></figure>"
                + "<div class='wp-caption'><img src='b.jpg'><p class='wp-caption-text'>The viral image shows a flooded "
                + "airport, but it was taken in 2012.</p></div>"
                + "<p>Getty Images</p><p>Photo: Reuters</p><p>Image credit: NASA/JPL</p>" + PARAGRAPH + "</article>"));

        assertThat(blocks).contains(new Block(Block.Kind.CAPTION, "Protesters gather outside parliament on Friday."),
                new Block(Block.Kind.CAPTION, "The viral image shows a flooded airport, but it was taken in 2012."));
        assertThat(text(blocks)).doesNotContain("Getty", "Reuters", "NASA", "Jane Roe");
    }

    @Test
    void aVideoPlayersPlaceholderTextIsNotTheArticle() {
        List<Block> blocks = blocks(page("<article><figure class='media-with-caption'><div class='player-with-placeholder'>"
                + "<img src='a.jpg'><div class='player-with-placeholder__caption'>Media playback is unsupported on your"
                + " device</div></div></figure><video><p>Your browser does not support the video tag.</p></video>"
                + PARAGRAPH.repeat(4) + "</article>"));

        assertThat(text(blocks)).doesNotContain("Media playback", "does not support").contains("The council voted");
    }

    @Test
    void aChartsLabelsAreNotText() {
        List<Block> blocks = blocks(page("<article>" + PARAGRAPH.repeat(2) + "<div class='ai2html ai2html-box-v5'>"
                + "<div class='g-aiAbs g-aiPointText'><p>$915</p></div><div class='g-aiAbs'><p>billion</p></div>"
                + "<div class='g-aiAbs'><p>Interest payments on the national debt</p></div><div><p>’18</p></div></div>"
                + PARAGRAPH.repeat(2) + "</article>"));

        assertThat(text(blocks)).doesNotContain("$915", "billion", "’18", "Interest payments").contains("The council voted");
    }

    @Test
    void aSyndicationCreditIsNotText() {
        List<Block> blocks = blocks(page("<article>" + PARAGRAPH.repeat(4) + "<p>Via SyndiGate.info</p></article>"));

        assertThat(text(blocks)).doesNotContain("SyndiGate").contains("The council voted");
    }

    @Test
    void aLinkToTheCommentsBetweenStoriesIsNotText() {
        List<Block> blocks = blocks(page("<article>" + PARAGRAPH.repeat(2)
                + "<p><a href='/Articles/1/#Comments'>Comments (5 posted)</a></p>" + PARAGRAPH.repeat(2)
                + "<p>Readers can see <a href='/c'>Comments (5 posted)</a> below the story about the vote.</p></article>"));

        assertThat(text(blocks)).doesNotContain("\n\nComments (5 posted)").contains("The council voted")
                .contains("Readers can see Comments (5 posted) below the story");
    }

    @Test
    void imageDataNeverBecomesText() {
        String base64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg"
                .repeat(8);
        List<Block> blocks = blocks(page("<article>" + PARAGRAPH.repeat(3)
                + "<p><img src='data:image/png;base64," + base64 + "'>The chart data:image/png;base64," + base64
                + " shows the rise since 2010.</p></article>"));

        assertThat(text(blocks)).doesNotContain("base64", "iVBOR").contains("The chart").contains("shows the rise since 2010.");
        assertThat(text(blocks(page("<article>" + PARAGRAPH.repeat(3) + "<p>A pixel: "
                + "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7</p></article>"))))
                .contains("A pixel:").doesNotContain("R0lGOD");
    }

    @Test
    void whiteSpaceIsCollapsedAndLineBreaksKept() {
        List<Block> blocks = blocks(page("<article>" + PARAGRAPH.repeat(3)
                + "<p>First \t  line,\n   still the first<br>second line</p>"
                + "<div>One paragraph of loose text that is long enough to count.<br><br>"
                + "Another paragraph after a blank line.</div></article>"));

        assertThat(blocks).contains(Block.paragraph("First line, still the first\nsecond line"),
                Block.paragraph("One paragraph of loose text that is long enough to count."),
                Block.paragraph("Another paragraph after a blank line."));
    }

    @Test
    void preformattedTextKeepsItsLinesAndIndents() {
        List<Block> blocks = blocks(page("<article>" + PARAGRAPH.repeat(3)
                + "<pre>\nif (x) {\n    return 1;\n}\n</pre></article>"));

        assertThat(blocks).contains(new Block(Block.Kind.PREFORMATTED, "if (x) {\n    return 1;\n}"));
    }

    @Test
    void aLayoutTableIsReadAsTheParagraphsInItsCells() {
        List<Block> blocks = blocks(page("<table width='100%'><tr><td class='menu'><a href='/'>Home</a><br>"
                + "<a href='/a'>Archive</a></td><td>" + PARAGRAPH.repeat(2) + "<p>The new school will have 600 places, "
                + "the council said, and a sports hall open to the public.</p></td></tr></table>"));

        assertThat(blocks).isNotEmpty().allMatch(b -> b.is(Block.Kind.PARAGRAPH));
        assertThat(text(blocks)).contains("600 places").doesNotContain("Archive", " | ");
    }

    @Test
    void anArticleSplitIntoPartsBetweenAdsIsReadWhole() {
        String part = "<div class='grid'><div class='article-body'>%s</div><div class='ad-rail'><a href='/x'>Buy now</a></div></div>";
        String first = PARAGRAPH.repeat(6);
        String second = "<p>In the second part, the mayor said the school would be finished by the autumn, "
                + "weather permitting, and that the contract had been signed.</p>".repeat(2);
        List<Block> blocks = blocks(page("<article><div class='chunks'>" + part.formatted(first)
                + "<div class='ad'>Advertisement</div>" + part.formatted(second) + "</div></article>"));

        assertThat(text(blocks)).contains("the contract had been signed").contains("4.2 million").doesNotContain("Buy now");
    }

    @Test
    void aPageWrappedInOneFormIsStillRead() {
        List<Block> blocks = blocks(page("<form id='aspnetForm' action='/page.aspx'><input type='hidden' name='v'>"
                + "<div class='wrapper'><div class='article'>" + PARAGRAPH.repeat(5) + "</div></div></form>"));

        assertThat(text(blocks)).contains("4.2 million dollars");
    }

    @Test
    void aShortArticleWinsOverALongerFooterNamedForChrome() {
        String article = "<p>The son of a former president was stabbed to death on Tuesday evening, while another man "
                + "was injured trying to stop the attacker, police said.</p><p>The attack happened during a talk he gave "
                + "at a clinic in the city, where he worked as a chief physician.</p>";
        String footer = "<p>Our customer service centre can be contacted with any questions or requests, by telephone, "
                + "fax or e-mail, on Sundays through Thursdays between 07:00 and 14:00, and on Fridays for delivery "
                + "requests only between 07:00 and 13:00, for international customers as well.</p>";
        List<Block> blocks = blocks(page("<div class='one-row'><div class='left-side'><div class='article-inner-content' "
                + "itemprop='articleBody'>" + article + "</div></div><div class='right-side'><a href='/x'>Latest</a></div>"
                + "</div><div class='footer-wrap'>" + footer.repeat(2) + "</div>"));

        assertThat(text(blocks)).contains("stabbed to death").doesNotContain("customer service");
    }

    @Test
    void anEmbeddedPostIsQuotedContentNotSocialChrome() {
        List<Block> blocks = blocks(page("<article>" + PARAGRAPH.repeat(4)
                + "<div class='social-media-embed'><blockquote class='twitter-tweet'><p>Yes, this is real: the state "
                + "spent half a million dollars on the campaign.</p>— Jane Roe (@janeroe) <a href='https://t.co/x'>"
                + "November 18, 2019</a></blockquote></div>" + PARAGRAPH + "</article>"));

        assertThat(text(blocks)).contains("the state spent half a million dollars on the campaign");
    }

    @Test
    void aFactChecksClaimAndRatingAreReadEvenInBoxesNamedLikeCards() {
        List<Block> blocks = blocks(page("<article class='fact_check'><div class='claim-wrapper card'><h3>Claim</h3>"
                + "<div class='claim'><p>The ambassador has a net worth of 17 million dollars.</p></div></div>"
                + "<div class='rating-wrapper card'><div class='media rating'><h5>Unproven</h5>"
                + "<a href='/ratings'>About this rating</a></div></div>" + PARAGRAPH.repeat(4) + "</article>"));

        assertThat(text(blocks)).contains("has a net worth of 17 million dollars").contains("Unproven");
    }

    @Test
    void promoBoxesAndCallsToActionInsideTheArticleAreLeftOut() {
        List<Block> blocks = blocks(page("<article>" + PARAGRAPH.repeat(4)
                + "<p>SEE MORE: <a href='/other'>Council approves new cycle lanes on the ring road</a></p>"
                + "<p>Follow us on Twitter @courier and on Facebook.</p>"
                + "<div class='heading-h3'>More Great Stories</div><ul><li>The strange life of a "
                + "<a href='/1'>virtuoso coder</a></li><li><a href='/2'>How a city lost its trams</a></li></ul>"
                + "</article>"));

        assertThat(text(blocks)).contains("4.2 million").doesNotContain("cycle lanes", "Follow us", "More Great",
                "virtuoso", "trams");
    }

    @Test
    void hiddenElementsAreNotRead() {
        List<Block> blocks = blocks(page("<article>" + PARAGRAPH.repeat(4)
                + "<p style='display: none'>Text only a script would show, never the reader.</p>"
                + "<div hidden><p>A hidden panel of text that is not part of the article.</p></div></article>"));

        assertThat(text(blocks)).contains("4.2 million").doesNotContain("never the reader", "hidden panel");
    }

    @Test
    void theBodyStatedInJsonLdIsReadWhenTheMarkupHasNoneEvenWithRawLineBreaks() {
        String html = "<html><head><script type='application/ld+json'>{\"@context\":\"https://schema.org\","
                + "\"@type\":\"NewsArticle\",\"headline\":\"School budget\",\"articleBody\":\"The council approved the "
                + "budget on Tuesday.\nThe school opens next year, the mayor said, with 600 places.\"}</script></head>"
                + "<body><div id='app'></div><script>render()</script></body></html>";

        assertThat(blocks(html)).containsExactly(Block.paragraph("The council approved the budget on Tuesday."),
                Block.paragraph("The school opens next year, the mayor said, with 600 places."));
    }

    @Test
    void brokenJsonLdIsIgnored() {
        String html = "<html><head><script type='application/ld+json'>{\"articleBody\": \"unterminated</script></head>"
                + "<body><article>" + PARAGRAPH.repeat(4) + "</article></body></html>";

        assertThat(text(blocks(html))).contains("4.2 million");
    }

    @Test
    void aPageOfOnlyScriptsGivesNoBlocks() {
        StringBuilder html = new StringBuilder("<html><body>");
        for (int i = 0; i < 2000; i++) {
            html.append("<script>var x").append(i).append(" = '").append("a".repeat(1000)).append("';</script>");
        }

        assertThat(blocks(html.toString())).isEmpty();
    }

    @Test
    void tenThousandNestedElementsDoNotOverflowTheStack() {
        for (String open : List.of("<div>", "<span><b>", "<table><tr><td>", "<ul><li>", "<blockquote>")) {
            String html = "<html><body>" + open.repeat(10_000) + PARAGRAPH + "</body></html>";

            assertThat(text(blocks(html))).as(open).contains("4.2 million dollars");
        }
    }

    @Test
    void hugeInputsAreReadInLinearTime() {
        StringBuilder big = new StringBuilder("<html><body><nav><a href='/'>Home</a></nav><article>");
        // Sections the size of a short article's, so that the page has the shape (not only the bytes) of a real one.
        String section = "<div class='part'>" + PARAGRAPH.repeat(12) + "<ul><li><a href='/a'>A link</a></li></ul>"
                + "<table><tr><th>Year</th><th>Pupils</th></tr><tr><td>2023</td><td>450</td></tr></table></div>";
        while (big.length() < 20_000_000) {
            big.append(section);
        }
        String twentyMegabytes = big.append("</article></body></html>").toString();
        String oneParagraph = "<p>" + "word, and ".repeat(200_000) + "</p>";
        String spacesInPre = "<pre>" + " ".repeat(2_000_000) + "x</pre>";
        String lineBreaks = "<p>start" + "<br>".repeat(200_000) + "end</p>";
        String longToken = "<p>" + "A".repeat(2_000_000) + "</p>";

        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            assertThat(MainContent.chars(blocks(twentyMegabytes))).isGreaterThan(1_000_000);
            assertThat(text(blocks(oneParagraph))).startsWith("word, and word");
            assertThat(text(blocks(spacesInPre))).contains("x");
            assertThat(text(blocks(lineBreaks))).contains("start").contains("end");
            assertThat(blocks(longToken)).isNotNull();
        });
    }

    @Test
    void readingTheSamePageTwiceGivesTheSameBlocks() throws IOException {
        String html = fixture("news-article.html");

        assertThat(blocks(html)).isEqualTo(blocks(html));
    }
}
