package org.factdesk.ui.dialogs;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.List;

/** The F1 cheat sheet. */
public final class ShortcutsDialog {
    public record Shortcut(String keys, String action) {
    }

    public static final List<Shortcut> SHORTCUTS = List.of(
            new Shortcut("J  or  Alt+Down", "Next claim"),
            new Shortcut("K  or  Alt+Up", "Previous claim"),
            new Shortcut("Ctrl+1", "Verified"),
            new Shortcut("Ctrl+2", "Disputed"),
            new Shortcut("Ctrl+3", "False"),
            new Shortcut("Ctrl+4", "Misleading"),
            new Shortcut("Ctrl+5", "Unverifiable"),
            new Shortcut("Ctrl+0", "Back to Unreviewed"),
            new Shortcut("Ctrl+R", "Write the rationale"),
            new Shortcut("Ctrl+Shift+S", "Cite selected passage as supporting"),
            new Shortcut("Ctrl+Shift+C", "Cite selected passage as contradicting"),
            new Shortcut("Ctrl+E", "Go to the evidence list"),
            new Shortcut("Enter (in evidence)", "Open the source article"),
            new Shortcut("Ctrl+Z", "Undo the last verdict change"),
            new Shortcut("Ctrl+F", "Filter claims"),
            new Shortcut("Ctrl+K", "Search the archive (Lucene syntax; Esc returns)"),
            new Shortcut("Ctrl+O", "Open article file"),
            new Shortcut("Ctrl+Shift+V", "Paste article"),
            new Shortcut("Ctrl+I", "Import into archive"),
            new Shortcut("Ctrl+Shift+E", "Export report"),
            new Shortcut("F1", "This cheat sheet"));

    private ShortcutsDialog() {
    }

    public static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        int row = 0;
        for (Shortcut s : SHORTCUTS) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("shortcut-key");
            grid.addRow(row++, keys, new Label(s.action()));
        }
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setId("shortcutsDialog");
        alert.show();
    }
}
