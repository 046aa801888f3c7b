package org.factdesk.archive;

import org.factdesk.model.Evidence;
import org.factdesk.task.Progress;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searches while a node of the cluster dies: a two-node cluster, the archive with one replica (a copy of every shard on
 * each node), and the data node killed (SIGKILL) while claims are searched. Every search, before and after the kill,
 * answers without an error and with the same evidence, from the copies left on the surviving node.
 */
class OpenSearchSearchFailoverIT {
    static final Path DEMO = Path.of("resources/demo/archive.jsonl");
    static final List<String> CLAIMS = List.of("About 10,000 North Korean soldiers have been sent to Russia",
            "Putin and Kim signed a treaty pledging mutual military aid",
            "Ukraine controls 1,000 square kilometres of the Kursk region");

    @Test
    void searchesGoOnWithTheSameAnswersWhenANodeIsKilled() throws Exception {
        List<OpenSearchNode> nodes = OpenSearchNode.cluster("failover", 2);
        try (OpenSearchArchive cluster = OpenSearchArchive.connect(ArchiveLocation.parse(nodes.getFirst().archive("news")),
                new ClusterCredentials(null, null))) {
            cluster.importPath(DEMO, Progress.NONE);
            // both copies of the shard placed, one on each node, before anything is killed
            var health = cluster.client().ok("GET", "/_cluster/health/news?wait_for_status=green&timeout=120s", null,
                    "wait for the replica");
            assertThat(health.path("status").asText()).isEqualTo("green");
            assertThat(health.path("active_shards").asInt()).isEqualTo(2);

            int articles = cluster.size();
            var search = cluster.evidenceFinder(EvidenceSettings.DEFAULT);
            List<List<String>> expected = new ArrayList<>();
            for (String claim : CLAIMS) {
                expected.add(ids(search.find(TextClaims.of("c", claim), null, 10, Set.of())));
            }
            assertThat(expected).allSatisfy(ids -> assertThat(ids).isNotEmpty());

            List<String> problems = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger afterKill = new AtomicInteger();
            CountDownLatch killed = new CountDownLatch(1);
            CountDownLatch searching = new CountDownLatch(CLAIMS.size());
            Thread searcher = Thread.ofPlatform().name("searches-during-kill").start(() -> {
                // a first round before the kill, then rounds after it until enough searches met the dead node
                for (int i = 0; afterKill.get() < 3 * CLAIMS.size() && problems.isEmpty(); i++) {
                    boolean wasKilled = killed.getCount() == 0;
                    int c = i % CLAIMS.size();
                    try {
                        List<String> got = ids(search.find(TextClaims.of("c", CLAIMS.get(c)), null, 10, Set.of()));
                        if (!got.equals(expected.get(c))) {
                            problems.add("claim " + c + (wasKilled ? " after" : " before") + " the kill: " + got);
                        }
                    } catch (RuntimeException e) {
                        problems.add("claim " + c + (wasKilled ? " after" : " before") + " the kill: " + e);
                    }
                    if (wasKilled) {
                        afterKill.incrementAndGet();
                    }
                    searching.countDown();
                }
            });
            assertThat(searching.await(120, TimeUnit.SECONDS)).isTrue();
            nodes.get(1).kill();
            killed.countDown();
            searcher.join(TimeUnit.SECONDS.toMillis(180));

            assertThat(searcher.isAlive()).as("the searches finished").isFalse();
            assertThat(problems).as("searches that failed or changed their answer").isEmpty();
            assertThat(afterKill.get()).isGreaterThanOrEqualTo(3 * CLAIMS.size());
            assertThat(cluster.size()).as("articles counted from the surviving copies").isEqualTo(articles);
        } finally {
            nodes.forEach(OpenSearchNode::close);
        }
    }

    private static List<String> ids(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::docId).toList();
    }
}
