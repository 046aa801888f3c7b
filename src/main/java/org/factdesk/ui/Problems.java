package org.factdesk.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns failures into alerts that say what went wrong, where, and what to do; never a stack trace. */
public final class Problems {
    private Problems() {
    }

    /** The user-facing sentence for a failure (exception messages of the core are written for users). */
    public static String describe(Throwable t) {
        Throwable root = t;
        while ((root instanceof java.util.concurrent.CompletionException
                || root instanceof java.util.concurrent.ExecutionException
                || root instanceof java.io.UncheckedIOException) && root.getCause() != null) {
            root = root.getCause();
        }
        return switch (root) {
            case NoSuchFileException e -> "The file " + e.getFile() + " does not exist (any more). Check the path.";
            case AccessDeniedException e -> "FactDesk may not read or write " + e.getFile() + ". Check its permissions.";
            case FileNotFoundException e -> "File not found: " + e.getMessage();
            case OutOfMemoryError e -> "The input is too large for the memory FactDesk has. Split it into smaller files.";
            default -> root.getMessage() == null || root.getMessage().isBlank()
                    ? "An unexpected " + root.getClass().getSimpleName() + " occurred."
                    : root.getMessage();
        };
    }

    public static void show(Window owner, String what, Throwable t, String whatToDo) {
        show(owner, what, describe(t), whatToDo);
    }

    public static void show(Window owner, String what, String detail, String whatToDo) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("FactDesk");
        alert.setHeaderText(what);
        Label body = new Label(detail + (whatToDo == null || whatToDo.isBlank() ? "" : "\n\n" + whatToDo));
        body.setWrapText(true);
        body.setMaxWidth(520);
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().setId("problemDialog");
        alert.show();
    }
}
