package org.factdesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/** Where FactDesk keeps its state when no --data-dir is given: the platform's per-user data folder. */
public final class DataDirs {
    private DataDirs() {
    }

    public static Path defaultDataDir() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData/Roaming")).resolve("FactDesk");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/FactDesk");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local/share");
        return base.resolve("factdesk");
    }

    /**
     * Refuses a data folder path that cannot be one, with a message that says why: a file, or a symbolic link that
     * leads nowhere (a loop, a missing target). A path that does not exist yet is fine (it is created).
     */
    public static void requireUsable(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(dir) && !Files.exists(dir)) {
            String target;
            try {
                target = " (it points to " + Files.readSymbolicLink(dir) + ")";
            } catch (IOException e) {
                target = "";
            }
            throw new WorkspaceException("The data folder " + dir + " is a symbolic link that leads nowhere" + target
                    + ": its target is missing or the links form a loop. Fix the link, or pass --data-dir with a folder.");
        }
        // the folder itself, or a folder it would be created in (the demo workspace is inside the data folder)
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new WorkspaceException("The data folder " + p + " is a file, not a folder. Pass --data-dir with a"
                        + " folder (FactDesk keeps factdesk.db, backups/ and archive/ in it), or move the file away.");
            }
            if (Files.isSymbolicLink(p) && !Files.exists(p)) {
                throw new WorkspaceException("The data folder " + p + " is a symbolic link that leads nowhere: its"
                        + " target is missing or the links form a loop. Fix the link, or pass --data-dir with a folder.");
            }
        }
    }

    /**
     * Refuses a data folder that does not hold a workspace yet, for commands that only read or change what is there:
     * a mistyped --data-dir must not be created, and must not look like an empty workspace.
     */
    public static void requireExisting(Path dataDir) {
        requireUsable(dataDir);
        Path dir = dataDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new WorkspaceException("The data folder " + dir + " does not exist. Check --data-dir for a typo;"
                    + " FactDesk creates a data folder only for the window and for commands that add to it"
                    + " (demo, import-archive, check FILE).");
        }
        boolean workspace = Files.exists(dir.resolve(Workbench.DB_FILE), LinkOption.NOFOLLOW_LINKS)
                || Files.isDirectory(dir.resolve("backups")) || Files.isDirectory(dir.resolve(Workbench.ARCHIVE_DIR));
        if (!workspace) {
            throw new WorkspaceException("The folder " + dir + " holds no FactDesk workspace (no " + Workbench.DB_FILE
                    + "). Check --data-dir for a typo, or start with `factdesk demo` or `factdesk check FILE`.");
        }
    }
}
