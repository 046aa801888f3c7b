package org.factdesk.cli;

import org.factdesk.app.Workbench;
import org.factdesk.store.DeskComment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "comment", description = "Comment on a claim (team desk), or list its comments when no TEXT is given.")
final class CommentCommand implements Runnable {
    @ParentCommand
    FactDeskCommand parent;

    @Parameters(index = "0", paramLabel = "CLAIM_ID")
    String claimId;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TEXT")
    String text;

    @Override
    public void run() {
        try (Workbench wb = parent.openExistingWorkspace()) {
            var desk = wb.requireTeamDesk("comment");
            if (wb.claim(claimId).isEmpty()) {
                throw new IllegalArgumentException("There is no claim " + Terminal.safe(claimId) + " on the desk.");
            }
            if (text != null) {
                desk.comment(claimId, text);
            }
            for (DeskComment c : desk.comments(claimId)) {
                System.out.println(Terminal.safe(c.at() + "  " + c.who() + ": " + c.text()));
            }
        }
    }
}
