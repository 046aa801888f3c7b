package org.factdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;

/**
 * The writes both review stores make alike, for the local desk (SQLite) and the team desk (PostgreSQL): one
 * statement each, with what differs per engine (how a date, an instant and a flag are bound) left to its
 * {@link ReviewRows} dialect. Each call runs inside the caller's transaction.
 */
final class ReviewWrites {
    static final String EXTRACTED = "extracted";
    static final String MANUAL = "manual";

    private final ReviewRows rows;

    ReviewWrites(ReviewRows rows) {
        this.rows = rows;
    }

    /** Inserts or updates an article; when it was added (and last opened) stays as it was. */
    void saveArticle(Connection c, Article a) throws SQLException {
        boolean stampsAddedAt = rows.stampsAddedAt; // SQLite's added_at has no default: the store gives it
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO articles (id, title, text, source, published, url, byline, updated, language, captions%s)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?%s)
                ON CONFLICT (id) DO UPDATE SET title = excluded.title, text = excluded.text,
                    source = excluded.source, published = excluded.published, url = excluded.url,
                    byline = excluded.byline, updated = excluded.updated, language = excluded.language,
                    captions = excluded.captions""".formatted(stampsAddedAt ? ", added_at" : "", stampsAddedAt ? ", ?" : ""))) {
            ps.setString(1, a.id());
            ps.setString(2, a.title());
            ps.setString(3, a.text());
            ps.setString(4, a.source());
            rows.setDate(ps, 5, a.published());
            ps.setString(6, a.url());
            ps.setString(7, a.byline());
            rows.setDate(ps, 8, a.updated());
            ps.setString(9, a.language());
            ps.setString(10, StoreJson.spans(a.captions()));
            if (stampsAddedAt) {
                rows.setInstant(ps, 11, Instant.now());
            }
            ps.executeUpdate();
        }
    }

    /** Removes an article and its claims unless a verdict was ever recorded on it; true when it was removed. */
    boolean deleteUnreviewedArticle(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT (SELECT count(*) FROM verdicts WHERE article_id = ?
                            OR claim_id IN (SELECT id FROM claims WHERE article_id = ?))
                     + (SELECT count(*) FROM verdict_history
                            WHERE claim_id IN (SELECT id FROM claims WHERE article_id = ?))""")) {
            ps.setString(1, id);
            ps.setString(2, id);
            ps.setString(3, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getLong(1) > 0) {
                    return false;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            return ps.executeUpdate() > 0;
        }
    }

    /** Refuses, before anything is written, a claim of another article among {@code claims}. */
    static void requireClaimsOf(String articleId, List<Claim> claims) {
        for (Claim cl : claims) {
            if (!articleId.equals(cl.articleId())) {
                throw new IllegalArgumentException("claim " + cl.id() + " belongs to article " + cl.articleId()
                        + ", not " + articleId);
            }
        }
    }

    /**
     * Replaces the extracted claims of an article: manual claims stay (a manual claim wins over an extracted one
     * with the same id), dismissed claims stay dismissed even when this extraction did not find them (the reviewer's
     * decision, like a verdict), and verdicts whose claim was gone find their article again.
     */
    void replaceExtractedClaims(Connection c, String articleId, List<Claim> claims) throws SQLException {
        ReviewRows.requireArticle(c, articleId);
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM claims WHERE article_id = ? AND origin = 'extracted' AND dismissed = ?")) {
            ps.setString(1, articleId);
            rows.setFlag(ps, 2, false);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(insertClaimSql("""
                ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, start_offset = excluded.start_offset,
                    end_offset = excluded.end_offset, text = excluded.text, score = excluded.score,
                    details = excluded.details, position = excluded.position
                WHERE claims.origin = 'extracted'"""))) {
            int position = 0;
            for (Claim cl : claims) {
                bindClaim(ps, cl, EXTRACTED, position++);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE verdicts SET article_id = ?
                WHERE article_id IS NULL AND claim_id IN (SELECT id FROM claims WHERE article_id = ?)""")) {
            ps.setString(1, articleId);
            ps.setString(2, articleId);
            ps.executeUpdate();
        }
    }

    /**
     * Puts a new reading of an article in place of the old one: the article row, the claims the reviewer's work hangs
     * on moved to their places in the new text ({@code kept}; those in {@code madeManual} become the reviewer's, so
     * that a later extraction never drops them), the other extracted claims replaced by {@code extracted}.
     */
    void replaceReading(Connection c, Article a, List<Claim> kept, java.util.Set<String> madeManual,
                        List<Claim> extracted) throws SQLException {
        ReviewRows.requireArticle(c, a.id());
        saveArticle(c, a);
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE claims SET start_offset = ?, end_offset = ?, details = ?, text = ?, kind = ?, score = ?,
                    origin = CASE WHEN ? THEN 'manual' ELSE origin END
                WHERE id = ? AND article_id = ?""")) {
            for (Claim cl : kept) {
                ps.setInt(1, cl.start());
                ps.setInt(2, cl.end());
                ps.setString(3, StoreJson.details(cl.quantities(), cl.attribution(), cl.agreement(), cl.dates()));
                ps.setString(4, cl.text());
                ps.setString(5, cl.kind().code());
                ps.setDouble(6, cl.score());
                ps.setBoolean(7, madeManual.contains(cl.id()));
                ps.setString(8, cl.id());
                ps.setString(9, a.id());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        // Extracted claims nothing was done on (dismissed ones included) belong to the old text.
        java.util.Set<String> keptIds = kept.stream().map(Claim::id).collect(java.util.stream.Collectors.toSet());
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM claims WHERE article_id = ? AND origin = 'extracted'");
             PreparedStatement del = c.prepareStatement("DELETE FROM claims WHERE id = ?")) {
            ps.setString(1, a.id());
            List<String> stale = new java.util.ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!keptIds.contains(rs.getString(1))) {
                        stale.add(rs.getString(1));
                    }
                }
            }
            for (String id : stale) {
                del.setString(1, id);
                del.addBatch();
            }
            del.executeBatch();
        }
        replaceExtractedClaims(c, a.id(), extracted);
    }

    /** Adds or updates a claim the reviewer made or edited; re-extraction never replaces it. */
    void saveManualClaim(Connection c, Claim cl) throws SQLException {
        ReviewRows.requireArticle(c, cl.articleId());
        try (PreparedStatement ps = c.prepareStatement(insertClaimSql("""
                ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, start_offset = excluded.start_offset,
                    end_offset = excluded.end_offset, text = excluded.text, score = excluded.score,
                    details = excluded.details, origin = 'manual'"""))) {
            bindClaim(ps, cl, MANUAL, Integer.MAX_VALUE);
            ps.executeUpdate();
        }
    }

    /** Dismisses a claim as not check-worthy (or brings it back); its verdict and history stay. */
    void setDismissed(Connection c, String claimId, boolean dismissed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE claims SET dismissed = ? WHERE id = ?")) {
            rows.setFlag(ps, 1, dismissed);
            ps.setString(2, claimId);
            ps.executeUpdate();
        }
    }

    private static String insertClaimSql(String onConflict) {
        return """
                INSERT INTO claims (id, article_id, kind, start_offset, end_offset, text, score, details, origin,
                    dismissed, position)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """ + onConflict;
    }

    /** A new claim is never dismissed; an existing one keeps its flag (the upserts above leave it alone). */
    private void bindClaim(PreparedStatement ps, Claim c, String origin, int position) throws SQLException {
        ps.setString(1, c.id());
        ps.setString(2, c.articleId());
        ps.setString(3, c.kind().code());
        ps.setInt(4, c.start());
        ps.setInt(5, c.end());
        ps.setString(6, c.text());
        ps.setDouble(7, c.score());
        ps.setString(8, StoreJson.details(c.quantities(), c.attribution(), c.agreement(), c.dates()));
        ps.setString(9, origin);
        rows.setFlag(ps, 10, false);
        ps.setInt(11, position);
    }
}
