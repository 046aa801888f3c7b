package org.factdesk.cli;

import org.factdesk.app.Workbench;
import org.factdesk.model.VerdictChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "history", description = "Show every recorded change of a claim's verdict.")
final class HistoryCommand implements Runnable {
    @ParentCommand
    FactDeskCommand parent;

    @Parameters(paramLabel = "CLAIM_ID")
    String claimId;

    @Override
    public void run() {
        try (Workbench wb = parent.openWorkspace()) {
            for (VerdictChange c : wb.history(claimId)) {
                System.out.printf("%4d  %s  %-10s %-12s %s%n", c.seq(), c.at(), c.action(), c.after().status().label(),
                        c.after().rationale());
            }
        }
    }
}
