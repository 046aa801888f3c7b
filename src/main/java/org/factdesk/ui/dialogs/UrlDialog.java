package org.factdesk.ui.dialogs;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.factdesk.read.web.PageFetcher;

/** "Open web address…": one field, checked as you type; the page is fetched only when the user says Open. */
public final class UrlDialog {
    private UrlDialog() {
    }

    public static Optional<String> ask(Window owner, String suggested) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Open web address");
        d.setHeaderText(null);
        TextField field = new TextField(suggested);
        field.setId("urlField");
        field.setPromptText("https://…");
        field.setPrefColumnCount(48);
        Label hint = new Label("FactDesk fetches this one page, now, and reads it like a saved page. "
                + "Nothing else goes over the network.");
        hint.setWrapText(true);
        hint.getStyleClass().add("empty-hint");
        Label problem = new Label();
        problem.setId("urlProblem");
        problem.getStyleClass().add("form-problem");
        StringBinding check = Bindings.createStringBinding(() -> problem(field.getText()), field.textProperty());
        problem.textProperty().bind(check);
        VBox box = new VBox(8, new Label("Web address of the article"), field, hint, problem);
        box.setPrefWidth(560);
        d.getDialogPane().setContent(box);
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(open).disableProperty().bind(check.isNotEmpty());
        d.setResultConverter(b -> b == open ? field.getText().strip() : null);
        d.setOnShown(e -> field.requestFocus());
        return d.showAndWait();
    }

    /** What is wrong with the address as typed, or "" when it can be fetched (an empty field says nothing yet). */
    static String problem(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return " ";
        }
        return PageFetcher.isUrl(s) ? "" : "Give a whole web address starting with https:// or http://";
    }
}
