package org.factdesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.factdesk.archive.Archive;
import org.factdesk.archive.ArchiveQueryException;
import org.factdesk.archive.Synonyms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The newsroom's own synonyms.txt in the archive folder is a user-edited file: random and mutated versions either
 * load or make the archive refuse to open with a message naming the file, and after the file is fixed the archive
 * opens (a refused open must not leave the index locked).
 */
class SynonymsFuzzTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    static String seed;

    @TempDir
    Path dir;

    @BeforeAll
    static void seed() throws IOException {
        try (InputStream in = SynonymsFuzzTest.class.getResourceAsStream(Synonyms.RESOURCE)) {
            seed = in == null ? "dprk, north korea\ntroops, soldiers => forces\n"
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void mutatedSynonymFilesLoadOrAreRefusedWithAMessage() throws IOException {
        int cases = Fuzz.cases(120);
        int refused = 0;
        Path archiveDir = dir.resolve("archive");
        for (int c = 0; c < cases; c++) {
            Random r = Fuzz.random("synonyms", c);
            byte[] bytes = r.nextInt(5) == 0 ? Fuzz.randomText(r, 60).getBytes(StandardCharsets.UTF_8)
                    : Fuzz.mutate(r, seed.getBytes(StandardCharsets.UTF_8), 4);
            Files.createDirectories(archiveDir);
            Files.write(archiveDir.resolve(Synonyms.LOCAL_FILE), bytes);
            String where = Fuzz.where("Archive.open with synonyms.txt", c);
            try {
                Fuzz.withTimeout(LIMIT, where, () -> {
                    try (Archive archive = Archive.open(archiveDir)) {
                        try {
                            archive.search("north korea troops", 3);
                        } catch (ArchiveQueryException e) {
                            assertThat(e.getMessage()).isNotBlank();
                        }
                    }
                    return null;
                });
            } catch (AssertionError e) {
                throw e;
            } catch (Throwable t) {
                Fuzz.assertUserFacing(t, where, bytes, List.of(IOException.class, UncheckedIOException.class));
                assertThat(t.getMessage()).as("the message names the file, %s", where).contains("synonym");
                refused++;
                Files.delete(archiveDir.resolve(Synonyms.LOCAL_FILE));
                try (Archive archive = Archive.open(archiveDir)) {
                    assertThat(archive.size()).as("archive opens after the file is fixed, %s", where).isNotNegative();
                }
            }
        }
        System.out.printf("SynonymsFuzzTest: cases=%d refused=%d seed=%d%n", cases, refused, Fuzz.seed());
    }
}
