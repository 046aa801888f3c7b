package org.factdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskUrlTest {
    @TempDir
    Path home;

    @Test
    void readsTheLibpqFormAndPassesTlsSettingsThrough() {
        DeskUrl u = DeskUrl.parse("postgresql://ana@desk.example.org:6543/fact_desk?sslmode=verify-full&sslrootcert=/etc/ca.crt");
        assertThat(u.user()).isEqualTo("ana");
        assertThat(u.host()).isEqualTo("desk.example.org");
        assertThat(u.port()).isEqualTo(6543);
        assertThat(u.database()).isEqualTo("fact_desk");
        assertThat(u.jdbcUrl()).startsWith("jdbc:postgresql://desk.example.org:6543/fact_desk?")
                .contains("sslmode=verify-full", "sslrootcert=%2Fetc%2Fca.crt", "ApplicationName=FactDesk");
        assertThat(u.toString()).isEqualTo("postgresql://ana@desk.example.org:6543/fact_desk?sslmode=verify-full&sslrootcert=/etc/ca.crt");
        assertThat(DeskUrl.parse("postgres://ana@[::1]/d").jdbcUrl()).startsWith("jdbc:postgresql://[::1]:5432/d?")
                .contains("sslmode=prefer");
    }

    @Test
    void refusesAPasswordInTheAddressWithoutRepeatingIt() {
        assertThatThrownBy(() -> DeskUrl.parse("postgresql://ana:hunter2@h/d")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds a password").hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> DeskUrl.parse("postgresql://ana@h/d?password=hunter2"))
                .hasMessageContaining("holds a password").hasMessageNotContaining("hunter2");
    }

    @Test
    void saysWhatIsWrongWithABadAddress() {
        assertThatThrownBy(() -> DeskUrl.parse("mysql://ana@h/d")).hasMessageContaining("Expected postgresql://USER@HOST");
        assertThatThrownBy(() -> DeskUrl.parse("postgresql://ana@h/d?sslmode=maybe")).hasMessageContaining("verify-full");
        assertThatThrownBy(() -> DeskUrl.parse("postgresql://ana@h/d?options=-c%20x")).hasMessageContaining("Unknown setting");
        assertThatThrownBy(() -> DeskUrl.parse("postgresql://ana@h:99999/d")).hasMessageContaining("not a port");
    }

    @Test
    void findsThePasswordInPgpassWithWildcardsAndEscapes() throws Exception {
        DeskUrl u = DeskUrl.parse("postgresql://ana@127.0.0.1:5432/desk");
        Path f = home.resolve(".pgpass");
        Files.write(f, List.of("# comment", "otherhost:*:*:ana:nope", "localhost:5432:desk:ana:se\\:cret\\\\x"));
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        assertThat(DeskPassword.lookup(u, Map.of(), home)).hasValueSatisfying(p -> assertThat(new String(p))
                .isEqualTo("se:cret\\x"));
        assertThat(DeskPassword.lookup(u, Map.of("PGPASSWORD", "env-wins"), home))
                .hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("env-wins"));
        assertThat(DeskPassword.lookup(u.as("bob"), Map.of(), home)).isEmpty();
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        assertThatThrownBy(() -> DeskPassword.lookup(u, Map.of(), home)).hasMessageContaining("chmod 600");
    }
}
