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
            if (wb.teamDesk().isPresent()) {
                printWithWho(wb.teamDesk().get());
                return;
            }
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

    /** On a team desk: who made each change (the server's record of the login), and whether it is approved now. */
    private void printWithWho(org.factdesk.store.PgStore desk) {
        var changes = desk.historyWithWho(claimId);
        if (changes.isEmpty()) {
            System.out.println(Terminal.safe(claimId) + ": no verdict recorded yet (Unreviewed).");
            return;
        }
        int version = 0;
        for (var c : changes) {
            version++;
            System.out.println(Terminal.safe(String.format("v%-3d %s  %-24s %-10s %-12s %s", version, c.when(),
                    c.author(), c.action(), c.after().status().label(), c.after().rationale())));
        }
        System.out.println(desk.approval(claimId).map(a -> "Approved by " + a.editor() + " at " + a.at()
                + " (version " + a.version() + ").").orElse("Draft: not approved by an editor."));
    }
}
