package org.factdesk.cli;

import java.io.Console;
import org.factdesk.store.DeskPassword;
import org.factdesk.store.DeskUrl;

/** A team desk password: PGPASSWORD, an owner-only .pgpass, or a prompt on the terminal; never a file of ours. */
final class DeskLogin {
    private DeskLogin() {
    }

    static char[] password(DeskUrl url) {
        return DeskPassword.lookup(url).orElseGet(() -> prompt("Password for " + url + ": ",
                "No password for " + url + ": there is no terminal to ask on. For scripts, set PGPASSWORD or put a"
                        + " line in ~/.pgpass (chmod 600)."));
    }

    static char[] prompt(String question, String withoutTerminal) {
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException(withoutTerminal);
        }
        char[] pw = console.readPassword("%s", question);
        if (pw == null || pw.length == 0) {
            throw new IllegalArgumentException("No password given.");
        }
        return pw;
    }
}
