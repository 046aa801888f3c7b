package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdesk.model.Article;
import org.factdesk.model.Attribution;
import org.factdesk.model.CitedEvidence;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.EvidenceRole;
import org.factdesk.model.Quantity;
import org.factdesk.model.Span;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ReportWriterTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant REVIEWED = Instant.parse("2024-11-05T10:15:30Z");
    static final ReportOptions OPTIONS = new ReportOptions("Desk Checkers", "https://checks.example.org/report-1",
            Instant.parse("2024-11-06T08:00:00Z"));

    static final String SCRIPT = "<script>alert('x')</script>";
    static final String EVIL_TEXT = "About 10,000 soldiers entered Russia. " + SCRIPT
            + " <a href=\"javascript:alert(2)\">click</a> Lavrov said it was legal. The vote is on 6 November.";
    static final Article EVIL = new Article("a-evil", "Troops " + SCRIPT, EVIL_TEXT, "Northbridge Wire",
            LocalDate.of(2024, 11, 1), "javascript:alert(1)");
    static final Article CLEAN = new Article("a-clean", "Treaty ratified", "The council ratified the treaty.",
            "Eastern Ledger", LocalDate.of(2024, 11, 7), "https://news.example.org/treaty", "Ann Lee", null, "en",
            List.of());

    static final CitedEvidence SUPPORTING = new CitedEvidence("doc-7", "Troops cross border", "Eastern Ledger",
            LocalDate.of(2024, 10, 30), "https://example.org/doc-7", "Some 10,000 soldiers crossed.",
            EvidenceRole.SUPPORTS);
    static final CitedEvidence EVIL_EVIDENCE = new CitedEvidence("doc-9", "Click <b>me</b>", "Bad Outlet",
            null, "javascript:alert(4)", "<img src=x onerror=alert(3)>", EvidenceRole.CONTRADICTS);

    static Claim claim(Article a, String text, ClaimKind kind, double score, Attribution attribution) {
        int start = Math.max(0, a.text().indexOf(text));
        return new Claim(Claim.idFor(a.id(), text), a.id(), text, kind, start, start + text.length(), score,
                kind == ClaimKind.QUANTITY ? List.of(new Quantity("10,000", 6, 12, 10000, null, "soldiers", "~", false))
                        : List.of(), attribution, null, List.of());
    }

    static Verdict verdict(Claim c, VerdictStatus s, String rationale, int confidence, List<CitedEvidence> ev) {
        return new Verdict(c.id(), s, rationale, confidence, "ana", REVIEWED, ev);
    }

    static List<ReviewReport> reports() {
        Claim soldiers = claim(EVIL, "About 10,000 soldiers entered Russia.", ClaimKind.QUANTITY, 0.91, null);
        Claim script = claim(EVIL, SCRIPT + " <a href=\"javascript:alert(2)\">click</a>", ClaimKind.ASSERTION, 0.2, null);
        Claim lavrov = claim(EVIL, "Lavrov said it was legal.", ClaimKind.ATTRIBUTION, 0.7,
                new Attribution(new Span(0, 6), new Span(7, 11), new Span(12, 24), "Sergei Lavrov", false));
        Claim vote = claim(EVIL, "The vote is on 6 November.", ClaimKind.EVENT, 0.6, null);
        Claim ratified = claim(CLEAN, "The council ratified the treaty.", ClaimKind.AGREEMENT, 0.8, null);
        ReviewReport evil = new ReviewReport(EVIL, List.of(
                new ReviewedClaim(soldiers, verdict(soldiers, VerdictStatus.VERIFIED,
                        "Two outlets agree.\nSecond line <i>with tags</i>.", 4, List.of(SUPPORTING, EVIL_EVIDENCE))),
                new ReviewedClaim(script, verdict(script, VerdictStatus.FALSE, "=cmd|' /C calc'!A0", 5, List.of())),
                new ReviewedClaim(lavrov, verdict(lavrov, VerdictStatus.DISPUTED, "Contested.", 2, List.of())),
                new ReviewedClaim(vote, null)));
        ReviewReport clean = ReviewReport.of(CLEAN, List.of(ratified),
                Map.of(ratified.id(), verdict(ratified, VerdictStatus.UNVERIFIABLE, "No record yet.", 1, List.of())));
        return List.of(evil, clean);
    }

    static byte[] export(ReportFormat f) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter.write(reports(), f, out, OPTIONS);
        return out.toByteArray();
    }

    static String exportText(ReportFormat f) throws IOException {
        return new String(export(f), StandardCharsets.UTF_8);
    }

    @Test
    void htmlShowsEveryVerdictAndEvidenceAndRunsNothingFromTheArticle() throws IOException {
        String html = exportText(ReportFormat.HTML);
        Document doc = Jsoup.parse(html);

        assertThat(doc.select(".verdict").eachText())
                .containsExactly("Verified", "False", "Disputed", "Unreviewed", "Unverifiable");
        assertThat(doc.select("blockquote.claim-text").eachText()).contains(SCRIPT + " <a href=\"javascript:alert(2)\">click</a>");
        assertThat(doc.select("h2").eachText()).contains("Troops " + SCRIPT, "Treaty ratified");
        assertThat(doc.text()).contains("confidence 4/5", "check-worthiness 0.91", "Two outlets agree.",
                "Attributed to Sergei Lavrov", "Eastern Ledger, 2024-10-30", "supporting", "contradicting",
                "Reviewed by ana");

        // Nothing executable: no script elements, no event handlers, only http(s) links, a CSP that forbids scripts.
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("img, iframe, object, embed, link")).isEmpty();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as("attribute on <%s>", e.tagName()).doesNotStartWith("on");
            }
        }
        assertThat(doc.select("a[href]").eachAttr("href"))
                .containsExactlyInAnyOrder("https://example.org/doc-7", "https://news.example.org/treaty")
                .allSatisfy(h -> assertThat(h).startsWith("https://"));
        assertThat(html.toLowerCase()).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
        assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
        assertThat(doc.text()).contains("javascript:alert(1)"); // shown as text, not a link

        // Summary counts and the inline chart, with no external resources.
        assertThat(doc.select("table.counts tr").eachText()).contains("Verified 1", "False 1", "Unreviewed 1");
        assertThat(doc.select("svg rect")).hasSize(VerdictStatus.values().length);
        assertThat(doc.select("[src], [style*=url]")).isEmpty();
        assertThat(html).contains("@media print");
        // Right-to-left claims (Arabic, Hebrew) take their own direction in a browser.
        assertThat(doc.select("blockquote.claim-text, p.rationale").eachAttr("dir")).isNotEmpty().containsOnly("auto");
    }

    @Test
    void pdfContainsTheVerdictsAndClaims() throws IOException {
        byte[] pdf = export(ReportFormat.PDF);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Fact-check report", "Verified", "False", "Disputed", "Unverifiable",
                    "About 10,000 soldiers entered Russia.", "Two outlets agree.", "Eastern Ledger",
                    "<script>alert('x')</script>");
        }
    }

    @Test
    void aTablesRowsStandOnLinesOfTheirOwnInHtmlAndPdf() throws IOException {
        String table = "Name | Changesets | Share\n\nAnn Lee | 63 | 16.6%\n\nBo Ma | 56 | 14.7%";
        Article a = new Article("a-table", "Who wrote it", table, "Dev Weekly", LocalDate.of(2025, 3, 26), "");
        Claim c = claim(a, table, ClaimKind.QUANTITY, 0.9, null);
        List<ReviewReport> reports = List.of(new ReviewReport(a, List.of(new ReviewedClaim(c,
                verdict(c, VerdictStatus.VERIFIED, "Matches the stats page", 4, List.of())))));
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        ReportWriter.write(reports, ReportFormat.HTML, html, OPTIONS);
        assertThat(html.toString(StandardCharsets.UTF_8).replaceAll("\\s*<br>\\s*", "<br>"))
                .contains("Name | Changesets | Share<br>Ann Lee | 63 | 16.6%<br>Bo Ma | 56 | 14.7%");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ReportWriter.write(reports, ReportFormat.PDF, pdf, OPTIONS);
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Name | Changesets | Share\nAnn Lee | 63 | 16.6%\nBo Ma | 56 | 14.7%");
        }
    }

    static final String RUSSIAN = "Около 10 000 северокорейских военных вошли в Россию.";
    static final String GREEK = "Η συνθήκη επικυρώθηκε τον Νοέμβριο.";
    static final String CHINESE = "朝鲜外相崔善姬访问莫斯科。";
    static final String JAPANESE = "条約は批准された。";
    static final String KOREAN = "최선희 외무상이 모스크바를 방문했다.";
    static final String ARABIC = "قال الوزير إن المعاهدة سارية.";

    @Test
    void pdfRendersCyrillicGreekCjkKoreanAndArabicText() throws IOException {
        String text = String.join(" ", RUSSIAN, GREEK, CHINESE, JAPANESE, KOREAN, ARABIC);
        Article world = new Article("a-world", "Визит 최선희 в Москву", text, "Ευρωπαϊκό Πρακτορείο",
                LocalDate.of(2024, 11, 1), "https://news.example.org/visit");
        List<ReviewedClaim> rows = new ArrayList<>();
        for (String sentence : List.of(RUSSIAN, GREEK, CHINESE, JAPANESE, KOREAN, ARABIC)) {
            Claim c = claim(world, sentence, ClaimKind.ASSERTION, 0.8, null);
            rows.add(new ReviewedClaim(c, verdict(c, VerdictStatus.VERIFIED, "Подтверждено: " + sentence, 3, List.of())));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter.write(List.of(new ReviewReport(world, rows)), ReportFormat.PDF, out, OPTIONS);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String extracted = new PDFTextStripper().getText(doc);
            String flat = java.text.Normalizer.normalize(extracted, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", " ");
            assertThat(flat).doesNotContain("#")
                    .contains("Визит 최선희 в Москву", "Ευρωπαϊκό Πρακτορείο", RUSSIAN, GREEK, CHINESE, JAPANESE, KOREAN,
                            "Подтверждено: " + KOREAN, "Verified");
            // Arabic is drawn right to left in joined forms; extraction gives the words back.
            for (String word : ARABIC.replace(".", "").split(" ")) {
                assertThat(flat).contains(word);
            }
            // The shipped fonts are embedded (only the glyphs used), not PDF's Latin-1 base fonts.
            List<String> fonts = new ArrayList<>();
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
            assertThat(fonts).anyMatch(f -> f.contains("DejaVuSans")).anyMatch(f -> f.contains("WenQuanYi"));
        }
    }

    @Test
    void jsonHoldsArticlesClaimsAndVerdicts() throws IOException {
        JsonNode root = JSON.readTree(export(ReportFormat.JSON));
        assertThat(root.path("generated_at").asText()).isEqualTo("2024-11-06T08:00:00Z");
        assertThat(root.path("summary").path("Verified").asInt()).isEqualTo(1);
        JsonNode first = root.path("reports").get(0);
        assertThat(first.path("article").path("text").asText()).isEqualTo(EVIL_TEXT);
        assertThat(first.path("article").path("title").asText()).isEqualTo(EVIL.title());
        JsonNode claims = first.path("claims");
        assertThat(claims).hasSize(4);
        List<String> statuses = new ArrayList<>();
        claims.forEach(c -> statuses.add(c.path("verdict").path("status").asText()));
        assertThat(statuses).containsExactly("Verified", "False", "Disputed", "Unreviewed");
        JsonNode soldiers = claims.get(0);
        assertThat(soldiers.path("kind").asText()).isEqualTo("quantity");
        assertThat(soldiers.path("quantities").get(0).path("value").asDouble()).isEqualTo(10000);
        assertThat(soldiers.path("verdict").path("confidence").asInt()).isEqualTo(4);
        assertThat(soldiers.path("verdict").path("evidence").get(0).path("url").asText())
                .isEqualTo("https://example.org/doc-7");
        assertThat(soldiers.path("verdict").path("evidence").get(1).path("role").asText()).isEqualTo("contradicting");
        assertThat(claims.get(2).path("speaker").asText()).isEqualTo("Sergei Lavrov");
    }

    @Test
    void claimReviewHasOneRatedReviewPerReviewedClaim() throws IOException {
        String raw = exportText(ReportFormat.CLAIMREVIEW);
        assertThat(raw).as("safe to paste into <script type=application/ld+json>").doesNotContain("<", ">");
        JsonNode arr = JSON.readTree(raw);
        assertThat(arr.isArray()).isTrue();
        assertThat(arr).hasSize(4); // the Unreviewed claim is left out
        for (JsonNode r : arr) {
            assertThat(r.path("@context").asText()).isEqualTo("https://schema.org");
            assertThat(r.path("@type").asText()).isEqualTo("ClaimReview");
            assertThat(r.path("claimReviewed").asText()).isNotBlank();
            assertThat(r.path("url").asText()).startsWith("https://checks.example.org/report-1#claim-");
            assertThat(r.path("datePublished").asText()).isEqualTo("2024-11-05");
            assertThat(r.path("author").path("name").asText()).isEqualTo("Desk Checkers");
            assertThat(r.path("reviewRating").path("@type").asText()).isEqualTo("Rating");
            assertThat(r.path("itemReviewed").path("@type").asText()).isEqualTo("Claim");
            assertThat(r.path("itemReviewed").path("appearance").path("@type").asText()).isEqualTo("CreativeWork");
        }
        JsonNode verified = arr.get(0);
        assertThat(verified.path("claimReviewed").asText()).isEqualTo("About 10,000 soldiers entered Russia.");
        assertThat(verified.at("/reviewRating/ratingValue").asInt()).isEqualTo(5);
        assertThat(verified.at("/reviewRating/bestRating").asInt()).isEqualTo(5);
        assertThat(verified.at("/reviewRating/worstRating").asInt()).isEqualTo(1);
        assertThat(verified.at("/reviewRating/alternateName").asText()).isEqualTo("Verified");
        assertThat(verified.at("/reviewRating/ratingExplanation").asText()).startsWith("Two outlets agree.");
        assertThat(verified.at("/itemReviewed/author/name").asText()).isEqualTo("Northbridge Wire");
        assertThat(verified.at("/itemReviewed/datePublished").asText()).isEqualTo("2024-11-01");
        assertThat(verified.at("/itemReviewed/appearance").has("url"))
                .as("a javascript: article URL is not published").isFalse();
        assertThat(arr.get(1).at("/reviewRating/ratingValue").asInt()).isEqualTo(1);
        assertThat(arr.get(1).path("claimReviewed").asText()).startsWith(SCRIPT);
        assertThat(arr.get(2).at("/reviewRating/ratingValue").asInt()).isEqualTo(2);
        assertThat(arr.get(2).at("/itemReviewed/author/@type").asText()).isEqualTo("Person");
        assertThat(arr.get(2).at("/itemReviewed/author/name").asText()).isEqualTo("Sergei Lavrov");
        JsonNode unverifiable = arr.get(3);
        assertThat(unverifiable.at("/reviewRating/alternateName").asText()).isEqualTo("Unverifiable");
        assertThat(unverifiable.path("reviewRating").has("ratingValue")).isFalse();
        assertThat(unverifiable.at("/itemReviewed/appearance/url").asText()).isEqualTo("https://news.example.org/treaty");
        // an unattributed claim of a signed article is its author's; the outlet publishes it
        assertThat(unverifiable.at("/itemReviewed/author/@type").asText()).isEqualTo("Person");
        assertThat(unverifiable.at("/itemReviewed/author/name").asText()).isEqualTo("Ann Lee");
        assertThat(unverifiable.at("/itemReviewed/appearance/author/0/name").asText()).isEqualTo("Ann Lee");
        assertThat(unverifiable.at("/itemReviewed/appearance/publisher/name").asText()).isEqualTo("Eastern Ledger");
    }

    @Test
    void aBylineOfSeveralPeopleNamesEachOfThem() {
        assertThat(ClaimReviewJsonLd.bylineNames("Jane Roe, John Doe and Ann Lee"))
                .containsExactly("Jane Roe", "John Doe", "Ann Lee");
        assertThat(ClaimReviewJsonLd.bylineNames("Jane Roe & Andy Anderson")).containsExactly("Jane Roe", "Andy Anderson");
    }

    @Test
    void csvHasOneRowPerClaimAndDefusesFormulas() throws IOException {
        String text = exportText(ReportFormat.CSV);
        assertThat(text).as("a UTF-8 byte order mark, so spreadsheets read non-ASCII text").startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(rows).hasSize(5);
        assertThat(rows.getFirst().getParser().getHeaderNames()).containsExactlyElementsOf(CsvReport.HEADER);
        CSVRecord soldiers = rows.get(0);
        assertThat(soldiers.get("article_id")).isEqualTo("a-evil");
        assertThat(soldiers.get("text")).isEqualTo("About 10,000 soldiers entered Russia.");
        assertThat(soldiers.get("kind")).isEqualTo("quantity");
        assertThat(soldiers.get("score")).isEqualTo("0.91");
        assertThat(soldiers.get("status")).isEqualTo("Verified");
        assertThat(soldiers.get("confidence")).isEqualTo("4");
        assertThat(soldiers.get("rationale")).isEqualTo("Two outlets agree.\nSecond line <i>with tags</i>.");
        assertThat(soldiers.get("reviewer")).isEqualTo("ana");
        assertThat(soldiers.get("updated_at")).isEqualTo("2024-11-05T10:15:30Z");
        assertThat(soldiers.get("evidence"))
                .isEqualTo("Eastern Ledger (2024-10-30) https://example.org/doc-7; Bad Outlet javascript:alert(4)");
        assertThat(rows.get(1).get("rationale")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(rows).extracting(r -> r.get("status"))
                .containsExactly("Verified", "False", "Disputed", "Unreviewed", "Unverifiable");
        assertThat(rows.get(4).get("article_title")).isEqualTo("Treaty ratified");
    }

    @Test
    void markdownEscapesArticleTextAndLinksOnlyWebPages() throws IOException {
        String md = exportText(ReportFormat.MARKDOWN);
        assertThat(md).contains("# Fact-check report", "| Verified | 1 |", "### 1. Verified — Quantity",
                "[Troops cross border](https://example.org/doc-7)", "&lt;script&gt;");
        assertThat(md.toLowerCase()).doesNotContain("<script").doesNotContain("](javascript").doesNotContain("<img");
        // Rendered by a Markdown-to-HTML converter, the escaped text stays text: check with jsoup on the
        // escaped entities alone (no Markdown renderer is on the class path).
        assertThat(Jsoup.parse(md).select("script, img, a")).isEmpty();
    }

    @Test
    void formatsParseFromTheirCommonNames() {
        assertThat(ReportFormat.parse("md")).isEqualTo(ReportFormat.MARKDOWN);
        assertThat(ReportFormat.parse("markdown")).isEqualTo(ReportFormat.MARKDOWN);
        assertThat(ReportFormat.parse("claimreview")).isEqualTo(ReportFormat.CLAIMREVIEW);
        assertThat(ReportFormat.parse("PDF").fileExtension()).isEqualTo("pdf");
    }

    @Test
    void controlCharactersFromInputsNeverReachCsvMarkdownOrHtml() throws Exception {
        Article a = new Article("a-nul", "Title\u0000with NUL", "About 10,000 soldiers\u001b[31m entered.", "Wire\u0007",
                null, "");
        Claim c = claim(a, "About 10,000 soldiers\u001b[31m entered.", ClaimKind.QUANTITY, 0.9, null);
        List<ReviewReport> reports = List.of(new ReviewReport(a, List.of(new ReviewedClaim(c,
                verdict(c, VerdictStatus.FALSE, "Bad\u0000rationale\u009b", 3, List.of())))));
        for (ReportFormat format : List.of(ReportFormat.CSV, ReportFormat.MARKDOWN, ReportFormat.HTML)) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            ReportWriter.write(reports, format, out, OPTIONS);
            String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).as(format.name()).doesNotContain("\u0000", "\u001b", "\u0007", "\u009b")
                    .contains("Badrationale");
        }
    }

    @Test
    void aClaimReviewPublicationUrlMustBeAWebAddress() {
        for (String bad : List.of("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "reviews/1",
                "https://ok.example/\u0000")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ReportOptions("Desk", bad, Instant.now()))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a web address");
        }
        assertThat(new ReportOptions("Desk", "https://desk.example/reviews", Instant.now()).publicationUrl())
                .isEqualTo("https://desk.example/reviews");
        assertThat(new ReportOptions("Desk", " ", Instant.now()).publicationUrl()).isEmpty();
    }
}
