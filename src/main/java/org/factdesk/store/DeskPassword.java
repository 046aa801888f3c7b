package org.factdesk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a team desk password comes from without a prompt: PostgreSQL's own conventions for scripts, PGPASSWORD and a
 * .pgpass file (PGPASSFILE, else ~/.pgpass). Like libpq, a .pgpass that its group or others may read is not used; unlike
 * libpq, FactDesk says so. FactDesk never writes a password to a file of its own.
 */
public final class DeskPassword {
    private DeskPassword() {
    }

    /** The password for {@code url} from the environment or .pgpass, if any. */
    public static Optional<char[]> lookup(DeskUrl url) {
        return lookup(url, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Optional<char[]> lookup(DeskUrl url, Map<String, String> env, Path home) {
        String fromEnv = env.get("PGPASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return Optional.of(fromEnv.toCharArray());
        }
        Path file = env.containsKey("PGPASSFILE") ? Path.of(env.get("PGPASSFILE")) : home.resolve(".pgpass");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        requireOwnerOnly(file);
        try {
            return fromPgpass(Files.readAllLines(file, StandardCharsets.UTF_8), url);
        } catch (IOException e) {
            throw new StoreException("Cannot read the password file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void requireOwnerOnly(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
            for (PosixFilePermission p : perms) {
                if (p.name().startsWith("GROUP") || p.name().startsWith("OTHERS")) {
                    throw new StoreException("The password file " + file + " may be read by others, so FactDesk does"
                            + " not use it (as PostgreSQL's own tools). Make it yours alone: chmod 600 " + file);
                }
            }
        } catch (UnsupportedOperationException | IOException e) {
            // no POSIX permissions (Windows): the file lives in the user's profile
        }
    }

    /** The first matching line {@code host:port:database:user:password}; '*' matches anything; '\' escapes ':' and '\'. */
    static Optional<char[]> fromPgpass(List<String> lines, DeskUrl url) {
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> f = fields(line);
            if (f.size() < 5) {
                continue;
            }
            if (matches(f.get(0), url.host()) && matches(f.get(1), Integer.toString(url.port()))
                    && matches(f.get(2), url.database()) && matches(f.get(3), url.user())) {
                return Optional.of(f.get(4).toCharArray());
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value)
                || (pattern.equals("localhost") && (value.equals("127.0.0.1") || value.equals("::1")));
    }

    private static List<String> fields(String line) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
            } else if (c == ':' && out.size() < 4) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
