package org.factdesk.app;

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
}
