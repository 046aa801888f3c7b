package org.factdesk.archive;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FileInputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Credentials from the environment or a prompt, never the address or a file; TLS trusting a custom authority. */
class ClusterCredentialsTest {
    @TempDir
    Path tmp;

    @Test
    void aUserInTheAddressWithThePasswordFromTheEnvironmentIsSentAsBasicAuth() {
        var c = ClusterCredentials.forLocation(ArchiveLocation.parse("opensearch://desk@localhost:9200/news"),
                Map.of(ClusterCredentials.PASSWORD_VARIABLE, "s3cret"), null);
        assertThat(c.authorization()).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString("desk:s3cret".getBytes(StandardCharsets.UTF_8)));
        assertThat(c.toString()).doesNotContain("s3cret").doesNotContain(c.authorization().substring(6));
    }

    @Test
    void anApiKeyFromTheEnvironmentWinsOverBasicAuth() {
        var c = ClusterCredentials.forLocation(ArchiveLocation.parse("opensearch://desk@localhost:9200/news"),
                Map.of(ClusterCredentials.API_KEY_VARIABLE, "a2V5", ClusterCredentials.PASSWORD_VARIABLE, "x"), null);
        assertThat(c.authorization()).isEqualTo("ApiKey a2V5");
    }

    @Test
    void aPasswordInTheAddressIsRefusedAndSaysWhereItBelongs() {
        assertThatThrownBy(() -> ArchiveLocation.parse("opensearch://desk:s3cret@localhost:9200/news"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds a password")
                .hasMessageContaining(ClusterCredentials.PASSWORD_VARIABLE);
    }

    @Test
    void aUserWithoutPasswordOrTerminalSaysHowToGiveIt() {
        assertThatThrownBy(() -> ClusterCredentials.forLocation(
                ArchiveLocation.parse("opensearch://desk@localhost:9200/news"), Map.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(ClusterCredentials.PASSWORD_VARIABLE)
                .hasMessageContaining("no password file");
    }

    @Test
    void addressesThatAreNotAnArchiveSayHowToWriteOne() {
        for (String bad : List.of("http://localhost:9200/news", "opensearch://localhost/news",
                "opensearch://localhost:9200/News*", "opensearch://localhost:9200/")) {
            assertThatThrownBy(() -> ArchiveLocation.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("opensearch://HOST:PORT/INDEX");
        }
        assertThat(ArchiveLocation.parse("opensearch+https://desk@search.example:9200/news").baseUri().toString())
                .isEqualTo("https://search.example:9200");
    }

    @Test
    void theAddressSaysHowANewIndexIsLaidOut() {
        ArchiveLocation at = ArchiveLocation.parse("opensearch://localhost:9200/news?shards=3&replicas=1");
        assertThat(at.index()).isEqualTo("news");
        assertThat(at.shards()).isEqualTo(3);
        assertThat(at.replicas()).isEqualTo(1);
        assertThat(at).hasToString("opensearch://localhost:9200/news?shards=3&replicas=1");
        assertThat(ArchiveLocation.parse("opensearch://localhost:9200/news").shards()).isNull();
        assertThatThrownBy(() -> ArchiveLocation.parse("opensearch://localhost:9200/news?shards=0"))
                .hasMessageContaining("shards must be a whole number from 1");
        assertThatThrownBy(() -> ArchiveLocation.parse("opensearch://localhost:9200/news?replica=1"))
                .hasMessageContaining("unknown setting \"replica\"").hasMessageContaining("?shards=N&replicas=M");
    }

    @Test
    void tlsWithACustomAuthorityIsTrustedOnlyWhenItsCertificateIsGiven() throws Exception {
        // a server whose certificate no public authority signed, as a newsroom's own cluster
        Path keystore = tmp.resolve("server.p12");
        Path pem = tmp.resolve("ca.pem");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(keytool, "-genkeypair", "-alias", "node", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-keystore", keystore.toString(),
                "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit");
        run(keytool, "-exportcert", "-rfc", "-alias", "node", "-keystore", keystore.toString(), "-storepass",
                "changeit", "-file", pem.toString());
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (var in = new FileInputStream(keystore.toFile())) {
            ks.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "changeit".toCharArray());
        SSLContext serverTls = SSLContext.getInstance("TLS");
        serverTls.init(kmf.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        AtomicReference<String> authorization = new AtomicReference<>();
        server.createContext("/", ex -> {
            authorization.set(ex.getRequestHeaders().getFirst("Authorization"));
            byte[] body = "{\"version\":{\"distribution\":\"opensearch\",\"number\":\"3.3.2\"}}"
                    .getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            ArchiveLocation at = ArchiveLocation.parse("opensearch+https://desk@127.0.0.1:"
                    + server.getAddress().getPort() + "/news");
            var trusted = ClusterCredentials.forLocation(at, Map.of(ClusterCredentials.PASSWORD_VARIABLE, "pw",
                    ClusterCredentials.CA_VARIABLE, pem.toString()), null);
            try (OpenSearchArchive archive = OpenSearchArchive.connect(at, trusted)) {
                assertThat(archive.describe()).contains("opensearch+https://desk@127.0.0.1");
            }
            assertThat(authorization.get()).isEqualTo(trusted.authorization());

            var untrusted = ClusterCredentials.forLocation(at, Map.of(ClusterCredentials.PASSWORD_VARIABLE, "pw"), null);
            assertThatThrownBy(() -> OpenSearchArchive.connect(at, untrusted))
                    .isInstanceOf(ArchiveUnavailableException.class).hasMessageContaining("TLS")
                    .hasMessageContaining(ClusterCredentials.CA_VARIABLE);
        } finally {
            server.stop(0);
        }
    }

    private static void run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
    }
}
