package org.factdesk.archive;

/** A search query the archive could not understand; the message says where and why, for the user. */
public class ArchiveQueryException extends RuntimeException {
    public ArchiveQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
