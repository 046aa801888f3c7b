package org.factdesk.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A team desk's address, {@code postgresql://USER@HOST:PORT/DB?sslmode=verify-full&sslrootcert=...}, as libpq writes
 * it. It never carries a password: a password in the URL is refused (it would end up in shell histories and process
 * lists); it comes from a prompt, PGPASSWORD or a .pgpass file (see {@link DeskPassword}).
 */
public record DeskUrl(String user, String host, int port, String database, Map<String, String> params) {
    private static final Pattern FORM = Pattern.compile(
            "postgres(?:ql)?://(?:([^@/:]*)(:[^@/]*)?@)?(\\[[^\\]]+\\]|[^:/?]+)(?::(\\d{1,5}))?/([^?/]+)(?:\\?(.*))?");
    /** Connection parameters passed through to the driver: TLS and timeouts. */
    private static final Set<String> PASSED = Set.of("sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout",
            "application_name");

    public DeskUrl {
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params)); // in the order given
    }

    /**
     * Parses a desk URL; the user defaults to PGUSER or the system user, like psql.
     *
     * @throws IllegalArgumentException with a message saying what is wrong and the form expected
     */
    public static DeskUrl parse(String url) {
        String form = " Expected postgresql://USER@HOST:PORT/DATABASE, for example postgresql://ana@desk.example.org:5432/factdesk"
                + " (add ?sslmode=verify-full to require a verified TLS certificate).";
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("No team desk address given." + form);
        }
        Matcher m = FORM.matcher(url.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + url + "' is not a team desk address." + form);
        }
        if (m.group(2) != null) {
            throw new IllegalArgumentException("The address " + redact(url) + " holds a password: leave it out (it"
                    + " would be kept in your shell history). FactDesk asks for it, or reads PGPASSWORD or ~/.pgpass.");
        }
        String user = m.group(1) == null || m.group(1).isEmpty() ? defaultUser() : decode(m.group(1));
        int port = m.group(4) == null ? 5432 : Integer.parseInt(m.group(4));
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The port " + port + " in " + url + " is not a port (1-65535)." + form);
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (m.group(6) != null && !m.group(6).isEmpty()) {
            for (String pair : m.group(6).split("&")) {
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (key.equals("password")) {
                    throw new IllegalArgumentException("The address holds a password: leave it out. FactDesk asks"
                            + " for it, or reads PGPASSWORD or ~/.pgpass.");
                }
                if (!PASSED.contains(key)) {
                    throw new IllegalArgumentException("Unknown setting '" + key + "' in " + url + ". Known: "
                            + String.join(", ", PASSED.stream().sorted().toList()) + ".");
                }
                params.put(key, value);
            }
        }
        String sslmode = params.get("sslmode");
        if (sslmode != null && !Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
                .contains(sslmode)) {
            throw new IllegalArgumentException("sslmode=" + sslmode + " is not one of disable, allow, prefer, require,"
                    + " verify-ca, verify-full.");
        }
        String host = m.group(3).startsWith("[") ? m.group(3).substring(1, m.group(3).length() - 1) : m.group(3);
        return new DeskUrl(user, host, port, decode(m.group(5)), params);
    }

    private static String defaultUser() {
        String pgUser = System.getenv("PGUSER");
        return pgUser != null && !pgUser.isBlank() ? pgUser : System.getProperty("user.name");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String redact(String url) {
        return url.replaceAll("(://[^:@/]*):[^@/]*@", "$1:***@");
    }

    /** How the desk's sessions name themselves in pg_stat_activity ("FactDesk" unless the address says otherwise). */
    public String applicationName() {
        return params.getOrDefault("ApplicationName", params.getOrDefault("application_name", "FactDesk"));
    }

    /** The JDBC URL; TLS settings pass through, and "prefer" (libpq's default) when none is given. */
    public String jdbcUrl() {
        StringBuilder b = new StringBuilder("jdbc:postgresql://")
                .append(host.contains(":") ? "[" + host + "]" : host).append(':').append(port).append('/')
                .append(database);
        Map<String, String> all = new LinkedHashMap<>(params);
        all.putIfAbsent("sslmode", "prefer");
        all.putIfAbsent("ApplicationName", all.getOrDefault("application_name", "FactDesk"));
        all.remove("application_name");
        if (all.containsKey("connect_timeout")) {
            all.put("connectTimeout", all.remove("connect_timeout"));
        } else {
            all.put("connectTimeout", "10");
        }
        String sep = "?";
        for (Map.Entry<String, String> e : all.entrySet()) {
            b.append(sep).append(e.getKey()).append('=')
                    .append(java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = "&";
        }
        return b.toString();
    }

    /** The same desk as another login (for `desk add-user` checks and tests). */
    public DeskUrl as(String otherUser) {
        return new DeskUrl(otherUser, host, port, database, params);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("postgresql://").append(user).append('@')
                .append(host.contains(":") ? "[" + host + "]" : host).append(':').append(port).append('/').append(database);
        String sep = "?";
        for (Map.Entry<String, String> e : params.entrySet()) {
            b.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = "&";
        }
        return b.toString();
    }
}
