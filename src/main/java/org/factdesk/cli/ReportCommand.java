package org.factdesk.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.factdesk.app.Workbench;
import org.factdesk.model.Article;
import org.factdesk.report.ReportFormat;
import org.factdesk.report.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "report", description = {"Export the review report of an article, or of every article reviewed in a date range.",
        "Examples: report a1b2c3d4e5f6 --format html --out review.html",
        "          report --from 2026-11-01 --to 2026-11-30 --format claimreview --out reviews.jsonld"})
final class ReportCommand implements Runnable {
    @ParentCommand
    FactDeskCommand parent;

    @Parameters(paramLabel = "ARTICLE_ID", arity = "0..1", description = "the article (omit with --from/--to)")
    String articleId;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "first day of the review range")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "last day of the review range (default: today)")
    LocalDate to;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "html, pdf, markdown, csv, json or claimreview")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Option(names = "--organisation", paramLabel = "NAME", description = "who publishes the review (ClaimReview author)")
    String organisation;

    @Option(names = "--publication-url", paramLabel = "URL", description = "where the review is published (ClaimReview url)")
    String publicationUrl;

    @Option(names = "--approved-only", description = "only verdicts an editor approved (team desk); the default for"
            + " claimreview on a team desk")
    Boolean approvedOnly;

    @Option(names = "--include-drafts", description = "also verdicts not yet approved (team desk)")
    boolean includeDrafts;

    @Override
    public void run() {
        ReportFormat f = parseFormat(format);
        if ((articleId == null) == (from == null)) {
            throw new IllegalArgumentException("give either an ARTICLE_ID or --from DATE [--to DATE], not both and not neither");
        }
        ReportOptions defaults = ReportOptions.defaults();
        ReportOptions options = new ReportOptions(organisation != null ? organisation : defaults.organisation(),
                publicationUrl != null ? publicationUrl : defaults.publicationUrl(), Instant.now());
        try (Workbench wb = parent.openExistingWorkspace()) {
            List<String> ids = articleId != null ? List.of(articleId)
                    : wb.articlesReviewedBetween(from, to != null ? to : LocalDate.now()).stream().map(Article::id).toList();
            boolean onlyApproved = wb.teamDesk().isPresent() && !includeDrafts
                    && (approvedOnly != null ? approvedOnly : f == ReportFormat.CLAIMREVIEW);
            wb.exportReport(ids, f, out, options, org.factdesk.task.Progress.NONE, onlyApproved);
            System.out.println("Wrote " + out.toAbsolutePath() + " (" + ids.size() + (ids.size() == 1 ? " article" : " articles")
                    + (onlyApproved ? "; approved verdicts only, drafts shown as Unreviewed)" : ")"));
        }
    }

    static ReportFormat parseFormat(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.equals("MD")) {
            t = "MARKDOWN";
        }
        try {
            return ReportFormat.valueOf(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown report format '" + text
                    + "': use html, pdf, markdown, csv, json or claimreview");
        }
    }
}
