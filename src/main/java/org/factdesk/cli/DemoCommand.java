package org.factdesk.cli;

import java.nio.file.Path;
import org.factdesk.app.DemoWorkspace;
import org.factdesk.app.Workbench;
import org.factdesk.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * Sets up the demo workspace: a data folder of its own ({@code demo} inside the data folder), never the user's
 * archive (decision 40).
 */
@Command(name = "demo", description = "Set up the demo workspace (the seed article and a sample archive of 44 articles) in a "
        + "folder of its own, 'demo' inside the data folder; your own workspace is not touched.")
final class DemoCommand implements Runnable {
    @ParentCommand
    FactDeskCommand parent;

    @Override
    public void run() {
        Path folder = DemoWorkspace.folder(parent.dataDir);
        try (Workbench wb = Workbench.open(folder)) {
            ConsoleProgress progress = new ConsoleProgress(System.err);
            boolean installed = wb.demoInstalled();
            Article seed = installed ? wb.demoArticle() : wb.installDemo(progress);
            progress.finish();
            int claims = wb.claims(seed, progress).size();
            System.out.printf("Demo workspace %s in %s: %d sample archive articles; demo article %s (%d claims).%n",
                    installed ? "ready" : "installed", wb.dataDir(), wb.archiveSize(), seed.id(), claims);
            System.out.println("It is kept apart from your own workspace (" + parent.dataDir.toAbsolutePath().normalize() + ").");
            System.out.println("Try: factdesk --data-dir " + wb.dataDir() + " check " + seed.id()
                    + "   or open it in the workbench: factdesk workbench --demo");
        }
    }
}
