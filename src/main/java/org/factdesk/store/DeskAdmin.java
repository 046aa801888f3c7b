package org.factdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * Setting up and looking after a team desk: {@code desk init}, {@code desk add-user}, {@code desk status} and
 * {@code desk migrate}. Role and user names are checked against a plain identifier form and quoted, never pasted in.
 */
public final class DeskAdmin {
    public static final Set<String> ROLES = Set.of("reviewer", "editor", "admin");
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_.-]{0,62}");

    private DeskAdmin() {
    }

    /**
     * Creates (or brings up to date) the desk in {@code url}'s database: the group roles, who may connect, and the
     * schema with its grants. Run as a login that may create roles (the database's owner, or a superuser).
     *
     * @return what was done, one line each
     */
    public static List<String> init(DeskUrl url, char[] password) {
        return init(url, password, DeskSchema.LATEST);
    }

    /** As above, up to schema {@code schema} only: the tests make a desk as an earlier FactDesk left it. */
    static List<String> init(DeskUrl url, char[] password, int schema) {
        List<String> done = new ArrayList<>();
        try (Connection c = PgStore.open(url, password); Statement s = c.createStatement()) {
            for (String role : List.of("reviewer", "editor", "admin")) {
                String group = DeskSchema.groupRole(url.database(), role);
                if (!roleExists(c, group)) {
                    s.execute("CREATE ROLE " + quote(group) + " NOLOGIN");
                    done.add("created the role " + group);
                }
            }
            if (adminOptionNeeded(c)) {
                // PostgreSQL 16+: CREATEROLE alone no longer lets the desk's admins grant these roles (see addUser)
                s.execute("GRANT " + quote(DeskSchema.groupRole(url.database(), "reviewer")) + ", "
                        + quote(DeskSchema.groupRole(url.database(), "editor")) + " TO "
                        + quote(DeskSchema.groupRole(url.database(), "admin"))
                        + " WITH ADMIN OPTION, INHERIT FALSE, SET FALSE");
                done.add("the desk's admins may grant the reviewer and editor roles (PostgreSQL 16+: ADMIN OPTION)");
            }
            s.execute("REVOKE CONNECT, TEMPORARY ON DATABASE " + quote(url.database()) + " FROM PUBLIC");
            s.execute("GRANT CONNECT ON DATABASE " + quote(url.database()) + " TO "
                    + quote(DeskSchema.groupRole(url.database(), "reviewer")) + ", "
                    + quote(DeskSchema.groupRole(url.database(), "editor")) + ", "
                    + quote(DeskSchema.groupRole(url.database(), "admin")));
            done.add("only the desk's roles may connect to the database " + url.database());
        } catch (SQLException e) {
            throw failure("set up the team desk", url, e);
        }
        int ran;
        try {
            ran = DeskSchema.migrate(url, password, schema);
        } catch (RuntimeException e) {
            throw new StoreException("Could not create the team desk's schema in " + url + ": " + e.getMessage(), e);
        }
        done.add(ran == 0 ? "the schema was up to date (version " + schema + ")"
                : "applied " + ran + " schema migration(s); schema version " + schema);
        try (Connection c = PgStore.open(url, password); Statement s = c.createStatement()) {
            s.execute("GRANT SELECT ON flyway_schema_history TO "
                    + quote(DeskSchema.groupRole(url.database(), "reviewer")) + ", "
                    + quote(DeskSchema.groupRole(url.database(), "editor")) + ", "
                    + quote(DeskSchema.groupRole(url.database(), "admin")));
        } catch (SQLException e) {
            throw failure("set up the team desk", url, e);
        }
        return done;
    }

    /**
     * Adds a user with a role, or changes the role (and password) of an existing one. The password is hashed (SCRAM)
     * here, so it never reaches the server or its logs in clear.
     */
    public static String addUser(DeskUrl url, char[] password, String name, String role, char[] newPassword) {
        String r = role == null ? "" : role.toLowerCase(Locale.ROOT);
        if (!ROLES.contains(r)) {
            throw new IllegalArgumentException("'" + role + "' is not a role of the desk: use reviewer, editor or admin.");
        }
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a usable login name: use lower-case letters,"
                    + " digits, '_', '.', '-' (up to 63), starting with a letter.");
        }
        if (newPassword == null || newPassword.length < 8) {
            throw new IllegalArgumentException("The new user's password needs at least 8 characters.");
        }
        try (Connection c = PgStore.open(url, password); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            boolean existed = roleExists(c, name);
            if (!existed) {
                s.execute("CREATE ROLE " + quote(name) + " LOGIN" + (r.equals("admin") ? " CREATEROLE" : ""));
            } else {
                s.execute("ALTER ROLE " + quote(name) + " LOGIN " + (r.equals("admin") ? "CREATEROLE" : "NOCREATEROLE"));
            }
            boolean pg16 = adminOptionNeeded(c);
            String adminGroup = DeskSchema.groupRole(url.database(), "admin");
            if (pg16 && existed && r.equals("admin")) {
                s.execute("REVOKE " + quote(name) + " FROM " + quote(adminGroup)); // or the grant below makes a cycle
            }
            for (String other : ROLES) {
                String group = DeskSchema.groupRole(url.database(), other);
                // on 16+ an admin holds the admin role WITH ADMIN OPTION, so it may add the next admin
                s.execute(other.equals(r) ? "GRANT " + quote(group) + " TO " + quote(name)
                        + (pg16 && r.equals("admin") ? " WITH ADMIN OPTION" : "")
                        : "REVOKE " + quote(group) + " FROM " + quote(name));
            }
            for (String other : ROLES) {
                String group = DeskSchema.groupRole(url.database(), other);
                Optional<String> grantor = other.equals(r) ? Optional.empty() : stillGranted(c, group, name, pg16);
                if (grantor.isPresent()) {
                    // PostgreSQL 16+ keeps a membership per grantor: a REVOKE by somebody else only warns
                    throw new StoreException(name + " keeps the role " + other + ": on PostgreSQL 16 and newer only "
                            + grantor.get() + ", who granted it, (or a superuser) can take it back. Ask them to run"
                            + " `desk add-user " + name + " --role " + r + "`. Nothing was changed.");
                }
            }
            if (pg16 && !r.equals("admin") && !adminsMayAlter(c, name, adminGroup)) {
                // ... and the desk's admins may later change this login (its role, its password), whoever created it
                s.execute("GRANT " + quote(name) + " TO " + quote(adminGroup)
                        + " WITH ADMIN OPTION, INHERIT FALSE, SET FALSE");
            }
            c.commit();
            c.setAutoCommit(true);
            c.unwrap(PGConnection.class).alterUserPassword(name, newPassword, "scram-sha-256");
            return (existed ? "Updated " : "Added ") + name + " as " + r + " on " + url.database() + ".";
        } catch (SQLException e) {
            throw failure("add the user " + name, url, e);
        }
    }

    /** Who granted {@code name} the role {@code group} as a real membership, if it still holds it. */
    private static Optional<String> stillGranted(Connection c, String group, String name, boolean pg16)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT gr.rolname FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid
                JOIN pg_roles m ON m.oid = am.member JOIN pg_roles gr ON gr.oid = am.grantor
                WHERE g.rolname = ? AND m.rolname = ?""" + (pg16 ? " AND (am.inherit_option OR am.set_option)" : ""))) {
            ps.setString(1, group);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Whether the desk's admin role already holds ADMIN OPTION on {@code name} (granting it twice is refused). */
    private static boolean adminsMayAlter(Connection c, String name, String adminGroup) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT 1 FROM pg_auth_members am JOIN pg_roles r ON r.oid = am.roleid JOIN pg_roles m ON m.oid = am.member
                WHERE r.rolname = ? AND m.rolname = ? AND am.admin_option""")) {
            ps.setString(1, name);
            ps.setString(2, adminGroup);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * PostgreSQL 16 made CREATEROLE weaker: granting a role, or altering another login, needs ADMIN OPTION on that role
     * (docs/decisions/0055). 14 and 15 let CREATEROLE do both, and know no INHERIT/SET options in GRANT.
     */
    static boolean adminOptionNeeded(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseMajorVersion() >= 16;
    }

    /** What {@code desk status} shows: the schema version, the users and who is connected now. */
    public static List<String> status(DeskUrl url, char[] password) {
        List<String> out = new ArrayList<>();
        try (Connection c = PgStore.open(url, password)) {
            int version = DeskSchema.version(c);
            out.add("Team desk " + url + ": schema version " + version + (version == DeskSchema.LATEST ? " (current)"
                    : version == 0 ? " (no desk here: run `desk init`)"
                    : version < DeskSchema.LATEST ? " (older than this FactDesk's " + DeskSchema.LATEST + ": an admin"
                            + " brings it up to date with `desk init " + url + "`, which keeps everything)"
                    : " (newer than this FactDesk's " + DeskSchema.LATEST + ": update FactDesk)"));
            try (PreparedStatement ps = c.prepareStatement("SELECT version()"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                out.add("Server: " + rs.getString(1).replaceAll(" on .*", "") + (sslInUse(c) ? ", over TLS" : ", no TLS"));
            }
            for (String role : List.of("admin", "editor", "reviewer")) {
                try (PreparedStatement ps = c.prepareStatement("""
                        SELECT string_agg(m.rolname, ', ' ORDER BY m.rolname) FROM pg_auth_members am
                        JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member
                        WHERE g.rolname = ?""" + (adminOptionNeeded(c)
                        ? " AND (am.inherit_option OR am.set_option)" : ""))) { // 16+: not an ADMIN-only grant
                    ps.setString(1, DeskSchema.groupRole(url.database(), role));
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        out.add(role + "s: " + (rs.getString(1) == null ? "(none)" : rs.getString(1)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT usename, coalesce(client_addr::text, 'local'), backend_start FROM pg_stat_activity
                    WHERE datname = current_database() AND application_name LIKE 'FactDesk%'
                    ORDER BY usename, backend_start""")) {
                List<String> who = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        java.sql.Timestamp since = rs.getTimestamp(3);
                        // another login's address and start are hidden unless one holds pg_read_all_stats
                        who.add(since == null ? rs.getString(1) : rs.getString(1) + " (" + rs.getString(2) + ", since "
                                + since.toInstant().toString().substring(0, 19).replace('T', ' ') + " UTC)");
                    }
                }
                out.add("Connected now: " + (who.isEmpty() ? "(nobody)" : String.join("; ", who)));
            }
            if (version >= 3) {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT value, changed_by FROM desk_settings WHERE name = 'archive'");
                     ResultSet rs = ps.executeQuery()) {
                    out.add("Newsroom archive: " + (rs.next() ? rs.getString(1) + " (set by " + rs.getString(2) + ")"
                            : "(none: each reviewer searches their own; set one with `desk set-archive`)"));
                }
            }
            if (version > 0) {
                try (PreparedStatement ps = c.prepareStatement("""
                        SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM claims),
                               (SELECT count(*) FROM verdicts WHERE status <> 'UNREVIEWED'),
                               (SELECT count(*) FROM verdicts WHERE approved_version = version),
                               (SELECT count(*) FROM verdict_history)""");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    out.add("Holds " + rs.getLong(1) + " articles, " + rs.getLong(2) + " claims, " + rs.getLong(3)
                            + " verdicts (" + rs.getLong(4) + " approved), " + rs.getLong(5) + " history changes.");
                }
                // a window with an article open names it in its session's application_name (docs/decisions/0055)
                try (PreparedStatement ps = c.prepareStatement("""
                        SELECT s.usename, coalesce(a.title, '?'), substr(s.application_name, ?)
                        FROM pg_stat_activity s LEFT JOIN articles a ON a.id = substr(s.application_name, ?)
                        WHERE s.datname = current_database() AND s.application_name LIKE ?
                        ORDER BY s.usename, s.backend_start""")) {
                    ps.setInt(1, PgStore.REVIEWING.length() + 1);
                    ps.setInt(2, PgStore.REVIEWING.length() + 1);
                    ps.setString(3, PgStore.REVIEWING + "%");
                    List<String> on = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            on.add(rs.getString(1) + " on \"" + rs.getString(2) + "\" (" + rs.getString(3) + ")");
                        }
                    }
                    out.add("Reviewing now: " + (on.isEmpty() ? "(nobody)" : String.join("; ", on)));
                }
            }
        } catch (SQLException e) {
            throw failure("read the status of the desk", url, e);
        }
        return out;
    }

    private static boolean sslInUse(Connection c) {
        try (PreparedStatement ps = c.prepareStatement("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Moves a local desk (its SQLite file, read while open) into an empty team desk with its whole history, in one
     * transaction: all of it arrives, or none. Each history row keeps who made it and when on the local desk.
     *
     * @return what was moved
     */
    public static String migrate(Path localDb, DeskUrl url, char[] password) {
        return DeskMigration.run(localDb, url, password);
    }

    static boolean roleExists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** An identifier, double-quoted; the names reaching here already match a plain form. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /**
     * Sets the newsroom archive every reviewer of the desk searches (null: none, each uses their own), as an admin.
     * The address is checked by the caller (the archive's own parser); no secret is part of it.
     *
     * @return what was done
     */
    public static String setArchive(DeskUrl url, char[] password, String address) {
        try (Connection c = PgStore.open(url, password)) {
            if (DeskSchema.version(c) < 3) {
                throw new StoreException("The team desk " + url + " has schema " + DeskSchema.version(c) + ", without"
                        + " desk settings: bring it up to date first with `factdesk desk init " + url + "` (as its owner).");
            }
            if (address == null) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM desk_settings WHERE name = 'archive'")) {
                    ps.executeUpdate();
                }
                return "The team desk " + url + " names no newsroom archive now: each reviewer searches their own"
                        + " (or the one they give with --archive).";
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO desk_settings (name, value) VALUES ('archive', ?)
                    ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value""")) {
                ps.setString(1, address);
                ps.executeUpdate();
            }
            return "Every reviewer of the team desk " + url + " now searches the newsroom archive " + address
                    + " (from their next start; --archive still chooses another for one run).";
        } catch (SQLException e) {
            throw failure("set the desk's archive", url, e);
        }
    }

    private static StoreException failure(String what, DeskUrl url, SQLException e) {
        if ("42501".equals(e.getSQLState())) {
            return new StoreException("Could not " + what + ": the login " + url.user() + " may not do that ("
                    + e.getMessage() + "). Run it as the database's owner or a desk admin.", e);
        }
        return new StoreException("Could not " + what + " on " + url + ": " + e.getMessage(), e);
    }
}
