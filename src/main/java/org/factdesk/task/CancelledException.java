package org.factdesk.task;

/** Thrown by long work that stopped because the user cancelled it. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled by the user");
    }
}
