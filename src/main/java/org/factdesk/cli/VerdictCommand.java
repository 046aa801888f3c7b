package org.factdesk.cli;

import org.factdesk.store.VersionedVerdict;

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

    @Option(names = "--reviewer", paramLabel = "NAME", defaultValue = "${sys:user.name}",
            description = "who you are (on a team desk, your login is recorded instead)")
    String reviewer;

    @Option(names = "--expect-version", paramLabel = "N", description = "save only if the verdict is still at version N"
            + " (from `history`); a colleague's newer change is shown instead of overwritten")
    Long expectVersion;

    @Override
    public void run() {
        VerdictStatus s = VerdictStatus.parse(status);
        try (Workbench wb = parent.openExistingWorkspace()) {
            VersionedVerdict read = wb.versionedVerdict(claimId);
            Verdict current = read.verdict();
            Verdict next = new Verdict(claimId, s, note != null ? note : current.rationale(),
                    confidence != null ? confidence : current.confidence(), reviewer, null, current.evidence());
            // optimistic locking: over the version read just now, or the one the reviewer looked at
            VersionedVerdict saved = wb.saveVerdict(next, "cli", expectVersion != null ? expectVersion : read.version());
            Verdict v = saved.verdict();
            System.out.println(Terminal.safe(String.format("%s: %s%s (saved %s, version %d)", claimId, v.status().label(),
                    v.rationale().isBlank() ? "" : " — " + v.rationale(), v.updatedAt(), saved.version())));
        }
    }
}
