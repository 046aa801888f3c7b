package org.factdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real Secret Service keyring (gnome-keyring, unlocked) on a private D-Bus session under {@code home}, reached
 * through the same {@code secret-tool} a desktop has. The test calling {@link #start} is skipped, saying why, where
 * those programs are missing (.ci/run installs them: dbus, gnome-keyring, libsecret-tools).
 */
public final class PrivateKeyring implements AutoCloseable {
    private final Process bus;
    private final Process daemon;
    private final Map<String, String> env;

    private PrivateKeyring(Process bus, Process daemon, Map<String, String> env) {
        this.bus = bus;
        this.daemon = daemon;
        this.env = env;
    }

    public static PrivateKeyring start(Path home) throws IOException, InterruptedException {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "the Secret Service test runs on Linux");
        for (String t : List.of("dbus-daemon", "gnome-keyring-daemon", "secret-tool")) {
            assumeTrue(tool(t).isPresent(), "no " + t + " on PATH: install dbus, gnome-keyring and libsecret-tools"
                    + " (apt-get install dbus gnome-keyring libsecret-tools; .ci/run does) to run the keyring test");
        }
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("HOME", home.toString());
        env.put("XDG_DATA_HOME", home.resolve("data").toString());
        env.put("XDG_RUNTIME_DIR", Files.createDirectories(home.resolve("run")).toString());
        ProcessBuilder busPb = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1");
        busPb.environment().putAll(env);
        busPb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process bus = busPb.start();
        String address = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(address).as("the private bus's address").startsWith("unix:");
        env.put("DBUS_SESSION_BUS_ADDRESS", address.strip());

        ProcessBuilder kr = new ProcessBuilder("gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets");
        kr.environment().clear();
        kr.environment().putAll(env);
        kr.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        Process daemon = kr.start();
        try (OutputStream in = daemon.getOutputStream()) {
            in.write("keyring-unlock-secret".getBytes(StandardCharsets.UTF_8)); // creates and unlocks the login keyring
        }
        // ready once the daemon owns org.freedesktop.secrets and answers a lookup
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            ProcessBuilder probe = new ProcessBuilder("secret-tool", "lookup", "service", "factdesk-probe", "account", "x");
            probe.environment().clear();
            probe.environment().putAll(env);
            probe.redirectErrorStream(true);
            Process p = probe.start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(10, TimeUnit.SECONDS);
            if (p.exitValue() == 1 && said.isBlank()) {
                break; // "not found", from a running Secret Service
            }
            assertThat(System.nanoTime()).as("the keyring daemon did not come up: " + said).isLessThan(end);
            Thread.sleep(200);
        }
        return new PrivateKeyring(bus, daemon, env);
    }

    /** The environment a desktop session would give FactDesk: its bus, its runtime folder, its home. */
    public Map<String, String> env() {
        return env;
    }

    /** FactDesk's view of this keyring, as {@link OsKeyring#find()} finds it on such a desktop. */
    public OsKeyring keyring() {
        return OsKeyring.find("Linux", env).orElseThrow();
    }

    private static Optional<Path> tool(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return Optional.of(Path.of(dir, name));
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        for (Process p : new Process[] {daemon, bus}) {
            p.destroy();
        }
    }
}
