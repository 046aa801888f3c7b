package org.factdesk.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/**
 * OpenSearch's REST API over the JDK's HTTP client and Jackson, both already in FactDesk (docs/decisions/0060: the
 * official client would add a transport, its JSON mapping and their dependencies for the dozen calls used here).
 * Every failure to reach or use the cluster becomes an {@link ArchiveUnavailableException} that says what happened
 * and what to do.
 */
final class OpenSearchClient implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** A bulk batch of long articles can take a loaded node a while; searches take milliseconds. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);

    private final ArchiveLocation location;
    private final ClusterCredentials credentials;
    private final HttpClient http;

    OpenSearchClient(ArchiveLocation location, ClusterCredentials credentials) {
        this.location = location;
        this.credentials = credentials;
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .version(HttpClient.Version.HTTP_1_1);
        if (credentials.tls() != null) {
            b.sslContext(credentials.tls());
        }
        this.http = b.build();
    }

    /** A response: its status and its JSON body (a missing node when the body is empty or not JSON). */
    record Response(int status, JsonNode body) {
        boolean ok() {
            return status / 100 == 2;
        }

        /** OpenSearch's own reason for a refusal, e.g. "index_not_found_exception: no such index [x]". */
        String reason() {
            JsonNode e = body.path("error");
            if (e.isTextual()) {
                return e.asText();
            }
            JsonNode root = e.path("root_cause").path(0);
            JsonNode r = root.isMissingNode() ? e : root;
            return r.path("type").asText("HTTP " + status) + ": " + r.path("reason").asText("");
        }
    }

    Response get(String path) throws ArchiveUnavailableException {
        return send("GET", path, null);
    }

    Response delete(String path) throws ArchiveUnavailableException {
        return send("DELETE", path, null);
    }

    Response put(String path, Object body) throws ArchiveUnavailableException {
        return send("PUT", path, body);
    }

    Response post(String path, Object body) throws ArchiveUnavailableException {
        return send("POST", path, body);
    }

    /** A request whose answer must be a success; otherwise the cluster's reason, with what FactDesk was doing. */
    JsonNode ok(String method, String path, Object body, String doing) throws ArchiveUnavailableException {
        Response r = send(method, path, body);
        if (!r.ok()) {
            throw new ArchiveUnavailableException("The archive cluster at " + location + " refused to " + doing + " ("
                    + r.reason() + ").", null);
        }
        return r.body();
    }

    /**
     * Sends the request. A body is a JSON tree, a record or map Jackson writes, or a String sent as it is (bulk
     * requests are newline-delimited JSON).
     */
    Response send(String method, String path, Object body) throws ArchiveUnavailableException {
        try {
            String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(location.baseUri() + path))
                    .timeout(REQUEST_TIMEOUT)
                    .method(method, text == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(text))
                    .header("Content-Type", path.startsWith("/_bulk") || path.contains("/_bulk")
                            ? "application/x-ndjson" : "application/json");
            if (credentials.authorization() != null) {
                req.header("Authorization", credentials.authorization());
            }
            HttpResponse<String> resp = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
            if (resp.statusCode() == 401 || resp.statusCode() == 403) {
                throw new ArchiveUnavailableException("The archive cluster at " + location + " refused FactDesk's"
                        + " credentials (HTTP " + resp.statusCode() + "). Give a user in the address (USER@HOST) with its"
                        + " password in " + ClusterCredentials.PASSWORD_VARIABLE + " or at the prompt, or an API key in "
                        + ClusterCredentials.API_KEY_VARIABLE + ", that may read and write the index "
                        + location.index() + ".", null);
            }
            JsonNode json;
            try {
                json = resp.body() == null || resp.body().isEmpty() ? MissingNode.getInstance() : JSON.readTree(resp.body());
            } catch (IOException e) {
                json = MissingNode.getInstance();
            }
            return new Response(resp.statusCode(), json);
        } catch (SSLException e) {
            throw new ArchiveUnavailableException("FactDesk could not open a TLS connection to the archive cluster at "
                    + location + " (" + e.getMessage() + "). If the cluster's certificate is signed by your own"
                    + " authority, put that authority's PEM file in " + ClusterCredentials.CA_VARIABLE + ".", e);
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw unreachable(e);
        } catch (HttpTimeoutException e) {
            throw new ArchiveUnavailableException("The archive cluster at " + location + " did not answer within "
                    + REQUEST_TIMEOUT.toSeconds() + " s. It may be overloaded or recovering: try again, or check its"
                    + " health (GET /_cluster/health).", e);
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArchiveUnavailableException("Interrupted while talking to the archive cluster at " + location + ".", e);
        }
    }

    private ArchiveUnavailableException unreachable(IOException e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ArchiveUnavailableException("Cannot reach the archive cluster at " + location + " (" + why
                + "). Check that OpenSearch runs there and the address is right, or leave out --archive to work on the"
                + " local archive.", e);
    }

    ArchiveLocation location() {
        return location;
    }

    @Override
    public void close() {
        http.close();
    }
}
