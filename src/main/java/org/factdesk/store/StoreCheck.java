package org.factdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import java.util.ArrayList;
import java.util.List;

/**
 * The full check of a review database (docs/decisions/0022): SQLite's own {@code integrity_check} and
 * {@code foreign_key_check}, and the store's logical checks: known claim kinds, verdict statuses and evidence roles,
 * readable dates and times, and JSON that parses (claim details, cited evidence, history snapshots). A database is only backed up when this finds nothing; damage that {@code quick_check} cannot see (a
 * status {@code VERIFIXD}, a history row of broken JSON) is found here, named by table and row.
 */
final class StoreCheck {
    /** Problems listed in a message; the rest are counted. */
    static final int MAX_LISTED = 10;

    private final List<String> problems = new ArrayList<>();
    private int more;

    private StoreCheck() {
    }

    /** Every problem found, at most {@link #MAX_LISTED} named and the rest counted; empty when the database is sound. */
    static List<String> run(Connection c) throws SQLException {
        StoreCheck check = new StoreCheck();
        check.integrity(c);
        if (check.problems.isEmpty()) { // reading rows of a file SQLite finds damaged would only repeat it
            check.foreignKeys(c);
            check.rows(c);
        }
        List<String> out = new ArrayList<>(check.problems);
        if (check.more > 0) {
            out.add("and " + check.more + " more");
        }
        return out;
    }

    private void add(String problem) {
        if (problems.size() < MAX_LISTED) {
            problems.add(problem);
        } else {
            more++;
        }
    }

    private void integrity(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("PRAGMA integrity_check(" + MAX_LISTED + ")");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (!"ok".equals(line)) {
                    add("SQLite: " + line);
                }
            }
        }
    }

    private void foreignKeys(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("PRAGMA foreign_key_check");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                add(rs.getString(1) + " row " + rs.getLong(2) + " refers to a missing row of " + rs.getString(3));
            }
        }
    }

    private static final String STATUSES = names(org.factdesk.model.VerdictStatus.values());
    private static final String ROLES = names(org.factdesk.model.EvidenceRole.values());
    private static final String KINDS = String.join(", ", java.util.Arrays.stream(org.factdesk.model.ClaimKind.values())
            .map(k -> "'" + k.code() + "'").toList());
    /** An instant as Instants writes it ("2026-12-06T22:10:00.000000000Z"). */
    private static final String INSTANT = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z'";

    private static String names(Enum<?>[] values) {
        return String.join(", ", java.util.Arrays.stream(values).map(v -> "'" + v.name() + "'").toList());
    }

    /** A date column or JSON value: absent, or a day as LocalDate writes it. */
    private static String badDate(String expr) {
        return "(" + expr + " IS NOT NULL AND " + expr + " <> '' AND date(" + expr + ") IS NOT " + expr + ")";
    }

    /** Cited evidence (a JSON array) with an unknown role or an unreadable date. */
    private static String badEvidence(String json) {
        return "EXISTS (SELECT 1 FROM json_each(" + json + ") e WHERE (json_extract(e.value, '$.role') IS NOT NULL"
                + " AND json_extract(e.value, '$.role') NOT IN (" + ROLES + ")) OR "
                + badDate("json_extract(e.value, '$.published')") + ")";
    }

    /**
     * The store's logical checks, one query per rule, each naming the rows that break it: what the store's readers
     * (Store.claim, Store.verdict, StoreJson) accept, checked inside SQLite, because reading every row into Java
     * took 7 s on a desk of 100,000 claims where these take about a second.
     */
    private void rows(Connection c) throws SQLException {
        rule(c, "articles row '%s': unreadable date or time",
                "SELECT id FROM articles WHERE " + badDate("published")
                        + (hasColumn(c, "articles", "updated") ? " OR " + badDate("updated") : "") // schema 2 on
                        + " OR added_at NOT GLOB " + INSTANT
                        + " OR (opened_at IS NOT NULL AND opened_at NOT GLOB " + INSTANT + ")");
        rule(c, "claims row '%s': unknown kind or unreadable details",
                "SELECT id FROM claims WHERE lower(kind) NOT IN (" + KINDS + ")"
                        + " OR (details <> '' AND NOT json_valid(details))"
                        + " OR (json_valid(details) AND EXISTS (SELECT 1 FROM json_each(details, '$.dates') d WHERE "
                        + badDate("json_extract(d.value, '$.date')") + "))");
        rule(c, "verdicts row of claim %s: unknown status, unreadable time or unreadable evidence",
                "SELECT quote(claim_id) || ' (status ' || quote(status) || ')' FROM verdicts"
                        + " WHERE status NOT IN (" + STATUSES + ")"
                        + " OR (updated_at IS NOT NULL AND updated_at NOT GLOB " + INSTANT + ")"
                        + " OR (evidence <> '' AND NOT json_valid(evidence))"
                        + " OR (json_valid(evidence) AND " + badEvidence("evidence") + ")");
        rule(c, "verdict_history row %s: unreadable JSON, unknown status or unreadable time",
                "SELECT seq || ' (claim ' || quote(claim_id) || ')' FROM verdict_history"
                        + " WHERE at NOT GLOB " + INSTANT + " OR NOT json_valid(snapshot)"
                        + " OR (json_valid(snapshot) AND (coalesce(json_extract(snapshot, '$.status'), 'UNREVIEWED')"
                        + " NOT IN (" + STATUSES + ")"
                        + " OR (json_extract(snapshot, '$.updated_at') IS NOT NULL"
                        + " AND json_extract(snapshot, '$.updated_at') NOT GLOB " + INSTANT + ")"
                        + " OR " + badEvidence("snapshot, '$.evidence'") + "))");
    }

    /** Whether an older schema (checked before its migration) has this column yet. */
    private static boolean hasColumn(Connection c, String table, String column) throws SQLException {
        // the table name is one of ours, never user input
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pragma_table_info('" + table + "') WHERE name = ?")) {
            ps.setString(1, column);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Adds one problem per row the query names (the rule's description with the row filled in). */
    private void rule(Connection c, String description, String query) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(query); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                add(description.formatted(rs.getString(1)));
            }
        }
    }
}
