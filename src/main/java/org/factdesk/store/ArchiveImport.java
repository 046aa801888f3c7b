package org.factdesk.store;

import java.time.Instant;

/**
 * One import into the archive, as the workspace recorded it: what {@code factdesk reindex} rebuilds a lost archive
 * from, and how it tells that the archive had articles (docs/decisions/0023).
 *
 * @param source   the absolute path imported, or {@code demo:} for the demo's sample archive
 * @param bytes    the file's size then (null for a folder)
 * @param modified the file's last-modified time then (null for a folder)
 * @param articles articles in the archive after the import
 */
public record ArchiveImport(long seq, String source, Instant at, Long bytes, Instant modified, int added, int updated,
                            int articles) {
    public static final String DEMO = "demo:";
}
