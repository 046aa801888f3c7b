package org.factdesk.ui.dialogs;

import org.factdesk.ui.keys.KeyBinding;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;


/** The F1 cheat sheet: every line of {@link KeyBinding}, the table the menus and tooltips read too. */
public final class ShortcutsDialog {
    private ShortcutsDialog() {
    }

    public static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        // Two columns of pairs, so the sheet fits a laptop screen.
        KeyBinding[] all = KeyBinding.values();
        int half = (all.length + 1) / 2;
        for (int i = 0; i < all.length; i++) {
            KeyBinding s = all[i];
            Label keys = new Label(s.sheetKeys());
            keys.getStyleClass().add("shortcut-key");
            int col = i < half ? 0 : 3;
            grid.add(keys, col, i % half);
            grid.add(new Label(s.description()), col + 1, i % half);
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
