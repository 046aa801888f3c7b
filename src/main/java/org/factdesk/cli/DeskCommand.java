package org.factdesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.factdesk.app.Workbench;
import org.factdesk.store.DeskAdmin;
import org.factdesk.store.DeskUrl;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Setting up and looking after a team desk on PostgreSQL (README, "Team desk"). */
@Command(name = "desk", description = "Set up and look after a team desk on a PostgreSQL server.",
        subcommands = {DeskCommand.Init.class, DeskCommand.AddUser.class, DeskCommand.Migrate.class,
                DeskCommand.Status.class, DeskCommand.SetArchive.class})
final class DeskCommand implements Runnable {
    @ParentCommand
    FactDeskCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: init, add-user, migrate, status or set-archive");
    }

    DeskUrl requireDesk(String command) {
        if (parent.desk == null) {
            throw new IllegalArgumentException("`desk " + command + "` needs the desk's address before the command:"
                    + " factdesk --desk postgresql://USER@HOST:PORT/DB desk " + command + " ...");
        }
        return DeskUrl.parse(parent.desk);
    }

    @Command(name = "init", description = "Create the desk's schema and roles (reviewer, editor, admin) in an existing"
            + " database. Run as its owner or another login that may create roles.")
    static final class Init implements Runnable {
        @Parameters(paramLabel = "postgresql://USER@HOST:PORT/DB")
        String url;

        @Override
        public void run() {
            DeskUrl desk = DeskUrl.parse(url);
            char[] pw = DeskLogin.password(desk);
            try {
                for (String line : DeskAdmin.init(desk, pw)) {
                    System.out.println("- " + line);
                }
                System.out.println("The team desk " + desk + " is ready. Add people with: factdesk --desk " + desk
                        + " desk add-user NAME --role reviewer|editor|admin");
            } finally {
                Arrays.fill(pw, '\0');
            }
        }
    }

    @Command(name = "add-user", description = "Add a person to the desk with their own login, or change their role.")
    static final class AddUser implements Runnable {
        @ParentCommand
        DeskCommand desk;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--role", required = true, paramLabel = "reviewer|editor|admin")
        String role;

        @Option(names = "--password-stdin", description = "read the new user's password from standard input"
                + " (first line) instead of asking twice")
        boolean passwordStdin;

        @Override
        public void run() {
            DeskUrl url = desk.requireDesk("add-user");
            char[] newPassword = passwordStdin ? readLine() : twice(name);
            char[] pw = DeskLogin.password(url);
            try {
                System.out.println(DeskAdmin.addUser(url, pw, name, role, newPassword));
            } finally {
                Arrays.fill(pw, '\0');
                Arrays.fill(newPassword, '\0');
            }
        }

        private static char[] readLine() {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw new IllegalArgumentException("--password-stdin: standard input held no password.");
                }
                return line.toCharArray();
            } catch (IOException e) {
                throw new IllegalArgumentException("--password-stdin: " + e.getMessage());
            }
        }

        private static char[] twice(String name) {
            String none = "No terminal to ask for " + name + "'s new password on: pipe it in with --password-stdin.";
            char[] a = DeskLogin.prompt("New password for " + name + ": ", none);
            char[] b = DeskLogin.prompt("Again: ", none);
            if (!Arrays.equals(a, b)) {
                throw new IllegalArgumentException("The two passwords differ; nothing was changed.");
            }
            Arrays.fill(b, '\0');
            return a;
        }
    }

    @Command(name = "migrate", description = "Move this data folder's local desk, with its whole history, to an empty"
            + " team desk (run as a desk admin). The local desk is not changed.")
    static final class Migrate implements Runnable {
        @ParentCommand
        DeskCommand desk;

        @Option(names = "--to", required = true, paramLabel = "postgresql://USER@HOST:PORT/DB")
        String to;

        @Override
        public void run() {
            DeskUrl url = DeskUrl.parse(to);
            char[] pw = DeskLogin.password(url);
            FactDeskCommand root = desk.parent;
            String local = root.desk;
            root.desk = null; // read the local desk
            try (Workbench wb = root.openExistingWorkspace()) {
                System.out.println(DeskAdmin.migrate(wb.localDatabase(), url, pw));
            } finally {
                root.desk = local;
                Arrays.fill(pw, '\0');
            }
        }
    }

    @Command(name = "set-archive", description = "The newsroom archive (opensearch://HOST:PORT/INDEX) that every reviewer"
            + " of the desk searches, in the window and in check, unless they give --archive (run as a desk admin).")
    static final class SetArchive implements Runnable {
        @ParentCommand
        DeskCommand desk;

        @Parameters(paramLabel = "opensearch://HOST:PORT/INDEX", arity = "0..1")
        String address;

        @Option(names = "--none", description = "name no archive: each reviewer searches their own")
        boolean none;

        @Override
        public void run() {
            if (none == (address != null)) {
                throw new IllegalArgumentException("`desk set-archive` takes the archive's address"
                        + " (opensearch://HOST:PORT/INDEX) or --none, one of the two.");
            }
            // written as the parser reads it back: a malformed address or one holding a password never reaches the desk
            String normalised = address == null ? null : org.factdesk.archive.ArchiveLocation.parse(address).toString();
            DeskUrl url = desk.requireDesk("set-archive");
            char[] pw = DeskLogin.password(url);
            try {
                System.out.println(DeskAdmin.setArchive(url, pw, normalised));
            } finally {
                Arrays.fill(pw, '\0');
            }
        }
    }

    @Command(name = "status", description = "The desk's schema version, its people by role, and who is connected now.")
    static final class Status implements Runnable {
        @ParentCommand
        DeskCommand desk;

        @Override
        public void run() {
            DeskUrl url = desk.requireDesk("status");
            char[] pw = DeskLogin.password(url);
            try {
                DeskAdmin.status(url, pw).forEach(System.out::println);
            } finally {
                Arrays.fill(pw, '\0');
            }
        }
    }
}
