package org.factdesk.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A problem with the review database, with a message meant for the user (what happened, which file,
 * what to do). {@link #latestBackup()} names the newest backup when one could help.
 */
public class StoreException extends RuntimeException {
    private final transient Path latestBackup;

    public StoreException(String message) {
        this(message, null, null);
    }

    public StoreException(String message, Throwable cause) {
        this(message, null, cause);
    }

    public StoreException(String message, Path latestBackup, Throwable cause) {
        super(message, cause);
        this.latestBackup = latestBackup;
    }

    /** The newest backup of the database, when the message offers it. */
    public Optional<Path> latestBackup() {
        return Optional.ofNullable(latestBackup);
    }
}
