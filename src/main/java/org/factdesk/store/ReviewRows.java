package org.factdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictStatus;

/**
 * The review tables' rows as records, and the reads both review stores make alike, for the local desk (SQLite) and
 * the team desk (PostgreSQL). The two schemas have the same tables and columns; they differ only in how a date, an
 * instant and a flag are stored, which is what each constant says.
 */
enum ReviewRows {
    /** Dates and instants as ISO text, flags as 0/1. */
    SQLITE {
        @Override
        Instant instant(ResultSet rs, String column) throws SQLException {
            return Instants.parse(rs.getString(column));
        }

        @Override
        LocalDate date(ResultSet rs, String column) throws SQLException {
            String text = rs.getString(column);
            return text == null ? null : LocalDate.parse(text);
        }

        @Override
        void setFlag(PreparedStatement ps, int index, boolean flag) throws SQLException {
            ps.setInt(index, flag ? 1 : 0);
        }
    },
    /** Dates, timestamps and booleans of their own types. */
    POSTGRES {
        @Override
        Instant instant(ResultSet rs, String column) throws SQLException {
            Timestamp t = rs.getTimestamp(column);
            return t == null ? null : t.toInstant();
        }

        @Override
        LocalDate date(ResultSet rs, String column) throws SQLException {
            return rs.getObject(column, LocalDate.class);
        }

        @Override
        void setFlag(PreparedStatement ps, int index, boolean flag) throws SQLException {
            ps.setBoolean(index, flag);
        }
    };

    abstract Instant instant(ResultSet rs, String column) throws SQLException;

    abstract LocalDate date(ResultSet rs, String column) throws SQLException;

    abstract void setFlag(PreparedStatement ps, int index, boolean flag) throws SQLException;

    Article article(ResultSet rs) throws SQLException {
        String text = rs.getString("text");
        return new Article(rs.getString("id"), rs.getString("title"), text, rs.getString("source"),
                date(rs, "published"), rs.getString("url"), rs.getString("byline"), date(rs, "updated"),
                rs.getString("language"), StoreJson.spans(rs.getString("captions"), text.length()));
    }

    static Claim claim(ResultSet rs) throws SQLException {
        StoreJson.Details d = StoreJson.details(rs.getString("details"));
        return new Claim(rs.getString("id"), rs.getString("article_id"), rs.getString("text"),
                ClaimKind.fromCode(rs.getString("kind")), rs.getInt("start_offset"), rs.getInt("end_offset"),
                rs.getDouble("score"), d.quantities(), d.attribution(), d.agreement(), d.dates());
    }

    Verdict verdict(ResultSet rs) throws SQLException {
        return new Verdict(rs.getString("claim_id"), VerdictStatus.valueOf(rs.getString("status")),
                rs.getString("rationale"), rs.getInt("confidence"), rs.getString("reviewer"),
                instant(rs, "updated_at"), StoreJson.evidence(rs.getString("evidence")));
    }

    Optional<Article> article(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(article(rs)) : Optional.empty();
            }
        }
    }

    /** An article's claims, kept or dismissed, in text order. */
    List<Claim> claims(Connection c, String articleId, boolean dismissed) throws SQLException {
        List<Claim> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT * FROM claims WHERE article_id = ? AND dismissed = ?
                ORDER BY start_offset, position, id""")) {
            ps.setString(1, articleId);
            setFlag(ps, 2, dismissed);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(claim(rs));
                }
            }
        }
        return out;
    }

    Optional<Claim> claim(Connection c, String claimId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM claims WHERE id = ?")) {
            ps.setString(1, claimId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(claim(rs)) : Optional.empty();
            }
        }
    }

    /**
     * Verdicts of an article's claims by claim id: every stored claim (Unreviewed when never reviewed), plus verdicts
     * of claims that re-extraction no longer finds.
     */
    Map<String, Verdict> verdicts(Connection c, String articleId) throws SQLException {
        Map<String, Verdict> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM claims WHERE article_id = ? ORDER BY start_offset, position, id")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), Verdict.unreviewed(rs.getString(1)));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT * FROM verdicts
                WHERE article_id = ? OR claim_id IN (SELECT id FROM claims WHERE article_id = ?)""")) {
            ps.setString(1, articleId);
            ps.setString(2, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Verdict v = verdict(rs);
                    out.put(v.claimId(), v);
                }
            }
        }
        return out;
    }

    /** Claims are saved under a stored article only: a store error that says so otherwise. */
    static void requireArticle(Connection c, String articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("Cannot save claims of article " + articleId
                            + ": the article is not in the database. Save the article first.");
                }
            }
        }
    }
}
