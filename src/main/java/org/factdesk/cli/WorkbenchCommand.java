package org.factdesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "workbench", description = "Open the workbench window (the default when no command is given), optionally on an article file.")
final class WorkbenchCommand implements Runnable {
    @ParentCommand
    FactDeskCommand parent;

    @Option(names = "--demo", description = "Open the demo workspace (a folder of its own, 'demo' inside the data folder; set up on"
            + " first use) at the demo article.")
    boolean demo;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "an article (.txt, .md, .html) to open, e.g. from the file manager")
    java.nio.file.Path file;

    @Override
    public void run() {
        parent.openWorkbench(demo, file); // in the window's configuration: the CLI does not know the UI's classes
    }
}
