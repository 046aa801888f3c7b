package org.factdesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.factdesk.app.Workbench;
import org.factdesk.app.WorkspaceException;
import org.factdesk.cli.FactDeskCommand;
import org.factdesk.task.Progress;
import org.junit.jupiter.api.AfterEach;
import org.factdesk.StandardStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: the data folder on a small tmpfs (mounting one needs root, as CI runs; elsewhere the tests are
 * skipped), filled to the last block. Reading works, every write says the disk is full, which folder and how much is
 * needed, nothing is lost; when space returns, writing works again and no leftover remains (docs/decisions/0024).
 */
class DiskFullIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    Path disk;
    Path filler;
    @RegisterExtension
    final StandardStreams streams = new StandardStreams();

    void mount(String size) throws Exception {
        disk = Files.createDirectories(dir.resolve("disk"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        boolean done = p.waitFor(20, TimeUnit.SECONDS);
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(done && p.exitValue() == 0, "filling a real disk needs root to mount a small tmpfs: " + said);
        filler = disk.resolve("filler.bin");
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            new ProcessBuilder("umount", "-l", disk.toString()).start().waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** Writes the filler until the disk has no block left. */
    void fill() throws IOException {
        byte[] block = new byte[1 << 16];
        try (OutputStream os = Files.newOutputStream(filler)) {
            while (true) {
                os.write(block);
            }
        } catch (IOException e) {
            assertThat(e.getMessage()).contains("No space left on device");
        }
        assertThat(Files.getFileStore(disk).getUsableSpace()).isLessThan(1 << 20);
    }

    Path data() {
        return disk.resolve("data");
    }

    /** The demo's archive and article in the data folder itself (the demo command sets up a workspace of its own). */
    void demo() throws Exception {
        try (org.factdesk.app.Workbench wb = org.factdesk.app.Workbench.open(data())) {
            wb.installDemo(org.factdesk.task.Progress.NONE);
        }
    }

    int run(String... args) {
        streams.reset();
        String[] full = new String[args.length + 2];
        full[0] = "--data-dir";
        full[1] = disk.resolve("data").toString();
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

    /** Counts rows, with exclusive locking so that SQLite needs no shared-memory file on the full disk. */
    int count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + disk.resolve("data/factdesk.db"))) {
            try (PreparedStatement ps = c.prepareStatement("PRAGMA locking_mode = EXCLUSIVE")) {
                ps.execute();
            }
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                return rs.getInt(1);
            }
        }
    }

    List<String> leftovers() throws IOException {
        try (Stream<Path> walk = Files.walk(disk)) {
            return walk.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".partial")
                    || n.endsWith(".factdesk-tmp") || n.endsWith(".restoring") || n.equals("archive.rebuilding")).toList();
        }
    }

    @Test
    void aFullDiskKeepsReadingExplainsEveryWriteAndRecoversWhenSpaceReturns() throws Exception {
        mount("48m");
        demo();
        String claim;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + disk.resolve("data/factdesk.db"));
             PreparedStatement ps = c.prepareStatement("SELECT id FROM claims ORDER BY start_offset LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            claim = rs.getString(1);
        }
        assertThat(run("verdict", claim, "verified", "--note", "Two outlets")).isZero();
        assertThat(run("verdict", claim, "disputed")).isZero(); // a change: the next open owes a backup
        int history = count("SELECT count(*) FROM verdict_history");
        Path jsonl = Files.writeString(dir.resolve("more.jsonl"),
                "{\"id\":\"m1\",\"title\":\"Port\",\"text\":\"The port handled 4 million containers.\"}\n");
        fill();

        // reading works, and says why nothing is written
        assertThat(run("history", claim)).isZero();
        assertThat(out()).contains("Disputed").contains("Two outlets");
        assertThat(err()).contains("No backup was taken").contains("opened read-only");
        assertThat(run("check", "a7da1f6cee66b")).isZero();
        assertThat(out()).contains("->");

        // every write explains itself and changes nothing
        assertThat(run("verdict", claim, "false")).isEqualTo(1);
        assertThat(err()).contains("is full").contains(disk.resolve("data").toString()).contains("needs about 8 MB")
                .contains("Nothing was changed");
        assertThat(count("SELECT count(*) FROM verdict_history")).isEqualTo(history);
        assertThat(run("import-archive", jsonl.toString())).isEqualTo(1);
        assertThat(err()).contains("too full for this import").contains("needs about");
        Path report = disk.resolve("review.html");
        assertThat(run("report", "a7da1f6cee66b", "--format", "html", "--out", report.toString())).isEqualTo(1);
        assertThat(err()).contains("is full").contains("untouched");
        assertThat(report).doesNotExist();
        assertThat(leftovers()).isEmpty();

        // space returns: writing works again, the backup that was due is taken, nothing is left over
        Files.delete(filler);
        assertThat(run("verdict", claim, "false")).isZero();
        assertThat(count("SELECT count(*) FROM verdict_history")).isEqualTo(history + 1);
        assertThat(run("import-archive", jsonl.toString())).isZero();
        assertThat(run("report", "a7da1f6cee66b", "--format", "html", "--out", report.toString())).isZero();
        try (Stream<Path> backups = Files.list(disk.resolve("data/backups"))) {
            assertThat(backups.filter(p -> p.toString().endsWith(".db")).count()).isGreaterThanOrEqualTo(3);
        }
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void theDiskFillingUpDuringAnImportKeepsTheLastCommitAndTheNextImportAddsTheRest() throws Exception {
        mount("160m");
        Path data = disk.resolve("data");
        int docs = 24_000;
        Path jsonl = dir.resolve("big.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(jsonl)) {
            for (int i = 0; i < docs; i++) {
                ObjectNode o = JSON.createObjectNode();
                o.put("id", "d" + i);
                o.put("title", "Harbour report " + i);
                // news-sized: the importer embeds only what its encoder reads whole (decision 15), so this is quick
                o.put("text", "The port counted " + (i * 7 + 3) + " ships, said dispatch qz" + i + "x.\n\n"
                        + "Officials said the figure was higher than a year ago. ".repeat(10) + "\n\n"
                        + "Cranes were idle for hours, dock workers said, and the queues had grown since the storm. "
                        .repeat(6));
                w.write(JSON.writeValueAsString(o));
                w.write('\n');
            }
        }
        try (Workbench wb = Workbench.open(data)) {
            Progress fillAfterFirstCommit = new Progress() {
                boolean filled;

                @Override
                public void update(long done, long total, String message) {
                    if (!filled && message.matches("Imported [1-9]\\d* documents")) {
                        filled = true;
                        try {
                            fill();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            WorkspaceException e = org.junit.jupiter.api.Assertions.assertThrows(WorkspaceException.class,
                    () -> wb.importArchive(jsonl, fillAfterFirstCommit));
            var kept = java.util.regex.Pattern.compile("keeps the (\\d+) articles").matcher(e.getMessage());
            assertThat(kept.find()).as(e.getMessage()).isTrue();
            assertThat(e.getMessage()).contains("filled up during the import").contains(data.resolve("archive").toString());
            int committed = Integer.parseInt(kept.group(1));
            assertThat(committed).isBetween(1, docs - 1);
            assertThat(wb.archiveSize()).as("the last commit, readable").isEqualTo(committed);
            assertThat(wb.searchArchive("qz0x", 3)).extracting(h -> h.docId()).contains("d0");

            Files.delete(filler);
            var report = wb.importArchive(jsonl, Progress.NONE);
            assertThat(report.added()).isEqualTo(docs - committed);
            assertThat(report.updated()).isEqualTo(committed);
            assertThat(wb.archiveSize()).isEqualTo(docs);
        }
        assertThat(leftovers()).isEmpty();
    }
}
