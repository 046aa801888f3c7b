package org.factdesk.app;

import java.nio.file.Path;
import java.util.Properties;

/**
 * Everything a start of FactDesk is told from outside: made once by the launcher (Main, the command line) from its
 * arguments and, only there, the {@code factdesk.*} system properties; then passed in, never read again from the
 * process (decision 0076). Immutable: a change is a new config ({@code with...}).
 *
 * @param dataDir               the data folder given (--data-dir), or null for the one chosen in Preferences, else
 *                              the platform's default
 * @param demo                  open the demo workspace
 * @param openFile              the article file to open at start, or null
 * @param preferencesFile       the reviewer's preferences file, or null for the platform's default
 * @param dark                  the theme asked for at start, or null to follow the reviewer's preferences
 * @param warmUpClaimFinder     load the claim finder in the background once the window is ready
 * @param readMeaning           let the check-worthiness scorer run its sentence encoder (decision 0032)
 * @param launchedAt            when the launcher started, in epoch ms, for the startup probe; null when not given
 * @param startupMarks          print the startup's named points on stderr (docs/startup.md)
 * @param exitAfterFirstWindow  the startup probe: print the first window's timings and exit
 * @param archive               the newsroom archive on a cluster the window's evidence comes from (--archive,
 *                              {@code opensearch://HOST:PORT/INDEX}), or null for the data folder's (decision 0064)
 */
public record FactDeskConfig(Path dataDir, boolean demo, Path openFile, Path preferencesFile, Boolean dark,
                             boolean warmUpClaimFinder, boolean readMeaning, Long launchedAt, boolean startupMarks,
                             boolean exitAfterFirstWindow, String archive) {

    /** A plain start: nothing given. */
    public static FactDeskConfig defaults() {
        return new FactDeskConfig(null, false, null, null, null, true, true, null, false, false, null);
    }

    /**
     * The start-up switches a launcher script or a developer gives as {@code -Dfactdesk.*}: only the launcher calls
     * this, with {@code System.getProperties()}; tests give their own.
     */
    public static FactDeskConfig fromProperties(Properties p) {
        String dataDir = text(p, "factdesk.dataDir");
        String openFile = text(p, "factdesk.openFile");
        String prefs = text(p, "factdesk.preferences");
        String dark = text(p, "factdesk.dark");
        String launched = text(p, "factdesk.launchedAt");
        return new FactDeskConfig(dataDir == null ? null : Path.of(dataDir),
                Boolean.parseBoolean(text(p, "factdesk.demo")),
                openFile == null ? null : Path.of(openFile),
                prefs == null ? null : Path.of(prefs),
                dark == null ? null : Boolean.parseBoolean(dark),
                !"false".equalsIgnoreCase(text(p, "factdesk.warmUp")),
                !"false".equalsIgnoreCase(text(p, "factdesk.meaning")),
                launched != null && launched.matches("\\d{10,}") ? Long.valueOf(launched) : null,
                Boolean.parseBoolean(text(p, "factdesk.startupMarks")),
                Boolean.parseBoolean(text(p, "factdesk.exitAfterFirstWindow")), null);
    }

    /**
     * Hands the switches of the shipped models, of which a process has one each, to them: called once by the launcher
     * before the first claim is scored.
     */
    public void applyToShippedModels() {
        org.factdesk.extract.CheckWorthinessScorer.allowMeaning(readMeaning);
    }

    private static String text(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    public FactDeskConfig withDataDir(Path dir) {
        return new FactDeskConfig(dir, demo, openFile, preferencesFile, dark, warmUpClaimFinder, readMeaning,
                launchedAt, startupMarks, exitAfterFirstWindow, archive);
    }

    public FactDeskConfig withDemo(boolean on) {
        return new FactDeskConfig(dataDir, on, openFile, preferencesFile, dark, warmUpClaimFinder, readMeaning,
                launchedAt, startupMarks, exitAfterFirstWindow, archive);
    }

    /** @param file an article file to open at start (made absolute), or null */
    public FactDeskConfig withOpenFile(Path file) {
        return new FactDeskConfig(dataDir, demo, file == null ? null : file.toAbsolutePath(), preferencesFile, dark,
                warmUpClaimFinder, readMeaning, launchedAt, startupMarks, exitAfterFirstWindow, archive);
    }

    public FactDeskConfig withPreferencesFile(Path file) {
        return new FactDeskConfig(dataDir, demo, openFile, file, dark, warmUpClaimFinder, readMeaning,
                launchedAt, startupMarks, exitAfterFirstWindow, archive);
    }

    public FactDeskConfig withWarmUpClaimFinder(boolean on) {
        return new FactDeskConfig(dataDir, demo, openFile, preferencesFile, dark, on, readMeaning,
                launchedAt, startupMarks, exitAfterFirstWindow, archive);
    }

    /** @param address the cluster the window's evidence comes from ({@code opensearch://...}), or null */
    public FactDeskConfig withArchive(String address) {
        return new FactDeskConfig(dataDir, demo, openFile, preferencesFile, dark, warmUpClaimFinder, readMeaning,
                launchedAt, startupMarks, exitAfterFirstWindow, address);
    }
}
