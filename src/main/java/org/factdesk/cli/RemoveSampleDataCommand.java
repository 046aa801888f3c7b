package org.factdesk.cli;

import org.factdesk.app.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * Takes the demo's sample data out of a workspace that received it before the demo had a workspace of its own:
 * the 44 sample articles of its archive, and the demo article unless a verdict was recorded on it.
 */
@Command(name = "remove-sample-data", description = "Remove the demo's sample articles from this workspace's archive,"
        + " and the demo article from its library unless you recorded a verdict on it. Your own articles are not touched.")
final class RemoveSampleDataCommand implements Runnable {
    @ParentCommand
    FactDeskCommand parent;

    @Override
    public void run() {
        try (Workbench wb = parent.openWorkspace()) {
            Workbench.SampleData found = wb.sampleData();
            if (found.isEmpty()) {
                System.out.println("No sample data in " + wb.dataDir() + ": nothing to remove.");
                return;
            }
            Workbench.SampleRemoval done = wb.removeSampleData();
            System.out.printf("Removed %d sample articles from the archive in %s (%d articles left).%n",
                    done.archiveArticles(), wb.dataDir(), wb.archiveSize());
            if (done.demoArticleRemoved()) {
                System.out.println("Removed the demo article from the library.");
            } else if (done.demoArticleKept()) {
                System.out.println("Kept the demo article in the library: you recorded verdicts on its claims.");
            }
        }
    }
}
