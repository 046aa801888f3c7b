package org.factdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.factdesk.app.DataDirs;
import org.factdesk.app.FactDeskConfig;
import org.factdesk.app.Workbench;
import org.factdesk.app.WorkspaceException;
import org.factdesk.archive.ArchiveLocation;
import org.factdesk.archive.ArchiveQueryException;
import org.factdesk.store.DeskUrl;
import org.factdesk.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: the same jar opens the workbench (no command) or runs one task. Every command
 * goes through {@link Workbench}, so the CLI and the UI share their code paths.
 */
@Command(name = "factdesk", mixinStandardHelpOptions = true, versionProvider = FactDeskCommand.Version.class,
        description = "FactDesk: find the claims in an article, the evidence in your own archive, and record verdicts.%n"
                + "With no command, opens the workbench.",
        subcommands = {WorkbenchCommand.class, DemoCommand.class, RemoveSampleDataCommand.class, ImportArchiveCommand.class,
                ImportClaimReviewCommand.class,
                CheckCommand.class,
                VerdictCommand.class, HistoryCommand.class, ReportCommand.class, RestoreCommand.class, ReindexCommand.class,
                EvaluateCommand.class,
                DeskCommand.class, AssignCommand.class, CommentCommand.class, ApproveCommand.class,
                CommandLine.HelpCommand.class})
public final class FactDeskCommand implements Runnable {
    @Option(names = "--data-dir", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Folder for all state (SQLite database, Lucene archive). Default: ${DEFAULT-VALUE}")
    Path dataDir = DataDirs.defaultDataDir();

    @Option(names = "--desk", paramLabel = "postgresql://USER@HOST:PORT/DB", scope = CommandLine.ScopeType.INHERIT,
            description = "Keep the reviews on this team desk (PostgreSQL) instead of the local one. The password comes"
                    + " from PGPASSWORD, ~/.pgpass (owner-only) or a prompt.")
    String desk;

    @Option(names = "--archive", paramLabel = "opensearch://HOST:PORT/INDEX", scope = CommandLine.ScopeType.INHERIT,
            description = "The archive of prior articles on an OpenSearch cluster instead of the data folder's"
                    + " (opensearch+https://USER@HOST:PORT/INDEX for TLS; password or API key from the environment,"
                    + " see the README). Used by check, the workbench window, import-archive, reindex and evaluate"
                    + " retrieval.")
    String archive;

    /** Opens the workbench window as configured; blocks until the window closes. */
    private final Consumer<FactDeskConfig> workbenchLauncher;
    /** The start's configuration before this command line (the launcher's); the window's is this plus its options. */
    private final FactDeskConfig startConfig;

    /** @param workbenchLauncher (data dir, demo?) -> opens the window and blocks until it closes */
    public FactDeskCommand(BiConsumer<Path, Boolean> workbenchLauncher) {
        this(c -> workbenchLauncher.accept(c.dataDir(), c.demo()), FactDeskConfig.defaults());
    }

    public FactDeskCommand(Consumer<FactDeskConfig> workbenchLauncher, FactDeskConfig startConfig) {
        this.workbenchLauncher = workbenchLauncher;
        this.startConfig = startConfig;
    }

    @Override
    public void run() {
        openWorkbench(false, null);
    }

    /** @param file the article to open in the window, or null */
    void openWorkbench(boolean demo, Path file) {
        if (archive != null) {
            ArchiveLocation.parse(archive); // a malformed address is said here, not in the window
        }
        workbenchLauncher.accept(startConfig.withDataDir(dataDir).withDemo(demo)
                .withOpenFile(file != null ? file : startConfig.openFile())
                .withArchive(archive != null ? archive : startConfig.archive()));
    }

    /** Opens the workspace (creating the data folder on first use); what the user should know goes to stderr. */
    Workbench openWorkspace() {
        return openWorkspace(false);
    }

    /** @param needsArchive the command cannot do its job without the archive: refuse at once when it is unusable */
    Workbench openWorkspace(boolean needsArchive) {
        Workbench wb;
        if (desk == null) {
            wb = Workbench.open(dataDir);
        } else {
            DeskUrl url = DeskUrl.parse(desk);
            char[] password = DeskLogin.password(url);
            try {
                wb = Workbench.open(dataDir, url, password);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        }
        if (needsArchive) {
            // --archive for this run, else the archive the team desk names for all its reviewers (decision 66)
            String cluster;
            try {
                cluster = archive != null ? archive : wb.deskArchive().orElse(null);
            } catch (RuntimeException e) {
                wb.close();
                throw e;
            }
            try {
                if (cluster != null) {
                    wb.connectArchive(cluster, null); // evidence from the cluster; refused with what to do when unusable
                }
            } catch (RuntimeException e) {
                wb.close();
                if (archive == null) {
                    throw new WorkspaceException("The team desk's newsroom archive cannot be used: " + e.getMessage()
                            + " (--archive chooses another for this run; a desk admin changes the desk's with"
                            + " `desk set-archive`.)", e);
                }
                throw e;
            }
        }
        if (needsArchive) {
            try {
                wb.requireArchive();
            } catch (RuntimeException e) {
                wb.close();
                throw e;
            }
        }
        wb.notices().forEach(n -> System.err.println("factdesk: note: " + Terminal.safe(n)));
        return wb;
    }

    /**
     * Opens the workspace of a data folder that must exist already: a command that only reads or changes what is
     * there (history, verdict, report) must not create an empty workspace under a mistyped path.
     */
    Workbench openExistingWorkspace() {
        return openExistingWorkspace(false);
    }

    Workbench openExistingWorkspace(boolean needsArchive) {
        existingDataDir();
        return openWorkspace(needsArchive);
    }

    /** The data folder, which must exist: a mistyped --data-dir is said so, not created. */
    Path existingDataDir() {
        Workbench.requireExistingDataDir(dataDir);
        return dataDir.toAbsolutePath().normalize();
    }

    /** Runs the command line; user errors print one clear line and exit 1 (2 for malformed input files). */
    public static int execute(BiConsumer<Path, Boolean> workbenchLauncher, String... args) {
        return execute(c -> workbenchLauncher.accept(c.dataDir(), c.demo()), FactDeskConfig.defaults(), args);
    }

    /** The same, for a launcher given the start's whole configuration (the file to open among it). */
    public static int execute(Consumer<FactDeskConfig> workbenchLauncher, FactDeskConfig startConfig, String... args) {
        return execute(workbenchLauncher, startConfig, List.of(), args);
    }

    /**
     * The same with more commands beside the product's: the lab jar adds its benchmarks and trainers this way
     * (docs/lab.md), so the product names none of them.
     */
    public static int execute(Consumer<FactDeskConfig> workbenchLauncher, FactDeskConfig startConfig,
            List<?> moreCommands, String... args) {
        CommandLine cli = commandLine(workbenchLauncher, startConfig, moreCommands);
        args = opensAFile(cli, args);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof WorkspaceException || ex instanceof StoreException || ex instanceof ArchiveQueryException
                    || ex instanceof IllegalArgumentException) {
                err.println("factdesk: " + ex.getMessage());
                return 1;
            }
            if (ex instanceof java.io.UncheckedIOException io) {
                // a file or disk problem (the reason is the cause's message), not a bug
                err.println("factdesk: " + Terminal.safe(io.getCause().getMessage()));
                return 1;
            }
            if (ex instanceof UserInputException uie) {
                err.println("factdesk: " + uie.getMessage());
                return uie.exitCode();
            }
            err.println("factdesk: unexpected error: " + ex);
            ex.printStackTrace(err);
            return 70;
        });
        return cli.execute(args);
    }

    /** The command tree, every command and subcommand answering --help (tests walk it). */
    static CommandLine commandLine(BiConsumer<Path, Boolean> workbenchLauncher) {
        return commandLine(c -> workbenchLauncher.accept(c.dataDir(), c.demo()), FactDeskConfig.defaults(), List.of());
    }

    static CommandLine commandLine(Consumer<FactDeskConfig> workbenchLauncher, FactDeskConfig startConfig,
            List<?> moreCommands) {
        CommandLine cli = new CommandLine(new FactDeskCommand(workbenchLauncher, startConfig));
        moreCommands.forEach(cli::addSubcommand);
        cli.registerConverter(Path.class, FactDeskCommand::path);
        addHelpOption(cli);
        return cli;
    }

    /** -h/--help on each subcommand (the top command has it from mixinStandardHelpOptions), once, in one place. */
    private static void addHelpOption(CommandLine cli) {
        for (CommandLine sub : cli.getSubcommands().values()) {
            CommandLine.Model.CommandSpec spec = sub.getCommandSpec();
            if (!spec.optionsMap().containsKey("--help") && !(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                String[] names = spec.optionsMap().containsKey("-h") ? new String[] {"--help"} : new String[] {"-h", "--help"};
                spec.addOption(CommandLine.Model.OptionSpec.builder(names).usageHelp(true).type(boolean.class)
                        .description("Show this help message and exit.").build());
            }
            addHelpOption(sub);
        }
    }

    /**
     * The file manager starts FactDesk with just a file ({@code FactDesk article.html}): that means
     * {@code workbench article.html}. Any argument that names a command or an option is left alone.
     */
    static String[] opensAFile(CommandLine cli, String[] args) {
        int i = 0;
        while (i < args.length && args[i].startsWith("-")) {
            i += args[i].equals("--data-dir") || args[i].equals("--desk") || args[i].equals("--archive") ? 2 : 1;
        }
        if (i == args.length - 1 && !cli.getSubcommands().containsKey(args[i])
                && java.nio.file.Files.isRegularFile(Path.of(args[i]))) {
            String[] out = new String[args.length + 1];
            System.arraycopy(args, 0, out, 0, i);
            out[i] = "workbench";
            System.arraycopy(args, i, out, i + 1, args.length - i);
            return out;
        }
        return args;
    }

    /**
     * A path argument. Under the C/POSIX locale Java encodes file names as ASCII, so a name with é or ü cannot be
     * used at all: say that and how to fix it, instead of a stack trace.
     */
    static Path path(String text) {
        try {
            return Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            String encoding = System.getProperty("sun.jnu.encoding", "");
            throw new CommandLine.TypeConversionException("the path '" + Terminal.safe(text) + "' cannot be used"
                    + (encoding.isEmpty() || encoding.toUpperCase(java.util.Locale.ROOT).contains("UTF")
                    ? ": " + e.getReason()
                    : ": this Java reads file names as " + encoding + " (the C/POSIX locale), which has no such"
                    + " characters. Start FactDesk with a UTF-8 locale, e.g. LANG=C.UTF-8"));
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"FactDesk " + org.factdesk.app.AppVersion.text()};
        }
    }
}
