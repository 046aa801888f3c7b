package org.factdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The team desk's schema, migrated by Flyway from {@code org/factdesk/store/desk/V*.sql} (docs/decisions/0051). The
 * group roles are named after the database ({@code factdesk_reviewer} for a database {@code factdesk}), so two desks on
 * one server do not share their members.
 */
final class DeskSchema {
    static final int LATEST = 3;
    static final String LOCATION = "classpath:org/factdesk/store/desk";

    private DeskSchema() {
    }

    /** The desk's group role for {@code role} (reviewer, editor, admin). */
    static String groupRole(String database, String role) {
        return database.toLowerCase().replaceAll("[^a-z0-9_]", "_") + "_" + role;
    }

    /** Applies the migrations not yet applied; returns how many ran. */
    static int migrate(DeskUrl url, char[] password) {
        String database = url.database();
        MigrateResult result = Flyway.configure()
                .dataSource(url.jdbcUrl(), url.user(), new String(password))
                .locations(LOCATION)
                .placeholders(Map.of("reviewer", groupRole(database, "reviewer"), "editor",
                        groupRole(database, "editor"), "admin", groupRole(database, "admin")))
                .load()
                .migrate();
        return result.migrationsExecuted;
    }

    /** The applied schema version, 0 when there is no desk here. */
    static int version(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass('flyway_schema_history') IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next() || !rs.getBoolean(1)) {
                return 0;
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT max(version::int) FROM flyway_schema_history WHERE success");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
