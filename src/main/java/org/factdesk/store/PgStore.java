package org.factdesk.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictChange;

/**
 * The team desk: the review store on a PostgreSQL server (14+) that several reviewers use at once, each signed in as
 * their own login (docs/decisions/0050-0053). Behaves as the local {@link Store} (one contract test suite runs against
 * both), plus what a shared desk needs:
 * <ul>
 *   <li>who and when come from the server (triggers set them from {@code session_user} and {@code now()});</li>
 *   <li>a verdict save checks the version it was read at, under a per-claim lock, so nothing is overwritten
 *       unseen ({@link VerdictConflictException});</li>
 *   <li>a verdict is a draft until an editor approves it; the database refuses an approval by anyone else;</li>
 *   <li>comments and assignments, append-only like the history;</li>
 *   <li>a lost connection is reopened by the next call; a write cut off by it was rolled back by the server,
 *       so it is never half-written.</li>
 * </ul>
 */
public final class PgStore implements ReviewStore {
    private static final ReviewRows ROWS = ReviewRows.POSTGRES;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(PgStore.class.getName());
    private static final ReviewWrites WRITES = new ReviewWrites(ROWS);
    /** Bumps approved_version: the trigger turns any change of it into "approved at the current version". */
    private static final long APPROVE = -1;
    /** A session's application_name while its window has an article open: this, then the article's id. */
    static final String REVIEWING = "FactDesk reviewing ";

    private final DeskUrl url;
    private final char[] password;
    /** The desk's schema; before 4 its triggers announce changes themselves (docs/decisions/0057). */
    private final int schema;
    /** Changes of the running write, announced once it committed: parallel lists of kind and claim id. */
    private final List<String> announceKinds = new ArrayList<>();
    private final List<String> announceClaims = new ArrayList<>();
    private Connection conn;
    private boolean closed;
    private final List<Consumer<DeskEvent>> listeners = new CopyOnWriteArrayList<>();
    private DeskListener listener;
    /** The article this session announced it is reviewing; announced again on a new connection. */
    private volatile String reviewing;

    private PgStore(DeskUrl url, char[] password, Connection conn, int schema) {
        this.url = url;
        this.password = password.clone();
        this.conn = conn;
        this.schema = schema;
    }

    /**
     * Signs in to the team desk at {@code url}.
     *
     * @throws StoreException saying what went wrong (wrong password, unreachable server, certificate, no desk there)
     */
    public static PgStore connect(DeskUrl url, char[] password) {
        Connection c = open(url, password);
        try {
            int version = DeskSchema.version(c);
            if (version == 0) {
                throw new StoreException("There is no FactDesk team desk in " + url + " yet. An admin creates it with"
                        + " `factdesk desk init " + url + "`.");
            }
            if (version > DeskSchema.LATEST) {
                throw new StoreException("The team desk " + url + " has schema " + version + "; this FactDesk knows up"
                        + " to " + DeskSchema.LATEST + ". Update FactDesk.");
            }
            return new PgStore(url, password, c, version);
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the first error is the one to tell
            }
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("Cannot read the team desk " + url + ": " + e.getMessage(), e);
        }
    }

    /** Signs in and out again: whether the server accepts {@code password} (a message saying why not). */
    public static void checkPassword(DeskUrl url, char[] password) {
        try (Connection c = open(url, password)) {
            c.isValid(5);
        } catch (SQLException e) {
            throw connectFailure(url, e);
        }
    }

    /** A JDBC connection to the desk, with failures turned into messages a reviewer can act on. */
    static Connection open(DeskUrl url, char[] password) {
        Properties p = new Properties();
        p.setProperty("user", url.user());
        p.setProperty("password", new String(password));
        try {
            return DriverManager.getConnection(url.jdbcUrl(), p);
        } catch (SQLException e) {
            throw connectFailure(url, e);
        }
    }

    static StoreException connectFailure(DeskUrl url, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (state.equals("28P01") || state.equals("28000") && msg.contains("password")) {
            return new StoreException("The team desk " + url + " refused the password of " + url.user() + " (wrong"
                    + " password, or the login has expired: PostgreSQL does not say which). Check it, or ask your desk"
                    + " admin to reset it (`desk add-user " + url.user() + " --role ...` as admin).", e);
        }
        if (state.equals("3D000")) {
            return new StoreException("There is no database '" + url.database() + "' on " + url.host() + ":"
                    + url.port() + ". Create it (createdb " + url.database() + ") and run `factdesk desk init " + url
                    + "`.", e);
        }
        if (msg.contains("SSL") || msg.contains("certificate") || msg.contains("hostname")
                || e.getCause() instanceof javax.net.ssl.SSLException) {
            return tlsFailure(url, msg, e);
        }
        if (state.startsWith("08") || state.equals("57P03")) {
            return new DeskUnavailableException("Cannot reach the team desk server " + url.host() + ":" + url.port() + " ("
                    + msg + "). Check the address and your network; FactDesk keeps trying when it was connected.", e);
        }
        return new StoreException("Cannot sign in to the team desk " + url + ": " + msg, e);
    }

    /** A TLS failure named: whose certificate, what is wrong with it, and what to do; nothing was sent yet. */
    private static StoreException tlsFailure(DeskUrl url, String msg, SQLException e) {
        String root = url.params().getOrDefault("sslrootcert", "~/.postgresql/root.crt (the default)");
        String all = msg + " " + (e.getCause() == null ? "" : e.getCause().getMessage());
        String problem;
        String todo;
        if (all.contains("PKIX") || all.contains("certification path")) {
            problem = "its certificate is not signed by the certificate authority you trust for it (sslrootcert: "
                    + root + ")";
            todo = "Ask your desk admin for the desk's root certificate and give its file with ?sslrootcert=FILE in"
                    + " the address (or put it at ~/.postgresql/root.crt).";
        } else if (all.contains("hostname") || all.contains("No subject alternative")) {
            problem = "its certificate does not name the host " + url.host();
            todo = "Use the host name the certificate was made for (ask your desk admin), not another name or the IP"
                    + " address.";
        } else if (all.contains("expired") || all.contains("NotAfter") || all.contains("not yet valid")) {
            problem = "its certificate has expired or is not valid yet";
            todo = "Tell your desk admin: the server needs a new certificate.";
        } else {
            problem = "the TLS connection could not be set up";
            todo = "With sslmode=verify-full the server's certificate must be signed by the authority in sslrootcert ("
                    + root + ") and name the host " + url.host() + ". Ask your desk admin for the right certificate.";
        }
        return new StoreException("The team desk server " + url.host() + ":" + url.port() + " did not prove who it is: "
                + problem + ". Nothing was sent to it, your password neither. " + todo + " (" + msg + ")", e);
    }

    public DeskUrl url() {
        return url;
    }

    @Override
    public String location() {
        return url.toString();
    }

    // ---- articles -------------------------------------------------------------------------------

    @Override
    public void saveArticle(Article a) {
        Objects.requireNonNull(a, "article");
        write("save article " + a.id(), c -> {
            WRITES.saveArticle(c, a);
            return null;
        });
    }

    @Override
    public Optional<String> deskArchive() {
        return read("read the desk's archive", c -> {
            if (DeskSchema.version(c) < 3) {
                return Optional.<String>empty(); // a desk set up by an older FactDesk names none
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM desk_settings WHERE name = 'archive'");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
        });
    }

    @Override
    public Optional<Article> article(String id) {
        return read("read article " + id, c -> ROWS.article(c, id));
    }

    @Override
    public boolean deleteUnreviewedArticle(String id) {
        return write("remove article " + id, c -> WRITES.deleteUnreviewedArticle(c, id));
    }

    @Override
    public List<ArticleSummary> articles() {
        return read("list articles", c -> {
            List<ArticleSummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT a.*, o.at AS opened_at,
                      (SELECT count(*) FROM claims c WHERE c.article_id = a.id AND NOT c.dismissed) AS n_claims,
                      (SELECT count(*) FROM claims c JOIN verdicts v ON v.claim_id = c.id
                        WHERE c.article_id = a.id AND NOT c.dismissed AND v.status <> 'UNREVIEWED') AS n_reviewed
                    FROM articles a LEFT JOIN opened o ON o.article_id = a.id AND o.who = session_user
                    ORDER BY coalesce(o.at, a.added_at) DESC, a.added_seq DESC""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ArticleSummary(ROWS.article(rs), rs.getInt("n_claims"), rs.getInt("n_reviewed"),
                            instant(rs, "opened_at")));
                }
            }
            return out;
        });
    }

    /**
     * Remembers the article as opened and announces that this session is reviewing it: the session's
     * application_name says so in pg_stat_activity (gone with the session, however it ends) and a NOTIFY tells open
     * windows at once (docs/decisions/0055).
     */
    @Override
    public void markOpened(String articleId) {
        write("mark article " + articleId + " opened", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO opened (article_id) VALUES (?)
                    ON CONFLICT (who, article_id) DO UPDATE SET at = now()""")) {
                ps.setString(1, articleId);
                ps.executeUpdate();
            }
            announce(c, REVIEWING + articleId, articleId);
            reviewing = articleId;
            return null;
        });
    }

    /** This session reviews no article any more (the window left it); others see it within a second. */
    public void stopReviewing() {
        if (reviewing == null) {
            return;
        }
        write("say you left the article", c -> {
            announce(c, url.applicationName(), null);
            reviewing = null;
            return null;
        });
    }

    /** Who has which article open right now, by the server's list of sessions on this desk's database. */
    public List<Presence> reviewingNow() {
        return read("read who is reviewing now", c -> {
            List<Presence> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT usename, substr(application_name, ?), pid = pg_backend_pid() FROM pg_stat_activity
                    WHERE datname = current_database() AND application_name LIKE ?
                    ORDER BY usename, backend_start""")) {
                ps.setInt(1, REVIEWING.length() + 1);
                ps.setString(2, REVIEWING + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Presence(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
                    }
                }
            }
            return out;
        });
    }

    private static void announce(Connection c, String applicationName, String articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT set_config('application_name', ?, false), pg_notify('"
                + DeskListener.CHANNEL + "', json_build_object('kind', 'presence', 'who', session_user,"
                + " 'article', ?::text)::text)")) {
            ps.setString(1, applicationName);
            ps.setString(2, articleId);
            ps.executeQuery().close();
        }
    }

    @Override
    public Optional<Article> lastOpenedArticle() {
        return read("find the last opened article", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT a.* FROM opened o JOIN articles a ON a.id = o.article_id
                    WHERE o.who = session_user ORDER BY o.at DESC, a.added_seq DESC LIMIT 1""");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(ROWS.article(rs)) : Optional.empty();
            }
        });
    }

    @Override
    public List<Article> articlesReviewedBetween(Instant from, Instant to) {
        return read("list articles reviewed between " + from + " and " + to,
                c -> ROWS.articlesReviewedBetween(c, from, to));
    }

    // ---- claims ---------------------------------------------------------------------------------

    @Override
    public void saveClaims(String articleId, List<Claim> claims) {
        ReviewWrites.requireClaimsOf(articleId, claims);
        write("save the claims of article " + articleId, c -> {
            WRITES.replaceExtractedClaims(c, articleId, claims);
            return null;
        });
    }

    @Override
    public java.util.Set<String> manualClaimIds(String articleId) {
        return read("read the reviewer's claims of article " + articleId, c -> ROWS.manualClaimIds(c, articleId));
    }

    @Override
    public void replaceReading(Article article, List<Claim> kept, java.util.Set<String> madeManual, List<Claim> extracted) {
        ReviewWrites.requireClaimsOf(article.id(), kept);
        ReviewWrites.requireClaimsOf(article.id(), extracted);
        write("read article " + article.id() + " again", c -> {
            WRITES.replaceReading(c, article, kept, madeManual, extracted);
            announceAfterCommit(READING, article.id()); // colleagues with it open reload its new text
            return null;
        });
    }

    @Override
    public void saveManualClaim(Claim cl) {
        write("save claim " + cl.id(), c -> {
            WRITES.saveManualClaim(c, cl);
            return null;
        });
    }

    @Override
    public void setDismissed(String claimId, boolean dismissed) {
        write("dismiss claim " + claimId, c -> {
            WRITES.setDismissed(c, claimId, dismissed);
            return null;
        });
    }

    @Override
    public List<Claim> claims(String articleId) {
        return claims(articleId, false);
    }

    @Override
    public List<Claim> dismissedClaims(String articleId) {
        return claims(articleId, true);
    }

    private List<Claim> claims(String articleId, boolean dismissed) {
        return read("read the claims of article " + articleId, c -> ROWS.claims(c, articleId, dismissed));
    }

    @Override
    public Optional<Claim> claim(String claimId) {
        return read("read claim " + claimId, c -> ROWS.claim(c, claimId));
    }

    // ---- verdicts -------------------------------------------------------------------------------

    @Override
    public Verdict verdict(String claimId) {
        return versionedVerdict(claimId).verdict();
    }

    @Override
    public VersionedVerdict versionedVerdict(String claimId) {
        return read("read the verdict of claim " + claimId, c -> current(c, claimId));
    }

    @Override
    public Map<String, Verdict> verdicts(String articleId) {
        return read("read the verdicts of article " + articleId, c -> ROWS.verdicts(c, articleId));
    }

    @Override
    public Verdict saveVerdict(Verdict v, String action) {
        Objects.requireNonNull(v.claimId(), "claimId");
        String what = action == null || action.isBlank() ? "change" : action.strip();
        return write("save the verdict of claim " + v.claimId(), c -> {
            lockClaim(c, v.claimId());
            return apply(c, v, what, null).verdict();
        });
    }

    @Override
    public VersionedVerdict saveVerdict(Verdict v, String action, long expectedVersion) {
        Objects.requireNonNull(v.claimId(), "claimId");
        String what = action == null || action.isBlank() ? "change" : action.strip();
        // one statement, one transaction, one round trip: the check and the write happen under the claim's lock
        Optional<VersionedVerdict> saved = read("save the verdict of claim " + v.claimId(), c -> {
            Optional<VersionedVerdict> done = save(c, v, what, null, expectedVersion);
            if (done.isPresent()) {
                announce(c, List.of(HISTORY), List.of(v.claimId()));
            }
            return done;
        });
        return saved.orElseThrow(() -> new VerdictConflictException(v, expectedVersion, versionedVerdict(v.claimId())));
    }

    @Override
    public List<VerdictChange> history(String claimId) {
        return read("read the history of claim " + claimId, c -> readHistory(c, claimId).changes());
    }

    /** The history with who made each change (the login, or for a migrated row the local desk's reviewer). */
    public List<DeskChange> historyWithWho(String claimId) {
        return read("read the history of claim " + claimId, c -> {
            List<DeskChange> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT seq, at, who, action, snapshot, origin_who, origin_at FROM verdict_history
                    WHERE claim_id = ? ORDER BY seq""")) {
                ps.setString(1, claimId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new DeskChange(rs.getLong("seq"), instant(rs, "at"), rs.getString("who"),
                                rs.getString("action"), StoreJson.verdict(rs.getString("snapshot")),
                                rs.getString("origin_who"), instant(rs, "origin_at")));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public boolean canUndo(String claimId) {
        return read("read the history of claim " + claimId, c -> readHistory(c, claimId).canUndo());
    }

    @Override
    public boolean canRedo(String claimId) {
        return read("read the history of claim " + claimId, c -> readHistory(c, claimId).canRedo());
    }

    @Override
    public Verdict undo(String claimId) {
        return write("undo the last change of claim " + claimId, c -> {
            lockClaim(c, claimId);
            Optional<VerdictHistory.Step> step = readHistory(c, claimId).undo();
            return step.isPresent() ? apply(c, step.get()) : current(c, claimId).verdict();
        });
    }

    @Override
    public Verdict redo(String claimId) {
        return write("redo the last undone change of claim " + claimId, c -> {
            lockClaim(c, claimId);
            Optional<VerdictHistory.Step> step = readHistory(c, claimId).redo();
            return step.isPresent() ? apply(c, step.get()) : current(c, claimId).verdict();
        });
    }

    @Override
    public Verdict revertTo(String claimId, long seq) {
        return write("revert claim " + claimId, c -> {
            lockClaim(c, claimId);
            return apply(c, readHistory(c, claimId).revertTo(seq));
        });
    }

    @Override
    public List<CheckedClaim> checkedClaims() {
        return read("list the checked claims", c -> ROWS.checkedClaims(c));
    }

    // ---- the desk's workflow --------------------------------------------------------------------

    /** Whether the claim's current verdict is approved, and by whom. */
    public Optional<Approval> approval(String claimId) {
        return read("read the approval of claim " + claimId, c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT approved_by, approved_at, version FROM verdicts
                    WHERE claim_id = ? AND approved_version = version""")) {
                ps.setString(1, claimId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Approval(claimId, rs.getString(1), instant(rs, "approved_at"),
                            rs.getLong(3))) : Optional.empty();
                }
            }
        });
    }

    /**
     * Approves the claim's verdict as it is at {@code expectedVersion} (editors only: the database refuses anyone
     * else). The approval is a history row; any later change makes the verdict a draft again.
     */
    public VersionedVerdict approve(String claimId, long expectedVersion) {
        return write("approve the verdict of claim " + claimId, c -> {
            lockClaim(c, claimId);
            VersionedVerdict now = current(c, claimId);
            if (now.version() == 0) {
                throw new StoreException("Claim " + claimId + " has no verdict to approve yet.");
            }
            if (now.version() != expectedVersion) {
                throw new VerdictConflictException(now.verdict(), expectedVersion, now);
            }
            insertHistory(c, now.verdict(), "approve", null);
            announceAfterCommit(HISTORY, claimId);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE verdicts SET approved_version = ? WHERE claim_id = ?")) {
                ps.setLong(1, APPROVE);
                ps.setString(2, claimId);
                ps.executeUpdate();
            }
            return current(c, claimId);
        });
    }

    /** Claim ids whose current verdict an editor approved. */
    public List<String> approvedClaimIds() {
        return read("list approved verdicts", c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT claim_id FROM verdicts WHERE approved_version = version ORDER BY claim_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    public void comment(String claimId, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A comment needs some text.");
        }
        write("comment on claim " + claimId, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO comments (claim_id, text) VALUES (?, ?)")) {
                ps.setString(1, claimId);
                ps.setString(2, text);
                ps.executeUpdate();
            }
            announceAfterCommit(COMMENTS, claimId);
            return null;
        });
    }

    public List<DeskComment> comments(String claimId) {
        return read("read the comments on claim " + claimId, c -> {
            List<DeskComment> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seq, at, who, text FROM comments WHERE claim_id = ? ORDER BY seq")) {
                ps.setString(1, claimId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new DeskComment(rs.getLong(1), instant(rs, "at"), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    /** Assigns an article or a claim to a reviewer (editors and admins). */
    public void assign(String targetId, String assignee) {
        write("assign " + targetId + " to " + assignee, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
                ps.setString(1, assignee);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException("There is no user '" + assignee + "' on this desk. Add them with"
                                + " `desk add-user " + assignee + " --role reviewer`.");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO assignments (target_id, assignee) VALUES (?, ?)")) {
                ps.setString(1, targetId);
                ps.setString(2, assignee);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Article and claim ids currently assigned to {@code user}: the "assigned to me" queue. */
    public List<String> assignedTo(String user) {
        return read("read the assignments of " + user, c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT target_id FROM (
                        SELECT DISTINCT ON (target_id) target_id, assignee, seq FROM assignments
                        ORDER BY target_id, seq DESC) latest
                    WHERE assignee = ? ORDER BY seq""")) {
                ps.setString(1, user);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    // ---- live changes (LISTEN/NOTIFY) -------------------------------------------------------------

    /**
     * Calls {@code onChange} (on a background thread) whenever anybody changes a verdict or comments, within about
     * half a second; the listening connection reconnects by itself.
     */
    public synchronized void listen(Consumer<DeskEvent> onChange) {
        listeners.add(onChange);
        if (listener == null) {
            listener = new DeskListener(url, password, event -> listeners.forEach(l -> l.accept(event)));
            listener.start();
        }
    }

    // ---- plumbing -------------------------------------------------------------------------------

    /** Serialises writers of one claim (a transaction-scoped lock): the version check and the write are one step. */
    private static void lockClaim(Connection c, String claimId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 21))")) {
            ps.setString(1, claimId);
            ps.executeQuery().close();
        }
    }

    private static VersionedVerdict current(Connection c, String claimId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM verdicts WHERE claim_id = ?")) {
            ps.setString(1, claimId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new VersionedVerdict(ROWS.verdict(rs), rs.getLong("version"))
                        : new VersionedVerdict(Verdict.unreviewed(claimId), 0);
            }
        }
    }

    /** Writes the history row and the current row (whose trigger sets version, who and when); call under the lock. */
    private VersionedVerdict apply(Connection c, Verdict v, String action, Long undoes) throws SQLException {
        announceAfterCommit(HISTORY, v.claimId());
        return save(c, v, action, undoes, null).orElseThrow();
    }

    /** Writes the step undo, redo or revert chose (VerdictHistory); returns the verdict now current. */
    private Verdict apply(Connection c, VerdictHistory.Step step) throws SQLException {
        return apply(c, step.verdict(), step.action(), step.undoes()).verdict();
    }

    /** The desk's save function; empty when {@code expected} is no longer the current version. */
    private static Optional<VersionedVerdict> save(Connection c, Verdict v, String action, Long undoes, Long expected)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM desk_save_verdict(?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, v.claimId());
            ps.setObject(2, expected, Types.BIGINT);
            ps.setString(3, action);
            ps.setObject(4, undoes, Types.BIGINT);
            ps.setString(5, StoreJson.verdict(v));
            ps.setString(6, v.status().name());
            ps.setString(7, v.rationale());
            ps.setInt(8, v.confidence());
            ps.setString(9, StoreJson.evidence(v.evidence()));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new VersionedVerdict(ROWS.verdict(rs), rs.getLong("version")))
                        : Optional.empty();
            }
        }
    }

    private static void insertHistory(Connection c, Verdict v, String action, Long undoes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO verdict_history (claim_id, action, undoes_seq, snapshot) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, v.claimId());
            ps.setString(2, action);
            if (undoes == null) {
                ps.setNull(3, Types.BIGINT);
            } else {
                ps.setLong(3, undoes);
            }
            ps.setString(4, StoreJson.verdict(v));
            ps.executeUpdate();
        }
    }

    /** History rows; an approval row changes no content, so undoing it only makes the verdict a draft again. */
    private static VerdictHistory readHistory(Connection c, String claimId) throws SQLException {
        List<VerdictHistory.Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT seq, at, who, action, undoes_seq, snapshot, origin_who, origin_at FROM verdict_history
                WHERE claim_id = ? ORDER BY seq""")) {
            ps.setString(1, claimId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long undoes = rs.getLong("undoes_seq");
                    Long undoesSeq = rs.wasNull() ? null : undoes;
                    Verdict snap = StoreJson.verdict(rs.getString("snapshot"));
                    String who = rs.getString("origin_who") != null ? rs.getString("origin_who") : rs.getString("who");
                    Instant at = rs.getString("origin_at") != null ? instant(rs, "origin_at") : instant(rs, "at");
                    // the snapshot is what the client sent; who and when are the server's
                    Verdict after = new Verdict(snap.claimId(), snap.status(), snap.rationale(), snap.confidence(),
                            who, at, snap.evidence());
                    rows.add(new VerdictHistory.Row(rs.getLong("seq"), at, rs.getString("action"), undoesSeq, after));
                }
            }
        }
        return new VerdictHistory(claimId, rows);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return ROWS.instant(rs, column);
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private synchronized <T> T read(String what, SqlWork<T> work) {
        Connection c = connection();
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** One transaction; on any failure it is rolled back (by us, or by the server when the connection died). */
    private synchronized <T> T write(String what, SqlWork<T> work) {
        Connection c = connection();
        T result;
        try {
            c.setAutoCommit(false);
            try {
                result = work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                if (!c.isClosed()) {
                    try {
                        c.setAutoCommit(true);
                    } catch (SQLException ignored) {
                        // a dead connection: the next call opens a new one
                    }
                }
            }
            announce(c, announceKinds, announceClaims);
        } catch (SQLException e) {
            throw failure(what, e);
        } finally {
            announceKinds.clear(); // a rolled-back write has nothing to announce
            announceClaims.clear();
        }
        return result;
    }

    // ---- announcing changes (docs/decisions/0057) ------------------------------------------------

    private static final String HISTORY = "verdict_history";
    private static final String COMMENTS = "comments";
    /** An article read again ({@link #replaceReading}); the announcement's claim field holds the article's id. */
    static final String READING = "reading";

    /** Remembers a change of the running write, announced by {@link #write} once the transaction committed. */
    private void announceAfterCommit(String kind, String claimId) {
        announceKinds.add(kind);
        announceClaims.add(claimId);
    }

    /**
     * Tells open windows about committed changes, in a transaction of its own that does not wait for the disk: a
     * NOTIFY in the writing transaction would hold the server's notification lock through its disk flush and make
     * every save on the desk wait for all others. The change is saved either way; a failed announcement only means
     * colleagues see it when their window next reloads.
     */
    private void announce(Connection c, List<String> kinds, List<String> claims) {
        if (schema < 4 || kinds.isEmpty()) {
            return; // a desk of schema 1 to 3 announces by trigger, inside the writing transaction
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT desk_announce(?, ?)")) {
            ps.setArray(1, c.createArrayOf("text", kinds.toArray()));
            ps.setArray(2, c.createArrayOf("text", claims.toArray()));
            ps.executeQuery().close();
        } catch (SQLException e) {
            LOG.warning("Saved, but could not tell colleagues' windows about "
                    + claims + " on " + url + ": " + e.getMessage());
        }
    }

    /** The connection, reopened when the last one broke (the server restarted, the network came back). */
    private Connection connection() {
        if (closed) {
            throw new StoreException("The connection to the team desk " + url + " is closed.");
        }
        try {
            if (conn == null || conn.isClosed()) {
                conn = open(url, password);
                String article = reviewing;
                if (article != null) {
                    try (PreparedStatement ps = conn.prepareStatement("SELECT set_config('application_name', ?, false)")) {
                        ps.setString(1, REVIEWING + article);
                        ps.executeQuery().close();
                    }
                }
            }
        } catch (SQLException e) {
            throw connectFailure(url, e);
        }
        return conn;
    }

    private StoreException failure(String what, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
            dropConnection();
            return new DeskUnavailableException("Could not " + what + ": the team desk server " + url.host() + ":"
                    + url.port() + " went away (" + e.getMessage() + "). Nothing was saved; FactDesk saves it when the"
                    + " server is back.", e);
        }
        if (state.equals("42501")) {
            return new StoreException("Could not " + what + ": your login " + url.user() + " may not do that on this"
                    + " desk (" + e.getMessage() + "). Nothing was changed.", e);
        }
        return new StoreException("Could not " + what + " on the team desk " + url + " (PostgreSQL: " + e.getMessage()
                + "). Nothing was changed.", e);
    }

    private void dropConnection() {
        try {
            if (conn != null) {
                conn.close();
            }
        } catch (SQLException ignored) {
            // it is gone already
        }
        conn = null;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            if (listener != null) {
                listener.stop(); // first: our own goodbye below must not reach a window that is closing
            }
            if (reviewing != null && conn != null) {
                try {
                    stopReviewing(); // colleagues' windows hear it now rather than at their next look
                } catch (RuntimeException ignored) {
                    // the connection is gone: so is this session's presence
                }
            }
            closed = true;
            dropConnection();
            Arrays.fill(password, '\0');
        }
    }

    /** The load harness's check opens a connection of its own, as the same login. */
    char[] passwordForChecks() {
        return password.clone();
    }

    /** Tests and the load harness: runs SQL as this store's login, to show what the database itself allows. */
    synchronized void execute(String sql) throws SQLException {
        try (Statement s = connection().createStatement()) {
            s.execute(sql);
        }
    }
}
