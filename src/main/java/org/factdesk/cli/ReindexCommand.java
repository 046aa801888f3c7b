package org.factdesk.cli;

import org.factdesk.app.Workbench;
import org.factdesk.app.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "reindex", description = {"Rebuild the archive beside the old one and swap them: from the archive's"
        + " own stored articles when it opens, otherwise from the files recorded by every import. The old archive"
        + " folder is kept (archive.before-reindex-<time>); sources no longer on disk are named."})
final class ReindexCommand implements Runnable {
    @ParentCommand
    FactDeskCommand parent;

    @Option(names = "--from-sources", description = "import the recorded sources again even if the archive opens")
    boolean fromSources;

    @Override
    public void run() {
        if (parent.archive != null) {
            // the archive on a cluster: rebuilt there, from its own stored articles, into a new index
            var at = org.factdesk.archive.ArchiveLocation.parse(parent.archive);
            try (var cluster = org.factdesk.archive.OpenSearchArchive.connect(at,
                    org.factdesk.archive.ClusterCredentials.forLocation(at))) {
                ConsoleProgress progress = new ConsoleProgress(System.err);
                int articles = cluster.reindex(progress);
                progress.finish();
                System.out.println(Terminal.safe("Rebuilt " + cluster.describe() + " with this FactDesk's mapping: it"
                        + " holds " + articles + (articles == 1 ? " article." : " articles.")));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return;
        }
        try (Workbench wb = parent.openExistingWorkspace()) {
            ConsoleProgress progress = new ConsoleProgress(System.err);
            Workbench.Reindexed r = wb.reindex(fromSources, progress);
            progress.finish();
            System.out.println(Terminal.safe("Rebuilt the archive from " + r.from() + ": it holds " + r.articles()
                    + (r.articles() == 1 ? " article." : " articles.")));
            r.rebuilt().forEach(s -> System.out.println(Terminal.safe("  read " + s)));
            if (r.keptAside() != null) {
                System.out.println(Terminal.safe("The archive it replaced is kept as " + r.keptAside()
                        + "; delete it once the new one serves you."));
            }
            if (!r.missing().isEmpty()) {
                throw new WorkspaceException("The archive was rebuilt without " + r.missing().size()
                        + (r.missing().size() == 1 ? " source" : " sources") + " FactDesk could not read: "
                        + String.join("; ", r.missing()) + ". Put them back and run `factdesk reindex --from-sources`"
                        + " again, or import them anew.");
            }
        }
    }
}
