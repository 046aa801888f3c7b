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
            new Shortcut("Esc (in rationale or filter)", "Back to the claim list (the note is saved)"),
            new Shortcut("Ctrl+Shift+S", "Cite selected passage as supporting"),
            new Shortcut("Ctrl+Shift+C", "Cite selected passage as contradicting"),
            new Shortcut("Ctrl+E", "Go to the evidence list"),
            new Shortcut("Enter (in evidence)", "Open the source article"),
            new Shortcut("Ctrl+Z", "Undo the last verdict change"),
            new Shortcut("Ctrl+Shift+Z", "Redo what was undone"),
            new Shortcut("Ctrl+Shift+A", "Add the selected article text as a claim"),
            new Shortcut("F2", "Edit the claim's wording"),
            new Shortcut("Ctrl+Shift+X", "Split the claim (at the caret in the article)"),
            new Shortcut("Ctrl+Shift+M", "Merge the two selected claims (or with the next)"),
            new Shortcut("Ctrl+Delete", "Dismiss the claim as not check-worthy / restore it"),
            new Shortcut("F5", "Find the claims again (verdicts kept)"),
            new Shortcut("Ctrl+F", "Filter claims"),
            new Shortcut("Ctrl+K", "Search the archive (Lucene syntax; Esc returns)"),
            new Shortcut("Ctrl+O", "Open article file"),
            new Shortcut("Ctrl+Shift+V", "Paste article"),
            new Shortcut("Ctrl+Shift+O", "Open web address"),
            new Shortcut("Ctrl+I", "Import into archive"),
            new Shortcut("Ctrl+Shift+E", "Export report"),
            new Shortcut("Ctrl+Alt+E", "Export reviews in a date range"),
            new Shortcut("Ctrl+L", "Article library"),
            new Shortcut("Ctrl+,", "Preferences"),
            new Shortcut("F1", "This cheat sheet"));

    private ShortcutsDialog() {
    }

    public static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        // Two columns of pairs, so the sheet fits a laptop screen.
        int half = (SHORTCUTS.size() + 1) / 2;
        for (int i = 0; i < SHORTCUTS.size(); i++) {
            Shortcut s = SHORTCUTS.get(i);
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("shortcut-key");
            int col = i < half ? 0 : 3;
            grid.add(keys, col, i % half);
            grid.add(new Label(s.action()), col + 1, i % half);
        }
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        gap.setMinWidth(20);
        grid.add(gap, 2, 0);
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setId("shortcutsDialog");
        alert.show();
    }
}
