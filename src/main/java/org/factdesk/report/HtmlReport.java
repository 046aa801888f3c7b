package org.factdesk.report;

import java.util.List;
import java.util.Map;
import org.factdesk.model.Article;
import org.factdesk.model.CitedEvidence;
import org.factdesk.model.Claim;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictStatus;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Builds the report as a jsoup DOM. All user text goes in through {@code text()} and attribute values
 * through {@code attr()}, so jsoup escapes it; nothing from an article becomes markup, and only http(s)
 * links become {@code href}s. A Content-Security-Policy forbids scripts even if something slipped through.
 *
 * <p>For PDF the bar chart is drawn with CSS boxes instead of SVG (openhtmltopdf needs a plugin for SVG).
 */
final class HtmlReport {
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private static final String CSS = """
            body { font-family: "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328; margin: 2em auto;
                   max-width: 52em; padding: 0 1.5em; line-height: 1.45; font-size: 11pt; }
            h1 { font-size: 1.7em; margin: 0 0 .2em; }
            h2 { font-size: 1.35em; border-bottom: 2px solid #d0d7de; padding-bottom: .2em; margin-top: 1.6em; }
            h4 { margin: .6em 0 .2em; font-size: .95em; color: #444; }
            .generated, .muted { color: #59636e; font-size: .9em; }
            table.counts { border-collapse: collapse; margin: .5em 0; }
            table.counts td, table.counts th { padding: .15em .8em .15em 0; text-align: left; }
            table.counts td.n { text-align: right; font-variant-numeric: tabular-nums; }
            table.meta { border-collapse: collapse; margin: .4em 0; }
            table.meta th { font-weight: 600; color: #444; text-align: left; padding: 0 1em .1em 0;
                            vertical-align: top; }
            table.meta td { padding: 0 0 .1em 0; word-break: break-all; }
            ol.claims { padding-left: 1.4em; }
            li.claim { margin: 0 0 1.1em; padding: .6em .8em; border: 1px solid #d0d7de;
                       border-left: 6px solid #9e9e9e; border-radius: 4px; page-break-inside: avoid; }
            .badge { display: inline-block; color: #fff; font-weight: 700; padding: .05em .55em;
                     border-radius: 3px; font-size: .85em; }
            .draft-mark { display: inline-block; color: #8a4b00; background: #fff4e0; border: 1px dashed #b26a00;
                          font-weight: 700; padding: 0 .5em; border-radius: 3px; font-size: .85em; margin-right: 1em; }
            p.drafts { color: #8a4b00; font-weight: 600; }
            .facts { font-size: .88em; color: #444; }
            .facts span { margin-right: 1em; }
            blockquote.claim-text { margin: .4em 0; padding: .2em .8em; border-left: 3px solid #d0d7de;
                                    font-size: 1.02em; }
            .rationale { white-space: pre-wrap; margin: .2em 0; }
            ul.evidence { padding-left: 1.2em; margin: .2em 0; }
            ul.evidence li { margin-bottom: .35em; }
            .role { font-weight: 600; font-size: .85em; text-transform: uppercase; }
            .role.supporting { color: #2e7d32; }
            .role.contradicting { color: #c62828; }
            .passage { color: #444; font-style: italic; }
            .bar-row { margin: 2px 0; }
            .bar-label { display: inline-block; width: 8em; font-size: .85em; }
            .bar { display: inline-block; height: .8em; }
            a { color: #0b57d0; }
            @page { size: A4; margin: 16mm 14mm; }
            @media print {
              body { margin: 0; max-width: none; font-size: 10pt; }
              a { color: inherit; text-decoration: none; }
              a.link-shown::after { content: " (" attr(href) ")"; font-size: .85em; color: #59636e; }
              h2 { page-break-after: avoid; }
              section.article { page-break-before: auto; }
            }
            """;

    static final String DRAFT_MARK = "Draft \u2014 not approved";

    private HtmlReport() {
    }

    static Document build(List<ReviewReport> reports, ReportOptions options, boolean forPdf) {
        Document doc = Document.createShell("");
        doc.outputSettings().charset("UTF-8").escapeMode(Entities.EscapeMode.xhtml).prettyPrint(true);
        Element html = doc.selectFirst("html");
        html.attr("lang", "en");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "UTF-8");
        if (!forPdf) {
            head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", CSP);
            head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        }
        head.appendElement("meta").attr("name", "generator").attr("content", "FactDesk");
        head.appendElement("title").text(title(reports));
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(CSS));

        Element body = doc.body();
        Element header = body.appendElement("header");
        header.appendElement("h1").text(title(reports));
        int claims = reports.stream().mapToInt(r -> r.claims().size()).sum();
        header.appendElement("p").addClass("generated").text("Generated " + ReportText.time(options.generatedAt())
                + " by FactDesk" + (options.organisation().isEmpty() ? "" : " for " + options.organisation())
                + " · " + reports.size() + (reports.size() == 1 ? " article" : " articles")
                + " · " + claims + (claims == 1 ? " claim" : " claims"));
        int drafts = ReviewReport.drafts(reports);
        if (drafts > 0) {
            // a team desk's report with verdicts no editor approved: said at the top, and on each such claim
            header.appendElement("p").addClass("drafts").text(drafts + (drafts == 1 ? " verdict is a draft" : " verdicts are drafts")
                    + ", not approved by an editor: marked \u201c" + DRAFT_MARK + "\u201d below. Not for publication.");
        }

        Element summary = body.appendElement("section").addClass("summary");
        summary.appendElement("h2").text("Summary");
        Map<VerdictStatus, Integer> counts = ReviewReport.countsByStatus(reports);
        if (forPdf) {
            cssBars(summary, counts); // labelled bars with counts; no separate table on paper
        } else {
            counts(summary, counts);
            svgBars(summary, counts);
        }

        for (ReviewReport r : reports) {
            article(body.appendElement("section").addClass("article"), r);
        }
        return doc;
    }

    private static String title(List<ReviewReport> reports) {
        return reports.size() == 1
                ? "Fact-check report: " + reports.getFirst().article().displayTitle()
                : "Fact-check report";
    }

    private static void counts(Element parent, Map<VerdictStatus, Integer> counts) {
        Element table = parent.appendElement("table").addClass("counts");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text("Verdict");
        head.appendElement("th").text("Claims");
        Element tbody = table.appendElement("tbody");
        counts.forEach((status, n) -> {
            Element tr = tbody.appendElement("tr");
            tr.appendElement("td").text(status.label());
            tr.appendElement("td").addClass("n").text(String.valueOf(n));
        });
    }

    private static void svgBars(Element parent, Map<VerdictStatus, Integer> counts) {
        int max = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        int rowHeight = 20;
        int labelWidth = 100;
        int barMax = 260;
        Element svg = parent.appendElement("svg")
                .attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("width", String.valueOf(labelWidth + barMax + 40))
                .attr("height", String.valueOf(rowHeight * counts.size() + 4))
                .attr("role", "img")
                .attr("aria-label", "Claims by verdict");
        int y = 2;
        for (Map.Entry<VerdictStatus, Integer> e : counts.entrySet()) {
            int width = Math.round((float) barMax * e.getValue() / max);
            svg.appendElement("text").attr("x", "0").attr("y", String.valueOf(y + 14))
                    .attr("font-size", "12").attr("fill", "#1f2328").text(e.getKey().label());
            svg.appendElement("rect").attr("x", String.valueOf(labelWidth)).attr("y", String.valueOf(y + 3))
                    .attr("width", String.valueOf(width)).attr("height", String.valueOf(rowHeight - 6))
                    .attr("fill", ReportText.colour(e.getKey()));
            svg.appendElement("text").attr("x", String.valueOf(labelWidth + width + 6))
                    .attr("y", String.valueOf(y + 14)).attr("font-size", "12").attr("fill", "#1f2328")
                    .text(String.valueOf(e.getValue()));
            y += rowHeight;
        }
    }

    private static void cssBars(Element parent, Map<VerdictStatus, Integer> counts) {
        int max = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        Element chart = parent.appendElement("div").addClass("chart");
        counts.forEach((status, n) -> {
            Element row = chart.appendElement("div").addClass("bar-row");
            row.appendElement("span").addClass("bar-label").text(status.label());
            row.appendElement("span").addClass("bar")
                    .attr("style", "width:" + (Math.max(1, 200 * n / max)) + "px;background:"
                            + (n == 0 ? "#eeeeee" : ReportText.colour(status)));
            row.appendElement("span").addClass("muted").text(" " + n);
        });
    }

    private static void article(Element section, ReviewReport r) {
        Article a = r.article();
        section.attr("id", "article-" + a.id());
        section.appendElement("h2").attr("dir", "auto").text(a.displayTitle());
        Element meta = section.appendElement("table").addClass("meta").appendElement("tbody");
        metaRow(meta, "Outlet", a.source().isBlank() ? "unknown" : a.source());
        if (!org.factdesk.model.Bylines.display(a.byline()).isEmpty()) {
            metaRow(meta, "By", org.factdesk.model.Bylines.display(a.byline()));
        }
        metaRow(meta, "Published", a.published() == null ? "unknown" : a.published().toString());
        if (a.updated() != null && !a.updated().equals(a.published())) {
            metaRow(meta, "Updated", a.updated().toString());
        }
        if (!a.url().isBlank()) {
            Element row = meta.appendElement("tr");
            row.appendElement("th").text("URL");
            link(row.appendElement("td"), a.url(), a.url());
        }
        metaRow(meta, "Article id", a.id());

        Map<VerdictStatus, Integer> counts = r.countsByStatus();
        StringBuilder line = new StringBuilder(r.claims().size() + (r.claims().size() == 1 ? " claim" : " claims"));
        counts.forEach((s, n) -> {
            if (n > 0) {
                line.append(" · ").append(s.label()).append(' ').append(n);
            }
        });
        section.appendElement("p").addClass("muted").text(line.toString());

        Element list = section.appendElement("ol").addClass("claims");
        for (ReviewedClaim rc : r.claims()) {
            claim(list.appendElement("li"), rc);
        }
    }

    private static void metaRow(Element tbody, String term, String value) {
        Element row = tbody.appendElement("tr");
        row.appendElement("th").text(term);
        row.appendElement("td").text(value);
    }

    private static void claim(Element li, ReviewedClaim rc) {
        Claim c = rc.claim();
        Verdict v = rc.verdict();
        String colour = ReportText.colour(v.status());
        li.addClass("claim").addClass("status-" + v.status().name().toLowerCase(java.util.Locale.ROOT))
                .attr("id", "claim-" + c.id()).attr("style", "border-left-color:" + colour);
        Element facts = li.appendElement("div").addClass("facts");
        if (rc.draft()) {
            li.addClass("draft");
            facts.appendElement("span").addClass("draft-mark").text(DRAFT_MARK);
        }
        facts.appendElement("span").addClass("badge").addClass("verdict")
                .attr("style", "background:" + colour).text(v.status().label());
        facts.appendElement("span").addClass("kind").text(c.kind().label());
        facts.appendElement("span").addClass("score").text("check-worthiness " + ReportText.score(c.score()));
        facts.appendElement("span").addClass("confidence").text("confidence " + ReportText.confidence(v.confidence()));
        // dir=auto: an Arabic or Hebrew claim reads right to left in a browser, whatever the page's direction.
        Element quote = li.appendElement("blockquote").addClass("claim-text").attr("dir", "auto");
        String[] lines = c.text().strip().split("\\s*\\R\\s*"); // a table's rows, each on its own line
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                quote.appendElement("br");
            }
            quote.appendText(lines[i]);
        }
        if (c.speaker() != null && !c.speaker().isBlank()) {
            li.appendElement("p").addClass("muted").text("Attributed to " + c.speaker());
        }
        if (!v.rationale().isBlank()) {
            li.appendElement("h4").text("Rationale");
            li.appendElement("p").addClass("rationale").attr("dir", "auto").text(v.rationale());
        }
        if (!v.evidence().isEmpty()) {
            li.appendElement("h4").text("Cited evidence");
            Element ul = li.appendElement("ul").addClass("evidence");
            for (CitedEvidence e : v.evidence()) {
                evidence(ul.appendElement("li"), e);
            }
        }
        if (v.updatedAt() != null) {
            li.appendElement("p").addClass("muted").text("Reviewed"
                    + (v.reviewer().isBlank() ? "" : " by " + v.reviewer()) + " · " + ReportText.time(v.updatedAt()));
        }
    }

    private static void evidence(Element li, CitedEvidence e) {
        if (e.role() != null) {
            li.appendElement("span").addClass("role").addClass(e.role().label()).text(e.role().label());
            li.appendText(" ");
        }
        li.appendElement("span").addClass("outlet").text(e.source().isBlank() ? e.docId() : e.source());
        if (e.published() != null) {
            li.appendText(", " + e.published());
        }
        if (!e.title().isBlank() || !e.url().isBlank()) {
            li.appendText(": ");
            link(li, e.url(), e.title().isBlank() ? e.url() : e.title());
        }
        if (!e.passage().isBlank()) {
            li.appendElement("div").addClass("passage").attr("dir", "auto").text("“" + e.passage() + "”");
        }
    }

    /** A link for http(s) URLs; anything else is shown as plain text, never as an href. */
    private static void link(Element parent, String url, String text) {
        var safe = ReportText.safeLink(url);
        if (safe.isPresent()) {
            Element a = parent.appendElement("a").attr("href", safe.get()).attr("rel", "noopener noreferrer")
                    .text(text);
            if (!text.equals(url)) {
                a.addClass("link-shown");
            }
        } else {
            parent.appendElement("span").addClass("unlinked").text(text.equals(url) ? url : text + " (" + url + ")");
        }
    }
}
