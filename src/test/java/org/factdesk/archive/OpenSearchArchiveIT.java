package org.factdesk.archive;

import org.factdesk.model.Evidence;
import org.factdesk.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The archive on a real single-node OpenSearch (started by {@link OpenSearchNode}): import, answers, faults. */
class OpenSearchArchiveIT {
    static final Path DEMO = Path.of("resources/demo/archive.jsonl");
    static OpenSearchNode node;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startNode() throws IOException {
        node = OpenSearchNode.shared();
    }

    static OpenSearchArchive connect(String index) throws IOException {
        return OpenSearchArchive.connect(ArchiveLocation.parse(node.archive(index)), new ClusterCredentials(null, null));
    }

    @Test
    void theClusterAnswersAClaimWithTheSameEvidenceAsTheLocalArchive() throws Exception {
        try (Archive local = Archive.open(tmp.resolve("local"), Archive.Vectors.NONE);
             OpenSearchArchive cluster = connect("same-answers")) {
            local.importPath(DEMO, Progress.NONE);
            ImportReport report = cluster.importPath(DEMO, Progress.NONE);
            assertThat(report.added()).isEqualTo(local.size());
            assertThat(cluster.size()).isEqualTo(local.size());
            assertThat(cluster.documentCount(cluster.requireSearchable())).isEqualTo(local.documentCount());

            var here = local.evidenceFinder(EvidenceSettings.DEFAULT);
            var there = cluster.evidenceFinder(EvidenceSettings.DEFAULT);
            for (String claim : List.of("About 10,000 North Korean soldiers have been sent to Russia",
                    "Putin and Kim signed a treaty pledging mutual military aid",
                    "Ukraine controls 1,000 square kilometres of the Kursk region")) {
                var c = TextClaims.of("c", claim);
                List<Evidence> a = here.find(c, null, 10, Set.of());
                List<Evidence> b = there.find(c, null, 10, Set.of());
                assertThat(b).extracting(Evidence::docId).as(claim).isEqualTo(a.stream().map(Evidence::docId).toList());
                for (int i = 0; i < a.size(); i++) {
                    assertThat(b.get(i).score()).as(claim + " #" + i).isCloseTo(a.get(i).score(),
                            org.assertj.core.data.Offset.offset(1e-4));
                    assertThat(b.get(i).stance()).isEqualTo(a.get(i).stance());
                    assertThat(b.get(i).passage()).isEqualTo(a.get(i).passage());
                }
            }
        }
    }

    @Test
    void importingTheSameFileAgainDoublesNothing() throws Exception {
        try (OpenSearchArchive cluster = connect("twice")) {
            ImportReport first = cluster.importPath(DEMO, Progress.NONE);
            long documents = cluster.documentCount(cluster.requireSearchable());
            ImportReport second = cluster.importPath(DEMO, Progress.NONE);
            assertThat(second.added()).isZero();
            assertThat(second.updated()).isEqualTo(first.added());
            assertThat(cluster.size()).isEqualTo(first.added());
            assertThat(cluster.documentCount(cluster.requireSearchable())).isEqualTo(documents);
        }
    }

    @Test
    void anArticleImportedAgainShorterKeepsOnlyItsNewPassages() throws Exception {
        String para = "The council met on Tuesday to discuss the harbour budget and the new ferry line. ".repeat(8);
        Path v1 = Files.writeString(tmp.resolve("v1.jsonl"), "{\"id\":\"a1\",\"title\":\"Harbour\",\"text\":\""
                + (para + "\\n\\n").repeat(4) + "\",\"source\":\"Gazette\",\"published\":\"2024-01-02\"}\n");
        Path v2 = Files.writeString(tmp.resolve("v2.jsonl"), "{\"id\":\"a1\",\"title\":\"Harbour\",\"text\":\""
                + para + "\",\"source\":\"Gazette\",\"published\":\"2024-01-02\"}\n");
        try (OpenSearchArchive cluster = connect("shorter");
             Archive local = Archive.open(tmp.resolve("local"), Archive.Vectors.NONE)) {
            cluster.importPath(v1, Progress.NONE);
            long before = cluster.documentCount(cluster.requireSearchable());
            cluster.importPath(v2, Progress.NONE);
            local.importPath(v2, Progress.NONE);
            assertThat(before).isGreaterThan(local.documentCount());
            assertThat(cluster.documentCount(cluster.requireSearchable())).isEqualTo(local.documentCount());
            assertThat(cluster.document("a1")).get().extracting(a -> a.text().strip()).isEqualTo(para.strip());
        }
    }

    @Test
    void nearDuplicatesAndTakenIdsFollowTheLocalRules() throws Exception {
        String text = "The harbour authority approved a budget of 12 million for the new ferry terminal on Monday.";
        Path f = Files.writeString(tmp.resolve("dups.jsonl"),
                "{\"id\":\"x\",\"title\":\"Ferry\",\"text\":\"" + text + "\",\"source\":\"Gazette\"}\n"
                        + "{\"id\":\"copy\",\"title\":\"Ferry\",\"text\":\"" + text + "\",\"source\":\"Gazette\"}\n"
                        + "{\"id\":\"x\",\"title\":\"Rail\",\"text\":\"A different story about the railway.\",\"source\":\"Gazette\"}\n");
        try (OpenSearchArchive cluster = connect("dups")) {
            cluster.importPath(f, Progress.NONE);
            assertThat(cluster.size()).isEqualTo(2);
            assertThat(cluster.document("copy")).get().extracting(a -> a.id()).isEqualTo("x");
            assertThat(cluster.sourceIds("x")).contains("copy");
            assertThat(cluster.articleIdsFor("x")).containsExactlyInAnyOrder("x", "x (2)");
        }
    }

    private static final List<org.factdesk.model.Article> CLAIMS = List.of(
            claim("health", "Nutrition guidance", "Doctors advise eating an apple each day to stay well."),
            claim("rail", "Rail disruption", "The train to Berlin was cancelled after a storm damaged the line."),
            claim("stocks", "Markets", "Share prices fell sharply on Monday as investors sold bank stocks."),
            claim("vote", "Election", "The opposition party won the regional vote by a narrow margin."),
            claim("flood", "Weather", "Heavy rain flooded the river valley and closed two bridges."));

    private static org.factdesk.model.Article claim(String id, String title, String text) {
        return new org.factdesk.model.Article(id, title, text, "Wire", java.time.LocalDate.of(2024, 1, 1),
                "https://example.org/" + id);
    }

    @Test
    void aClaimsDatabaseOnTheClusterIsSearchedWithItsVectorsAsLocally() throws Exception {
        try (Archive local = Archive.open(tmp.resolve("local-dense"), Archive.Vectors.SHORT);
             OpenSearchArchive cluster = connect("claims-dense")) {
            local.importDocuments(CLAIMS, Progress.NONE);
            cluster.importDocuments(CLAIMS, Progress.NONE);
            assertThat(cluster.embeddedArticles()).isEqualTo(local.embeddedArticles()).isEqualTo(CLAIMS.size());
            assertThat(cluster.denseSearch()).isTrue();

            var here = local.evidenceFinder(EvidenceSettings.DEFAULT);
            var there = cluster.evidenceFinder(EvidenceSettings.DEFAULT);
            // the second shares no word with its article: only the vectors find it, here and through the cluster
            for (String text : List.of("Physicians recommend consuming fruit daily for good health",
                    "Medics tell people to munch fruit routinely", "A storm cancelled the Berlin train")) {
                var c = TextClaims.of("c", text);
                List<Evidence> a = here.find(c, null, 3, Set.of());
                List<Evidence> b = there.find(c, null, 3, Set.of());
                assertThat(a).as(text).isNotEmpty();
                assertThat(b).extracting(Evidence::docId).as(text).isEqualTo(a.stream().map(Evidence::docId).toList());
                for (int i = 0; i < a.size(); i++) {
                    assertThat(b.get(i).score()).as(text + " #" + i).isCloseTo(a.get(i).score(),
                            org.assertj.core.data.Offset.offset(1e-4));
                }
            }
            assertThat(there.find(TextClaims.of("c", "Medics tell people to munch fruit routinely"), null, 3, Set.of()))
                    .extracting(Evidence::docId).first().isEqualTo("health");
        }
    }

    @Test
    void aNewIndexTakesItsShardsAndReplicasFromTheAddress() throws Exception {
        try (OpenSearchArchive cluster = OpenSearchArchive.connect(
                ArchiveLocation.parse(node.archive("laid-out") + "?shards=2&replicas=0"), new ClusterCredentials(null, null))) {
            cluster.importPath(DEMO, Progress.NONE);
            var settings = cluster.client().ok("GET", "/laid-out/_settings", null, "read settings");
            var index = settings.elements().next().path("settings").path("index");
            assertThat(index.path("number_of_shards").asText()).isEqualTo("2");
            assertThat(index.path("number_of_replicas").asText()).isEqualTo("0");
            assertThat(cluster.size()).isPositive();
        }
    }

    @Test
    void aMissingIndexSaysHowToCreateIt() throws Exception {
        try (OpenSearchArchive cluster = connect("nothing-here")) {
            assertThatThrownBy(cluster::size).isInstanceOf(ArchiveUnavailableException.class)
                    .hasMessageContaining("has no index nothing-here").hasMessageContaining("import-archive");
        }
    }

    @Test
    void anUnreachableClusterSaysWhereAndWhatToDo() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertThatThrownBy(() -> OpenSearchArchive.connect(ArchiveLocation.parse("opensearch://127.0.0.1:" + port
                + "/news"), new ClusterCredentials(null, null)))
                .isInstanceOf(ArchiveUnavailableException.class)
                .hasMessageContaining("Cannot reach the archive cluster at opensearch://127.0.0.1:" + port + "/news")
                .hasMessageContaining("leave out --archive");
    }

    @Test
    void anIndexOfAnOlderFactDeskIsRefusedUntilReindexRebuildsIt() throws Exception {
        try (Archive local = Archive.open(tmp.resolve("local"), Archive.Vectors.NONE);
             OpenSearchArchive cluster = connect("legacy")) {
            local.importPath(DEMO, Progress.NONE);
            // an index an older FactDesk wrote under the archive's own name, mapping version 0
            cluster.client().ok("PUT", "/legacy", OpenSearchArchive.mapping(0, 1, 0), "create");
            cluster.ship(local, "legacy", Progress.NONE);
            assertThatThrownBy(cluster::size).isInstanceOf(ArchiveUnavailableException.class)
                    .hasMessageContaining("older FactDesk").hasMessageContaining("mapping version 0")
                    .hasMessageContaining("factdesk --archive " + node.archive("legacy") + " reindex");

            assertThat(cluster.reindex(Progress.NONE)).isEqualTo(local.size());
            assertThat(cluster.state().mappingVersion()).isEqualTo(OpenSearchArchive.MAPPING_VERSION);
            assertThat(cluster.documentCount(cluster.requireSearchable())).isEqualTo(local.documentCount());
            var c = TextClaims.of("c", "About 10,000 North Korean soldiers have been sent to Russia");
            assertThat(cluster.evidenceFinder(EvidenceSettings.DEFAULT).find(c, null, 5, Set.of()))
                    .extracting(Evidence::docId)
                    .isEqualTo(local.evidenceFinder(EvidenceSettings.DEFAULT).find(c, null, 5, Set.of())
                            .stream().map(Evidence::docId).toList());
        }
    }

    @Test
    void aCancelledImportStopsBetweenBatchesAndKeepsWhatWasSent() throws Exception {
        Path big = tmp.resolve("big.jsonl");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 1200; i++) {
            b.append("{\"id\":\"n").append(i).append("\",\"title\":\"Item ").append(i).append("\",\"text\":\"Report number ")
                    .append(i).append(" about the harbour and ferry ").append(i * 7).append(".\",\"source\":\"Wire\"}\n");
        }
        Files.writeString(big, b);
        java.util.concurrent.atomic.AtomicBoolean cancel = new java.util.concurrent.atomic.AtomicBoolean();
        Progress stopAfterFirstBatch = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                if (message.startsWith("Sent") && done > 0) {
                    cancel.set(true);
                }
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };
        try (OpenSearchArchive cluster = connect("cancelled")) {
            ImportReport report = cluster.importPath(big, stopAfterFirstBatch);
            assertThat(report.cancelled()).isTrue();
            assertThat(cluster.size()).isEqualTo(OpenSearchArchive.BULK_ARTICLES);
            assertThat(cluster.importPath(big, Progress.NONE).cancelled()).isFalse();
            assertThat(cluster.size()).isEqualTo(1200);
        }
    }
}
