package org.factdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code desk migrate}: a local desk's rows, history included, copied into an empty team desk in one transaction. */
final class DeskMigration {
    /** How a column's value goes from the local desk's row (text, 0/1) to the team desk's statement (its own types). */
    private enum Kind {
        TEXT, INT, REAL, FLAG, DATE, INSTANT;

        void carry(ResultSet rs, String column, PreparedStatement ps, int index) throws SQLException {
            switch (this) {
                case TEXT -> ps.setString(index, rs.getString(column));
                case INT -> ps.setInt(index, rs.getInt(column));
                case REAL -> ps.setDouble(index, rs.getDouble(column));
                case FLAG -> ps.setBoolean(index, rs.getInt(column) != 0);
                case DATE -> ps.setObject(index, date(rs.getString(column)));
                case INSTANT -> ps.setTimestamp(index, Timestamp.from(Instants.parse(rs.getString(column))));
            }
        }
    }

    /** A column copied as it is named in both desks. */
    private record Column(String name, Kind kind) {
    }

    private static final List<Column> ARTICLE_COLUMNS = List.of(new Column("id", Kind.TEXT),
            new Column("title", Kind.TEXT), new Column("text", Kind.TEXT), new Column("source", Kind.TEXT),
            new Column("published", Kind.DATE), new Column("url", Kind.TEXT), new Column("added_at", Kind.INSTANT),
            new Column("byline", Kind.TEXT), new Column("updated", Kind.DATE), new Column("language", Kind.TEXT),
            new Column("captions", Kind.TEXT));
    private static final List<Column> CLAIM_COLUMNS = List.of(new Column("id", Kind.TEXT),
            new Column("article_id", Kind.TEXT), new Column("kind", Kind.TEXT), new Column("start_offset", Kind.INT),
            new Column("end_offset", Kind.INT), new Column("text", Kind.TEXT), new Column("score", Kind.REAL),
            new Column("details", Kind.TEXT), new Column("origin", Kind.TEXT), new Column("dismissed", Kind.FLAG),
            new Column("position", Kind.INT));
    /** Who saved a verdict and when are the server's (its trigger); the history rows keep the local desk's. */
    private static final List<Column> VERDICT_COLUMNS = List.of(new Column("claim_id", Kind.TEXT),
            new Column("article_id", Kind.TEXT), new Column("status", Kind.TEXT), new Column("rationale", Kind.TEXT),
            new Column("confidence", Kind.INT), new Column("evidence", Kind.TEXT));

    private DeskMigration() {
    }

    static String run(Path localDb, DeskUrl url, char[] password) {
        int articles = 0;
        int claims = 0;
        int dismissed = 0;
        int verdicts = 0;
        int changes = 0;
        try (Connection from = SqliteConnections.openReadOnly(localDb);
             Connection to = PgStore.open(url, password)) {
            if (DeskSchema.version(to) == 0) {
                throw new StoreException("There is no team desk in " + url + " yet: run `factdesk desk init " + url
                        + "` first.");
            }
            to.setAutoCommit(false);
            try {
                requireEmpty(to, url);
                articles = copyRows(from, to, "articles", "ORDER BY rowid", ARTICLE_COLUMNS);
                claims = copyRows(from, to, "claims", "ORDER BY rowid", CLAIM_COLUMNS);
                try (PreparedStatement ps = to.prepareStatement("SELECT count(*) FROM claims WHERE dismissed");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    dismissed = rs.getInt(1);
                }
                // History first, in order, remembering the new seq of each old one (undo rows name the row they undo).
                Map<Long, Long> newSeq = new HashMap<>();
                try (PreparedStatement read = from.prepareStatement("SELECT * FROM verdict_history ORDER BY seq");
                     ResultSet rs = read.executeQuery();
                     PreparedStatement ps = to.prepareStatement("""
                             INSERT INTO verdict_history (claim_id, action, undoes_seq, snapshot, origin_who, origin_at)
                             VALUES (?, ?, ?, ?, ?, ?) RETURNING seq""")) {
                    while (rs.next()) {
                        String snapshot = rs.getString("snapshot");
                        ps.setString(1, rs.getString("claim_id"));
                        ps.setString(2, rs.getString("action"));
                        long undoes = rs.getLong("undoes_seq");
                        if (rs.wasNull()) {
                            ps.setNull(3, Types.BIGINT);
                        } else {
                            ps.setLong(3, newSeq.get(undoes));
                        }
                        ps.setString(4, snapshot);
                        ps.setString(5, StoreJson.verdict(snapshot).reviewer());
                        ps.setTimestamp(6, Timestamp.from(Instants.parse(rs.getString("at"))));
                        try (ResultSet key = ps.executeQuery()) {
                            key.next();
                            newSeq.put(rs.getLong("seq"), key.getLong(1));
                        }
                        changes++;
                    }
                }
                verdicts = copyRows(from, to, "verdicts", "", VERDICT_COLUMNS);
                to.commit();
            } catch (SQLException | RuntimeException e) {
                to.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not move " + localDb + " to the team desk " + url + " (" + e.getMessage()
                    + "). Nothing was moved: the team desk is as it was.", e);
        }
        return "Moved " + articles + " articles, " + claims + " claims (" + dismissed + " dismissed), " + verdicts
                + " verdicts and " + changes + " history changes from " + localDb + " to " + url
                + ". Each change keeps who made it and when; the local desk was not changed.";
    }

    /** Copies every row of {@code table} (read in {@code order}) with {@code columns}, in one batch; returns how many. */
    private static int copyRows(Connection from, Connection to, String table, String order, List<Column> columns)
            throws SQLException {
        String names = String.join(", ", columns.stream().map(Column::name).toList());
        String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
        int rows = 0;
        try (PreparedStatement read = from.prepareStatement("SELECT * FROM " + table + " " + order);
             ResultSet rs = read.executeQuery();
             PreparedStatement ps = to.prepareStatement("INSERT INTO " + table + " (" + names + ") VALUES (" + marks
                     + ")")) {
            while (rs.next()) {
                for (int i = 0; i < columns.size(); i++) {
                    columns.get(i).kind().carry(rs, columns.get(i).name(), ps, i + 1);
                }
                ps.addBatch();
                rows++;
            }
            ps.executeBatch();
        }
        return rows;
    }

    private static void requireEmpty(Connection to, DeskUrl url) throws SQLException {
        try (PreparedStatement ps = to.prepareStatement(
                "SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM verdict_history)");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new StoreException("The team desk " + url + " already holds reviews; `desk migrate` moves a local"
                        + " desk only into an empty one, so that no two histories are mixed. Nothing was moved.");
            }
        }
    }

    private static LocalDate date(String iso) {
        return iso == null || iso.isEmpty() ? null : LocalDate.parse(iso);
    }
}
