package org.factdesk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.factdesk.app.AppLog;
import org.factdesk.app.DataDirs;
import org.factdesk.app.FactDeskConfig;
import org.factdesk.cli.FactDeskCommand;
import org.factdesk.ui.FactDeskApp;

/**
 * The jar's entry point. A plain class, not the JavaFX Application: with JavaFX on the class path
 * the launcher must not extend Application. No command opens the workbench; any command runs the CLI.
 *
 * <p>Opening the window is the common case and the one a user waits for, so it skips the command line
 * parser: picocli's reflection over all commands costs a few hundred ms before the first frame
 * (docs/startup.md). Only the window's own arguments take that path ({@link WindowArgs}); anything else,
 * including {@code --help} and every command, goes through picocli as before.
 *
 * <p>The one place that reads the {@code factdesk.*} system properties: into the {@link FactDeskConfig} every
 * layer is given (decision 0076). It also writes to stderr, as the command line does: a start that cannot open a
 * window, or one handed to the window already running, is told on the terminal it was started from.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        AppLog.install(AppLog.defaultFolder());
        FactDeskConfig config = FactDeskConfig.fromProperties(System.getProperties());
        config.applyToShippedModels();
        WindowArgs window;
        try {
            window = WindowArgs.parse(args);
        } catch (java.nio.file.InvalidPathException e) {
            window = null; // a path this locale cannot encode: the command line says so (FactDeskCommand's converter)
        }
        if (window != null) {
            try {
                launch(config.withDataDir(window.dataDir()).withDemo(window.demo())
                        .withOpenFile(window.file() != null ? window.file() : config.openFile()));
            } catch (RuntimeException e) { // e.g. no display: the same report as through picocli
                System.err.println("factdesk: unexpected error: " + e);
                e.printStackTrace();
                System.exit(70);
            }
            System.exit(0); // Lucene and JavaFX may leave non-daemon threads behind
        }
        int status = FactDeskCommand.execute(Main::launch, config, args);
        System.exit(status);
    }

    /** Opens the window; a start handed to the window already running says so where it was started. */
    private static void launch(FactDeskConfig config) {
        FactDeskApp.launchWith(config).ifPresent(System.err::println);
    }

    /**
     * The arguments that just open the window: {@code [--data-dir DIR] [workbench [--demo] [FILE]]} or
     * {@code [--data-dir DIR] FILE} (the file manager's "open with"), exactly as picocli reads them.
     */
    record WindowArgs(Path dataDir, boolean demo, Path file) {
        /** The command names of {@code FactDeskCommand} (a test keeps them in step with picocli's). */
        static final Set<String> COMMANDS = Set.of("workbench", "demo", "remove-sample-data", "import-archive", "import-claimreview", "check", "verdict", "history",
                "report", "restore", "reindex", "evaluate", "help", "desk", "assign", "comment",
                "approve");

        /** Null when the arguments are anything but a plain window start (then picocli handles them). */
        static WindowArgs parse(String[] args) {
            Path dataDir = null;
            boolean workbench = false;
            boolean demo = false;
            Path file = null;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--data-dir") && i + 1 < args.length && dataDir == null) {
                    dataDir = Path.of(args[++i]);
                } else if (a.startsWith("--data-dir=") && dataDir == null) {
                    dataDir = Path.of(a.substring("--data-dir=".length()));
                } else if (a.equals("workbench") && !workbench && file == null) {
                    workbench = true;
                } else if (a.equals("--demo") && workbench && !demo) {
                    demo = true;
                } else if (!a.startsWith("-") && file == null && !a.isEmpty()
                        && (workbench || (!COMMANDS.contains(a) && i == args.length - 1 && Files.isRegularFile(Path.of(a))))) {
                    file = Path.of(a);
                } else {
                    return null;
                }
            }
            return new WindowArgs(dataDir == null ? DataDirs.defaultDataDir() : dataDir, demo, file);
        }
    }
}
