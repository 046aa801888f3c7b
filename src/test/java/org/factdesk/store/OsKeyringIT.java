package org.factdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team desk password in a real Secret Service keyring ({@link PrivateKeyring}). */
class OsKeyringIT {
    @TempDir
    static Path home;

    private static PrivateKeyring keyring;
    private static Map<String, String> env;

    @BeforeAll
    static void startAPrivateUnlockedKeyring() throws Exception {
        keyring = PrivateKeyring.start(home);
        env = keyring.env();
    }

    @AfterAll
    static void stopTheKeyring() {
        if (keyring != null) {
            keyring.close();
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
