package org.factdesk.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.factdesk.app.Workbench;
import org.factdesk.archive.ArchiveLocation;
import org.factdesk.archive.ClusterCredentials;

import java.util.function.Supplier;

/**
 * File > Connect archive: the newsroom archive on an OpenSearch cluster that evidence comes from instead of the data
 * folder's (docs/decisions/0064). Kept across reopened workspaces (a team desk connected later keeps the cluster);
 * messages follow the team desk's: a notice when connected, a problem with what to do when refused, and a banner
 * while a cluster chosen earlier cannot be reached.
 */
public final class ArchiveConnection {
    private final UiExecutor executor;
    private final Supplier<Workbench> workbench;
    private final Supplier<MainViewModel.Notifier> notifier;
    private final StringProperty notice;
    /** Called on the FX thread when evidence changes archive (the status bar's article count). */
    private final Runnable archiveChanged;
    private final StringProperty banner = new SimpleStringProperty("");
    private final StringProperty connected = new SimpleStringProperty("");
    /** The cluster chosen (address), or null for the local archive; credentials only for this run, never stored. */
    private volatile String address;
    private volatile ClusterCredentials credentials;
    /** The user went back to the local archive: the team desk's archive is not connected on reopening either. */
    private volatile boolean localChosen;
    /** The team desk's archive connected as the workspace opened (decision 66), when the user chose none. */
    private volatile String fromDesk;
    /** What the last reconnect on a reopened workspace found (null: fine), shown on the FX thread. */
    private volatile String reconnectProblem;

    ArchiveConnection(UiExecutor executor, Supplier<Workbench> workbench, Supplier<MainViewModel.Notifier> notifier,
                      StringProperty notice, Runnable archiveChanged) {
        this.executor = executor;
        this.workbench = workbench;
        this.notifier = notifier;
        this.notice = notice;
        this.archiveChanged = archiveChanged;
    }

    /** The cluster given at start (--archive, FactDeskConfig.archive), connected as the workspace opens; null: none. */
    public void connectAtStart(String fromCommandLine) {
        if (fromCommandLine != null && !fromCommandLine.isBlank()) {
            address = fromCommandLine.strip();
        }
    }

    /** Connects to the cluster at {@code text}; on refusal the archive used until now stays, and the reason is shown. */
    public void connect(String text, char[] password) {
        ArchiveLocation at;
        ClusterCredentials given;
        try {
            at = ArchiveLocation.parse(text.strip());
            given = password == null || password.length == 0 ? null : ClusterCredentials.withPassword(at, password);
        } catch (IllegalArgumentException e) {
            notifier.get().problem("Not an archive address", e,
                    "Use opensearch://HOST:PORT/INDEX (opensearch+https://USER@HOST:PORT/INDEX with TLS).");
            return;
        }
        Workbench wb = workbench.get();
        if (wb == null) {
            notifier.get().problem("Could not connect to the archive", new IllegalStateException(
                    "The workspace is still opening."), "Try again in a moment.");
            return;
        }
        executor.run(() -> {
            wb.connectArchive(at.toString(), given);
            return wb.archiveSize();
        }, articles -> {
            address = at.toString();
            localChosen = false;
            fromDesk = null;
            credentials = given;
            banner.set("");
            connected.set(address);
            archiveChanged.run();
            notice.set("Evidence now comes from the newsroom archive " + address + " (" + articles + " articles)."
                    + " File > Back to the local archive returns to the data folder's.");
        }, t -> notifier.get().problem("Could not connect to the archive", t,
                "Check the address and that the cluster is up; evidence still comes from "
                        + (address == null ? "the local archive." : address + ".")));
    }

    /** Back to the data folder's archive. */
    public void disconnect() {
        Workbench wb = workbench.get();
        address = null;
        credentials = null;
        localChosen = true;
        fromDesk = null;
        banner.set("");
        connected.set("");
        if (wb != null) {
            executor.run(() -> {
                wb.disconnectArchive();
                return true;
            }, ok -> {
                archiveChanged.run();
                notice.set("Evidence comes from the local archive again.");
            },
                    t -> notifier.get().problem("Could not leave the newsroom archive", t, "Restart FactDesk."));
        }
    }

    /** On the workspace's opening thread, before any evidence is searched: the cluster chosen before, again. */
    void reconnect(Workbench wb) {
        String at = address;
        reconnectProblem = null;
        fromDesk = null;
        boolean desk = false;
        if (at == null && !localChosen) {
            // none chosen here: the archive the team desk names for all its reviewers (decision 66)
            try {
                at = wb.deskArchive().orElse(null);
            } catch (RuntimeException e) {
                at = null; // the desk's own problems are the desk's banner
            }
            desk = at != null;
        }
        if (at == null) {
            return;
        }
        try {
            wb.connectArchive(at, desk ? null : credentials);
            fromDesk = desk ? at : null;
        } catch (RuntimeException e) {
            reconnectProblem = "The newsroom archive " + (desk ? "of the team desk " : "") + at + " cannot be reached ("
                    + Problems.describe(e) + "). Evidence comes from the local archive until you connect again"
                    + " (File > Connect archive).";
        }
    }

    /** On the FX thread once the workspace is open: the banner says whether the reconnect worked. */
    void showReconnect() {
        String problem = reconnectProblem;
        banner.set(problem == null ? "" : problem);
        String at = address != null ? address : fromDesk;
        connected.set(problem == null && at != null ? at : "");
    }

    /** Not empty while the cluster chosen cannot be used: what happened and what to do. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner;
    }

    /** The cluster evidence comes from, or empty for the local archive. */
    public ReadOnlyStringProperty connectedProperty() {
        return connected;
    }
}
