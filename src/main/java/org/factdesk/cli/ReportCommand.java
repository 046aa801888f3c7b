package org.factdesk.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.factdesk.app.Workbench;
import org.factdesk.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "report", description = "Export the review report of an article.")
final class ReportCommand implements Runnable {
    @ParentCommand
    FactDeskCommand parent;

    @Parameters(paramLabel = "ARTICLE_ID")
    String articleId;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "html, pdf, markdown, csv, json or claimreview")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Override
    public void run() {
        ReportFormat f = parseFormat(format);
        try (Workbench wb = parent.openWorkspace()) {
            wb.exportReport(articleId, f, out);
            System.out.println("Wrote " + out.toAbsolutePath());
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
