package org.factdesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.stream.Stream;
import org.factdesk.cli.FactDeskCommand;
import org.factdesk.StandardStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each fault a desk meets, reproduced on a real data folder through the command line as a user runs it, and the
 * outcome asserted: what is left on disk (the database's verdict history, the backups and what they hold, the archive),
 * the exit status and the message (what happened, where, what to do). The hostile tester's cases of issue 18.
 */
class FaultInjectionIT {
    @TempDir
    Path dir;

    @RegisterExtension
    final StandardStreams streams = new StandardStreams();

    Path data() {
        return dir.resolve("data");
    }

    Path db() {
        return data().resolve("factdesk.db");
    }

    /** The demo's archive and article in the data folder itself (the demo command sets up a workspace of its own). */
    void demo() throws Exception {
        try (org.factdesk.app.Workbench wb = org.factdesk.app.Workbench.open(data())) {
            wb.installDemo(org.factdesk.task.Progress.NONE);
        }
    }

    int run(String... args) {
        return runIn(data(), args);
    }

    int runIn(Path dataDir, String... args) {
        streams.reset();
        String[] full = new String[args.length + 2];
        full[0] = "--data-dir";
        full[1] = dataDir.toString();
        System.arraycopy(args, 0, full, 2, args.length);
        return FactDeskCommand.execute((d, demo) -> {
            throw new AssertionError("the CLI must not open a window");
        }, full);
    }

    String out() {
        return streams.out();
    }

    String err() {
        return streams.err();
    }

    /** The demo workspace with one verdict recorded, then backed up by the next command's open. */
    String workspaceWithAVerdict() throws Exception {
        demo();
        String claim = firstClaim();
        assertThat(run("verdict", claim, "verified", "--note", "Two outlets agree")).isZero();
        assertThat(run("history", claim)).isZero(); // this open backs the verdict up (the one before, the demo)
        assertThat(backups()).hasSize(2);
        assertThat(count(newest(), "SELECT count(*) FROM verdict_history")).isEqualTo(1);
        return claim;
    }

    /** The newest backup (names sort by the time they carry). */
    Path newest() throws Exception {
        return backups().getLast();
    }

    String firstClaim() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
             PreparedStatement ps = c.prepareStatement("SELECT id FROM claims ORDER BY start_offset LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.getString(1);
        }
    }

    List<Path> backups() throws Exception {
        Path folder = data().resolve("backups");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".db")).sorted().toList();
        }
    }

    static int count(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            return rs.getInt(1);
        }
    }

    static void sql(Path db, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement ps = c.prepareStatement(statement)) {
            ps.execute();
        }
    }

    // ---- the review database -----------------------------------------------------------------------------------

    @Test
    void aMissingDatabaseIsNeverReplacedAndEveryBackupKeepsTheHistory() throws Exception {
        String claim = workspaceWithAVerdict();
        Files.delete(db());
        for (int i = 0; i < 6; i++) { // five commands used to leave five empty backups
            assertThat(run("history", claim)).as("exit status").isEqualTo(1);
            assertThat(err()).contains("is missing").contains(db().toString()).contains("factdesk restore")
                    .contains("1 verdict change").doesNotContain("Exception");
        }
        assertThat(db()).as("no new, empty database").doesNotExist();
        assertThat(backups()).as("no backup added or rotated away").hasSize(2);
        assertThat(count(newest(), "SELECT count(*) FROM verdict_history")).isEqualTo(1);

        assertThat(run("restore")).isZero();
        assertThat(out()).contains("Restored").contains("There was no database to replace");
        assertThat(run("history", claim)).isZero();
        assertThat(out()).contains("Verified").contains("Two outlets agree");
        assertThat(count(db(), "SELECT count(*) FROM verdict_history")).isEqualTo(1);
    }

    @Test
    void anEmptyDatabaseIsReportedAndRestoredWithTheEmptyFileKeptAside() throws Exception {
        String claim = workspaceWithAVerdict();
        Files.write(db(), new byte[0]);
        assertThat(run("check", "a7da1f6cee66b")).isEqualTo(1);
        assertThat(err()).contains("is empty (0 bytes").contains("factdesk restore");
        assertThat(Files.size(db())).isZero();
        assertThat(run("restore", "--list")).isZero();
        assertThat(out()).contains("1 article, 12 claims, 1 verdict change");
        assertThat(run("restore")).isZero();
        assertThat(out()).contains("kept as " + db() + ".before-restore-");
        assertThat(run("history", claim)).isZero();
        assertThat(out()).contains("Verified");
    }

    @Test
    void damageQuickCheckMissesIsNeverBackedUpAndTheMessageNamesDatabaseAndBackup() throws Exception {
        String claim = workspaceWithAVerdict();
        Path good = newest();
        List<Path> before = backups();
        assertThat(run("verdict", claim, "disputed")).isZero(); // a change: the next open owes a backup
        sql(db(), "UPDATE verdicts SET status = 'VERIFIXD'");
        for (int i = 0; i < 6; i++) {
            assertThat(run("history", claim)).isEqualTo(1);
            assertThat(err()).contains("is damaged").contains(db().toString()).contains("VERIFIXD")
                    .contains(good.toString()).doesNotContain("No enum constant");
        }
        assertThat(backups()).as("the damaged database was never backed up").isEqualTo(before);
        assertThat(count(good, "SELECT count(*) FROM verdicts WHERE status = 'VERIFIED'")).isEqualTo(1);
    }

    @Test
    void aRestoredBackupReplacesTheDatabaseWhichIsKeptAndNothingIsDeleted() throws Exception {
        String claim = workspaceWithAVerdict();
        assertThat(run("verdict", claim, "false")).isZero();
        int history = count(db(), "SELECT count(*) FROM verdict_history");
        assertThat(run("restore", newest().getFileName().toString())).isZero();
        Path kept;
        try (Stream<Path> files = Files.list(data())) {
            kept = files.filter(p -> p.getFileName().toString().startsWith("factdesk.db.before-restore-")
                    && !p.toString().endsWith("-wal") && !p.toString().endsWith("-shm")).findFirst().orElseThrow();
        }
        assertThat(count(kept, "SELECT count(*) FROM verdict_history")).as("the replaced history is kept")
                .isEqualTo(history);
        assertThat(count(db(), "SELECT count(*) FROM verdict_history")).isEqualTo(1);
    }

    @Test
    void restoreNamesWhatIsMissing() throws Exception {
        demo();
        assertThat(run("restore")).isEqualTo(1);
        assertThat(err()).contains("There is no backup in " + data().resolve("backups"));
        assertThat(run("restore", "--list")).isEqualTo(1);
        assertThat(run("restore", "no-such-backup.db")).isEqualTo(1);
        assertThat(err()).contains("There is no backup").contains("no-such-backup.db").contains("restore --list");
    }

    // ---- the archive --------------------------------------------------------------------------------------------

    Path index() {
        return data().resolve("archive").resolve("lucene-v" + org.factdesk.archive.ArchiveSchema.VERSION);
    }

    java.util.Map<String, Long> files(Path folder) throws Exception {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.toList()) {
                out.put(p.getFileName().toString(), Files.size(p));
            }
        }
        out.remove("write.lock");
        return out;
    }

    int archiveSize() throws Exception {
        try (var archive = org.factdesk.archive.Archive.open(data().resolve("archive"))) {
            return archive.size();
        }
    }

    static void deleteTree(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void aMissingArchiveIsReportedNotRecreatedAndReindexRebuildsItFromItsSources() throws Exception {
        String claim = workspaceWithAVerdict();
        Path extra = Files.writeString(dir.resolve("extra.jsonl"),
                "{\"id\":\"x1\",\"title\":\"Port\",\"text\":\"The port handled 4 million containers.\"}\n");
        assertThat(run("import-archive", extra.toString())).isZero();
        deleteTree(data().resolve("archive"));

        assertThat(run("check", "a7da1f6cee66b")).isEqualTo(1);
        assertThat(err()).contains("archive").contains("is missing").contains("45 articles")
                .contains("did not create an empty one").contains("factdesk reindex");
        assertThat(data().resolve("archive")).as("no empty archive in its place").doesNotExist();
        assertThat(run("import-archive", extra.toString())).isEqualTo(1);
        assertThat(err()).contains("is missing");
        assertThat(data().resolve("archive")).doesNotExist();
        assertThat(run("history", claim)).as("the reviews still open").isZero();
        assertThat(out()).contains("Verified");

        Files.delete(extra);
        assertThat(run("reindex")).as("a source is gone: not all of the job").isEqualTo(1);
        assertThat(out()).contains("it holds 44 articles").contains("read demo:");
        assertThat(err()).contains(extra.toString()).contains("no longer on disk").contains("1 new");
        assertThat(archiveSize()).isEqualTo(44);
        assertThat(run("check", "a7da1f6cee66b")).isZero();
    }

    @Test
    void anArchiveWithoutItsCommitPointKeepsEverySegmentFileAndReindexKeepsThemAside() throws Exception {
        workspaceWithAVerdict();
        try (Stream<Path> list = Files.list(index())) {
            for (Path p : list.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                Files.delete(p);
            }
        }
        java.util.Map<String, Long> before = files(index());
        for (int i = 0; i < 3; i++) {
            assertThat(run("check", "a7da1f6cee66b")).isEqualTo(1);
            assertThat(err()).contains("no commit point").contains("factdesk reindex");
        }
        assertThat(files(index())).as("no segment file deleted, none rewritten").isEqualTo(before);

        assertThat(run("reindex")).isZero();
        assertThat(out()).contains("from the sources in the import log").contains("it holds 44 articles")
                .contains("archive.before-reindex-");
        Path kept;
        try (Stream<Path> list = Files.list(data())) {
            kept = list.filter(p -> p.getFileName().toString().startsWith("archive.before-reindex-")).findFirst()
                    .orElseThrow();
        }
        assertThat(files(kept.resolve(index().getFileName()))).as("the old files, kept aside").isEqualTo(before);
        assertThat(archiveSize()).isEqualTo(44);
    }

    @Test
    void reindexOfAReadableArchiveCopiesItAndKeepsTheOldOne() throws Exception {
        workspaceWithAVerdict();
        assertThat(run("reindex")).isZero();
        assertThat(out()).contains("from the archive's own stored articles").contains("it holds 44 articles");
        assertThat(archiveSize()).isEqualTo(44);
        assertThat(run("check", "a7da1f6cee66b", "--format", "json")).isZero();
        assertThat(out()).contains("\"evidence\" : [ {");
    }

    // ---- exports -------------------------------------------------------------------------------------------------

    @Test
    void reportsAreWrittenOnlyToRegularFilesAndNeverLeaveTemporaryFiles() throws Exception {
        demo();
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me");
        Path link = Files.createSymbolicLink(dir.resolve("review.html"), victim);
        assertThat(run("report", "a7da1f6cee66b", "--format", "html", "--out", link.toString())).isEqualTo(1);
        assertThat(err()).contains("is a symbolic link").contains("never through a link");
        assertThat(Files.readString(victim)).isEqualTo("keep me");

        assertThat(run("report", "a7da1f6cee66b", "--format", "csv", "--out", "/dev/null")).isEqualTo(1);
        assertThat(err()).contains("not a regular file");
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();

        Path folder = Files.createDirectories(dir.resolve("out"));
        assertThat(run("report", "a7da1f6cee66b", "--format", "csv", "--out", folder.toString())).isEqualTo(1);
        assertThat(err()).contains("is a folder").contains("review.html");

        assertThat(run("report", "a7da1f6cee66b", "--format", "markdown", "--out",
                folder.resolve("review.md").toString())).isZero();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("review.md");
        }
    }

    @Test
    void aClaimReviewPublicationUrlThatIsNotAWebAddressIsRefused() throws Exception {
        demo();
        Path out = dir.resolve("reviews.jsonld");
        assertThat(run("report", "a7da1f6cee66b", "--format", "claimreview", "--publication-url",
                "javascript:alert(document.cookie)", "--out", out.toString())).isEqualTo(1);
        assertThat(err()).contains("not a web address").contains("https://");
        assertThat(out).doesNotExist();
    }

    @Test
    void nulBytesOfAnArticleNeverReachCsvOrMarkdown() throws Exception {
        String id;
        // pasted text (files with NUL bytes are refused as binary by the reader)
        try (var wb = org.factdesk.app.Workbench.open(data())) {
            var article = wb.openText("Officials said about 10,000 soldiers \u0000crossed the border on Monday,"
                    + " the ministry said.", "Troops\u0000", "Wire", null, "");
            wb.claims(article, org.factdesk.task.Progress.NONE);
            id = article.id();
        }
        for (String format : List.of("csv", "markdown", "html")) {
            Path report = dir.resolve("nul." + format);
            assertThat(run("report", id, "--format", format, "--out", report.toString())).isZero();
            assertThat(Files.readString(report)).as(format).doesNotContain("\u0000").contains("crossed");
        }
    }

    // ---- small cases: messages, exit status, nothing created by mistake ------------------------------------------

    @Test
    void historyOfAnUnknownClaimOrInAMistypedFolderSaysSoAndCreatesNothing() throws Exception {
        demo();
        assertThat(run("history", "no-such-claim")).isEqualTo(1);
        assertThat(err()).contains("There is no claim no-such-claim").contains("factdesk check");

        Path typo = dir.resolve("dta");
        for (String[] command : List.of(new String[] {"history", "x"}, new String[] {"verdict", "x", "false"},
                new String[] {"report", "x", "--format", "csv", "--out", dir.resolve("r.csv").toString()},
                new String[] {"check", "a7da1f6cee66b"}, new String[] {"restore"})) {
            assertThat(runIn(typo, command)).as(String.join(" ", command)).isEqualTo(1);
            assertThat(err()).contains("does not exist").contains("--data-dir");
        }
        assertThat(typo).as("a mistyped data folder is not created").doesNotExist();
    }

    @Test
    void aDataFolderThatIsAFileOrALinkLoopIsExplained() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        assertThat(runIn(file, "demo")).isEqualTo(1);
        assertThat(err()).contains("is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("not a folder");

        Path a = dir.resolve("loop-a");
        Path b = dir.resolve("loop-b");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertThat(runIn(a, "history", "x")).isEqualTo(1);
        assertThat(err()).contains("symbolic link that leads nowhere");
        assertThat(runIn(a, "demo")).isEqualTo(1);
        assertThat(err()).contains("symbolic link that leads nowhere").doesNotContain("Exception");
    }

    @Test
    void escapeCodesFromAnArticleNeverReachTheTerminal() throws Exception {
        Path article = Files.writeString(dir.resolve("hostile.txt"), "Headline \u001b]0;owned\u0007\n\n"
                + "Officials said about 10,000 soldiers \u001b[2J\u001b[31mcrossed\u001b[0m the border on Monday.");
        assertThat(run("check", article.toString())).isZero();
        assertThat(out()).doesNotContain("\u001b").doesNotContain("\u0007").contains("\\u001b");
    }
}
