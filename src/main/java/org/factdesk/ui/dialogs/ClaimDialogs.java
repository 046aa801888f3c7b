package org.factdesk.ui.dialogs;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.factdesk.model.ClaimKind;
import org.factdesk.ui.claims.ClaimFormat;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The small dialogs of shaping claims: the kind of a new claim, its wording, where to split it. */
public final class ClaimDialogs {
    private static final Pattern NUMBER = Pattern.compile("\\d");
    private static final Pattern SPEECH = Pattern.compile("[\"“”]|\\b(said|says|told|stated|according to)\\b");

    private ClaimDialogs() {
    }

    /** The kind a selection most likely is, as the dialog's first choice. */
    public static ClaimKind guessKind(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (SPEECH.matcher(t).find()) {
            return ClaimKind.ATTRIBUTION;
        }
        if (t.contains("treaty") || t.contains("agreement") || t.contains("accord")) {
            return ClaimKind.AGREEMENT;
        }
        return NUMBER.matcher(t).find() ? ClaimKind.QUANTITY : ClaimKind.ASSERTION;
    }

    /** Asks for the kind of a claim made from the selected text. */
    public static Optional<ClaimKind> askKind(Window owner, String selectedText) {
        Dialog<ClaimKind> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Add claim");
        d.setHeaderText("Add the selected text as a claim");
        d.getDialogPane().setId("addClaimDialog");
        Label quote = new Label("“" + ClaimFormat.excerpt(selectedText, 300) + "”");
        quote.setWrapText(true);
        quote.getStyleClass().add("dialog-quote");
        ComboBox<ClaimKind> kind = new ComboBox<>();
        kind.setId("addClaimKind");
        kind.getItems().addAll(ClaimKind.values());
        kind.setCellFactory(lv -> kindCell());
        kind.setButtonCell(kindCell());
        kind.setValue(guessKind(selectedText));
        VBox box = new VBox(10, quote, new Label("Kind of claim"), kind);
        box.setPrefWidth(460);
        d.getDialogPane().setContent(box);
        ButtonType add = new ButtonType("Add claim", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(add, ButtonType.CANCEL);
        d.setResultConverter(b -> b == add ? kind.getValue() : null);
        Platform.runLater(kind::requestFocus);
        return d.showAndWait();
    }

    private static ListCell<ClaimKind> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ClaimKind k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty || k == null ? null : k.label());
            }
        };
    }

    /** Asks for the published wording of a claim; the original sentence is shown for reference. */
    public static Optional<String> askWording(Window owner, String wording, String original) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Edit wording");
        d.setHeaderText("The claim as it will be published");
        d.getDialogPane().setId("rewordDialog");
        TextArea text = new TextArea(wording);
        text.setId("rewordText");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        VBox.setVgrow(text, Priority.ALWAYS);
        Label in = new Label("In the article: “" + ClaimFormat.excerpt(original, 400) + "”");
        in.setWrapText(true);
        in.getStyleClass().add("dialog-quote");
        VBox box = new VBox(10, text, in);
        box.setPrefWidth(520);
        d.getDialogPane().setContent(box);
        ButtonType save = new ButtonType("Save wording", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(save).disableProperty().bind(text.textProperty().map(String::isBlank));
        d.setResultConverter(b -> b == save ? text.getText() : null);
        Platform.runLater(text::requestFocus);
        return d.showAndWait();
    }

    /** Asks where to split a claim's text: returns the offset into {@code spanText} where the second part starts. */
    public static Optional<Integer> askSplitPoint(Window owner, String spanText) {
        Dialog<Integer> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Split claim");
        d.setHeaderText("Place the caret where the second claim begins");
        d.getDialogPane().setId("splitDialog");
        TextArea text = new TextArea(spanText);
        text.setId("splitText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(4);
        int middle = spanText.indexOf(' ', spanText.length() / 2);
        text.positionCaret(middle < 0 ? spanText.length() / 2 : middle + 1);
        VBox box = new VBox(10, text);
        box.setPrefWidth(520);
        d.getDialogPane().setContent(box);
        ButtonType split = new ButtonType("Split here", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(split, ButtonType.CANCEL);
        d.setResultConverter(b -> b == split ? text.getCaretPosition() : null);
        Platform.runLater(text::requestFocus);
        return d.showAndWait();
    }
}
