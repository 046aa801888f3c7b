package org.factdesk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.factdesk.app.Workbench;
import org.factdesk.store.BackupInfo;
import org.factdesk.store.StoreException;

/**
 * File > Restore backup, and the offer a failed open makes: the workspace database's backups, each checked, and
 * one put back in place of the database (docs/decisions/0022). The workspace is closed first and opened again after;
 * what the restore did is said once that open is done.
 */
public final class WorkspaceBackups {
    private final WorkbenchSession session;
    /** The folder of the workspace open now (null before the first). */
    private final Supplier<Path> workspaceDir;
    /** Opens the workspace again (called on the FX thread). */
    private final Runnable reopen;
    /** Said in the status bar once the next open is done (what a restore did), or null; FX thread only. */
    private String noticeAfterOpen;

    WorkspaceBackups(WorkbenchSession session, Supplier<Path> workspaceDir, Runnable reopen) {
        this.session = session;
        this.workspaceDir = workspaceDir;
        this.reopen = reopen;
    }

    /** The backups of the workspace's database, newest first, each checked (File > Restore backup). */
    public void load(Consumer<List<BackupInfo>> show) {
        Path dir = workspaceDir.get();
        if (dir == null) {
            return;
        }
        session.executor.run(() -> Workbench.backups(dir), show,
                t -> session.notifier().problem("Could not list the backups", t, "Check that the data folder is readable."));
    }

    /**
     * Closes the workspace, puts {@code backup} back in place of its database (the replaced database is kept beside
     * it, renamed) and opens the workspace again.
     */
    public void restore(Path backup) {
        Path dir = workspaceDir.get();
        if (dir == null) {
            return;
        }
        UiExecutor executor = session.executor;
        session.verdict.commitRationale();
        session.scoring.cancel();
        executor.runLong("Restoring a backup", p -> {
            executor.awaitQueuedCalls();
            session.scoring.awaitIdle();
            Workbench wb = session.workbench();
            session.setWorkbench(null);
            if (wb != null) {
                wb.close();
            }
            return Workbench.restoreBackup(dir, backup);
        }, restored -> {
            noticeAfterOpen = "Restored the backup " + restored.backup().file().getFileName() + " ("
                    + restored.backup().summary() + ")" + (restored.keptAside() == null ? "."
                    : "; the database it replaced is kept as " + restored.keptAside().getFileName() + ".");
            reopen.run();
        }, reopen, t -> {
            session.notifier().problem("Could not restore the backup", t, "Nothing was replaced. Choose another backup.");
            reopen.run();
        });
    }

    /** What the last restore did, once (null: nothing to say); FX thread only. */
    String takeNoticeAfterOpen() {
        String n = noticeAfterOpen;
        noticeAfterOpen = null;
        return n;
    }

    /** The good backup a failed open offers (a missing, empty or damaged database), or null. */
    static Path restorable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof StoreException se) {
                return se.latestBackup().orElse(null);
            }
        }
        return null;
    }
}
