package org.factdesk;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.factdesk.app.AppLog;
import org.factdesk.app.FactDeskConfig;
import org.factdesk.cli.BenchCommand;
import org.factdesk.cli.FactDeskCommand;
import org.factdesk.cli.TrainCheckWorthinessCommand;
import org.factdesk.ui.FactDeskApp;

/**
 * The lab jar's entry point (target/factdesk-lab.jar, docs/lab.md): the product's command line plus the
 * commands only the team runs, the benchmarks ({@code bench}) and the trainer of the shipped
 * check-worthiness model ({@code train-checkworthiness}). The installed application never holds them.
 */
public final class LabMain {
    private static final Supplier<List<?>> LAB_COMMANDS = () -> List.of(new BenchCommand(), new TrainCheckWorthinessCommand());

    private LabMain() {
    }

    public static void main(String[] args) {
        AppLog.install(AppLog.defaultFolder());
        FactDeskConfig config = FactDeskConfig.fromProperties(System.getProperties());
        config.applyToShippedModels();
        System.exit(FactDeskCommand.execute(c -> FactDeskApp.launchWith(c).ifPresent(System.err::println), config,
                LAB_COMMANDS.get(), args));
    }

    /** Runs one command line with the lab's commands beside the product's (tests call this). */
    public static int execute(BiConsumer<Path, Boolean> workbenchLauncher, String... args) {
        return FactDeskCommand.execute(c -> workbenchLauncher.accept(c.dataDir(), c.demo()), FactDeskConfig.defaults(),
                LAB_COMMANDS.get(), args);
    }
}
