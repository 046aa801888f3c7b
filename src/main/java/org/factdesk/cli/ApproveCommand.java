package org.factdesk.cli;

import org.factdesk.app.Workbench;
import org.factdesk.store.VersionedVerdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "approve", description = "Approve a claim's verdict as it is now (team desk; editors only). Only approved"
        + " verdicts go into ClaimReview and published reports.")
final class ApproveCommand implements Runnable {
    @ParentCommand
    FactDeskCommand parent;

    @Parameters(paramLabel = "CLAIM_ID")
    String claimId;

    @Option(names = "--version", paramLabel = "N", description = "approve only if the verdict is still at version N"
            + " (as shown by `history`)")
    Long version;

    @Override
    public void run() {
        try (Workbench wb = parent.openExistingWorkspace()) {
            var desk = wb.requireTeamDesk("approve");
            VersionedVerdict now = desk.versionedVerdict(claimId);
            VersionedVerdict approved = desk.approve(claimId, version != null ? version : now.version());
            System.out.println(Terminal.safe(claimId + ": " + approved.verdict().status().label() + " approved by "
                    + desk.url().user() + " (version " + approved.version() + ")."));
        }
    }
}
