package org.factdesk.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import org.factdesk.read.page.Dates;
import org.factdesk.read.page.PageMetadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {

    private static PageMetadata read(String html) {
        return HtmlMetadata.of(Jsoup.parse(html));
    }

    private static String page(String head, String body) {
        return "<!doctype html><html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    private static String ld(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    // --- JSON-LD ---

    @Test
    void newsArticleInJsonLdGivesHeadlineAuthorOutletDatesUrlAndLanguage() {
        PageMetadata m = read(page("<title>Something else | Site</title>" + ld("""
                {"@context": "https://schema.org", "@type": "NewsArticle",
                 "headline": "Council votes to close the old bridge",
                 "author": {"@type": "Person", "name": "Jane Doe"},
                 "publisher": {"@type": "Organization", "name": "The Valley Herald"},
                 "datePublished": "2024-03-05T22:30:00-08:00", "dateModified": "2024-03-07T09:00:00Z",
                 "mainEntityOfPage": {"@type": "WebPage", "@id": "https://herald.example/bridge"},
                 "inLanguage": "en-US"}"""), "<p>Text.</p>"));

        assertThat(m.title()).isEqualTo("Council votes to close the old bridge");
        assertThat(m.byline()).isEqualTo("Jane Doe");
        assertThat(m.siteName()).isEqualTo("The Valley Herald");
        assertThat(m.published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(m.updated()).isEqualTo(LocalDate.of(2024, 3, 7));
        assertThat(m.url()).isEqualTo("https://herald.example/bridge");
        assertThat(m.language()).isEqualTo("en-US");
    }

    @Test
    void aSectionAfterTheHeadlineInTheTitleIsLeftOffWhenThePagesOneHeadingEndsBeforeIt() {
        String headline = "Veldan to ban new petrol cars from 2030, minister confirms";
        PageMetadata m = read(page("<title>" + headline + " | Transport | The Guardian</title>",
                "<h1>" + headline + "</h1><p>Veldan will ban the sale of new petrol cars from 2030.</p>"));
        assertThat(m.title()).isEqualTo(headline);

        // a heading that is not the title's start changes nothing
        PageMetadata other = read(page("<title>Floods reach the valley | Weather | Herald</title>",
                "<h1>Weather warnings for the weekend</h1>"));
        assertThat(other.title()).isEqualTo("Floods reach the valley | Weather");
    }

    @Test
    void aDefinitionListsPublishedDateIsThePagesDate() {
        PageMetadata m = read(page("<title>Record 2.1 million apprenticeships started since 2015 - GOV.VL</title>",
                "<h1>Record 2.1 million apprenticeships started since 2015</h1><dl><dt>From:</dt><dd>Department for"
                        + " Education</dd><dt>Published</dt><dd>5 March 2024</dd></dl><p>More than 2.1 million"
                        + " apprenticeships have started since 2015, the department said.</p>"));
        assertThat(m.published()).isEqualTo(java.time.LocalDate.of(2024, 3, 5));
    }

    @Test
    void theArticleIsFoundInAGraphAmongTheSiteAndPageNodes() {
        PageMetadata m = read(page(ld("""
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Herald", "url": "https://herald.example/"},
                  {"@type": "WebPage", "name": "Page name | Herald", "datePublished": "2020-01-01"},
                  {"@type": "ReportageNewsArticle", "headline": "Floods reach the valley",
                   "datePublished": "2024-06-01", "author": [{"@type": "Person", "name": "A. Writer"}]}]}"""),
                ""));

        assertThat(m.title()).isEqualTo("Floods reach the valley");
        assertThat(m.byline()).isEqualTo("A. Writer");
        assertThat(m.published()).isEqualTo(LocalDate.of(2024, 6, 1));
    }

    @Test
    void aTopLevelArrayAndATypeListAreReadLikeASingleNode() {
        PageMetadata m = read(page(ld("""
                [{"@context": "http://schema.org", "@type": "BreadcrumbList", "itemListElement": []},
                 {"@context": "http://schema.org/", "@type": ["BlogPosting", "Thing"], "name": "Notes from the field",
                  "datePublished": "2019-09-09"}]"""), ""));

        assertThat(m.title()).isEqualTo("Notes from the field");
        assertThat(m.published()).isEqualTo(LocalDate.of(2019, 9, 9));
    }

    @Test
    void severalAuthorObjectsAreJoinedWithCommas() {
        PageMetadata m = read(page(ld("""
                {"@context": "https://schema.org", "@type": "Article", "headline": "H",
                 "author": [{"@type": "Person", "name": "Ann Lee "}, {"@type": "Person", "name": "Bo Chan"},
                            {"@type": "Person"}]}"""), ""));

        assertThat(m.byline()).isEqualTo("Ann Lee, Bo Chan");
    }

    @Test
    void aPlainStringAuthorCountsOnlyWhenTheMetaTagsNameNobody() {
        String json = ld("""
                {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H",
                 "author": ["Ann Lee", "Bo Chan"]}""");

        assertThat(read(page(json, "")).byline()).isEqualTo("Ann Lee, Bo Chan");
        assertThat(read(page(json + "<meta name=\"author\" content=\"Desk Editor\">", "")).byline())
                .isEqualTo("Desk Editor");
    }

    @Test
    void ofNameAndHeadlineTheOneThatResemblesThePageTitleIsTheTitle() {
        PageMetadata m = read(page("<title>Storm closes every school in the county - Daily</title>" + ld("""
                {"@context": "https://schema.org", "@type": "NewsArticle", "name": "Daily Newspaper Online",
                 "headline": "Storm closes every school in the county"}"""), ""));

        assertThat(m.title()).isEqualTo("Storm closes every school in the county");
    }

    @Test
    void aWebPageNodeIsUsedOnlyWhereTheMetaTagsSayNothing() {
        String json = ld("""
                {"@context": "https://schema.org", "@type": "WebPage", "name": "Page name",
                 "datePublished": "2021-02-03", "publisher": {"name": "Page Publisher"}}""");

        PageMetadata bare = read(page(json, ""));
        assertThat(bare.siteName()).isEqualTo("Page Publisher");
        assertThat(bare.published()).isEqualTo(LocalDate.of(2021, 2, 3));

        PageMetadata withMeta = read(page(json + "<meta property=\"og:site_name\" content=\"OG Site\">"
                + "<meta property=\"article:published_time\" content=\"2021-02-01\">", ""));
        assertThat(withMeta.siteName()).isEqualTo("OG Site");
        assertThat(withMeta.published()).isEqualTo(LocalDate.of(2021, 2, 1));
    }

    @Test
    void aClaimReviewGivesTheFactCheckDateAndItsAuthorIsTheOutlet() {
        PageMetadata m = read(page(ld("""
                {"@context": "http://schema.org", "@type": "WebPage", "name": "Did the mayor sell the bridge?"}""")
                + ld("""
                {"@context": "http://schema.org", "@type": "ClaimReview", "datePublished": "2019-11-18T10:15:00+00:00",
                 "author": {"@type": "Organization", "name": "Checkers"}, "claimReviewed": "The mayor sold it",
                 "reviewRating": {"@type": "Rating", "alternateName": "False"}}"""), "<h1>Did the mayor sell the bridge?</h1>"));

        assertThat(m.title()).isEqualTo("Did the mayor sell the bridge?");
        assertThat(m.published()).isEqualTo(LocalDate.of(2019, 11, 18));
        assertThat(m.siteName()).isEqualTo("Checkers");
        assertThat(m.byline()).isEmpty();
    }

    @Test
    void brokenOrForeignJsonLdIsSkippedAndTheRestOfThePageIsStillRead() {
        PageMetadata m = read(page(
                ld("{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": ")
                        + ld("")
                        + ld("<![CDATA[ not json ]]>")
                        + ld("{\"@context\": \"https://example.org/vocab\", \"@type\": \"NewsArticle\", \"headline\": \"X\"}")
                        + ld("[1, 2, \"three\", null]")
                        + ld("[".repeat(5_000) + "]".repeat(5_000))
                        + ld("{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": 42,"
                                + " \"author\": {\"name\": {\"first\": \"x\"}}, \"datePublished\": \"not a date\"}")
                        + "<meta property=\"og:title\" content=\"The real headline\">"
                        + "<meta property=\"article:published_time\" content=\"2022-10-10T10:00:00Z\">",
                "<p>Body.</p>"));

        assertThat(m.title()).isEqualTo("The real headline");
        assertThat(m.published()).isEqualTo(LocalDate.of(2022, 10, 10));
    }

    @Test
    void jsonLdWithRawLineBreaksInStringsAndATrailingCommaIsStillRead() {
        PageMetadata m = read(page(ld("{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\","
                + " \"headline\": \"Two\nlines\", \"datePublished\": \"2023-01-02\",}"), ""));

        assertThat(m.title()).isEqualTo("Two lines");
        assertThat(m.published()).isEqualTo(LocalDate.of(2023, 1, 2));
    }

    @Test
    void aFiveMegabyteJsonLdBlockIsReadQuickly() {
        StringBuilder big = new StringBuilder("{\"@context\": \"https://schema.org\", \"@graph\": [");
        while (big.length() < 5_000_000) {
            big.append("{\"@type\": \"ImageObject\", \"name\": \"photo of the river at dawn, number ")
                    .append(big.length()).append("\", \"url\": \"https://img.example/p.jpg\"},");
        }
        big.append("{\"@type\": \"NewsArticle\", \"headline\": \"Found at the end\", \"datePublished\": \"2020-05-05\"}]}");
        String html = page(ld(big.toString()), "<p>x</p>");

        PageMetadata m = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(html));

        assertThat(m.title()).isEqualTo("Found at the end");
        assertThat(m.published()).isEqualTo(LocalDate.of(2020, 5, 5));
    }

    // --- <meta> tags ---

    @Test
    void openGraphGivesTitleSiteUrlAndLocale() {
        PageMetadata m = read(page("<title>Ignored title | Site</title>"
                + "<meta property=\"og:title\" content=\"Bridge to close in May\">"
                + "<meta property=\"og:site_name\" content=\"Valley Herald\">"
                + "<meta property=\"og:url\" content=\"https://herald.example/a\">"
                + "<meta property=\"og:locale\" content=\"fr_FR\">", ""));

        assertThat(m.title()).isEqualTo("Bridge to close in May");
        assertThat(m.siteName()).isEqualTo("Valley Herald");
        assertThat(m.url()).isEqualTo("https://herald.example/a");
        assertThat(m.language()).isEqualTo("fr-FR");
    }

    @Test
    void dublinCoreComesBeforeOpenGraphAndALaterTagOverridesAnEarlierOne() {
        PageMetadata m = read(page("<meta property=\"og:title\" content=\"OG title\">"
                + "<meta name=\"DC.title\" content=\"First DC title\">"
                + "<meta name=\"dc.title\" content=\"Last DC title\">"
                + "<meta name=\"author\" content=\"Meta Author\">"
                + "<meta name=\"DC.creator\" content=\"DC Creator\">", ""));

        assertThat(m.title()).isEqualTo("Last DC title");
        assertThat(m.byline()).isEqualTo("DC Creator");
    }

    @Test
    void aPropertyListingSeveralKeysCountsForItsFirst() {
        PageMetadata m = read(page("<meta property=\"dc:creator twitter:site_name\" content=\"Creator Name\">"
                + "<meta name=\"author\" content=\"Other\">", ""));

        assertThat(m.byline()).isEqualTo("Creator Name");
        assertThat(m.siteName()).isEmpty();
    }

    @Test
    void articleAuthorIsABylineOnlyWhenItIsNotAProfileLink() {
        assertThat(read(page("<meta property=\"article:author\" content=\"https://facebook.com/jdoe\">", ""))
                .byline()).isEmpty();
        assertThat(read(page("<meta property=\"article:author\" content=\"Laura June\">", "")).byline())
                .isEqualTo("Laura June");
    }

    @Test
    void parselyTagsGiveAuthorTitleAndDate() {
        PageMetadata m = read(page("<meta name=\"parsely-title\" content=\"Parsely headline\">"
                + "<meta name=\"parsely-author\" content=\"Pat Parse\">"
                + "<meta name=\"parsely-pub-date\" content=\"2016-07-29T16:42:34-04:00\">", ""));

        assertThat(m.title()).isEqualTo("Parsely headline");
        assertThat(m.byline()).isEqualTo("Pat Parse");
        assertThat(m.published()).isEqualTo(LocalDate.of(2016, 7, 29));
    }

    @Test
    void citationTagsOfAScholarlyPageGiveAuthorsJournalAndDate() {
        PageMetadata m = read(page("<meta name=\"citation_title\" content=\"On rivers\">"
                + "<meta name=\"citation_author\" content=\"Lee, Ann\">"
                + "<meta name=\"citation_author\" content=\"Chan, Bo\">"
                + "<meta name=\"citation_journal_title\" content=\"Journal of Water\">"
                + "<meta name=\"citation_publication_date\" content=\"2015/03/25\">", "<h1>On rivers</h1>"));

        assertThat(m.title()).isEqualTo("On rivers");
        assertThat(m.byline()).isEqualTo("Lee, Ann, Chan, Bo");
        assertThat(m.siteName()).isEqualTo("Journal of Water");
        assertThat(m.published()).isEqualTo(LocalDate.of(2015, 3, 25));
    }

    @Test
    void sailthruAndDublinCoreTermsFillWhatTheCommonTagsLeaveOpen() {
        PageMetadata m = read(page("<meta name=\"sailthru.author\" content=\"By Sam Thru\">"
                + "<meta name=\"sailthru.date\" content=\"Fri Mar 13 21:30:09 EST 2015\">"
                + "<meta name=\"dcterms.modified\" content=\"2015-03-20\">", ""));

        assertThat(m.byline()).isEqualTo("Sam Thru");
        assertThat(m.published()).isEqualTo(LocalDate.of(2015, 3, 13));
        assertThat(m.updated()).isEqualTo(LocalDate.of(2015, 3, 20));
    }

    @Test
    void entitiesEscapedTwiceInMetadataAreResolved() {
        PageMetadata m = read(page("<meta property=\"og:title\" content=\"Fish &amp;amp; chips &amp;#x1F41F; &amp;quot;x&amp;quot; &amp;#0;\">", ""));

        assertThat(m.title()).isEqualTo("Fish & chips \uD83D\uDC1F \"x\" \uFFFD");
    }

    // --- the page itself: byline element, microdata, <time>, language ---

    @Test
    void aBylineElementIsReadAsThePageWritesIt() {
        PageMetadata m = read(page("<title>T</title>", "<article><h1>Headline</h1>"
                + "<div class=\"byline\">By <a href=\"/jane\">Jane Doe</a></div><p>Body text.</p></article>"));

        assertThat(m.byline()).isEqualTo("By Jane Doe");
    }

    @Test
    void microdataNameInsideTheBylineIsTheByline() {
        PageMetadata m = read(page("", "<p class=\"byline\" itemprop=\"author\">"
                + "<a rel=\"author\" href=\"/a\"><span itemprop=\"name\">Dan Goodin</span></a> - "
                + "<time itemprop=\"datePublished\" datetime=\"2015-04-16T20:02:01+00:00\">Apr 16, 2015</time></p>"));

        assertThat(m.byline()).isEqualTo("Dan Goodin");
        assertThat(m.published()).isEqualTo(LocalDate.of(2015, 4, 16));
    }

    @Test
    void relAuthorLinkIsAByline() {
        assertThat(read(page("", "<p>Words <a rel=\"author\" href=\"/x\">Kim Park</a></p>")).byline())
                .isEqualTo("Kim Park");
    }

    @Test
    void authorsOfCommentsHiddenBoxesAndLongBlocksAreNotTheByline() {
        String longText = "word ".repeat(40);
        PageMetadata m = read(page("", "<div class=\"comments\"><span class=\"author\">Commenter</span></div>"
                + "<div style=\"display: none\"><span class=\"author\">Hidden Person</span></div>"
                + "<div hidden><span class=\"byline\">Also Hidden</span></div>"
                + "<div class=\"author-bio\">" + longText + "</div>"
                + "<article><p>" + "Real article text. ".repeat(40) + "</p>"
                + "<span class=\"author\">Real Author</span></article>"));

        assertThat(m.byline()).isEqualTo("Real Author");
    }

    @Test
    void aBylineInsideChromeIsFoundWhenTheArticleItselfSitsInThatChrome() {
        PageMetadata m = read(page("", "<div class=\"site_header\"><article>"
                + "<span class=\"author_byline\">By Ana Lima</span><p>Short article.</p></article></div>"));

        assertThat(m.byline()).isEqualTo("By Ana Lima");
    }

    @Test
    void metadataAuthorWinsOverTheBylineElement() {
        assertThat(read(page("<meta name=\"author\" content=\"Meta Name\">", "<div class=\"byline\">By Other</div>"))
                .byline()).isEqualTo("Meta Name");
    }

    @Test
    void aTimeInsideTheArticleGivesTheDateWhenTheMetadataHasNone() {
        PageMetadata m = read(page("", "<nav><a href=\"/\">Home</a></nav><article><h1>H</h1>"
                + "<time datetime=\"2021-11-04T08:00:00+09:00\">4 November</time><p>Text</p></article>"));

        assertThat(m.published()).isEqualTo(LocalDate.of(2021, 11, 4));
    }

    @Test
    void aDatelineUnderTheHeadlineIsTheDateButOneInARelatedListFurtherDownIsNot() {
        String article = "<p>" + "The council met on Tuesday and decided. ".repeat(5) + "</p>";
        PageMetadata dated = read(page("", "<h1>Bridge closes</h1><div class=\"article_date\">November 20, 2019 - 11:28"
                + "</div>" + article + article + article));
        assertThat(dated.published()).isEqualTo(LocalDate.of(2019, 11, 20));

        PageMetadata undated = read(page("", "<h1>Bridge closes</h1>" + article + article + article
                + "<ul><li><a href=\"/b\">Other story</a> <span class=\"date\">12 November 2019</span></li></ul>"));
        assertThat(undated.published()).isNull();

        PageMetadata updatedOnly = read(page("", "<h1>Bridge closes</h1><span class=\"updated-date\">March 3, 2020</span>"
                + article));
        assertThat(updatedOnly.published()).isNull();
    }

    @Test
    void datesAreTheDayAsWrittenAndTheUpdatedDateIsKeptApart() {
        PageMetadata m = read(page("<meta property=\"article:published_time\" content=\"2018-06-12T23:00:00.000Z\">"
                + "<meta property=\"article:modified_time\" content=\"2018-06-14T01:00:00+02:00\">", ""));

        assertThat(m.published()).isEqualTo(LocalDate.of(2018, 6, 12));
        assertThat(m.updated()).isEqualTo(LocalDate.of(2018, 6, 14));
    }

    @Test
    void writtenDateFormsAreReadAndImplausibleOrAmbiguousOnesAreNot() {
        assertThat(Dates.parseWritten("2015-07-10 09:53:00 -0400")).isEqualTo(LocalDate.of(2015, 7, 10));
        assertThat(Dates.parseWritten("March 25, 2015")).isEqualTo(LocalDate.of(2015, 3, 25));
        assertThat(Dates.parseWritten("Published Sept. 3rd 2019 10:04")).isEqualTo(LocalDate.of(2019, 9, 3));
        assertThat(Dates.parseWritten("Published 23 August 2023 10:04")).isEqualTo(LocalDate.of(2023, 8, 23));
        assertThat(Dates.parseWritten("Fri Mar 13 21:30:09 EST 2015")).isEqualTo(LocalDate.of(2015, 3, 13));
        assertThat(Dates.parseWritten("Tue, 15 Nov 1994 08:12:31 GMT")).isEqualTo(LocalDate.of(1994, 11, 15));
        assertThat(Dates.parseWritten("20150325")).isEqualTo(LocalDate.of(2015, 3, 25));
        assertThat(Dates.parseWritten("0001-01-01T00:00:00Z")).isNull();
        assertThat(Dates.parseWritten("03/04/2015")).isNull();
        assertThat(Dates.parseWritten("Market 5 2015")).isNull();
        assertThat(Dates.parseWritten("2015-02-30")).isNull();
        assertThat(Dates.parseWritten("x".repeat(1_000_000))).isNull();
    }

    @Test
    void languageComesFromTheHtmlElementOrTheContentLanguageHeader() {
        assertThat(read("<html lang=\"de-CH\"><head></head><body></body></html>").language()).isEqualTo("de-CH");
        assertThat(read(page("<meta http-equiv=\"Content-Language\" content=\"pt-BR\">", "")).language())
                .isEqualTo("pt-BR");
    }

    @Test
    void theCanonicalLinkIsTheUrlResolvedAgainstThePage() {
        Document doc = Jsoup.parse(page("<link rel=\"canonical\" href=\"/news/bridge\">"
                + "<meta property=\"og:url\" content=\"https://other.example/x\">", ""), "https://herald.example/a?b=c");

        assertThat(HtmlMetadata.of(doc).url()).isEqualTo("https://herald.example/news/bridge");
    }

    @Test
    void readingTheMetadataLeavesTheDocumentAsItWas() {
        Document doc = Jsoup.parse(page("<title>A title here - Site</title>" + ld("{\"@context\":\"https://schema.org\","
                + "\"@type\":\"Article\",\"headline\":\"H\"}"), "<div class=\"byline\">By X</div><p>Text</p>"));
        String before = doc.outerHtml();

        HtmlMetadata.of(doc);

        assertThat(doc.outerHtml()).isEqualTo(before);
    }

    @Test
    void aPageWithManyNestedAuthorBoxesIsReadInLinearTime() {
        int depth = 20_000;
        String html = page("", "<div class=\"author\">" + "x".repeat(200)).replace("</body>", "")
                + "<div class=\"author\">word ".repeat(depth) + "</div>".repeat(depth + 1) + "</body></html>";

        PageMetadata m = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(html));

        // The innermost boxes are short enough to be a byline; the outer ones were rejected within a bounded read.
        assertThat(m.byline()).startsWith("word").hasSizeLessThan(100);
    }

    // --- the title from <title> ---

    @Test
    void theSiteNameAfterASeparatorIsDroppedFromThePageTitle() {
        assertThat(titleOf("Bridge will close for a year | Valley Herald")).isEqualTo("Bridge will close for a year");
        assertThat(titleOf("Bridge will close for a year - Valley Herald")).isEqualTo("Bridge will close for a year");
        assertThat(titleOf("Bridge will close for a year \u2013 Valley Herald")).isEqualTo("Bridge will close for a year");
        assertThat(titleOf("Bridge will close - part two | Valley Herald")).isEqualTo("Bridge will close - part two");
    }

    @Test
    void aCleanedTitleTooShortFallsBackToThePartAfterTheFirstSeparatorOrTheWholeTitle() {
        assertThat(titleOf("Herald | Bridge will close for a whole year")).isEqualTo("Bridge will close for a whole year");
        assertThat(titleOf("Mozilla - Wikipedia")).isEqualTo("Mozilla - Wikipedia");
    }

    @Test
    void aHierarchicalTitleKeepsItsLastLevelsWhenOnlyOneIsDropped() {
        assertThat(titleOf("Site \u00BB News \u00BB Bridge closes")).isEqualTo("Site \u00BB News");
        assertThat(titleOf("Bridge closes today / Herald")).isEqualTo("Bridge closes today");
    }

    @Test
    void aColonTitleKeepsItsWholeWhenAHeadingSaysExactlyThat() {
        String title = "Daring Fireball: The long colophon of this site";
        assertThat(read(page("<title>" + title + "</title>", "<h1>" + title + "</h1>")).title()).isEqualTo(title);
        assertThat(read(page("<title>" + title + "</title>", "<h1>Other</h1>")).title())
                .isEqualTo("The long colophon of this site");
    }

    @Test
    void aVeryShortTitleGivesWayToThePagesOnlyHeading() {
        assertThat(read(page("<title>Home</title>", "<h1>The bridge will close for a whole year</h1>")).title())
                .isEqualTo("The bridge will close for a whole year");
    }

    @Test
    void bylineNamesDropByUrlsAndDatesButKeepSeveralNames() {
        assertThat(HtmlMetadata.bylineNames("By Jane Doe and John Roe | March 3, 2024")).isEqualTo("Jane Doe and John Roe");
        assertThat(HtmlMetadata.bylineNames("Written by Kim Park https://x.example/kim")).isEqualTo("Kim Park");
        assertThat(HtmlMetadata.bylineNames("By admin - 2018-09-16")).isEqualTo("admin");
        assertThat(HtmlMetadata.bylineNames("by Jeff FoustMonday, November 18, 2019")).isEqualTo("Jeff Foust");
        assertThat(HtmlMetadata.bylineNames("Posted by Lee Chan on March 3, 2024 at 10:04 am EST")).isEqualTo("Lee Chan");
        assertThat(HtmlMetadata.bylineNames("By")).isEmpty();
        assertThat(HtmlMetadata.bylineNames("-".repeat(1_000_000) + "x")).isEmpty();
    }

    private static String titleOf(String title) {
        return read(page("<title>" + title + "</title>", "")).title();
    }

    @Test
    void theAuthorOfTheClaimAFactCheckChecksIsNotItsByline() {
        String box = "<article><h1>Did the strikes hit only terrorists?</h1><div class=\"claim\"><div class=\"claim-author\">"
                + "The Russian and Syrian defense ministries</div><p>Only terrorists were hit.</p></div>"
                + "<p>By the Russian and Syrian defense ministries' own count, more than 200 strikes were carried out"
                + " in February, and monitors recorded at least 40 civilian deaths in the same weeks.</p></article>";
        assertThat(read(page("", box)).byline()).isEmpty();
        String quote = "<article><blockquote><p>We will not retreat.</p><span class=\"author\">Jane Minister</span>"
                + "</blockquote><p>The minister spoke on Monday.</p></article>";
        assertThat(read(page("", quote)).byline()).isEmpty();
        // the article's own byline element is still read
        assertThat(read(page("", "<div class=\"byline\">By Jane Roe</div>" + box)).byline()).isEqualTo("By Jane Roe");
    }
}
