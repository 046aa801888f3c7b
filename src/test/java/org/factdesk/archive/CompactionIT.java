package org.factdesk.archive;

import org.factdesk.model.Article;
import org.factdesk.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** After a large import the index is merged into one segment; a small one leaves it; a cancel loses nothing. */
class CompactionIT {
    @TempDir
    Path tmp;

    @Test
    void aLargeImportLeavesOneSegmentAndASmallOneIsNotFollowedByAMerge() throws IOException {
        try (Archive archive = Archive.open(tmp.resolve("a"))) {
            archive.importDocuments(articles(0, 100), null);
            ImportReport large = archive.importDocuments(articles(100, 200), null); // half the archive: compacted
            assertThat(archive.segmentCount()).isEqualTo(1);
            assertThat(large.notCompacted()).isNull();
            assertThat(large.compactionNote()).isEmpty();
            archive.importDocuments(articles(200, 210), null); // 5 %: left to Lucene's own merges
            assertThat(archive.segmentCount()).isEqualTo(2);
            assertThat(archive.size()).isEqualTo(210);
            assertThat(archive.search("harbour report 150", 5)).extracting(e -> e.docId()).contains("r150");
        }
    }

    @Test
    void anAbortedMergeLeavesTheIndexAsCommittedAndALaterOneCompletes() throws IOException {
        Path dir = tmp.resolve("a");
        try (Archive archive = Archive.open(dir)) {
            archive.importDocuments(articles(0, 100), null);
            archive.importDocuments(articles(100, 110), null);
            assertThat(archive.segmentCount()).isEqualTo(2);

            archive.merges().abortAll();
            assertThatThrownBy(() -> archive.writer().forceMerge(1)).isInstanceOf(IOException.class)
                    .hasMessageContaining("ABORTED");
            assertThat(archive.segmentCount()).isEqualTo(2);
            assertThat(archive.size()).isEqualTo(110);

            archive.merges().resume();
            assertThat(archive.compact(Progress.NONE)).isNull();
            assertThat(archive.segmentCount()).isEqualTo(1);
        }
        try (Archive reopened = Archive.open(dir)) {
            assertThat(reopened.segmentCount()).isEqualTo(1);
            assertThat(reopened.size()).isEqualTo(110);
        }
    }

    @Test
    void cancellingTheCompactionKeepsEveryImportedArticle() throws IOException {
        Path dir = tmp.resolve("a");
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<String> last = new AtomicReference<>();
        Progress cancelAtCompaction = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                last.set(message);
                if (message.startsWith("Compacting")) {
                    cancelled.set(true);
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        try (Archive archive = Archive.open(dir)) {
            archive.importDocuments(articles(0, 100), null);
            ImportReport report = archive.importDocuments(articles(100, 200), cancelAtCompaction);
            assertThat(report.cancelled()).isFalse();
            assertThat(report.added()).isEqualTo(100);
            assertThat(last.get()).startsWith("Import finished: 100 added").contains("not compacted, cancelled");
            assertThat(report.notCompacted()).isEqualTo("cancelled");
            assertThat(report.summary()).endsWith("(not compacted, cancelled)");
            assertThat(report.compactionNote()).contains("not compacted (cancelled)").contains("searches stay slower");
            assertThat(archive.segmentCount()).isEqualTo(2);
        }
        try (Archive reopened = Archive.open(dir)) {
            assertThat(reopened.size()).isEqualTo(200);
            assertThat(reopened.search("harbour report 150", 5)).extracting(e -> e.docId()).contains("r150");
        }
    }

    @Test
    void aDiskWithoutRoomForTheMergedCopyLeavesTheIndexAndSaysWhy() throws IOException {
        try (Archive archive = Archive.open(tmp.resolve("a"))) {
            archive.importDocuments(articles(0, 100), null);
            archive.importDocuments(articles(100, 110), null);
            assertThat(archive.segmentCount()).isEqualTo(2);

            String why = archive.compact(Progress.NONE, () -> 0L);
            assertThat(why).startsWith("it needs ").endsWith("free on the archive's disk, which has less than 1 MB");
            assertThat(archive.segmentCount()).isEqualTo(2);
            assertThat(archive.size()).isEqualTo(110);
        }
    }

    private static List<Article> articles(int from, int to) {
        List<Article> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(new Article("r" + i, "Harbour report " + i, "The harbour handled " + (1000 + i * 17)
                    + " containers in week " + i + ", the port authority said.\n\nCranes " + (i % 7)
                    + " and " + (i % 5) + " were under repair.", "Port Gazette", LocalDate.of(2024, 3, 1), ""));
        }
        return out;
    }
}
