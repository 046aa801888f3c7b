package org.factdesk.archive;

import org.factdesk.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A node killed in the middle of an import (its own node: the others' stays up). The import stops with a message that
 * says what to do; after the node is back, the same import again leaves every article once, nothing lost or doubled.
 */
class OpenSearchNodeFailureIT {
    static final int ARTICLES = 2_000;

    @TempDir
    Path tmp;

    @Test
    void anImportCutByAKilledNodeFinishesWhenRunAgainWithNothingLostOrDoubled() throws Exception {
        Path source = tmp.resolve("wire.jsonl");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ARTICLES; i++) {
            b.append("{\"id\":\"w").append(i).append("\",\"title\":\"Wire story ").append(i)
                    .append("\",\"text\":\"The port handled ").append(i * 13).append(" containers on day ").append(i)
                    .append(".\\n\\nOfficials expect ").append(i % 97).append(" more ships next week.\",\"source\":\"Wire ")
                    .append(i % 5).append("\",\"published\":\"2024-03-").append(String.format("%02d", 1 + i % 28))
                    .append("\"}\n");
        }
        Files.writeString(source, b);
        long expectedDocuments;
        try (Archive local = Archive.open(tmp.resolve("local"), Archive.Vectors.NONE)) {
            local.importPath(source, Progress.NONE);
            expectedDocuments = local.documentCount();
        }
        try (OpenSearchNode node = OpenSearchNode.start("kill")) {
            ArchiveLocation at = ArchiveLocation.parse(node.archive("wire"));
            AtomicBoolean killed = new AtomicBoolean();
            Progress killAfterFirstBatch = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    if (message.startsWith("Sent") && done > 0 && done < total && killed.compareAndSet(false, true)) {
                        try {
                            node.kill();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            try (OpenSearchArchive cluster = OpenSearchArchive.connect(at, new ClusterCredentials(null, null))) {
                assertThatThrownBy(() -> cluster.importPath(source, killAfterFirstBatch))
                        .isInstanceOf(ArchiveUnavailableException.class)
                        .hasMessageContaining("stopped after " + OpenSearchArchive.BULK_ARTICLES + " articles were sent")
                        .hasMessageContaining("running the same import again");
            }
            assertThat(killed).isTrue();
            node.restart();
            try (OpenSearchArchive cluster = OpenSearchArchive.connect(at, new ClusterCredentials(null, null))) {
                cluster.importPath(source, Progress.NONE);
                assertThat(cluster.size()).isEqualTo(ARTICLES);
                assertThat(cluster.documentCount(cluster.requireSearchable())).isEqualTo(expectedDocuments);
                assertThat(cluster.document("w1999")).get().extracting(a -> a.title()).isEqualTo("Wire story 1999");
            }
        }
    }
}
