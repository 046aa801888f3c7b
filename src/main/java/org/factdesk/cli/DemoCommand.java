package org.factdesk.cli;

import org.factdesk.app.Workbench;
import org.factdesk.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "demo", description = "Install the demo workspace (seed article and sample archive) into the data folder.")
final class DemoCommand implements Runnable {
    @ParentCommand
    FactDeskCommand parent;

    @Override
    public void run() {
        try (Workbench wb = parent.openWorkspace()) {
            ConsoleProgress progress = new ConsoleProgress(System.err);
            Article seed = wb.installDemo(progress);
            progress.finish();
            int claims = wb.claims(seed, progress).size();
            System.out.printf("Demo installed in %s: %d archive articles; demo article %s (%d claims).%n",
                    wb.dataDir(), wb.archiveSize(), seed.id(), claims);
            System.out.println("Try: factdesk check " + seed.id() + "   or open the workbench.");
        }
    }
}
