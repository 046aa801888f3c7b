package org.factdesk.cli;

/** A command-line input the user must fix; carries the exit status to return. */
final class UserInputException extends RuntimeException {
    private final int exitCode;

    UserInputException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
