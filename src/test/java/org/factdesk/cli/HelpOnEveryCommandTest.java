package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command and subcommand answers --help with its usage (exit 0), and the top command --version. */
class HelpOnEveryCommandTest {
    @Test
    void everyCommandAnswersHelpWithItsUsage() {
        List<List<String>> paths = new ArrayList<>();
        collect(FactDeskCommand.commandLine((d, demo) -> { }), new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(15);
        for (List<String> path : paths) {
            CommandLine cli = FactDeskCommand.commandLine((d, demo) -> { throw new AssertionError("no window for --help"); });
            StringWriter out = new StringWriter();
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(new StringWriter()));
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            int status = cli.execute(args.toArray(String[]::new));
            assertThat(status).as("exit status of %s", args).isZero();
            assertThat(out.toString()).as("output of %s", args).contains("Usage: factdesk")
                    .contains(path.isEmpty() ? "factdesk" : path.getLast()).contains("--help");
        }
    }

    @Test
    void versionNamesTheProduct() {
        CommandLine cli = FactDeskCommand.commandLine((d, demo) -> { });
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("--version")).isZero();
        assertThat(out.toString()).startsWith("FactDesk ");
    }

    private static void collect(CommandLine cli, List<String> path, List<List<String>> into) {
        if (cli.getCommand() instanceof CommandLine.HelpCommand) {
            return;
        }
        into.add(List.copyOf(path));
        for (var e : cli.getSubcommands().entrySet()) {
            List<String> sub = new ArrayList<>(path);
            sub.add(e.getKey());
            collect(e.getValue(), sub, into);
        }
    }
}
