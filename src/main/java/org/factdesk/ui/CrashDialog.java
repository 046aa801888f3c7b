package org.factdesk.ui;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.factdesk.app.AppLog;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * What the user sees when FactDesk fails where no code expected it (an uncaught exception on any thread): a dialog
 * that says so in words, where the crash report was written, and offers the details to copy into a bug report.
 * One dialog at a time: a failure that repeats on every frame writes its reports but does not bury the window.
 */
public final class CrashDialog {
    public static final ButtonType COPY = new ButtonType("Copy details", ButtonBar.ButtonData.LEFT);

    private static final AtomicBoolean SHOWING = new AtomicBoolean();

    private CrashDialog() {
    }

    /** The handler for every thread of the window's process: report file first, then the dialog on the FX thread. */
    public static Thread.UncaughtExceptionHandler handler(Supplier<Window> owner) {
        return (thread, error) -> {
            String details = AppLog.crashDetails(thread, error);
            Path report = AppLog.writeCrashReport(details);
            System.err.println("factdesk: unexpected error" + (report == null ? "" : " (report: " + report + ")") + ": " + error);
            if (!SHOWING.compareAndSet(false, true)) {
                return;
            }
            try {
                Platform.runLater(() -> show(owner.get(), error, details, report));
            } catch (IllegalStateException toolkitGone) {
                SHOWING.set(false);
            }
        };
    }

    static Alert show(Window owner, Throwable error, String details, Path report) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", COPY, ButtonType.CLOSE);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle("FactDesk");
        alert.setHeaderText("Something went wrong inside FactDesk");
        Label body = new Label("FactDesk hit an error it did not expect: " + Problems.describe(error) + "\n\n"
                + "Your verdicts are saved as you make them. "
                + (report == null ? "The crash report could not be written; use Copy details to keep it."
                : "A crash report was written to " + report + ". Please send it (or Copy details) with a bug report.")
                + "\nIf the window misbehaves now, close FactDesk and start it again.");
        body.setWrapText(true);
        body.setMaxWidth(520);
        alert.getDialogPane().setContent(body);
        TextArea text = new TextArea(details);
        text.setEditable(false);
        text.setWrapText(false);
        text.setPrefRowCount(14);
        text.setAccessibleText("Error details");
        alert.getDialogPane().setExpandableContent(text);
        alert.getDialogPane().setPrefWidth(600);
        alert.getDialogPane().setId("crashDialog");
        Button copy = (Button) alert.getDialogPane().lookupButton(COPY);
        copy.setId("copyCrashDetails");
        copy.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // copying keeps the dialog open
            ClipboardContent content = new ClipboardContent();
            content.putString(details);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
        });
        alert.setOnHidden(e -> SHOWING.set(false));
        alert.show();
        return alert;
    }
}
