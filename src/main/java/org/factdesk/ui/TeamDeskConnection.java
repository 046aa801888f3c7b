package org.factdesk.ui;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.factdesk.store.DeskUrl;
import org.factdesk.store.OsKeyring;
import org.factdesk.store.PgStore;
import org.factdesk.store.StoreException;

/**
 * File > Connect to team desk: the PostgreSQL desk the window opens its workspaces on (docs/decisions/0053), or
 * none for the local desk in the data folder. The address and password are checked before the open workspace is
 * left; the password is kept for this run only, never stored by FactDesk.
 */
public final class TeamDeskConnection {
    private final UiExecutor executor;
    private final Supplier<MainViewModel.Notifier> notifier;
    /** Opens the workspace again on the desk chosen now (called on the FX thread). */
    private final Runnable reopen;
    private volatile DeskUrl url;
    private volatile char[] password;

    TeamDeskConnection(UiExecutor executor, Supplier<MainViewModel.Notifier> notifier, Runnable reopen) {
        this.executor = executor;
        this.notifier = notifier;
        this.reopen = reopen;
    }

    /** Signs in to a team desk and reopens the workspace with its reviews there; a wrong password leaves all as is. */
    public void connect(String text, char[] typedPassword) {
        connect(text, typedPassword, Optional.empty());
    }

    /**
     * As above; a typed password the server accepted is also kept in {@code keepIn} (the reviewer ticked "keep it"),
     * so the next sign-in needs none. A refused password is never kept.
     */
    public void connect(String text, char[] typedPassword, Optional<OsKeyring> keepIn) {
        DeskUrl parsed;
        try {
            parsed = DeskUrl.parse(text);
        } catch (IllegalArgumentException e) {
            notifier.get().problem("Not a team desk address", e, "Use postgresql://USER@HOST:PORT/DATABASE.");
            return;
        }
        char[] typed = typedPassword.clone();
        executor.run(() -> {
            // nothing typed: the password kept in the system keyring (the command line offers to keep it there)
            char[] pw = typed.length > 0 ? typed : OsKeyring.find().flatMap(k -> k.read(parsed))
                    .orElseThrow(() -> new StoreException("No password was typed, and the system"
                            + " keyring keeps none for " + parsed + ". Type the password."));
            PgStore.connect(parsed, pw).close(); // check the address and password before leaving the open workspace
            if (typed.length > 0) {
                keepIn.ifPresent(k -> k.save(parsed, pw));
            }
            return Map.entry(parsed, pw);
        }, ok -> {
            url = ok.getKey();
            password = ok.getValue();
            reopen.run();
        }, t -> notifier.get().problem("Could not connect to the team desk", t,
                "Check the address and your password; the workspace stays as it was."));
    }

    /** Back to the local desk in the data folder. */
    public void disconnect() {
        url = null;
        password = null;
        reopen.run();
    }

    public boolean connected() {
        return url != null;
    }

    /** The desk the next workspace opens on; null for the local desk. */
    DeskUrl url() {
        return url;
    }

    char[] password() {
        return password;
    }
}
