package org.factdesk.app.bench;

import org.factdesk.archive.Archive;
import org.factdesk.archive.EvidenceFinder;
import org.factdesk.archive.ImportReport;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.task.Progress;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/** FactDesk's archive as the workbench uses it: {@code Archive.importDocuments} and {@code EvidenceFinder.find}. */
final class FactDeskEngine implements SearchEngineUnderTest {
    private final Path dir;
    private final Archive archive;
    private final EvidenceFinder finder;
    private ImportReport lastReport;

    FactDeskEngine(Path dir) throws IOException {
        this.dir = dir;
        this.archive = Archive.open(dir);
        this.finder = new EvidenceFinder(archive);
    }

    @Override
    public String name() {
        return "factdesk";
    }

    @Override
    public Path location() {
        return dir;
    }

    @Override
    public long importAll(Iterable<Article> articles, LongConsumer onBatch) throws IOException {
        lastReport = archive.importDocuments(articles, new Progress() {
            @Override
            public void update(long done, long total, String message) {
                onBatch.accept(done);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        return lastReport.added() + lastReport.updated();
    }

    @Override
    public long size() throws IOException {
        return archive.size();
    }

    /** Problems the importer reported (skipped near-duplicates ...), for the output. */
    ImportReport lastReport() {
        return lastReport;
    }

    /** Articles with dense vectors: almost none in the recombined corpus, whose articles have several paragraphs. */
    long embeddedArticles() throws IOException {
        return archive.embeddedArticles();
    }

    /** Whether the timed searches fuse vectors (decision 15) or are lexical. */
    boolean denseSearch() throws IOException {
        return archive.denseSearch();
    }

    @Override
    public int top10(Claim claim) {
        return finder.find(claim, null, 10).size();
    }

    @Override
    public void close() throws IOException {
        archive.close();
    }
}
