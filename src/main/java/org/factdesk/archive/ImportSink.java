package org.factdesk.archive;

import org.factdesk.model.Article;

import java.io.IOException;

/** Where an importer puts what it read: articles with their place, problems, and how far it got. */
public interface ImportSink {
    /** An article read at file:line (line 0 when the whole file is one article). */
    void accept(Article article, String file, long line) throws IOException;

    /** Something that could not be imported; counted as skipped. */
    void skip(ImportProblem problem);

    /** Something worth telling that did not stop the document (e.g. an encoding fallback). */
    void note(ImportProblem problem);

    /** How far the reader is, in bytes (or documents) of the total; -1 total when unknown. */
    void position(long done, long total);
}
