package org.factdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictStatus;
import org.factdesk.report.ReportFormat;
import org.factdesk.report.ReportOptions;
import org.factdesk.store.DeskFixture;
import org.factdesk.store.PgStore;
import org.factdesk.store.ReviewStore;
import org.factdesk.store.Store;
import org.factdesk.task.Progress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML and PDF reports show a team desk's verdicts that no editor approved, each marked as a draft and counted in
 * the header; ClaimReview and approved-only reports leave them out; a local desk (no approvals) marks nothing.
 */
class DraftReportIT {
    @TempDir
    Path dataDir;

    static final String TEXT = "About 10,000 soldiers have entered the country, officials said. The treaty provides aid.";
    static final Article ARTICLE = new Article(Article.idForText(TEXT), "Troops", TEXT, "Wire", null, "");
    static final Claim SOLDIERS = claim("About 10,000 soldiers have entered the country, officials said.");
    static final Claim TREATY = claim("The treaty provides aid.");
    static final String DRAFT = "Draft \u2014 not approved";

    static Claim claim(String s) {
        int start = TEXT.indexOf(s);
        return new Claim(Claim.idFor(ARTICLE.id(), s), ARTICLE.id(), s, ClaimKind.ASSERTION, start, start + s.length(),
                0.8, null, null, null, null);
    }

    private static void review(ReviewStore store) {
        store.saveArticle(ARTICLE);
        store.saveClaims(ARTICLE.id(), List.of(SOLDIERS, TREATY));
        store.saveVerdict(new Verdict(SOLDIERS.id(), VerdictStatus.FALSE, "Satellite images show fewer", 4, "", null,
                List.of()), "status");
        store.saveVerdict(new Verdict(TREATY.id(), VerdictStatus.VERIFIED, "Treaty text, article 3", 3, "", null,
                List.of()), "status");
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aSharedDesksReportMarksEachUnapprovedVerdictAsADraftAndCountsThem() throws Exception {
        DeskFixture desk = DeskFixture.create("drafts");
        try (PgStore reviewer = desk.store(DeskFixture.REVIEWER); PgStore editor = desk.store(DeskFixture.EDITOR)) {
            review(reviewer);
            editor.approve(SOLDIERS.id(), editor.versionedVerdict(SOLDIERS.id()).version());
        }
        Path html = dataDir.resolve("review.html");
        Path pdf = dataDir.resolve("review.pdf");
        Path jsonld = dataDir.resolve("review.jsonld");
        Path published = dataDir.resolve("published.html");
        try (Workbench wb = Workbench.open(dataDir.resolve("data"), desk.url(DeskFixture.REVIEWER),
                DeskFixture.password(DeskFixture.REVIEWER).toCharArray())) {
            wb.exportReport(List.of(ARTICLE.id()), ReportFormat.HTML, html, ReportOptions.defaults(), Progress.NONE, false);
            wb.exportReport(List.of(ARTICLE.id()), ReportFormat.PDF, pdf, ReportOptions.defaults(), Progress.NONE, false);
            wb.exportReport(List.of(ARTICLE.id()), ReportFormat.CLAIMREVIEW, jsonld, ReportOptions.defaults(),
                    Progress.NONE, true);
            wb.exportReport(List.of(ARTICLE.id()), ReportFormat.HTML, published, ReportOptions.defaults(),
                    Progress.NONE, true);
        }

        Document doc = Jsoup.parse(html.toFile());
        assertThat(doc.select("header p.drafts").text()).contains("1 verdict is a draft", "not approved by an editor");
        assertThat(doc.select("#claim-" + TREATY.id() + " .draft-mark").text()).isEqualTo(DRAFT);
        assertThat(doc.select("#claim-" + TREATY.id() + " .rationale").text()).isEqualTo("Treaty text, article 3");
        assertThat(doc.select("#claim-" + SOLDIERS.id() + " .draft-mark")).as("the approved verdict").isEmpty();
        assertThat(doc.select(".draft-mark")).hasSize(1);

        String paper = pdfText(pdf);
        assertThat(paper).contains("1 verdict is a draft", DRAFT, "Treaty text, article 3", "Satellite images show fewer");
        assertThat(paper.split(DRAFT, -1)).as("one mark in the header's sentence, one on the claim").hasSize(3);

        // what gets published carries no draft at all
        assertThat(Files.readString(jsonld)).contains("Satellite images show fewer").doesNotContain("Treaty text");
        Document pub = Jsoup.parse(published.toFile());
        assertThat(pub.select(".draft-mark")).isEmpty();
        assertThat(pub.text()).doesNotContain("Treaty text").doesNotContain("not approved");
    }

    @Test
    void aLocalDesksReportHasNoDraftsBecauseItHasNoApprovals() throws Exception {
        Path data = Files.createDirectories(dataDir.resolve("data"));
        try (Store local = Store.open(data.resolve("factdesk.db"))) {
            review(local);
        }
        Path html = dataDir.resolve("review.html");
        Path pdf = dataDir.resolve("review.pdf");
        try (Workbench wb = Workbench.open(data)) {
            wb.exportReport(List.of(ARTICLE.id()), ReportFormat.HTML, html, ReportOptions.defaults(), Progress.NONE, false);
            wb.exportReport(List.of(ARTICLE.id()), ReportFormat.PDF, pdf, ReportOptions.defaults(), Progress.NONE, false);
        }
        Document doc = Jsoup.parse(html.toFile());
        assertThat(doc.select(".draft-mark, header p.drafts")).isEmpty();
        assertThat(doc.text()).contains("Treaty text, article 3", "Satellite images show fewer");
        assertThat(pdfText(pdf)).contains("Treaty text, article 3").doesNotContain("Draft");
    }
}
