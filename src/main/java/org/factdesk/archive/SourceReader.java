package org.factdesk.archive;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one kind of input (JSONL, a folder, CSV, a feed, a PDF) into an {@link ImportSink}, streaming. */
@FunctionalInterface
public interface SourceReader {
    void read(Path path, ImportSink sink) throws IOException;
}
