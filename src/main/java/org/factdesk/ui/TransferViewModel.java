package org.factdesk.ui;

import org.factdesk.app.Workbench;
import org.factdesk.app.WorkspaceException;
import org.factdesk.archive.ImportReport;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.report.ReportFormat;
import org.factdesk.ui.article.ArticleViewModel;
import org.factdesk.ui.verdict.VerdictViewModel;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * What goes into and out of the workspace: archive imports, earlier fact-checks (ClaimReview), and reports of
 * one article or of the reviews in a date range.
 */
public final class TransferViewModel {
    static final String ORGANISATION_KEY = "report.organisation";
    static final String PUBLICATION_URL_KEY = "report.publicationUrl";

    private final WorkbenchSession session;
    private final UiExecutor executor;
    private final ArticleViewModel article;
    private final VerdictViewModel verdict;
    /** Shows a claim's review and evidence again (after an import that may have added to them). */
    private final Consumer<Claim> reselect;

    TransferViewModel(WorkbenchSession session, Consumer<Claim> reselect) {
        this.session = session;
        this.executor = session.executor;
        this.article = session.article;
        this.verdict = session.verdict;
        this.reselect = reselect;
    }

    /** Imports earlier fact-checks published as ClaimReview; the selected claim's are shown at once. */
    public void importClaimReviews(Path path) {
        Workbench wb = session.workbench();
        if (wb == null) {
            return;
        }
        executor.runLong("Importing fact-checks from " + path.getFileName(), p -> wb.importClaimReviews(path, p), done -> {
            session.notice.set(done.read() + " fact-checks read, " + done.added() + " new"
                    + (done.problems().isEmpty() ? "." : "; " + done.problems().size() + " problems: "
                    + done.problems().getFirst()));
            Claim c = session.claims.selectedProperty().get();
            if (c != null) {
                reselect.accept(c);
            }
        }, () -> session.notice.set("Import of fact-checks cancelled."), t -> session.notifier().problem("Could not import the fact-checks in "
                + path, t, "Give ClaimReview JSON-LD, a DataFeed, a saved fact-check page or a Fact Check Tools response."));
    }

    public void importArchive(Path path) {
        Workbench wb = session.workbench();
        record Imported(ImportReport report, String searchMode) {
        }
        executor.runLong("Importing " + path.getFileName(),
                p -> new Imported(wb.importArchive(path, p), wb.archiveSearchMode()), done -> {
            session.refreshArchiveSize();
            session.reloadEvidence();
            session.notifier().importFinished(done.report(), done.searchMode());
        }, () -> {
            session.refreshArchiveSize();
            session.notice.set("Import cancelled; what was imported before stays in the archive.");
        }, t -> session.notifier().problem("Could not import " + path, t,
                "Import a JSONL file with one {id, title, text, source, published, url} object per line, "
                        + "or a folder of .txt/.md/.html files."));
    }

    public void exportReport(ReportFormat format, Path out) {
        exportReport(format, out, "", "", false);
    }

    /**
     * Exports the open article's review in the background. The organisation and publication URL go into
     * the report (ClaimReview's author and url); {@code remember} keeps them for the next export.
     */
    public void exportReport(ReportFormat format, Path out, String organisation, String publicationUrl, boolean remember) {
        Workbench wb = session.workbench();
        Article a = article.articleProperty().get();
        if (wb == null || a == null) {
            return;
        }
        verdict.commitRationale();
        executor.runLong("Exporting report", p -> {
            executor.awaitQueuedCalls(); // the verdict edits just committed are in the report
            p.checkCancelled();
            p.update(0, -1, format.label());
            if (remember) {
                wb.setSetting(ORGANISATION_KEY, organisation);
                wb.setSetting(PUBLICATION_URL_KEY, publicationUrl);
            }
            wb.exportReport(List.of(a.id()), format, out, new org.factdesk.report.ReportOptions(organisation,
                    publicationUrl, java.time.Instant.now()), p);
            return out;
        }, path -> session.notice.set("Report saved to " + path), () -> session.notice.set("Export cancelled."),
                t -> session.notifier().problem("Could not export the report", t, "Choose another folder or file name."));
    }

    /** The organisation and publication URL last used for reports in this workspace. */
    public void loadReportSettings(java.util.function.BiConsumer<String, String> show) {
        Workbench wb = session.workbench();
        if (wb == null) {
            return;
        }
        executor.run(() -> List.of(wb.setting(ORGANISATION_KEY).orElse(""), wb.setting(PUBLICATION_URL_KEY).orElse("")),
                v -> show.accept(v.get(0), v.get(1)), t -> show.accept("", ""));
    }

    /** One report over every article with a verdict change in [from, to]; remembers organisation and URL. */
    public void exportRange(java.time.LocalDate from, java.time.LocalDate to, ReportFormat format, String organisation,
                            String publicationUrl, Path out) {
        Workbench wb = session.workbench();
        if (wb == null) {
            return;
        }
        verdict.commitRationale();
        executor.runLong("Exporting reviews " + from + " to " + to, p -> {
            executor.awaitQueuedCalls();
            wb.setSetting(ORGANISATION_KEY, organisation);
            wb.setSetting(PUBLICATION_URL_KEY, publicationUrl);
            List<String> ids = wb.articlesReviewedBetween(from, to).stream().map(Article::id).toList();
            if (ids.isEmpty()) {
                throw new WorkspaceException("No article was reviewed between " + from + " and " + to
                        + ", so there is nothing to report. Widen the date range.");
            }
            p.checkCancelled();
            wb.exportReport(ids, format, out, new org.factdesk.report.ReportOptions(organisation, publicationUrl,
                    java.time.Instant.now()), p);
            return ids.size();
        }, n -> session.notice.set("Report of " + n + (n == 1 ? " article" : " articles") + " saved to " + out),
                () -> session.notice.set("Export cancelled."),
                t -> session.notifier().problem("Could not export the reviews", t, "Check the dates and the file name, then try again."));
    }
}
