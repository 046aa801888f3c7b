package org.factdesk.cli;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.app.Workbench;
import org.factdesk.store.BackupInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "restore", description = {"Put a backup of the review database back in place (the newest one that"
        + " passes the check, or BACKUP). The database it replaces is kept beside it, renamed, never deleted.",
        "Examples: restore --list",
        "          restore",
        "          restore factdesk-20261206-221000-000-v2-changed.db"})
final class RestoreCommand implements Runnable {
    @ParentCommand
    FactDeskCommand parent;

    @Parameters(paramLabel = "BACKUP", arity = "0..1",
            description = "a backup's name from --list, or the path of a backup file (default: the newest good one)")
    Path backup;

    @Option(names = "--list", description = "list the backups with what each holds, newest first; restore nothing")
    boolean list;

    @Override
    public void run() {
        Path dataDir = parent.existingDataDir();
        if (list) {
            List<BackupInfo> backups = Workbench.backups(dataDir);
            if (backups.isEmpty()) {
                throw new UserInputException("There is no backup in " + dataDir.resolve("backups") + ". FactDesk backs"
                        + " up the database when it opens and something changed since the last backup.", 1);
            }
            for (BackupInfo b : backups) {
                System.out.println(Terminal.safe(b.file().getFileName() + "  " + b.summary()));
            }
            return;
        }
        Workbench.Restored r = Workbench.restoreBackup(dataDir, backup);
        System.out.println(Terminal.safe("Restored " + r.backup().file() + " (" + r.backup().summary() + ") to "
                + dataDir.resolve("factdesk.db") + "."));
        System.out.println(Terminal.safe(r.keptAside() == null ? "There was no database to replace."
                : "The database it replaced is kept as " + r.keptAside() + "."));
    }
}
