package org.factdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.factdesk.model.VerdictStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may do what on a team desk, enforced by PostgreSQL itself: every forbidden action is tried with direct SQL as
 * the role's own login, past the application, and the database refuses it.
 */
class DeskSecurityIT {
    static DeskFixture desk;
    static String claim = StoreIT.soldiers().id();

    @BeforeAll
    static void deskWithOneVerdict() {
        desk = DeskFixture.create("security");
        try (PgStore rita = desk.store(DeskFixture.REVIEWER)) {
            rita.saveArticle(StoreIT.ARTICLE);
            rita.saveClaims(StoreIT.ARTICLE.id(), List.of(StoreIT.soldiers(), StoreIT.treaty()));
            rita.saveVerdict(ReviewStoreContract.verdict(claim, VerdictStatus.FALSE, "Ministry says 8,000"), "status");
            rita.comment(claim, "Checked the ministry's release.");
        }
    }

    static void refused(String who, String sql) {
        try (Connection c = desk.sql(who); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute(sql)).as(who + ": " + sql).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(e.getMessage())
                            .isIn("42501", "42P01"));
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    static long count(String sql) throws SQLException {
        try (Connection c = desk.pg().superuser(desk.database()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void nobodyMayChangeOrRemoveTheHistoryNotEvenTheOwnerOrAnAdmin() throws SQLException {
        long rows = count("SELECT count(*) FROM verdict_history");
        for (String who : List.of(DeskFixture.REVIEWER, DeskFixture.EDITOR, DeskFixture.ADMIN, DeskFixture.OWNER)) {
            refused(who, "UPDATE verdict_history SET action = 'forged'");
            refused(who, "DELETE FROM verdict_history");
            refused(who, "TRUNCATE verdict_history");
            refused(who, "UPDATE comments SET text = 'forged'");
            refused(who, "DELETE FROM comments");
            refused(who, "DELETE FROM verdicts");
        }
        assertThat(count("SELECT count(*) FROM verdict_history")).isEqualTo(rows);
        assertThat(count("SELECT count(*) FROM verdict_history WHERE action = 'forged'")).isZero();
    }

    @Test
    void aReviewerCannotApproveByAnyRoute() throws SQLException {
        refused(DeskFixture.REVIEWER, "UPDATE verdicts SET approved_version = version");
        refused(DeskFixture.REVIEWER, "UPDATE verdicts SET approved_by = 'edna'");
        refused(DeskFixture.REVIEWER, "INSERT INTO verdicts (claim_id, status, approved_version) VALUES ('x', 'FALSE', 1)");
        refused(DeskFixture.REVIEWER, "INSERT INTO verdict_history (claim_id, action, snapshot) VALUES ('"
                + claim + "', 'approve', '{}')");
        try (PgStore rita = desk.store(DeskFixture.REVIEWER)) {
            long v = rita.versionedVerdict(claim).version();
            assertThatThrownBy(() -> rita.approve(claim, v)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("may not do that");
            assertThat(rita.approval(claim)).isEmpty();
        }
        assertThat(count("SELECT count(*) FROM verdicts WHERE approved_version IS NOT NULL")).isZero();
    }

    @Test
    void anAdminManagesTheDeskButCannotApproveEither() {
        refused(DeskFixture.ADMIN, "UPDATE verdicts SET approved_version = version");
        refused(DeskFixture.ADMIN, "INSERT INTO verdict_history (claim_id, action, snapshot) VALUES ('"
                + claim + "', 'approve', '{}')");
    }

    @Test
    void anEditorApprovesAsThemselvesAndAnyLaterChangeMakesItADraftAgain() throws SQLException {
        String other = StoreIT.treaty().id();
        try (PgStore rita = desk.store(DeskFixture.REVIEWER); PgStore edna = desk.store(DeskFixture.EDITOR)) {
            VersionedVerdict v = rita.saveVerdict(ReviewStoreContract.verdict(other, VerdictStatus.VERIFIED, "ok"),
                    "status", 0);
            VersionedVerdict approved = edna.approve(other, v.version());
            assertThat(edna.approval(other)).hasValueSatisfying(a -> {
                assertThat(a.editor()).isEqualTo(desk.login(DeskFixture.EDITOR));
                assertThat(a.version()).isEqualTo(approved.version());
            });
            assertThat(rita.approvedClaimIds()).contains(other);
            // approving "as somebody else" is not possible: the server stamps the session's login
            try (Connection c = desk.sql(DeskFixture.EDITOR); Statement s = c.createStatement()) {
                s.execute("UPDATE verdicts SET approved_version = -1, approved_by = 'someone_else' WHERE claim_id = '"
                        + other + "'");
            } catch (SQLException expected) {
                assertThat(expected.getSQLState()).isEqualTo("42501"); // no privilege on approved_by at all
            }
            assertThat(edna.approval(other).orElseThrow().editor()).isEqualTo(desk.login(DeskFixture.EDITOR));
            rita.saveVerdict(ReviewStoreContract.verdict(other, VerdictStatus.MISLEADING, "changed"), "status",
                    approved.version());
            assertThat(rita.approval(other)).isEmpty();
            assertThat(rita.approvedClaimIds()).doesNotContain(other);
        }
    }

    @Test
    void whoAndWhenComeFromTheServerNotFromTheClient() throws SQLException {
        refused(DeskFixture.REVIEWER, "INSERT INTO verdict_history (claim_id, action, snapshot, who) VALUES ('"
                + claim + "', 'status', '{}', 'edna')");
        refused(DeskFixture.REVIEWER, "INSERT INTO verdict_history (claim_id, action, snapshot, at) VALUES ('"
                + claim + "', 'status', '{}', '2001-01-01')");
        refused(DeskFixture.REVIEWER, "INSERT INTO verdict_history (claim_id, action, snapshot, origin_who) VALUES ('"
                + claim + "', 'status', '{}', 'edna')");
        refused(DeskFixture.REVIEWER, "INSERT INTO comments (claim_id, text, who) VALUES ('" + claim + "', 'x', 'edna')");
        refused(DeskFixture.REVIEWER, "UPDATE verdicts SET reviewer = 'edna'");
        try (PgStore ravi = desk.store(DeskFixture.REVIEWER2)) {
            ravi.saveVerdict(ReviewStoreContract.verdict(claim, VerdictStatus.DISPUTED, "second look"), "status");
            assertThat(ravi.verdict(claim).reviewer()).isEqualTo(desk.login(DeskFixture.REVIEWER2));
            assertThat(ravi.historyWithWho(claim)).extracting(DeskChange::who)
                    .startsWith(desk.login(DeskFixture.REVIEWER)).contains(desk.login(DeskFixture.REVIEWER2));
            assertThat(ravi.historyWithWho(claim)).allSatisfy(c -> assertThat(c.at()).isNotNull());
            assertThat(ravi.comments(claim)).first().extracting(DeskComment::who)
                    .isEqualTo(desk.login(DeskFixture.REVIEWER));
        }
    }

    @Test
    void reviewersCannotChangeTheSchemaTheRolesOrAssign() {
        refused(DeskFixture.REVIEWER, "DROP TABLE verdicts");
        refused(DeskFixture.REVIEWER, "ALTER TABLE verdict_history DISABLE TRIGGER ALL");
        refused(DeskFixture.REVIEWER, "CREATE TABLE mine (x int)");
        refused(DeskFixture.REVIEWER, "SET ROLE " + DeskSchema.groupRole(desk.database(), "editor"));
        refused(DeskFixture.REVIEWER, "INSERT INTO assignments (target_id, assignee) VALUES ('a', 'b')");
        refused(DeskFixture.EDITOR, "DROP TABLE verdict_history");
        try (Connection c = desk.sql(DeskFixture.REVIEWER); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("CREATE ROLE sneaky LOGIN")).isInstanceOf(SQLException.class);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aLoginWithoutADeskRoleCannotEvenConnect() throws SQLException {
        String stranger = desk.database() + "_stranger";
        try (Connection c = desk.pg().superuser("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + stranger + " LOGIN PASSWORD 'stranger-secret'");
        }
        assertThatThrownBy(() -> desk.pg().connect(desk.database(), stranger, "stranger-secret"))
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
    }

    @Test
    void aWrongPasswordSaysSoAndNamesTheLogin() {
        assertThatThrownBy(() -> PgStore.connect(desk.url(DeskFixture.REVIEWER), "not-my-password".toCharArray()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("refused the password of " + desk.login(DeskFixture.REVIEWER))
                .hasMessageContaining("expired");
    }

    @Test
    void anExpiredLoginIsRefusedWithTheSameClearMessage() throws SQLException {
        try (Connection c = desk.pg().superuser("postgres"); Statement s = c.createStatement()) {
            s.execute("ALTER ROLE " + desk.login(DeskFixture.REVIEWER2) + " VALID UNTIL '2001-01-01'");
        }
        try {
            assertThatThrownBy(() -> desk.store(DeskFixture.REVIEWER2)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("expired");
        } finally {
            try (Connection c = desk.pg().superuser("postgres"); Statement s = c.createStatement()) {
                s.execute("ALTER ROLE " + desk.login(DeskFixture.REVIEWER2) + " VALID UNTIL 'infinity'");
            }
        }
    }

    @Test
    void tlsSettingsPassThroughAndAServerWithoutTlsIsRefusedWhenTlsIsRequired() {
        DeskUrl strict = DeskUrl.parse(desk.pg().deskUrl(desk.login(DeskFixture.REVIEWER), desk.database())
                + "?sslmode=verify-full&sslrootcert=/nonexistent/root.crt");
        assertThat(strict.jdbcUrl()).contains("sslmode=verify-full").contains("sslrootcert=%2Fnonexistent%2Froot.crt");
        // the test server offers no TLS: verify-full must not fall back to a plain connection
        assertThatThrownBy(() -> PgStore.connect(strict, DeskFixture.password(DeskFixture.REVIEWER).toCharArray()))
                .isInstanceOf(StoreException.class).hasMessageContaining("TLS");
    }
}
