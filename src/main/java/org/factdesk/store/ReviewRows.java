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
 * the team desk (PostgreSQL); {@link ReviewWrites} makes their writes with it. The two schemas have the same tables
 * and columns; they differ only in how a date, an instant and a flag are stored, which is what each constant says,
 * and in what the team desk adds (who, and when a migrated change was first made).
 */
enum ReviewRows {
    /** Dates and instants as ISO text, flags as 0/1; the store stamps when an article was added. */
    SQLITE("h.at", true) {
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

        @Override
        void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
            ps.setString(index, date == null ? null : date.toString());
        }

        @Override
        void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
            ps.setString(index, Instants.format(instant));
        }
    },
    /**
     * Dates, timestamps and booleans of their own types; the server stamps when an article was added; a change
     * migrated from a local desk keeps when it was first made ({@code origin_at}).
     */
    POSTGRES("coalesce(h.origin_at, h.at)", false) {
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

        @Override
        void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
            ps.setObject(index, date);
        }

        @Override
        void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
            ps.setTimestamp(index, Timestamp.from(instant));
        }
    };

    /** When a history row {@code h}'s change was made, as SQL. */
    private final String historyAt;
    /** Whether the store gives articles.added_at (else the database's default does). */
    final boolean stampsAddedAt;

    ReviewRows(String historyAt, boolean stampsAddedAt) {
        this.historyAt = historyAt;
        this.stampsAddedAt = stampsAddedAt;
    }

    abstract Instant instant(ResultSet rs, String column) throws SQLException;

    abstract LocalDate date(ResultSet rs, String column) throws SQLException;

    abstract void setFlag(PreparedStatement ps, int index, boolean flag) throws SQLException;

    abstract void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException;

    abstract void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException;

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

    /** The ids of the claims of an article the reviewer made or edited. */
    java.util.Set<String> manualClaimIds(Connection c, String articleId) throws SQLException {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM claims WHERE article_id = ? AND origin = 'manual'")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
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

    /** Articles with any verdict change in [from, to), most recently reviewed first. */
    List<Article> articlesReviewedBetween(Connection c, Instant from, Instant to) throws SQLException {
        List<Article> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT a.* FROM articles a JOIN (
                    SELECT coalesce(v.article_id, c.article_id) AS article_id, max(%1$s) AS last_at
                    FROM verdict_history h
                    LEFT JOIN verdicts v ON v.claim_id = h.claim_id
                    LEFT JOIN claims c ON c.id = h.claim_id
                    WHERE %1$s >= ? AND %1$s < ?
                    GROUP BY 1) r ON r.article_id = a.id
                ORDER BY r.last_at DESC""".formatted(historyAt))) {
            setInstant(ps, 1, from);
            setInstant(ps, 2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(article(rs));
                }
            }
        }
        return out;
    }

    /** Every claim with a verdict other than Unreviewed, newest change first: what the desk has checked. */
    List<CheckedClaim> checkedClaims(Connection c) throws SQLException {
        List<CheckedClaim> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT c.id, c.article_id, c.text, c.kind, c.start_offset, c.end_offset, c.score, c.details,
                       v.claim_id, v.status, v.rationale, v.confidence, v.reviewer, v.updated_at, v.evidence,
                       a.title AS article_title
                FROM verdicts v JOIN claims c ON c.id = v.claim_id JOIN articles a ON a.id = c.article_id
                WHERE v.status <> 'UNREVIEWED'
                ORDER BY v.updated_at DESC, v.claim_id""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new CheckedClaim(claim(rs), verdict(rs), rs.getString("article_title")));
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
