package org.factdesk.app.bench;

import org.factdesk.archive.ArchiveSchema;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded alternative a developer would pick: SQLite FTS5 with bm25() ranking. One virtual
 * table {@code docs(title, text)} (default unicode61 tokenizer), inserts batched in transactions of
 * the same size as FactDesk's commits, WAL with synchronous=NORMAL. A claim becomes its content
 * words (FactDesk's stop list removed), each quoted so that FTS5 syntax in the text cannot break
 * the query, OR-ed, ranked by bm25 and limited to 10, with a snippet as the passage.
 */
final class SqliteFts5Engine implements SearchEngineUnderTest {
    static final int BATCH = 1000;
    private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final String QUERY = "SELECT rowid, title, snippet(docs, 1, '[', ']', '…', 24) FROM docs"
            + " WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT 10";

    private final Path dir;
    private final Connection db;
    private PreparedStatement query;

    SqliteFts5Engine(Path dir) throws IOException {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
            db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("fts5.db"));
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("CREATE VIRTUAL TABLE IF NOT EXISTS docs USING fts5(title, text)");
            }
        } catch (SQLException e) {
            throw new IOException("could not create the SQLite FTS5 database in " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "sqlite_fts5";
    }

    @Override
    public Path location() {
        return dir;
    }

    @Override
    public long importAll(Iterable<Article> articles, LongConsumer onBatch) throws IOException {
        long n = 0;
        try {
            db.setAutoCommit(false);
            try (PreparedStatement ins = db.prepareStatement("INSERT INTO docs(title, text) VALUES (?, ?)")) {
                for (Article a : articles) {
                    n++;
                    ins.setString(1, a.title());
                    ins.setString(2, a.text());
                    ins.addBatch();
                    if (n % BATCH == 0) {
                        ins.executeBatch();
                        db.commit();
                        onBatch.accept(n);
                    }
                }
                ins.executeBatch();
                db.commit();
                if (n % BATCH != 0) {
                    onBatch.accept(n);
                }
            }
            db.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IOException("SQLite FTS5 import failed after " + n + " articles: " + e.getMessage(), e);
        }
        return n;
    }

    @Override
    public long size() throws IOException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM docs")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IOException("could not count the SQLite FTS5 rows: " + e.getMessage(), e);
        }
    }

    @Override
    public int top10(Claim claim) throws IOException {
        String match = matchExpression(claim.text());
        if (match.isEmpty()) {
            return 0;
        }
        try {
            if (query == null) {
                query = db.prepareStatement(QUERY);
            }
            query.setString(1, match);
            int hits = 0;
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(1);
                    rs.getString(2);
                    rs.getString(3);
                    hits++;
                }
            }
            return hits;
        } catch (SQLException e) {
            throw new IOException("SQLite FTS5 query failed for " + match + ": " + e.getMessage(), e);
        }
    }

    /** {@code "word1" OR "word2" ...}: content words only, each quoted (a bare AND, NOT, - or : is FTS5 syntax). */
    static String matchExpression(String text) {
        Set<String> terms = new LinkedHashSet<>();
        Matcher m = TERM.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String t = m.group();
            if (!ArchiveSchema.STOP_WORDS.contains(t)) {
                terms.add(t);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String t : terms) {
            if (!sb.isEmpty()) {
                sb.append(" OR ");
            }
            sb.append('"').append(t.replace("\"", "\"\"")).append('"');
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        try {
            if (query != null) {
                query.close();
            }
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            db.close();
        } catch (SQLException e) {
            throw new IOException("could not close the SQLite FTS5 database: " + e.getMessage(), e);
        }
    }
}
