package org.factdesk.cli;

import org.factdesk.app.Workbench;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "verdict", description = "Record a verdict on a claim: Verified, Disputed, False, Misleading, "
        + "Unverifiable or Unreviewed. Every change is kept in the claim's history.")
final class VerdictCommand implements Runnable {
    @ParentCommand
    FactDeskCommand parent;

    @Parameters(index = "0", paramLabel = "CLAIM_ID")
    String claimId;

    @Parameters(index = "1", paramLabel = "STATUS")
    String status;

    @Option(names = "--note", paramLabel = "TEXT", description = "the rationale")
    String note;

    @Option(names = "--confidence", paramLabel = "0-5")
    Integer confidence;

    @Option(names = "--reviewer", paramLabel = "NAME", defaultValue = "${sys:user.name}")
    String reviewer;

    @Override
    public void run() {
        VerdictStatus s = VerdictStatus.parse(status);
        try (Workbench wb = parent.openExistingWorkspace()) {
            Verdict current = wb.verdict(claimId);
            Verdict next = new Verdict(claimId, s, note != null ? note : current.rationale(),
                    confidence != null ? confidence : current.confidence(), reviewer, null, current.evidence());
            Verdict saved = wb.saveVerdict(next, "cli");
            System.out.println(Terminal.safe(String.format("%s: %s%s (saved %s)", claimId, saved.status().label(),
                    saved.rationale().isBlank() ? "" : " — " + saved.rationale(), saved.updatedAt())));
        }
    }
}
