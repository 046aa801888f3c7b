package org.factdesk.app;

/** A problem with the workspace the user should read: the message says what, where and what to do. */
public final class WorkspaceException extends RuntimeException {
    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
