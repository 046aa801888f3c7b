package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.archive.OpenSearchNode;
import org.factdesk.store.DeskFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team desk names the newsroom archive for all its reviewers (docs/decisions/0066): an admin sets it with
 * {@code desk set-archive}, every reviewer's {@code check} then takes its evidence from that cluster without
 * {@code --archive}; a real PostgreSQL and a real OpenSearch node, passwords from an owner-only ~/.pgpass.
 */
class DeskArchiveCliIT {
    static final Path DEMO = Path.of("resources/demo/archive.jsonl");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;
    private String oldHome;
    private DeskFixture desk;

    @BeforeEach
    void setUp() throws Exception {
        oldOut = System.out;
        oldErr = System.err;
        oldHome = System.getProperty("user.home");
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        desk = DeskFixture.create("archive");
        Path home = Files.createDirectories(dir.resolve("home"));
        List<String> lines = new ArrayList<>();
        for (String who : List.of(DeskFixture.REVIEWER, DeskFixture.ADMIN)) {
            lines.add("127.0.0.1:" + desk.pg().port() + ":" + desk.database() + ":" + desk.login(who) + ":"
                    + DeskFixture.password(who));
        }
        Path pgpass = home.resolve(".pgpass");
        Files.write(pgpass, lines);
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        System.setProperty("user.home", home.toString());
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
        System.setProperty("user.home", oldHome);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return FactDeskCommand.execute((d, demo) -> {
            throw new AssertionError("the CLI must not open a window");
        }, args);
    }

    private String url(String who) {
        return desk.url(who).toString();
    }

    @Test
    void anAdminPointsEveryReviewersCheckAtTheNewsroomArchive() throws Exception {
        String cluster = OpenSearchNode.shared().archive("desk-archive");
        Path data = dir.resolve("data");
        Path claims = Files.writeString(dir.resolve("claims.txt"),
                "About 10,000 North Korean soldiers have been sent to Russia\n");
        assertThat(run("--data-dir", data.toString(), "remove-sample-data")).isZero(); // the laptop's archive: empty
        assertThat(run("--archive", cluster, "--data-dir", dir.resolve("importer").toString(), "import-archive",
                DEMO.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String[] check = {"--desk", url(DeskFixture.REVIEWER), "--data-dir", data.toString(), "check", "--claims",
                claims.toString(), "--format", "json"};

        assertThat(run(check)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(evidenceIds()).isEmpty(); // no desk archive yet: the laptop's empty one

        // only an admin may point the whole desk somewhere
        assertThat(run("--desk", url(DeskFixture.REVIEWER), "desk", "set-archive", cluster)).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("may not");
        assertThat(run("--desk", url(DeskFixture.ADMIN), "desk", "set-archive", "http://localhost:9200/news"))
                .isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("opensearch://HOST:PORT/INDEX");
        assertThat(run("--desk", url(DeskFixture.ADMIN), "desk", "set-archive", cluster))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(run("--desk", url(DeskFixture.ADMIN), "desk", "status")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Newsroom archive: " + cluster)
                .contains("set by " + desk.login(DeskFixture.ADMIN));

        // the reviewer gives no --archive: the desk's cluster answers
        assertThat(run(check)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(evidenceIds()).isNotEmpty();

        // --archive still chooses for one run; a desk archive that cannot be used says whose it is and what to do
        assertThat(run("--desk", url(DeskFixture.ADMIN), "desk", "set-archive", cluster.replace("desk-archive", "gone")))
                .isZero();
        assertThat(run(check)).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("team desk's newsroom archive").contains("gone")
                .contains("desk set-archive");
        List<String> withArchive = new ArrayList<>(List.of("--archive", cluster));
        withArchive.addAll(List.of(check));
        assertThat(run(withArchive.toArray(String[]::new))).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(evidenceIds()).isNotEmpty();

        assertThat(run("--desk", url(DeskFixture.ADMIN), "desk", "set-archive", "--none")).isZero();
        assertThat(run(check)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(evidenceIds()).isEmpty();
    }

    /** Every evidence id of the check's JSON, over all its claims. */
    private List<String> evidenceIds() throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode claim : new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("claims")) {
            claim.get("evidence").forEach(e -> ids.add(e.get("doc_id").asText()));
        }
        return ids;
    }
}
