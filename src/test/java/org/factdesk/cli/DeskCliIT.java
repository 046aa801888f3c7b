package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictStatus;
import org.factdesk.store.DeskFixture;
import org.factdesk.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newsroom's team desk set up and used from the command line, as the README's "Team desk" section says: desk init,
 * add-user, migrate a local desk, verdicts with conflicts, approve, history with who, assign, comment, status, report.
 * Passwords come from an owner-only ~/.pgpass, as in a script.
 */
class DeskCliIT {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;
    private InputStream oldIn;
    private String oldHome;
    private DeskFixture desk;

    static final String TEXT = "About 10,000 soldiers have entered the country, officials said. The treaty provides aid.";
    static final Article ARTICLE = new Article(Article.idForText(TEXT), "Troops", TEXT, "Wire", null, "");
    static final Claim SOLDIERS = claim("About 10,000 soldiers have entered the country, officials said.");
    static final Claim TREATY = claim("The treaty provides aid.");

    static Claim claim(String s) {
        int start = TEXT.indexOf(s);
        return new Claim(Claim.idFor(ARTICLE.id(), s), ARTICLE.id(), s, ClaimKind.ASSERTION, start, start + s.length(),
                0.8, null, null, null, null);
    }

    @BeforeEach
    void setUp() throws Exception {
        oldOut = System.out;
        oldErr = System.err;
        oldIn = System.in;
        oldHome = System.getProperty("user.home");
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        desk = DeskFixture.createEmpty("cli");
        Path home = dir.resolve("home");
        desk.writePgpass(home, DeskFixture.OWNER, DeskFixture.REVIEWER, DeskFixture.EDITOR, DeskFixture.ADMIN);
        System.setProperty("user.home", home.toString());
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
        System.setIn(oldIn);
        System.setProperty("user.home", oldHome);
    }

    private String url(String who) {
        return desk.url(who).toString();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        List<String> full = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        full.addAll(List.of(args));
        return FactDeskCommand.execute((d, demo) -> {
            throw new AssertionError("the CLI must not open a window");
        }, full.toArray(String[]::new));
    }

    private int runAs(String who, String... args) {
        List<String> full = new ArrayList<>(List.of("--desk", url(who)));
        full.addAll(List.of(args));
        return run(full.toArray(String[]::new));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void addUser(String who, String role) {
        System.setIn(new ByteArrayInputStream((DeskFixture.password(who) + "\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(runAs(DeskFixture.OWNER, "desk", "add-user", desk.login(who), "--role", role, "--password-stdin"))
                .as(err()).isZero();
        assertThat(out()).contains("Added " + desk.login(who) + " as " + role);
    }

    @Test
    void aNewsroomSetsUpADeskMovesItsLocalReviewsAndWorksOnThemTogether() throws Exception {
        // a local desk with some history, to move
        try (Store local = Store.open(dir.resolve("data").resolve("factdesk.db"))) {
            local.saveArticle(ARTICLE);
            local.saveClaims(ARTICLE.id(), List.of(SOLDIERS, TREATY));
            local.saveVerdict(new Verdict(SOLDIERS.id(), VerdictStatus.DISPUTED, "Ministry says 8,000", 3, "ana", null,
                    List.of()), "status");
            local.saveVerdict(new Verdict(SOLDIERS.id(), VerdictStatus.FALSE, "Satellite images", 4, "ana", null,
                    List.of()), "status");
            local.undo(SOLDIERS.id());
        }

        assertThat(run("desk", "init", url(DeskFixture.OWNER))).as(err()).isZero();
        assertThat(out()).contains("applied 4 schema migration", "is ready");
        assertThat(run("desk", "init", url(DeskFixture.OWNER))).as(err()).isZero();
        assertThat(out()).contains("schema was up to date");
        addUser(DeskFixture.REVIEWER, "reviewer");
        addUser(DeskFixture.EDITOR, "editor");
        addUser(DeskFixture.ADMIN, "admin");

        assertThat(run("desk", "migrate", "--to", url(DeskFixture.ADMIN))).as(err()).isZero();
        assertThat(out()).contains("Moved 1 articles, 2 claims (0 dismissed), 1 verdicts and 3 history changes");
        assertThat(run("desk", "migrate", "--to", url(DeskFixture.ADMIN))).isEqualTo(1);
        assertThat(err()).contains("only into an empty one");

        // the moved history keeps who and when; a new change is the reviewer's login
        assertThat(runAs(DeskFixture.REVIEWER, "history", SOLDIERS.id())).as(err()).isZero();
        assertThat(out()).contains("ana (moved by " + desk.login(DeskFixture.ADMIN) + ")", "undo", "Draft");
        assertThat(runAs(DeskFixture.REVIEWER, "verdict", SOLDIERS.id(), "false", "--note", "Two satellite images"))
                .as(err()).isZero();
        assertThat(out()).contains("version 4");

        // saving over a colleague's newer change is refused, both shown
        assertThat(runAs(DeskFixture.EDITOR, "verdict", SOLDIERS.id(), "verified", "--note", "mine",
                "--expect-version", "3")).isEqualTo(1);
        assertThat(err()).contains("Not saved", "theirs: FALSE \"Two satellite images\"", "yours:  VERIFIED \"mine\"");

        // only an editor approves; the report for ClaimReview carries approved verdicts only
        assertThat(runAs(DeskFixture.REVIEWER, "approve", SOLDIERS.id())).isEqualTo(1);
        assertThat(err()).contains("may not do that");
        assertThat(runAs(DeskFixture.REVIEWER, "verdict", TREATY.id(), "verified", "--note", "Draft only")).isZero();
        assertThat(runAs(DeskFixture.EDITOR, "approve", SOLDIERS.id())).as(err()).isZero();
        assertThat(out()).contains("approved by " + desk.login(DeskFixture.EDITOR));
        assertThat(runAs(DeskFixture.REVIEWER, "history", SOLDIERS.id())).isZero();
        assertThat(out()).contains(desk.login(DeskFixture.REVIEWER), "approve",
                "Approved by " + desk.login(DeskFixture.EDITOR));
        Path jsonld = dir.resolve("reviews.jsonld");
        assertThat(runAs(DeskFixture.REVIEWER, "report", ARTICLE.id(), "--format", "claimreview", "--out",
                jsonld.toString())).as(err()).isZero();
        assertThat(out()).contains("approved verdicts only");
        assertThat(Files.readString(jsonld)).contains("Two satellite images").doesNotContain("Draft only");

        // assignments and comments
        assertThat(runAs(DeskFixture.REVIEWER, "assign", TREATY.id(), desk.login(DeskFixture.REVIEWER))).isEqualTo(1);
        assertThat(err()).contains("may not do that");
        assertThat(runAs(DeskFixture.EDITOR, "assign", TREATY.id(), desk.login(DeskFixture.REVIEWER))).as(err()).isZero();
        assertThat(runAs(DeskFixture.REVIEWER, "assign", "--mine")).isZero();
        assertThat(out()).contains(TREATY.id());
        assertThat(runAs(DeskFixture.REVIEWER, "comment", TREATY.id(), "Needs the treaty's text; it's Robert'); DROP TABLE comments;--"))
                .as(err()).isZero();
        assertThat(out()).contains(desk.login(DeskFixture.REVIEWER) + ": Needs the treaty's text");

        assertThat(runAs(DeskFixture.ADMIN, "desk", "status")).as(err()).isZero();
        assertThat(out()).contains("schema version 4 (current)", "reviewers: " + desk.login(DeskFixture.REVIEWER),
                "editors: " + desk.login(DeskFixture.EDITOR), "Holds 1 articles, 2 claims, 2 verdicts (1 approved)",
                "Reviewing now: (nobody)");

        // an admin (not the owner) adds an admin and changes a login the owner created: on PostgreSQL 16+ this needs
        // the ADMIN OPTION that desk init and add-user grant there (decision 55)
        String ravi = desk.login(DeskFixture.REVIEWER2);
        System.setIn(new ByteArrayInputStream((DeskFixture.password(DeskFixture.REVIEWER2) + "\n")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(runAs(DeskFixture.ADMIN, "desk", "add-user", ravi, "--role", "admin", "--password-stdin"))
                .as(err()).isZero();
        System.setIn(new ByteArrayInputStream((DeskFixture.password(DeskFixture.REVIEWER) + "\n")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(runAs(DeskFixture.ADMIN, "desk", "add-user", desk.login(DeskFixture.REVIEWER), "--role", "reviewer",
                "--password-stdin")).as(err()).isZero();
        assertThat(out()).contains("Updated " + desk.login(DeskFixture.REVIEWER) + " as reviewer");
        assertThat(runAs(DeskFixture.ADMIN, "desk", "status")).as(err()).isZero();
        assertThat(out()).contains("admins: " + desk.login(DeskFixture.ADMIN) + ", " + ravi,
                "editors: " + desk.login(DeskFixture.EDITOR), "reviewers: " + desk.login(DeskFixture.REVIEWER));

        // workflow commands on a local desk say what they need
        assertThat(run("approve", SOLDIERS.id())).isEqualTo(1);
        assertThat(err()).contains("works on a team desk", "--desk postgresql://");
    }

    @Test
    void aPasswordFileOthersMayReadIsNotUsedAndSaysWhy() throws Exception {
        Path pgpass = Path.of(System.getProperty("user.home")).resolve(".pgpass");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(run("desk", "init", url(DeskFixture.OWNER))).isEqualTo(1);
        assertThat(err()).contains("may be read by others", "chmod 600");
    }

    @Test
    void aPasswordInTheAddressIsRefused() {
        assertThat(run("--desk", "postgresql://ana:secret@127.0.0.1:5432/desk", "desk", "status")).isEqualTo(1);
        assertThat(err()).contains("holds a password").doesNotContain("secret");
    }
}
