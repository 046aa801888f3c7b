package org.factdesk.archive;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IOUtils;
import org.factdesk.model.Article;
import org.factdesk.task.Progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * When the schema version changes, the new version's folder is filled from the articles stored in
 * the older folder (ids, titles, texts, outlets, dates and URLs are stored), then the old folder is
 * removed. An older folder that cannot be read is left alone, and the archive says so (Archive.notices).
 */
final class SchemaMigration {
    private SchemaMigration() {
    }

    static void rebuildOlderIndexes(Archive archive, Path archiveDir) throws IOException {
        List<Path> older = new ArrayList<>();
        try (Stream<Path> list = Files.list(archiveDir)) {
            list.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().startsWith(ArchiveSchema.FOLDER_PREFIX))
                    .filter(p -> !p.equals(ArchiveSchema.indexFolder(archiveDir)))
                    .forEach(older::add);
        }
        for (Path old : older) {
            try (FSDirectory dir = FSDirectory.open(old); DirectoryReader reader = DirectoryReader.open(dir)) {
                List<Article> articles = new ArrayList<>();
                for (LeafReaderContext leaf : reader.leaves()) {
                    StoredFields stored = leaf.reader().storedFields();
                    Bits live = leaf.reader().getLiveDocs();
                    for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                        if (live != null && !live.get(i)) {
                            continue;
                        }
                        Document d = stored.document(i);
                        if (d.get(ArchiveSchema.TEXT) != null && d.get(ArchiveSchema.URL) != null) {
                            articles.add(Archive.toArticle(d));
                        }
                        if (articles.size() >= Archive.BATCH_SIZE) {
                            archive.importDocuments(articles, Progress.NONE);
                            articles.clear();
                        }
                    }
                }
                archive.importDocuments(articles, Progress.NONE);
            } catch (IOException | RuntimeException e) {
                // unreadable: kept for the user, and said so (the new index holds only what could be read)
                archive.notice("The older archive index " + old + " could not be read (" + e.getMessage()
                        + "); it was kept as it is. Run `factdesk reindex` to rebuild the archive from its sources.");
                continue;
            }
            IOUtils.rm(old);
        }
    }
}
