package org.factdesk.archive;

/**
 * Something the importer could not take as it was, with its place.
 *
 * @param file    the file (as given to the import)
 * @param line    1-based line (JSONL, CSV) or 0 when the problem concerns the whole file
 * @param message what was wrong and what happened to it ("skipped", "read as windows-1252", ...)
 */
public record ImportProblem(String file, long line, String message) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
