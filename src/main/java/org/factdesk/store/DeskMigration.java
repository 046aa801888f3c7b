package org.factdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** {@code desk migrate}: a local desk's rows, history included, copied into an empty team desk in one transaction. */
final class DeskMigration {
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
                try (PreparedStatement read = from.prepareStatement("SELECT * FROM articles ORDER BY rowid");
                     ResultSet rs = read.executeQuery();
                     PreparedStatement ps = to.prepareStatement("""
                             INSERT INTO articles (id, title, text, source, published, url, added_at, byline, updated,
                                 language, captions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                    while (rs.next()) {
                        ps.setString(1, rs.getString("id"));
                        ps.setString(2, rs.getString("title"));
                        ps.setString(3, rs.getString("text"));
                        ps.setString(4, rs.getString("source"));
                        ps.setObject(5, date(rs.getString("published")));
                        ps.setString(6, rs.getString("url"));
                        ps.setTimestamp(7, Timestamp.from(Instants.parse(rs.getString("added_at"))));
                        ps.setString(8, rs.getString("byline"));
                        ps.setObject(9, date(rs.getString("updated")));
                        ps.setString(10, rs.getString("language"));
                        ps.setString(11, rs.getString("captions"));
                        ps.addBatch();
                        articles++;
                    }
                    ps.executeBatch();
                }
                try (PreparedStatement read = from.prepareStatement("SELECT * FROM claims ORDER BY rowid");
                     ResultSet rs = read.executeQuery();
                     PreparedStatement ps = to.prepareStatement("""
                             INSERT INTO claims (id, article_id, kind, start_offset, end_offset, text, score, details,
                                 origin, dismissed, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                    while (rs.next()) {
                        ps.setString(1, rs.getString("id"));
                        ps.setString(2, rs.getString("article_id"));
                        ps.setString(3, rs.getString("kind"));
                        ps.setInt(4, rs.getInt("start_offset"));
                        ps.setInt(5, rs.getInt("end_offset"));
                        ps.setString(6, rs.getString("text"));
                        ps.setDouble(7, rs.getDouble("score"));
                        ps.setString(8, rs.getString("details"));
                        ps.setString(9, rs.getString("origin"));
                        boolean d = rs.getInt("dismissed") != 0;
                        ps.setBoolean(10, d);
                        ps.setInt(11, rs.getInt("position"));
                        ps.addBatch();
                        claims++;
                        dismissed += d ? 1 : 0;
                    }
                    ps.executeBatch();
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
                try (PreparedStatement read = from.prepareStatement("SELECT * FROM verdicts");
                     ResultSet rs = read.executeQuery();
                     PreparedStatement ps = to.prepareStatement("""
                             INSERT INTO verdicts (claim_id, article_id, status, rationale, confidence, evidence)
                             VALUES (?, ?, ?, ?, ?, ?)""")) {
                    while (rs.next()) {
                        ps.setString(1, rs.getString("claim_id"));
                        ps.setString(2, rs.getString("article_id"));
                        ps.setString(3, rs.getString("status"));
                        ps.setString(4, rs.getString("rationale"));
                        ps.setInt(5, rs.getInt("confidence"));
                        ps.setString(6, rs.getString("evidence"));
                        ps.addBatch();
                        verdicts++;
                    }
                    ps.executeBatch();
                }
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
