package org.factdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class PostgresTestServerIT {
    @Test
    void startsARealPostgresqlFourteenOrNewerThatSignsInWithScram() throws Exception {
        TestPostgres pg = TestPostgres.shared();
        System.out.println("[desk] PostgreSQL test server: initdb " + pg.initdbTime().toMillis() + " ms, start "
                + pg.lastStart().toMillis() + " ms");
        try (Connection c = pg.superuser("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW server_version_num")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(140000);
        }
        try (Connection c = pg.superuser("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW password_encryption")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("scram-sha-256");
        }
    }

    @Test
    void restartsAfterASigkillWithTheDataStillThere() throws Exception {
        TestPostgres pg = TestPostgres.shared();
        String db = pg.newDatabase("restart");
        try (Connection c = pg.superuser(db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x int)");
            s.execute("INSERT INTO t VALUES (42)");
        }
        pg.kill();
        pg.start();
        System.out.println("[desk] PostgreSQL restart after SIGKILL (crash recovery) took " + pg.lastStart().toMillis()
                + " ms");
        try (Connection c = pg.superuser(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT x FROM t")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
    }
}
