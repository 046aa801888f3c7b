package org.factdesk.cli;

import java.nio.file.Path;
import org.factdesk.app.Workbench;
import org.factdesk.archive.ImportProblem;
import org.factdesk.archive.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import-archive", description = "Import prior articles into the archive: a JSONL file "
        + "({id, title, text, source, published, url} a line) or a folder of .txt/.md/.html files.")
final class ImportArchiveCommand implements Runnable {
    @ParentCommand
    FactDeskCommand parent;

    @Parameters(paramLabel = "FILE|DIR")
    Path source;

    @Override
    public void run() {
        try (Workbench wb = parent.openWorkspace(true)) {
            ConsoleProgress progress = new ConsoleProgress(System.err);
            long t0 = System.nanoTime();
            ImportReport report = wb.importArchive(source, progress);
            progress.finish();
            double secs = (System.nanoTime() - t0) / 1e9;
            for (ImportProblem p : report.problems()) {
                System.err.println(Terminal.safe(p.file() + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.message()));
            }
            System.out.printf("Imported %s: %d added, %d updated, %d skipped, %d problems in %.1f s. Archive now holds %d articles.%n",
                    source, report.added(), report.updated(), report.skipped(), report.problems().size(), secs, wb.archiveSize());
            if (report.cancelled()) {
                System.out.println("The import was cancelled; what was imported before is kept.");
            }
            System.out.println(wb.archiveSearchMode());
            if (!report.compactionNote().isEmpty()) {
                System.out.println(report.compactionNote());
            }
        }
    }
}
