package org.factdesk.archive;

import java.io.IOException;

/**
 * The archive's index cannot be opened as it is (its commit point is missing, a segment file is damaged or gone): the
 * message says what, where and what to do. FactDesk never creates a new index in its place nor deletes its files
 * (docs/decisions/0023); {@code factdesk reindex} rebuilds it beside the old one.
 */
public class ArchiveUnavailableException extends IOException {
    public ArchiveUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
