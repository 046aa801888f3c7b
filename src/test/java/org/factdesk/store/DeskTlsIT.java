package org.factdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real TLS handshake with a PostgreSQL server whose certificate the test makes (openssl): verify-full with the
 * desk's root signs in over TLS; with another root, or by a host name the certificate does not carry, the user reads
 * what is wrong with the certificate and what to do, and no password was sent.
 */
class DeskTlsIT {
    @TempDir
    static Path certs;
    private static TestPostgres pg;

    private static void openssl(String... args) throws Exception {
        Process p = new ProcessBuilder(cmd(args)).directory(certs.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as("openssl " + String.join(" ", args) + ": "
                + out).isTrue();
    }

    private static List<String> cmd(String... args) {
        List<String> c = new java.util.ArrayList<>(List.of("openssl"));
        c.addAll(List.of(args));
        return c;
    }

    @BeforeAll
    static void startAServerWithACertificateOfItsOwn() throws Exception {
        assumeTrue(new ProcessBuilder("sh", "-c", "command -v openssl").start().waitFor() == 0,
                "no openssl to make the test certificates (apt-get install openssl; .ci/run does)");
        // the desk's own authority, and a server certificate it signs for the name "localhost"
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days", "2",
                "-subj", "/CN=Newsroom desk CA");
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj",
                "/CN=localhost");
        Files.writeString(certs.resolve("san.cnf"), "subjectAltName=DNS:localhost\n");
        openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
                "-out", "server.crt", "-days", "2", "-extfile", "san.cnf");
        // an authority that has nothing to do with this server
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "other.key", "-out", "other.crt", "-days",
                "2", "-subj", "/CN=Some other CA");
        pg = TestPostgres.withTls(certs.resolve("server.crt"), certs.resolve("server.key"));
    }

    @AfterAll
    static void stop() {
        if (pg != null) {
            pg.stop();
        }
    }

    private static DeskUrl url(String host, String root) {
        return DeskUrl.parse("postgresql://" + TestPostgres.SUPERUSER + "@" + host + ":" + pg.port()
                + "/postgres?sslmode=verify-full&sslrootcert=" + certs.resolve(root));
    }

    @Test
    void verifyFullWithTheDesksRootSignsInOverTls() throws Exception {
        DeskUrl url = url("localhost", "ca.crt");
        PgStore.checkPassword(url, TestPostgres.SUPERUSER_PASSWORD.toCharArray());
        try (Connection c = PgStore.open(url, TestPostgres.SUPERUSER_PASSWORD.toCharArray());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean(1)).as("the session is encrypted").isTrue();
            System.out.println("[desk] verify-full handshake: " + rs.getString(2));
        }
    }

    @Test
    void aCertificateFromAnotherAuthoritySaysSoAndWhatToDo() {
        assertThatThrownBy(() -> PgStore.checkPassword(url("localhost", "other.crt"),
                TestPostgres.SUPERUSER_PASSWORD.toCharArray()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("did not prove who it is")
                .hasMessageContaining("not signed by the certificate authority you trust")
                .hasMessageContaining(certs.resolve("other.crt").toString())
                .hasMessageContaining("sslrootcert=FILE")
                .hasMessageContaining("your password neither");
    }

    @Test
    void aCertificateForAnotherHostNameSaysWhichHostAndWhatToDo() {
        assertThatThrownBy(() -> PgStore.checkPassword(url("127.0.0.1", "ca.crt"),
                TestPostgres.SUPERUSER_PASSWORD.toCharArray()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("does not name the host 127.0.0.1")
                .hasMessageContaining("Use the host name the certificate was made for");
    }
}
