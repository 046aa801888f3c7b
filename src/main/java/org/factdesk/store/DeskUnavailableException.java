package org.factdesk.store;

/** The team desk server cannot be reached right now; nothing was written. Retrying later may succeed. */
public final class DeskUnavailableException extends StoreException {
    public DeskUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
