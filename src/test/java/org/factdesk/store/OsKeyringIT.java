package org.factdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team desk password in a real Secret Service keyring (gnome-keyring) on a private D-Bus session with an unlocked
 * keyring, through the same {@code secret-tool} a desktop has. Skipped, saying why, where those programs are missing
 * (.ci/run installs them: dbus, gnome-keyring, libsecret-tools).
 */
class OsKeyringIT {
    @TempDir
    static Path home;

    private static Process bus;
    private static Process keyringDaemon;
    private static Map<String, String> env;

    private static Optional<Path> tool(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return Optional.of(Path.of(dir, name));
            }
        }
        return Optional.empty();
    }

    @BeforeAll
    static void startAPrivateUnlockedKeyring() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "the Secret Service test runs on Linux");
        for (String t : List.of("dbus-daemon", "gnome-keyring-daemon", "secret-tool")) {
            assumeTrue(tool(t).isPresent(), "no " + t + " on PATH: install dbus, gnome-keyring and libsecret-tools"
                    + " (apt-get install dbus gnome-keyring libsecret-tools; .ci/run does) to run the keyring test");
        }
        env = new HashMap<>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("HOME", home.toString());
        env.put("XDG_DATA_HOME", home.resolve("data").toString());
        env.put("XDG_RUNTIME_DIR", Files.createDirectories(home.resolve("run")).toString());
        ProcessBuilder busPb = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1");
        busPb.environment().putAll(env);
        busPb.redirectError(ProcessBuilder.Redirect.DISCARD);
        bus = busPb.start();
        String address = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(address).as("the private bus's address").startsWith("unix:");
        env.put("DBUS_SESSION_BUS_ADDRESS", address.strip());

        ProcessBuilder kr = new ProcessBuilder("gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets");
        kr.environment().clear();
        kr.environment().putAll(env);
        kr.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        keyringDaemon = kr.start();
        try (OutputStream in = keyringDaemon.getOutputStream()) {
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
    }

    @AfterAll
    static void stopTheKeyring() {
        for (Process p : new Process[] {keyringDaemon, bus}) {
            if (p != null) {
                p.destroy();
            }
        }
    }

    @Test
    void keepsADeskPasswordInTheKeyringReadsItBackAndSignsInWithIt() throws Exception {
        DeskFixture desk = DeskFixture.create("keyring");
        DeskUrl url = desk.url(DeskFixture.REVIEWER);
        OsKeyring keyring = OsKeyring.find("Linux", env).orElseThrow();
        assertThat(keyring.name()).contains("Secret Service");
        assertThat(keyring.read(url)).as("nothing kept yet").isEmpty();

        keyring.save(url, "an old one: ünïcode \\ \"quoted\"".toCharArray());
        assertThat(new String(keyring.read(url).orElseThrow())).isEqualTo("an old one: ünïcode \\ \"quoted\"");
        String real = DeskFixture.password(DeskFixture.REVIEWER);
        keyring.save(url, real.toCharArray()); // replaces the old one
        char[] kept = keyring.read(url).orElseThrow();
        assertThat(new String(kept)).isEqualTo(real);
        try (PgStore store = PgStore.connect(url, kept)) {
            assertThat(store.url().user()).isEqualTo(desk.login(DeskFixture.REVIEWER));
        }
        assertThat(keyring.read(desk.url(DeskFixture.EDITOR))).as("another login's entry").isEmpty();

        // the keyring keeps it encrypted: no file in the user's home holds the password as text
        try (Stream<Path> files = Files.walk(home)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain(real);
            }
        }
    }

    @Test
    void withoutADesktopSessionThereIsNoKeyringAndFactDeskAsksInstead() {
        Map<String, String> noBus = new HashMap<>(env);
        noBus.remove("DBUS_SESSION_BUS_ADDRESS");
        noBus.put("XDG_RUNTIME_DIR", home.resolve("nowhere").toString());
        assertThat(OsKeyring.find("Linux", noBus)).isEmpty();
        assertThat(OsKeyring.find("Linux", Map.of("PATH", home.toString(), "DBUS_SESSION_BUS_ADDRESS", "x")))
                .as("no secret-tool").isEmpty();
    }
}
