package org.factdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.factdesk.model.Article;
import org.factdesk.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive index that cannot be opened as it is (commit point gone, a segment file missing or cut) is refused with a
 * message and left byte for byte as it was: no new index in its place, no segment file deleted (decision 23). A
 * readable archive copies itself, aliases and source ids included, for a rebuild.
 */
class ArchiveSafetyIT {
    @TempDir
    Path dir;

    Path archiveDir() {
        return dir.resolve("archive");
    }

    Path index() {
        return ArchiveSchema.indexFolder(archiveDir());
    }

    static List<Article> articles(int n) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Article("a" + i, "Harbour report " + i, "The port counted " + (i * 7 + 3) + " ships, dispatch qz"
                    + i + "x said.\n\nOfficials agreed.", "Wire", null, "https://example.org/" + i));
        }
        return out;
    }

    void filled() throws IOException {
        try (Archive archive = Archive.open(archiveDir(), Archive.Vectors.NONE)) {
            archive.importDocuments(articles(50), Progress.NONE);
        }
    }

    Map<String, Long> files() throws IOException {
        Map<String, Long> out = new TreeMap<>();
        try (Stream<Path> list = Files.list(index())) {
            for (Path p : list.toList()) {
                out.put(p.getFileName().toString(), Files.size(p));
            }
        }
        out.remove("write.lock");
        return out;
    }

    @Test
    void anIndexWhoseCommitPointIsGoneIsRefusedAndNoSegmentFileIsDeleted() throws IOException {
        filled();
        try (Stream<Path> list = Files.list(index())) {
            for (Path p : list.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                Files.delete(p);
            }
        }
        Map<String, Long> before = files();
        assertThat(before).isNotEmpty();
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> Archive.open(archiveDir(), Archive.Vectors.NONE))
                    .isInstanceOf(ArchiveUnavailableException.class)
                    .hasMessageContaining("no commit point").hasMessageContaining(index().toString())
                    .hasMessageContaining("factdesk reindex");
        }
        assertThat(files()).as("every segment file is still there, whole").isEqualTo(before);
        assertThat(Archive.holdsIndex(archiveDir())).isTrue();
    }

    @Test
    void anIndexWithAMissingOrCutSegmentFileIsRefusedAndLeftAsItWas() throws IOException {
        filled();
        Path data = Files.list(index()).filter(p -> !p.getFileName().toString().startsWith("segments_")
                && !p.getFileName().toString().equals("write.lock")).sorted((a, b) -> Long.compare(
                        b.toFile().length(), a.toFile().length())).findFirst().orElseThrow();
        byte[] whole = Files.readAllBytes(data);
        Files.write(data, java.util.Arrays.copyOf(whole, whole.length / 2));
        Map<String, Long> before = files();
        assertThatThrownBy(() -> {
            try (Archive archive = Archive.open(archiveDir(), Archive.Vectors.NONE)) {
                archive.search("ships", 5); // a damage the open does not read is met by the first search
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("damaged");
        assertThat(files()).isEqualTo(before);

        Files.delete(data);
        before = files();
        assertThatThrownBy(() -> Archive.open(archiveDir(), Archive.Vectors.NONE))
                .isInstanceOf(ArchiveUnavailableException.class).hasMessageContaining("damaged")
                .hasMessageContaining("factdesk reindex");
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void aFolderLeftBeforeTheFirstCommitOpensAsANewArchive() throws IOException {
        Files.createDirectories(index());
        Files.write(index().resolve("write.lock"), new byte[0]);
        Files.write(index().resolve("pending_segments_1"), new byte[] {1, 2, 3});
        assertThat(Archive.holdsIndex(archiveDir())).isFalse();
        try (Archive archive = Archive.open(archiveDir(), Archive.Vectors.NONE)) {
            assertThat(archive.size()).isZero();
            archive.importDocuments(articles(3), Progress.NONE);
            assertThat(archive.size()).isEqualTo(3);
        }
    }

    @Test
    void aReadableArchiveCopiesEveryArticleWithItsSourceIdAndAliases() throws IOException {
        List<Article> docs = new ArrayList<>(articles(20));
        docs.add(new Article("a3", "Another article", "A different text under an id already used.", "Wire", null, ""));
        docs.add(new Article("copy-of-a5", "Harbour report 5", docs.get(5).text(), "Wire", null, "")); // near-duplicate
        try (Archive archive = Archive.open(archiveDir(), Archive.Vectors.NONE);
             Archive copy = Archive.open(dir.resolve("copy"), Archive.Vectors.NONE)) {
            archive.importDocuments(docs, Progress.NONE);
            assertThat(archive.size()).isEqualTo(21);
            ImportReport report = archive.copyInto(copy, Progress.NONE);
            assertThat(report.added()).isEqualTo(21);
            assertThat(copy.size()).isEqualTo(21);
            assertThat(copy.sourceIds("a3 (2)")).contains("a3");
            assertThat(copy.document("copy-of-a5")).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("a5"));
            assertThat(copy.search("qz7x", 3)).extracting(e -> e.docId()).contains("a7");
        }
    }
}
