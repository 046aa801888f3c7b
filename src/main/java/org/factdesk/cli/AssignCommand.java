package org.factdesk.cli;

import org.factdesk.app.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "assign", description = {"Assign an article or a claim to a reviewer (team desk; editors and admins),",
        "or with --mine list what is assigned to you."})
final class AssignCommand implements Runnable {
    @ParentCommand
    FactDeskCommand parent;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ARTICLE_ID|CLAIM_ID")
    String target;

    @Parameters(index = "1", arity = "0..1", paramLabel = "USER")
    String user;

    @Option(names = "--mine", description = "list the articles and claims assigned to you")
    boolean mine;

    @Override
    public void run() {
        try (Workbench wb = parent.openExistingWorkspace()) {
            var desk = wb.requireTeamDesk("assign");
            if (mine) {
                var queue = desk.assignedTo(desk.url().user());
                System.out.println(queue.isEmpty() ? "Nothing is assigned to " + desk.url().user() + "."
                        : String.join("\n", queue.stream().map(Terminal::safe).toList()));
                return;
            }
            if (target == null || user == null) {
                throw new IllegalArgumentException("give ARTICLE_ID|CLAIM_ID and USER, or --mine");
            }
            if (wb.article(target).isEmpty() && wb.claim(target).isEmpty()) {
                throw new IllegalArgumentException("There is no article or claim " + Terminal.safe(target)
                        + " on the desk. Check the id.");
            }
            desk.assign(target, user);
            System.out.println("Assigned " + Terminal.safe(target) + " to " + Terminal.safe(user) + ".");
        }
    }
}
