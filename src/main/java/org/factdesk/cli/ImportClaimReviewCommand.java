package org.factdesk.cli;

import java.nio.file.Path;
import org.factdesk.app.Workbench;
import org.factdesk.archive.CheckedBefore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Imports the world's earlier fact-checks (schema.org ClaimReview), which `check` then shows beside the evidence. */
@Command(name = "import-claimreview", description = "Import earlier fact-checks published as schema.org ClaimReview:"
        + " JSON-LD objects or arrays, DataFeed files, saved fact-check pages (.html) with their JSON-LD, saved Google Fact"
        + " Check Tools claim-search responses, or a folder of them. `check` then says \"Checked before by OUTLET (DATE):"
        + " RATING\" for a claim they checked.")
final class ImportClaimReviewCommand implements Runnable {
    @ParentCommand
    FactDeskCommand parent;

    @Parameters(paramLabel = "FILE|DIR")
    Path path;

    @Override
    public void run() {
        try (Workbench wb = parent.openWorkspace()) {
            ConsoleProgress progress = new ConsoleProgress(System.err);
            CheckedBefore.Imported done;
            try {
                done = wb.importClaimReviews(path, progress);
            } finally {
                progress.finish();
            }
            done.problems().forEach(p -> System.err.println("problem: " + p));
            System.out.printf("%d fact-checks read, %d new; %d in this workspace.%n", done.read(), done.added(),
                    wb.checkedBeforeCount());
            if (done.read() == 0) {
                throw new UserInputException("No ClaimReview was found in " + path + ". Give JSON-LD with \"@type\":"
                        + " \"ClaimReview\", a DataFeed, a saved fact-check page or a Fact Check Tools response.", 2);
            }
        }
    }
}
