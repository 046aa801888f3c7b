package org.factdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.factdesk.app.DataDirs;
import org.factdesk.cli.FactDeskCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The launcher's shortcut for opening the window reads exactly the window's arguments and leaves the rest to picocli. */
class MainWindowArgsTest {
    @Test
    void noArgumentsOpenTheWindowOnTheDefaultDataDir() {
        assertThat(Main.WindowArgs.parse(new String[0]))
                .isEqualTo(new Main.WindowArgs(DataDirs.defaultDataDir(), false, null));
    }

    @Test
    void dataDirAndWorkbenchDemoAreWindowStarts() {
        assertThat(Main.WindowArgs.parse(new String[] {"--data-dir", "/tmp/x", "workbench", "--demo"}))
                .isEqualTo(new Main.WindowArgs(Path.of("/tmp/x"), true, null));
        assertThat(Main.WindowArgs.parse(new String[] {"workbench", "--data-dir=/tmp/y"}))
                .isEqualTo(new Main.WindowArgs(Path.of("/tmp/y"), false, null));
        assertThat(Main.WindowArgs.parse(new String[] {"workbench", "a.txt", "--demo"}))
                .isEqualTo(new Main.WindowArgs(DataDirs.defaultDataDir(), true, Path.of("a.txt")));
    }

    @Test
    void aLoneExistingFileOpensInTheWindow(@TempDir Path dir) throws Exception {
        Path article = Files.writeString(dir.resolve("article.txt"), "Text.");
        assertThat(Main.WindowArgs.parse(new String[] {article.toString()}))
                .isEqualTo(new Main.WindowArgs(DataDirs.defaultDataDir(), false, article));
        assertThat(Main.WindowArgs.parse(new String[] {dir.resolve("missing.txt").toString()})).isNull();
    }

    @Test
    void commandsHelpAndUnknownOptionsGoToPicocli() {
        for (String[] args : new String[][] {{"--help"}, {"-V"}, {"demo"}, {"check", "a.txt"}, {"--data-dir"},
                {"workbench", "--demo", "--demo"}, {"--demo"}, {"workbench", "a.txt", "b.txt"}, {"--verbose"}}) {
            assertThat(Main.WindowArgs.parse(args)).as(String.join(" ", args)).isNull();
        }
    }

    @Test
    void knowsEveryCommandName() {
        CommandLine cli = new CommandLine(new FactDeskCommand((d, demo) -> { }));
        assertThat(Main.WindowArgs.COMMANDS).containsExactlyInAnyOrderElementsOf(cli.getSubcommands().keySet());
    }
}
