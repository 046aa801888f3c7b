package org.factdesk.archive;

import org.apache.lucene.index.Term;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Cached word statistics must never outlive the index reader they were read from. */
class TermStatesCacheIT {
    @TempDir
    Path tmp;

    private static Article art(String id, String text) {
        return new Article(id, "Report " + id, text, "Wire " + id, LocalDate.of(2024, 10, 1), "https://example.org/" + id);
    }

    @Test
    void countsAndFindsArticlesImportedAfterTheWordWasCached() throws IOException {
        try (Archive archive = Archive.open(tmp.resolve("archive"))) {
            archive.importDocuments(List.of(art("a1", "The zeppelin landed in the harbour at dawn.")), null);
            Term zeppelin = new Term(ArchiveSchema.TEXT, "zeppelin");
            int before = archive.docFreq(zeppelin);
            Claim claim = new Claim(Claim.idFor("x", "A zeppelin landed"), "x", "A zeppelin landed in the harbour.",
                    ClaimKind.EVENT, 0, 33, 1.0, List.of(), null, null, List.of());
            assertThat(new EvidenceFinder(archive).find(claim, null, 10)).extracting(Evidence::docId).containsExactly("a1");

            archive.importDocuments(List.of(art("a2", "A second zeppelin landed near the harbour.")), null);

            assertThat(archive.docFreq(zeppelin)).isEqualTo(2 * before); // article and passage documents of a2
            assertThat(new EvidenceFinder(archive).find(claim, null, 10)).extracting(Evidence::docId)
                    .containsExactlyInAnyOrder("a1", "a2");
        }
    }
}
