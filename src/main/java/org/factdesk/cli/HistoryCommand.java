package org.factdesk.cli;

import java.util.List;
import org.factdesk.app.Workbench;
import org.factdesk.app.WorkspaceException;
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
        try (Workbench wb = parent.openExistingWorkspace()) {
            List<VerdictChange> changes = wb.history(claimId);
            if (changes.isEmpty()) {
                // verdicts outlive their claims (re-extraction), so only a claim with neither is unknown
                if (wb.claim(claimId).isEmpty()) {
                    throw new WorkspaceException("There is no claim " + Terminal.safe(claimId) + " in the workspace "
                            + wb.dataDir() + ", and no verdict was ever recorded for it. Check the id; `factdesk check"
                            + " ARTICLE` lists an article's claims with their ids.");
                }
                System.out.println(Terminal.safe(claimId) + ": no verdict recorded yet (Unreviewed).");
                return;
            }
            for (VerdictChange c : changes) {
                System.out.println(Terminal.safe(String.format("%4d  %s  %-10s %-12s %s", c.seq(), c.at(), c.action(),
                        c.after().status().label(), c.after().rationale())));
            }
        }
    }
}
