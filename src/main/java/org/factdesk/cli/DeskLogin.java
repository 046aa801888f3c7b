package org.factdesk.cli;

import java.io.Console;
import java.util.Optional;
import org.factdesk.store.DeskPassword;
import org.factdesk.store.DeskUrl;
import org.factdesk.store.OsKeyring;
import org.factdesk.store.PgStore;
import org.factdesk.store.StoreException;

/**
 * A team desk password: PGPASSWORD or an owner-only .pgpass (scripts), else the operating system's keyring, else a
 * prompt on the terminal, after which the user may keep it in the keyring; never a file of ours.
 */
final class DeskLogin {
    private DeskLogin() {
    }

    static char[] password(DeskUrl url) {
        Optional<char[]> scripted = DeskPassword.lookup(url);
        if (scripted.isPresent()) {
            return scripted.get();
        }
        Optional<OsKeyring> keyring = OsKeyring.find();
        if (keyring.isPresent()) {
            try {
                Optional<char[]> kept = keyring.get().read(url);
                if (kept.isPresent()) {
                    return kept.get();
                }
            } catch (StoreException e) {
                System.err.println(e.getMessage()); // a keyring that fails is no reason not to ask
            }
        }
        char[] pw = prompt("Password for " + url + ": ",
                "No password for " + url + ": there is no terminal to ask on. Keep it in the system keyring (run the"
                        + " command once in a terminal and answer yes), or for scripts set PGPASSWORD or put a line in"
                        + " ~/.pgpass (chmod 600).");
        keyring.ifPresent(k -> offerToKeep(k, url, pw));
        return pw;
    }

    /** Asks before keeping the password; keeps only one the server accepted, so a typo is never remembered. */
    private static void offerToKeep(OsKeyring keyring, DeskUrl url, char[] pw) {
        Console console = System.console();
        String answer = console == null ? null : console.readLine("Keep this password in %s, so FactDesk does not ask"
                + " again? [y/N] ", keyring.name());
        if (answer == null || !answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y")) {
            return;
        }
        try {
            PgStore.checkPassword(url, pw);
            keyring.save(url, pw);
            System.err.println("Kept in " + keyring.name() + ".");
        } catch (StoreException e) {
            System.err.println("Not kept: " + e.getMessage());
        }
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
