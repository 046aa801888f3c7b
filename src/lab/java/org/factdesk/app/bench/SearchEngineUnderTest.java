package org.factdesk.app.bench;

import org.factdesk.model.Article;
import org.factdesk.model.Claim;

import java.io.IOException;
import java.nio.file.Path;

/** One side of the archive benchmark: imports the same articles and answers the same claims. */
interface SearchEngineUnderTest extends AutoCloseable {
    /** Short name for tables and JSON keys. */
    String name();

    /** Where the index lives (its size is the disk footprint). */
    Path location();

    /** Imports the articles (adding to what is there); calls {@code onBatch.accept(doneInThisImport)} as
     * batches land. Returns the articles imported. */
    long importAll(Iterable<Article> articles, java.util.function.LongConsumer onBatch) throws IOException;

    /** Articles in the index now. */
    long size() throws IOException;

    /** The top 10 for the claim; returns how many results came back. */
    int top10(Claim claim) throws IOException;

    @Override
    void close() throws IOException;
}
