package org.factdesk.ui.dialogs;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;

/**
 * Before a ClaimReview export: who publishes the fact-checks and where. Google's Fact Check tools need the
 * page's URL (each review gets {@code URL#claim-<id>}); the organisation is the review's author. Both are
 * remembered per workspace, shared with "Export reviews in a date range…".
 */
public final class PublishDialog {
    /** The organisation and publication URL, stripped; either may be empty. */
    public record Publishing(String organisation, String publicationUrl) {
    }

    private PublishDialog() {
    }

    public static Optional<Publishing> show(Window owner, String organisation, String publicationUrl) {
        Dialog<Publishing> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Publish as ClaimReview");
        d.setHeaderText("Who publishes these fact-checks, and where?");
        d.getDialogPane().setId("publishDialog");
        TextField org = new TextField(organisation);
        org.setId("publishOrganisation");
        org.setPromptText("e.g. Northbridge Fact Check (the reviews' author)");
        TextField url = new TextField(publicationUrl);
        url.setId("publishUrl");
        url.setPromptText("https://… the page where this review is published");
        Label problem = new Label();
        problem.setId("publishProblem");
        problem.getStyleClass().add("form-problem");
        problem.setWrapText(true);
        Label note = new Label();
        note.setId("publishNote");
        note.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), fields);
        grid.addRow(0, new Label("Organisation"), org);
        grid.addRow(1, new Label("Publication URL"), url);
        VBox box = new VBox(12, grid, note, problem);
        box.setPrefWidth(560);
        d.getDialogPane().setContent(box);

        ButtonType next = new ButtonType("Choose file…", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(next, ButtonType.CANCEL);
        Button nextButton = (Button) d.getDialogPane().lookupButton(next);
        Runnable validate = () -> {
            problem.setText(problem(url.getText()));
            note.setText(url.getText().isBlank()
                    ? "Without a URL the reviews have no \"url\": Google's Fact Check tools will not accept them." : "");
        };
        url.textProperty().addListener(o -> validate.run());
        validate.run();
        nextButton.disableProperty().bind(problem.textProperty().isNotEmpty());
        d.setResultConverter(b -> b != next ? null : new Publishing(org.getText().strip(), url.getText().strip()));
        Platform.runLater(url::requestFocus);
        return d.showAndWait();
    }

    /** What is wrong with the URL, or "" when it can be used (empty is allowed). */
    public static String problem(String url) {
        String u = url == null ? "" : url.strip();
        if (!u.isEmpty() && !(u.startsWith("https://") || u.startsWith("http://"))) {
            return "The publication URL must start with https:// (or leave it empty).";
        }
        if (u.contains(" ") || u.contains("#")) {
            return "The publication URL cannot contain spaces or a #fragment (FactDesk adds #claim-… per review).";
        }
        return "";
    }
}
