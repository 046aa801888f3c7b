package org.factdesk.archive;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where the archive lives: {@code opensearch://[USER@]HOST:PORT/INDEX} (HTTP) or
 * {@code opensearch+https://[USER@]HOST:PORT/INDEX} (TLS) for a cluster. Secrets are never part of it: a password
 * or API key comes from an environment variable or a prompt (see {@link ClusterCredentials}).
 * <p>
 * {@code ?shards=N&replicas=M} says how an index that FactDesk creates there (the first import, a reindex) is laid
 * out; null when not given (one shard; one replica when the cluster has several data nodes). It travels with the
 * address because that is what names the index, in every command and in the window, not in a JVM property.
 */
public record ArchiveLocation(boolean tls, String user, String host, int port, String index, Integer shards,
                              Integer replicas) {
    public static final String SCHEME = "opensearch";
    public static final String TLS_SCHEME = "opensearch+https";
    /** OpenSearch's own rule for index names (lowercase, no \ / * ? " < > | , # : or space, not starting with - _ +). */
    private static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,200}");

    /** Whether the option names a cluster rather than a folder. */
    public static boolean isCluster(String location) {
        String l = location.strip().toLowerCase(Locale.ROOT);
        return l.startsWith(SCHEME + "://") || l.startsWith(TLS_SCHEME + "://");
    }

    public static ArchiveLocation parse(String location) {
        String how = "Write it as opensearch://HOST:PORT/INDEX (or opensearch+https://USER@HOST:PORT/INDEX for TLS),"
                + " e.g. opensearch://localhost:9200/newsroom.";
        URI uri;
        try {
            uri = new URI(location.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--archive " + location + " is not an address: " + e.getReason() + ". " + how);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals(SCHEME) && !scheme.equals(TLS_SCHEME)) {
            throw new IllegalArgumentException("--archive " + location + ": unknown kind of archive \"" + scheme + "\". " + how);
        }
        if (uri.getHost() == null || uri.getPort() < 0) {
            throw new IllegalArgumentException("--archive " + location + " names no host and port. " + how);
        }
        if (uri.getUserInfo() != null && uri.getUserInfo().contains(":")) {
            throw new IllegalArgumentException("--archive " + location + " holds a password: FactDesk never takes one"
                    + " from the command line (it stays in the shell's history). Give USER@ only, and the password in"
                    + " the environment variable " + ClusterCredentials.PASSWORD_VARIABLE + " or at the prompt.");
        }
        Integer shards = null;
        Integer replicas = null;
        if (uri.getRawQuery() != null && !uri.getRawQuery().isEmpty()) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                switch (kv[0]) {
                    case "shards" -> shards = count(location, kv, 1, 1024);
                    case "replicas" -> replicas = count(location, kv, 0, 16);
                    default -> throw new IllegalArgumentException("--archive " + location + ": unknown setting \""
                            + kv[0] + "\" (an address may end with ?shards=N&replicas=M, for an index FactDesk creates).");
                }
            }
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+|/+$", "");
        if (!INDEX_NAME.matcher(path).matches()) {
            throw new IllegalArgumentException("--archive " + location + ": \"" + path + "\" is not an index name"
                    + " (lowercase letters, digits, '.', '_' and '-', starting with a letter or digit). " + how);
        }
        return new ArchiveLocation(scheme.equals(TLS_SCHEME), uri.getUserInfo(), uri.getHost(), uri.getPort(), path,
                shards, replicas);
    }

    private static int count(String location, String[] kv, int min, int max) {
        String value = kv.length > 1 ? kv[1] : "";
        if (!value.matches("[0-9]{1,4}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            throw new IllegalArgumentException("--archive " + location + ": " + kv[0] + " must be a whole number from "
                    + min + " to " + max + ", not \"" + value + "\" (e.g. ?shards=3&replicas=1).");
        }
        return Integer.parseInt(value);
    }

    /** The cluster's base address, for requests and messages. */
    public URI baseUri() {
        return URI.create((tls ? "https" : "http") + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port);
    }

    /** As the user wrote it (without secrets), for messages and commands to run next. */
    @Override
    public String toString() {
        String layout = (shards == null ? "" : "&shards=" + shards) + (replicas == null ? "" : "&replicas=" + replicas);
        return (tls ? TLS_SCHEME : SCHEME) + "://" + (user == null ? "" : user + "@") + host + ":" + port + "/" + index
                + (layout.isEmpty() ? "" : "?" + layout.substring(1));
    }
}
