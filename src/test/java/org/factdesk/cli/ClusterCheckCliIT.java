package org.factdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.factdesk.archive.OpenSearchNode;
import org.factdesk.store.DeskFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check --archive opensearch://...}: the evidence comes from the cluster, as from the local archive; and from the
 * cluster the team desk names, without {@code --archive} (a real PostgreSQL too).
 */
class ClusterCheckCliIT {
    static final Path DEMO = Path.of("resources/demo/archive.jsonl");
    static final String CLAIMS = """
            About 10,000 North Korean soldiers have been sent to Russia
            Putin and Kim signed a treaty pledging mutual military aid
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return FactDeskCommand.execute((d, demo) -> {
            throw new AssertionError("the CLI must not open a window");
        }, args);
    }

    @Test
    void checkTakesItsEvidenceFromTheClusterWithTheLocalArchivesAnswers() throws Exception {
        String cluster = OpenSearchNode.shared().archive("check-cli");
        Path claims = Files.writeString(dir.resolve("claims.txt"), CLAIMS);
        Path local = dir.resolve("local");
        Path empty = dir.resolve("empty");
        assertThat(run("--data-dir", local.toString(), "import-archive", DEMO.toString())).isZero();
        assertThat(run("--data-dir", empty.toString(), "remove-sample-data")).isZero(); // a workspace, no archive
        assertThat(run("--archive", cluster, "--data-dir", empty.toString(), "import-archive", DEMO.toString()))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();

        assertThat(run("--data-dir", local.toString(), "check", "--claims", claims.toString(), "--format", "json"))
                .isZero();
        List<List<String>> here = evidenceIds(out.toString(StandardCharsets.UTF_8));
        // a data folder whose own archive is empty: every passage found comes from the cluster
        assertThat(run("--data-dir", empty.toString(), "--archive", cluster, "check", "--claims", claims.toString(),
                "--format", "json")).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<List<String>> there = evidenceIds(out.toString(StandardCharsets.UTF_8));

        assertThat(here).hasSize(2).allSatisfy(ids -> assertThat(ids).isNotEmpty());
        assertThat(there).isEqualTo(here);
    }

    @Test
    void checkAgainstAClusterWithoutTheIndexSaysHowToFillIt() throws Exception {
        String cluster = OpenSearchNode.shared().archive("no-such-archive");
        Path claims = Files.writeString(dir.resolve("claims.txt"), CLAIMS);
        assertThat(run("--data-dir", dir.resolve("data").toString(), "remove-sample-data")).isZero();
        assertThat(run("--data-dir", dir.resolve("data").toString(), "--archive", cluster, "check", "--claims",
                claims.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no-such-archive").contains("import-archive");
    }

    @Test
    void anAdminPointsEveryReviewersCheckAtTheNewsroomArchive() throws Exception {
        // the team desk names the archive for all its reviewers (decision 66); passwords from an owner-only ~/.pgpass
        DeskFixture desk = DeskFixture.create("archive");
        desk.writePgpass(dir.resolve("home"), DeskFixture.REVIEWER, DeskFixture.ADMIN);
        String home = System.getProperty("user.home");
        System.setProperty("user.home", dir.resolve("home").toString());
        try {
            checkFollowsTheDesksArchive(desk);
        } finally {
            System.setProperty("user.home", home);
        }
    }

    private void checkFollowsTheDesksArchive(DeskFixture desk) throws Exception {
        java.util.function.Function<String, String> url = who -> desk.url(who).toString();
        String cluster = OpenSearchNode.shared().archive("desk-archive");
        Path data = dir.resolve("data");
        Path claims = Files.writeString(dir.resolve("claims.txt"),
                "About 10,000 North Korean soldiers have been sent to Russia\n");
        assertThat(run("--data-dir", data.toString(), "remove-sample-data")).isZero(); // the laptop's archive: empty
        assertThat(run("--archive", cluster, "--data-dir", dir.resolve("importer").toString(), "import-archive",
                DEMO.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String[] check = {"--desk", url.apply(DeskFixture.REVIEWER), "--data-dir", data.toString(), "check", "--claims",
                claims.toString(), "--format", "json"};

        assertThat(run(check)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(allEvidenceIds()).isEmpty(); // no desk archive yet: the laptop's empty one

        // only an admin may point the whole desk somewhere
        assertThat(run("--desk", url.apply(DeskFixture.REVIEWER), "desk", "set-archive", cluster)).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("may not");
        assertThat(run("--desk", url.apply(DeskFixture.ADMIN), "desk", "set-archive", "http://localhost:9200/news"))
                .isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("opensearch://HOST:PORT/INDEX");
        assertThat(run("--desk", url.apply(DeskFixture.ADMIN), "desk", "set-archive", cluster))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(run("--desk", url.apply(DeskFixture.ADMIN), "desk", "status")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Newsroom archive: " + cluster)
                .contains("set by " + desk.login(DeskFixture.ADMIN));

        // the reviewer gives no --archive: the desk's cluster answers
        assertThat(run(check)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(allEvidenceIds()).isNotEmpty();

        // --archive still chooses for one run; a desk archive that cannot be used says whose it is and what to do
        assertThat(run("--desk", url.apply(DeskFixture.ADMIN), "desk", "set-archive", cluster.replace("desk-archive", "gone")))
                .isZero();
        assertThat(run(check)).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("team desk's newsroom archive").contains("gone")
                .contains("desk set-archive");
        List<String> withArchive = new ArrayList<>(List.of("--archive", cluster));
        withArchive.addAll(List.of(check));
        assertThat(run(withArchive.toArray(String[]::new))).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(allEvidenceIds()).isNotEmpty();

        assertThat(run("--desk", url.apply(DeskFixture.ADMIN), "desk", "set-archive", "--none")).isZero();
        assertThat(run(check)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(allEvidenceIds()).isEmpty();
    }

    /** Every evidence id of the last check's JSON, over all its claims. */
    private List<String> allEvidenceIds() throws Exception {
        return evidenceIds(out.toString(StandardCharsets.UTF_8)).stream().flatMap(List::stream).toList();
    }

    private static List<List<String>> evidenceIds(String json) throws Exception {
        List<List<String>> ids = new ArrayList<>();
        for (JsonNode claim : new ObjectMapper().readTree(json).get("claims")) {
            List<String> found = new ArrayList<>();
            claim.get("evidence").forEach(e -> found.add(e.get("doc_id").asText()));
            ids.add(found);
        }
        return ids;
    }
}
