package org.factdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbered schema migrations, tracked by {@code PRAGMA user_version}. Migration N is the resource
 * {@code migration/V00N__*.sql}; it runs in one transaction together with the version bump, so a crash
 * leaves the database at N-1 or N, never between.
 */
final class Migrations {
    /** In order; migration i+1 brings the schema from version i to i+1. A test checks this matches the folder. */
    static final List<String> FILES = List.of("V001__init.sql", "V002__article_reader_metadata.sql",
            "V003__change_stamp_and_import_log.sql");

    static int latestVersion() {
        return FILES.size();
    }

    private Migrations() {
    }

    static int userVersion(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("PRAGMA user_version");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Applies migrations after {@code from}, each in its own transaction. */
    static void migrate(Connection c, int from) throws SQLException {
        for (int version = from + 1; version <= latestVersion(); version++) {
            List<String> statements = statements(FILES.get(version - 1));
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                for (String sql : statements) {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.execute();
                    }
                }
                // PRAGMA takes no parameters; the value is our own integer.
                try (PreparedStatement ps = c.prepareStatement("PRAGMA user_version = " + version)) {
                    ps.execute();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    static List<String> statements(String file) {
        String resource = "migration/" + file;
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + resource);
            }
            return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a script at semicolons ending a line; strips "--" comments. Our scripts hold no triggers. */
    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            int comment = line.indexOf("--");
            String code = comment >= 0 ? line.substring(0, comment) : line;
            current.append(code).append('\n');
            if (code.strip().endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
