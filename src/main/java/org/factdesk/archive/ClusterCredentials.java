package org.factdesk.archive;

import java.io.ByteArrayInputStream;
import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * How FactDesk proves who it is to a cluster and which certificate authority it trusts. Secrets come from the
 * environment or a prompt, never from a file FactDesk writes or reads (docs/decisions/0063):
 * <ul>
 *   <li>{@value #API_KEY_VARIABLE}: an OpenSearch API key (sent as {@code Authorization: ApiKey ...});</li>
 *   <li>USER@ in the address with {@value #PASSWORD_VARIABLE}, or the password typed at a prompt: basic auth;</li>
 *   <li>{@value #CA_VARIABLE}: a PEM file of the authority that signed the cluster's certificate (a public
 *       certificate, not a secret), trusted in addition to nothing else for this connection.</li>
 * </ul>
 */
public record ClusterCredentials(String authorization, SSLContext tls) {
    public static final String API_KEY_VARIABLE = "FACTDESK_OPENSEARCH_API_KEY";
    public static final String PASSWORD_VARIABLE = "FACTDESK_OPENSEARCH_PASSWORD";
    public static final String CA_VARIABLE = "FACTDESK_OPENSEARCH_CA";

    /** From the process environment, prompting on the terminal for a missing password. */
    public static ClusterCredentials forLocation(ArchiveLocation location) {
        return forLocation(location, System.getenv(), System.console());
    }

    /** As {@link #forLocation(ArchiveLocation)}, with the password a window asked for (kept for this run only). */
    public static ClusterCredentials withPassword(ArchiveLocation location, char[] password) {
        if (location.user() == null) {
            throw new IllegalArgumentException("A password was given but the address names no user: write it as "
                    + (location.tls() ? ArchiveLocation.TLS_SCHEME : ArchiveLocation.SCHEME) + "://USER@" + location.host() + ":" + location.port() + "/" + location.index() + ".");
        }
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.remove(API_KEY_VARIABLE);
        env.put(PASSWORD_VARIABLE, new String(password));
        return forLocation(location, env, null);
    }

    static ClusterCredentials forLocation(ArchiveLocation location, Map<String, String> env, Console console) {
        String authorization = null;
        String apiKey = env.get(API_KEY_VARIABLE);
        if (apiKey != null && !apiKey.isBlank()) {
            authorization = "ApiKey " + apiKey.strip();
        } else if (location.user() != null) {
            String password = env.get(PASSWORD_VARIABLE);
            if (password == null) {
                if (console == null) {
                    throw new IllegalArgumentException("The archive " + location + " names the user " + location.user()
                            + " but no password: set it in the environment variable " + PASSWORD_VARIABLE
                            + " (FactDesk reads no password file), or run FactDesk on a terminal to be asked for it.");
                }
                char[] typed = console.readPassword("Password of %s on %s: ", location.user(), location.baseUri());
                password = typed == null ? "" : new String(typed);
            }
            authorization = "Basic " + Base64.getEncoder().encodeToString(
                    (location.user() + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
        SSLContext tls = null;
        String ca = env.get(CA_VARIABLE);
        if (ca != null && !ca.isBlank()) {
            if (!location.tls()) {
                throw new IllegalArgumentException(CA_VARIABLE + " is set but the archive " + location + " is reached"
                        + " without TLS: write it as " + ArchiveLocation.TLS_SCHEME + "://... to use the authority.");
            }
            tls = trusting(Path.of(ca.strip()));
        }
        return new ClusterCredentials(authorization, tls);
    }

    /** A TLS context that trusts the certificates of this PEM file. */
    static SSLContext trusting(Path pem) {
        try {
            byte[] bytes = Files.readAllBytes(pem);
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(bytes));
            if (certs.isEmpty()) {
                throw new IllegalArgumentException(CA_VARIABLE + "=" + pem + " holds no certificate: give the PEM file"
                        + " of the authority that signed the cluster's certificate (-----BEGIN CERTIFICATE-----).");
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate c : certs) {
                store.setCertificateEntry("factdesk-ca-" + i++, c);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the certificate authority " + pem + " (" + CA_VARIABLE
                    + "): " + e.getMessage() + ". Point it at the cluster's CA certificate in PEM form.", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(CA_VARIABLE + "=" + pem + " is not a PEM certificate FactDesk can use ("
                    + e.getMessage() + "). Give the PEM file of the cluster's certificate authority.", e);
        }
    }

    /** No secret in logs or exceptions. */
    @Override
    public String toString() {
        return "ClusterCredentials[" + (authorization == null ? "none" : authorization.substring(0,
                authorization.indexOf(' '))) + (tls == null ? "" : ", custom CA") + "]";
    }
}
