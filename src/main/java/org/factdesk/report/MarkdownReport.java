package org.factdesk.report;

import java.util.List;
import org.factdesk.model.Article;
import org.factdesk.model.CitedEvidence;
import org.factdesk.model.Claim;
import org.factdesk.model.Verdict;

/**
 * The report as Markdown. Text from articles and reviewers is escaped (HTML characters as entities,
 * Markdown punctuation with backslashes), so a renderer shows it literally and runs nothing; only http(s)
 * URLs become links.
 */
final class MarkdownReport {
    private MarkdownReport() {
    }

    static String build(List<ReviewReport> reports, ReportOptions options) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(reports.size() == 1
                ? "Fact-check report: " + esc(reports.getFirst().article().displayTitle())
                : "Fact-check report").append("\n\n");
        md.append("Generated ").append(ReportText.time(options.generatedAt())).append(" by FactDesk");
        if (!options.organisation().isEmpty()) {
            md.append(" for ").append(esc(options.organisation()));
        }
        md.append(".\n\n## Summary\n\n| Verdict | Claims |\n|---|---:|\n");
        ReviewReport.countsByStatus(reports).forEach((s, n) ->
                md.append("| ").append(s.label()).append(" | ").append(n).append(" |\n"));
        for (ReviewReport r : reports) {
            article(md, r);
        }
        return md.toString();
    }

    private static void article(StringBuilder md, ReviewReport r) {
        Article a = r.article();
        md.append("\n## ").append(esc(a.displayTitle())).append("\n\n");
        md.append("- **Outlet:** ").append(a.source().isBlank() ? "unknown" : esc(a.source())).append('\n');
        if (!org.factdesk.model.Bylines.display(a.byline()).isEmpty()) {
            md.append("- **By:** ").append(esc(org.factdesk.model.Bylines.display(a.byline()))).append('\n');
        }
        md.append("- **Published:** ").append(a.published() == null ? "unknown" : a.published()).append('\n');
        if (a.updated() != null && !a.updated().equals(a.published())) {
            md.append("- **Updated:** ").append(a.updated()).append('\n');
        }
        if (!a.url().isBlank()) {
            md.append("- **URL:** ").append(link(a.url(), a.url())).append('\n');
        }
        md.append("- **Article id:** ").append(esc(a.id())).append('\n');
        int n = 0;
        for (ReviewedClaim rc : r.claims()) {
            claim(md, ++n, rc);
        }
    }

    private static void claim(StringBuilder md, int n, ReviewedClaim rc) {
        Claim c = rc.claim();
        Verdict v = rc.verdict();
        md.append("\n### ").append(n).append(". ").append(v.status().label()).append(" — ").append(c.kind().label())
                .append(rc.draft() ? " — **" + HtmlReport.DRAFT_MARK + "**" : "").append("\n\n");
        for (String line : c.text().split("\\R")) {
            md.append("> ").append(esc(line)).append('\n');
        }
        md.append('\n');
        md.append("Check-worthiness ").append(ReportText.score(c.score())).append(" · confidence ")
                .append(ReportText.confidence(v.confidence()));
        if (c.speaker() != null && !c.speaker().isBlank()) {
            md.append(" · attributed to ").append(esc(c.speaker()));
        }
        if (v.updatedAt() != null) {
            md.append(" · reviewed");
            if (!v.reviewer().isBlank()) {
                md.append(" by ").append(esc(v.reviewer()));
            }
            md.append(' ').append(ReportText.time(v.updatedAt()));
        }
        md.append("\n\n");
        if (!v.rationale().isBlank()) {
            md.append("**Rationale:** ").append(String.join("  \n", v.rationale().lines().map(MarkdownReport::esc)
                    .toList())).append("\n\n");
        }
        if (!v.evidence().isEmpty()) {
            md.append("**Cited evidence:**\n\n");
            for (CitedEvidence e : v.evidence()) {
                md.append("- ");
                if (e.role() != null) {
                    md.append('*').append(e.role().label()).append("*: ");
                }
                md.append(esc(e.source().isBlank() ? e.docId() : e.source()));
                if (e.published() != null) {
                    md.append(" (").append(e.published()).append(')');
                }
                if (!e.title().isBlank() || !e.url().isBlank()) {
                    md.append(", ").append(link(e.url(), e.title().isBlank() ? e.url() : e.title()));
                }
                if (!e.passage().isBlank()) {
                    md.append(" — “").append(esc(e.passage().replaceAll("\\s+", " "))).append("”");
                }
                md.append('\n');
            }
            md.append('\n');
        }
    }

    private static String link(String url, String text) {
        return ReportText.safeLink(url)
                .map(u -> "[" + esc(text) + "](" + u.replace("(", "%28").replace(")", "%29") + ")")
                .orElseGet(() -> esc(text.equals(url) ? url : text + " (" + url + ")"));
    }

    /**
     * Escapes text so that Markdown renders it literally and HTML in it stays text. Block markers
     * ({@code - + #}) matter only at the start, where a line of ours may begin with the text.
     */
    static String esc(String s) {
        String line = s.replace('\n', ' ').replace('\r', ' ');
        StringBuilder sb = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '(', ')', '!', '|', '~' -> sb.append('\\').append(ch);
                case '#', '+', '-' -> sb.append(i == 0 ? "\\" : "").append(ch);
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
