package org.factdesk.archive;

import java.nio.file.Path;

/** A single PDF as one article, read as the workbench opens it; the id is the file name. */
final class PdfReader implements SourceReader {
    @Override
    public void read(Path path, ImportSink sink) throws java.io.IOException {
        FolderReader.readFile(path, path.getFileName().toString(), sink);
    }
}
