package org.factdesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A new team desk on the shared test server: its own database, `desk init` run by the database owner, and one login
 * per role (reviewer, second reviewer, editor, admin), each with its own password.
 */
public record DeskFixture(TestPostgres pg, String database, String prefix) {
    public static final String REVIEWER = "rita";
    public static final String REVIEWER2 = "ravi";
    public static final String EDITOR = "edna";
    public static final String ADMIN = "adam";
    public static final String OWNER = "owner";

    public static DeskFixture create(String hint) {
        DeskFixture f = createEmpty(hint);
        DeskAdmin.init(f.url(OWNER), password(OWNER).toCharArray());
        for (List<String> user : List.of(List.of(REVIEWER, "reviewer"), List.of(REVIEWER2, "reviewer"),
                List.of(EDITOR, "editor"), List.of(ADMIN, "admin"))) {
            DeskAdmin.addUser(f.url(OWNER), password(OWNER).toCharArray(), f.login(user.get(0)), user.get(1),
                    password(user.get(0)).toCharArray());
        }
        return f;
    }

    /** A database and its owner's login, as a newsroom's DBA hands them over: no desk in it yet. */
    public static DeskFixture createEmpty(String hint) {
        TestPostgres pg = TestPostgres.shared();
        String db = pg.newDatabase(hint);
        DeskFixture f = new DeskFixture(pg, db, db + "_");
        // the owner: a login that may create roles and owns the database, as a newsroom's DBA would set up
        try (Connection c = pg.superuser("postgres"); var s = c.createStatement()) {
            s.execute("CREATE ROLE " + f.login(OWNER) + " LOGIN CREATEROLE PASSWORD '" + password(OWNER) + "'");
            s.execute("ALTER DATABASE " + db + " OWNER TO " + f.login(OWNER));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try (Connection c = pg.superuser(db); var s = c.createStatement()) {
            s.execute("ALTER SCHEMA public OWNER TO " + f.login(OWNER));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return f;
    }

    /** Logins are cluster-wide: each desk's are prefixed with its database name. */
    public String login(String who) {
        return prefix + who;
    }

    public static String password(String who) {
        return "pw-" + who + "-secret";
    }

    public DeskUrl url(String who) {
        return DeskUrl.parse(pg.deskUrl(login(who), database));
    }

    public PgStore store(String who) {
        return PgStore.connect(url(who), password(who).toCharArray());
    }

    /** An owner-only {@code home/.pgpass} with these people's passwords, as a script's user keeps them. */
    public void writePgpass(java.nio.file.Path home, String... who) throws java.io.IOException {
        List<String> lines = new java.util.ArrayList<>();
        for (String w : who) {
            lines.add("127.0.0.1:" + pg.port() + ":" + database + ":" + login(w) + ":" + password(w));
        }
        java.nio.file.Path pgpass = java.nio.file.Files.createDirectories(home).resolve(".pgpass");
        java.nio.file.Files.write(pgpass, lines);
        java.nio.file.Files.setPosixFilePermissions(pgpass,
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }

    public Connection sql(String who) throws SQLException {
        return pg.connect(database, login(who), password(who));
    }
}
