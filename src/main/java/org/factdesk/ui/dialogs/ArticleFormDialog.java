package org.factdesk.ui.dialogs;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** "Paste article…" (text + details) and "Edit article details…" (details only), validated as you type. */
public final class ArticleFormDialog extends Dialog<ArticleFormViewModel> {
    public ArticleFormDialog(Window owner, ArticleFormViewModel vm, String title, String okLabel) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(null);
        setResizable(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        grid.addRow(row++, new Label("Title"), field("formTitle", vm.titleProperty(), "Headline"));
        grid.addRow(row++, new Label("Outlet"), field("formSource", vm.sourceProperty(), "e.g. Northbridge Wire"));
        grid.addRow(row++, new Label("Published"), field("formPublished", vm.publishedProperty(), "YYYY-MM-DD"));
        grid.addRow(row++, new Label("URL"), field("formUrl", vm.urlProperty(), "https://…"));

        VBox box = new VBox(10);
        if (vm.textEditableProperty().get()) {
            TextArea text = new TextArea();
            text.setId("formText");
            text.setWrapText(true);
            text.setPrefRowCount(14);
            text.setPromptText("Paste the article text here");
            text.textProperty().bindBidirectional(vm.textProperty());
            VBox.setVgrow(text, Priority.ALWAYS);
            box.getChildren().addAll(new Label("Article text"), text);
        }
        box.getChildren().add(grid);
        Label problem = new Label();
        problem.setId("formProblem");
        problem.getStyleClass().add("form-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        box.getChildren().add(problem);
        box.setPrefWidth(640);
        getDialogPane().setContent(box);

        ButtonType ok = new ButtonType(okLabel, ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        getDialogPane().lookupButton(ok).disableProperty().bind(vm.validProperty().not());
        setResultConverter(b -> b == ok ? vm : null);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(p);
        return f;
    }
}
