package org.factdesk.cli;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.app.Workbench;
import org.factdesk.archive.ImportProblem;
import org.factdesk.archive.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import-archive", description = "Import prior articles into the archive: a JSONL file "
        + "({id, title, text, source, published, url} a line) or a folder of .txt/.md/.html files.")
final class ImportArchiveCommand implements Runnable {
    /** Problems printed one by one; the rest are counted (a broken feed can have a million). */
    static final int PRINTED_PROBLEMS = 100;

    @ParentCommand
    FactDeskCommand parent;

    @Parameters(paramLabel = "FILE|DIR")
    Path source;

    @Override
    public void run() {
        if (parent.archive != null) {
            importIntoCluster();
            return;
        }
        try (Workbench wb = parent.openWorkspace(true)) {
            ConsoleProgress progress = new ConsoleProgress(System.err);
            long t0 = System.nanoTime();
            ImportReport report = wb.importArchive(source, progress);
            progress.finish();
            double secs = (System.nanoTime() - t0) / 1e9;
            List<ImportProblem> problems = report.problems();
            for (ImportProblem p : problems.subList(0, Math.min(PRINTED_PROBLEMS, problems.size()))) {
                System.err.println(Terminal.safe(p.file() + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.message()));
            }
            if (report.problemCount() > PRINTED_PROBLEMS) {
                System.err.println("... and " + (report.problemCount() - PRINTED_PROBLEMS) + " more problems (the first "
                        + PRINTED_PROBLEMS + " are shown).");
            }
            System.out.println(Terminal.safe(String.format(java.util.Locale.ROOT, "Imported %s: %d added, %d updated, %d"
                    + " skipped, %d problems in %.1f s. Archive now holds %d articles.", source, report.added(),
                    report.updated(), report.skipped(), report.problemCount(), secs, wb.archiveSize())));
            if (report.cancelled()) {
                System.out.println("The import was cancelled; what was imported before is kept.");
            }
            System.out.println(wb.archiveSearchMode());
            if (!report.compactionNote().isEmpty()) {
                System.out.println(report.compactionNote());
            }
            if (report.added() + report.updated() == 0 && report.skipped() > 0 && !report.cancelled()) {
                throw new UserInputException("Nothing was imported from " + Terminal.safe(source.toString())
                        + ": every record had a problem (listed above). Fix the file and import it again.", 2);
            }
        }
    }

    /** {@code --archive opensearch://...}: the same readers and rules, sent to the cluster in bulk batches. */
    private void importIntoCluster() {
        try (org.factdesk.archive.ArticleArchive archive = org.factdesk.archive.ArticleArchive.open(parent.archive, null)) {
            ConsoleProgress progress = new ConsoleProgress(System.err);
            long t0 = System.nanoTime();
            ImportReport report = archive.importPath(source, progress);
            progress.finish();
            double secs = (System.nanoTime() - t0) / 1e9;
            List<ImportProblem> problems = report.problems();
            for (ImportProblem p : problems.subList(0, Math.min(PRINTED_PROBLEMS, problems.size()))) {
                System.err.println(Terminal.safe(p.file() + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.message()));
            }
            System.out.println(Terminal.safe(String.format(java.util.Locale.ROOT, "Imported %s into %s: %d added, %d"
                    + " updated, %d skipped, %d problems in %.1f s. Archive now holds %d articles.", source,
                    archive.describe(), report.added(), report.updated(), report.skipped(), report.problemCount(), secs,
                    archive.size())));
            if (report.cancelled()) {
                System.out.println("The import was cancelled; what was sent before is kept (run it again to finish).");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
