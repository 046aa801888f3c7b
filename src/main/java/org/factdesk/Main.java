package org.factdesk;

import org.factdesk.cli.FactDeskCommand;
import org.factdesk.ui.FactDeskApp;

/**
 * The jar's entry point. A plain class, not the JavaFX Application: with JavaFX on the class path
 * the launcher must not extend Application. No command opens the workbench; any command runs the CLI.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int status = FactDeskCommand.execute(FactDeskApp::launchWith, args);
        System.exit(status); // Lucene and JavaFX may leave non-daemon threads behind
    }
}
