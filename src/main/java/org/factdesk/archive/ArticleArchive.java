package org.factdesk.archive;

import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.Evidence;
import org.factdesk.task.Progress;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The archive of prior articles, wherever it lives: a local Lucene index ({@link Archive}) or an OpenSearch cluster
 * ({@link OpenSearchArchive}). Both import through the same readers, id rules and near-duplicate detection, and
 * answer a claim through the same {@link EvidenceFinder} (docs/decisions/0060, 0061).
 */
public interface ArticleArchive extends AutoCloseable {
    /** Where it is, for messages ("the archive in /home/me/.factdesk/archive", "opensearch://host:9200/news"). */
    String describe();

    /** Imports a .jsonl file, a folder of .txt/.md/.html files, a CSV, a feed or a PDF; idempotent by article id. */
    ImportReport importPath(Path fileOrDir, Progress progress) throws IOException;

    /** Articles in the archive. */
    int size() throws IOException;

    /** The article with this id; the id of a near-duplicate folded at import opens the copy that was kept. */
    Optional<Article> document(String id) throws IOException;

    /** Every id a source gave the text of this hit (see {@link Archive#sourceIds}). */
    List<String> sourceIds(String id) throws IOException;

    /** The archive's articles holding a text its source gave this id (see {@link Archive#articleIdsFor}). */
    Set<String> articleIdsFor(String sourceId) throws IOException;

    /** The ids of the articles imported under "x (2)" ... because another article of their import had {@code sourceId}. */
    List<String> idsImportedAs(String sourceId) throws IOException;

    /** The claim-to-evidence search of this archive, with these ranking knobs ({@link EvidenceSettings#DEFAULT}). */
    ClaimSearch evidenceFinder(EvidenceSettings settings) throws IOException;

    @Override
    void close() throws IOException;

    /** A claim's evidence: the passages of prior articles that bear on it, best first (see {@link EvidenceFinder#find}). */
    @FunctionalInterface
    interface ClaimSearch {
        List<Evidence> find(Claim claim, Article context, int k, Set<String> leftOut);
    }

    /** Opens the archive at {@code location}: a cluster address, or else the local archive folder {@code localFolder}. */
    static ArticleArchive open(String location, Path localFolder) throws IOException {
        if (location != null && !location.isBlank()) {
            ArchiveLocation at = ArchiveLocation.parse(location);
            return OpenSearchArchive.connect(at, ClusterCredentials.forLocation(at));
        }
        return Archive.open(localFolder);
    }
}
