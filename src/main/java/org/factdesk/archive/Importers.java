package org.factdesk.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Picks the reader for a path by its kind and extension. */
final class Importers {
    private Importers() {
    }

    static SourceReader forPath(Path p) throws java.io.IOException {
        if (Files.isDirectory(p)) {
            return new FolderReader();
        }
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return new JsonlReader();
        }
        if (name.endsWith(".csv")) {
            return new CsvReader();
        }
        if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
            return new FeedReader();
        }
        if (name.endsWith(".pdf")) {
            return new PdfReader();
        }
        if (FolderReader.supported(p)) {
            return (path, sink) -> FolderReader.readFile(path, path.getFileName().toString(), sink);
        }
        throw new java.io.IOException("Cannot import " + p.getFileName() + ": FactDesk imports .jsonl files,"
                + " folders of .txt/.md/.html files, .csv, RSS/Atom feeds (.xml, .rss, .atom) and .pdf files.");
    }
}
