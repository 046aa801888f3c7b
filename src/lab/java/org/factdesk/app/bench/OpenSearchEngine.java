package org.factdesk.app.bench;

import org.factdesk.archive.ArchiveLocation;
import org.factdesk.archive.ArticleArchive;
import org.factdesk.archive.ClusterCredentials;
import org.factdesk.archive.EvidenceSettings;
import org.factdesk.archive.ImportReport;
import org.factdesk.archive.OpenSearchArchive;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.task.Progress;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * FactDesk's archive on an OpenSearch cluster, as the workbench would use it: bulk import through the local readers'
 * rules, and the same {@code EvidenceFinder} over the cluster's candidates (docs/decisions/0061).
 */
final class OpenSearchEngine implements SearchEngineUnderTest {
    private final OpenSearchArchive archive;
    private final ArticleArchive.ClaimSearch finder;

    OpenSearchEngine(String cluster) throws IOException {
        ArchiveLocation at = ArchiveLocation.parse(cluster);
        this.archive = OpenSearchArchive.connect(at, ClusterCredentials.forLocation(at));
        this.finder = archive.holdsArticles() ? archive.evidenceFinder(EvidenceSettings.DEFAULT) : null;
    }

    /** The benchmark writes into the index: it must be new, not an archive someone uses. */
    static void requireNewIndex(String cluster) throws IOException {
        if (cluster == null) {
            throw new IllegalArgumentException("--engines opensearch needs --archive opensearch://HOST:PORT/NEW-INDEX");
        }
        try (OpenSearchEngine e = new OpenSearchEngine(cluster)) {
            if (e.archive.holdsArticles()) {
                throw new IllegalArgumentException("bench archive writes its generated articles into " + cluster
                        + ", which holds an archive already: give the name of an index that does not exist.");
            }
        }
    }

    @Override
    public String name() {
        return "opensearch";
    }

    @Override
    public Path location() {
        return null;
    }

    @Override
    public long importAll(Iterable<Article> articles, LongConsumer onBatch) throws IOException {
        ImportReport r = archive.importDocuments(articles, new Progress() {
            @Override
            public void update(long done, long total, String message) {
                if (message.startsWith("Sent")) {
                    onBatch.accept(done);
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        return r.added() + r.updated();
    }

    @Override
    public long size() throws IOException {
        return archive.size();
    }

    /** The index's store on the cluster's disks (primaries and replicas). */
    long diskBytes() throws IOException {
        return archive.storeBytes();
    }

    @Override
    public int top10(Claim claim) {
        ArticleArchive.ClaimSearch f = finder;
        if (f == null) {
            try {
                f = archive.evidenceFinder(EvidenceSettings.DEFAULT);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return f.find(claim, null, 10, Set.of()).size();
    }

    @Override
    public void close() throws IOException {
        archive.close();
    }
}
