package org.factdesk.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on the desk's channel on a connection of its own (LISTEN factdesk_desk) and hands each notification to
 * {@code sink}, on a daemon thread. Polls with a half-second timeout, so a colleague's change arrives well within
 * 2 seconds; when the server goes away it says so ({@link DeskEvent#connected()} false) and reconnects by itself.
 */
final class DeskListener {
    static final String CHANNEL = "factdesk_desk";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DeskUrl url;
    private final char[] password;
    private final Consumer<DeskEvent> sink;
    private volatile boolean running = true;
    private Thread thread;

    DeskListener(DeskUrl url, char[] password, Consumer<DeskEvent> sink) {
        this.url = url;
        this.password = password.clone();
        this.sink = sink;
    }

    void start() {
        thread = Thread.ofPlatform().daemon().name("factdesk-desk-listener").start(this::loop);
    }

    void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void loop() {
        boolean wasConnected = true;
        while (running) {
            try (Connection c = PgStore.open(url, password)) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                if (!wasConnected) {
                    sink.accept(new DeskEvent("connection", null, null, true));
                    wasConnected = true;
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notes = pg.getNotifications(500);
                    if (notes == null) {
                        continue;
                    }
                    for (PGNotification n : notes) {
                        sink.accept(event(n.getParameter()));
                    }
                }
            } catch (SQLException | StoreException e) {
                if (!running) {
                    return;
                }
                if (wasConnected) {
                    sink.accept(new DeskEvent("connection", null, null, false));
                    wasConnected = false;
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    static DeskEvent event(String payload) {
        try {
            JsonNode n = JSON.readTree(payload);
            return new DeskEvent(n.path("kind").asText(), n.path("claim").asText(null), n.path("who").asText(null),
                    true);
        } catch (java.io.IOException | RuntimeException e) {
            return new DeskEvent("unknown", null, null, true);
        }
    }
}
