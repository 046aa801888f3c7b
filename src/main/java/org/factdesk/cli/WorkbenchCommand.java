package org.factdesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "workbench", description = "Open the workbench window (the default when no command is given).")
final class WorkbenchCommand implements Runnable {
    @ParentCommand
    FactDeskCommand parent;

    @Option(names = "--demo", description = "Install the demo workspace if needed and open the demo article.")
    boolean demo;

    @Override
    public void run() {
        parent.openWorkbench(demo);
    }
}
