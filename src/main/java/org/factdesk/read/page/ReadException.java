package org.factdesk.read.page;

/** An input FactDesk cannot read as an article; the message says what, where, and what to do. */
public final class ReadException extends RuntimeException {
    public ReadException(String message) {
        super(message);
    }

    public ReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
