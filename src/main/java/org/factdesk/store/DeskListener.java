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
 * 2 seconds; every 2 seconds it also looks whether who-reviews-what changed ({@code presence} events, also sent by
 * a colleague opening or leaving an article); when the server goes away it says so ({@link DeskEvent#connected()} false) and reconnects by itself.
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
                    deliver(new DeskEvent("connection", null, null, true));
                    wasConnected = true;
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                String present = presence(c);
                for (int round = 1; running; round++) {
                    PGNotification[] notes = pg.getNotifications(500);
                    for (PGNotification n : notes == null ? new PGNotification[0] : notes) {
                        deliver(event(n.getParameter()));
                    }
                    if (round % PRESENCE_ROUNDS == 0) {
                        // a colleague whose connection was lost never says goodbye: their session's end does
                        String now = presence(c);
                        if (!now.equals(present)) {
                            deliver(new DeskEvent("presence", null, null, true));
                        }
                        present = now;
                    }
                }
            } catch (SQLException | StoreException e) {
                if (!running) {
                    return;
                }
                if (wasConnected) {
                    deliver(new DeskEvent("connection", null, null, false));
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

    /** A receiver that fails (say, a window closing meanwhile) must not end the listening. */
    private void deliver(DeskEvent e) {
        if (!running) {
            return;
        }
        try {
            sink.accept(e);
        } catch (RuntimeException ignored) {
            // its own problem; the next event is delivered as usual
        }
    }

    /** Every 2 s (4 rounds of 0.5 s) the listener looks at who is reviewing what. */
    private static final int PRESENCE_ROUNDS = 4;

    /** Who reviews what now, as one comparable string (one cheap query on the server's own session list). */
    private static String presence(Connection c) throws SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement("""
                SELECT coalesce(string_agg(pid || ' ' || usename || ' ' || application_name, ',' ORDER BY pid), '')
                FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE ?""")) {
            ps.setString(1, PgStore.REVIEWING + "%");
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
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
