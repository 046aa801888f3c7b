package org.factdesk.ui.dialogs;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.factdesk.report.ReportFormat;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * "Export reviews in a date range…": one report over every article with a verdict change between two days,
 * with the publishing organisation and URL that ClaimReview needs (remembered per workspace).
 */
public final class ExportRangeDialog {
    /** The reviewer's choice. */
    public record Request(LocalDate from, LocalDate to, ReportFormat format, String organisation, String publicationUrl,
                          Path out) {
    }

    private ExportRangeDialog() {
    }

    public static Optional<Request> show(Window owner, String organisation, String publicationUrl, Path folder) {
        Dialog<Request> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Export reviews in a date range");
        d.setHeaderText("One report of every article reviewed between two days");
        d.getDialogPane().setId("exportRangeDialog");

        LocalDate today = LocalDate.now();
        DatePicker from = new DatePicker(today.withDayOfMonth(1));
        from.setId("rangeFrom");
        DatePicker to = new DatePicker(today);
        to.setId("rangeTo");
        ComboBox<ReportFormat> format = new ComboBox<>();
        format.setId("rangeFormat");
        format.getItems().addAll(ReportFormat.values());
        format.setCellFactory(lv -> formatCell());
        format.setButtonCell(formatCell());
        format.setValue(ReportFormat.HTML);
        TextField org = new TextField(organisation);
        org.setId("rangeOrganisation");
        org.setPromptText("e.g. Northbridge Fact Check (ClaimReview author)");
        TextField url = new TextField(publicationUrl);
        url.setId("rangePublicationUrl");
        url.setPromptText("https://… where the fact-checks are published");
        TextField out = new TextField();
        out.setId("rangeOut");
        HBox.setHgrow(out, Priority.ALWAYS);
        // The file name follows the dates and format until the reviewer types or chooses one.
        boolean[] suggesting = {false};
        boolean[] chosenByReviewer = {false};
        out.textProperty().addListener(o -> chosenByReviewer[0] |= !suggesting[0]);
        Runnable suggest = () -> {
            if (!chosenByReviewer[0] && from.getValue() != null && to.getValue() != null && format.getValue() != null) {
                Path dir = folder != null ? folder : Path.of(System.getProperty("user.home"));
                suggesting[0] = true;
                out.setText(dir.resolve("factdesk-reviews-" + from.getValue() + "-to-" + to.getValue() + "."
                        + format.getValue().fileExtension()).toString());
                suggesting[0] = false;
            }
        };
        suggest.run();
        from.valueProperty().addListener(o -> suggest.run());
        to.valueProperty().addListener(o -> suggest.run());
        format.valueProperty().addListener(o -> suggest.run());
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save the report");
            Path current = Path.of(out.getText().isBlank() ? "report" : out.getText());
            if (current.getParent() != null && current.getParent().toFile().isDirectory()) {
                chooser.setInitialDirectory(current.getParent().toFile());
            }
            chooser.setInitialFileName(current.getFileName().toString());
            File f = chooser.showSaveDialog(d.getDialogPane().getScene().getWindow());
            if (f != null) {
                out.setText(f.getAbsolutePath());
            }
        });
        Label problem = new Label();
        problem.setId("rangeProblem");
        problem.getStyleClass().add("form-problem");
        problem.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, new Label("Reviewed from"), new HBox(8, from, new Label("to"), to));
        grid.addRow(1, new Label("Format"), format);
        grid.addRow(2, new Label("Organisation"), org);
        grid.addRow(3, new Label("Publication URL"), url);
        grid.addRow(4, new Label("Save to"), new HBox(6, out, choose));
        VBox box = new VBox(12, grid, problem);
        box.setPrefWidth(620);
        d.getDialogPane().setContent(box);

        ButtonType export = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        Button exportButton = (Button) d.getDialogPane().lookupButton(export);
        Runnable validate = () -> problem.setText(problem(from.getValue(), to.getValue(), url.getText(), out.getText()));
        from.valueProperty().addListener(o -> validate.run());
        to.valueProperty().addListener(o -> validate.run());
        url.textProperty().addListener(o -> validate.run());
        out.textProperty().addListener(o -> validate.run());
        validate.run();
        exportButton.disableProperty().bind(problem.textProperty().isNotEmpty());
        d.setResultConverter(b -> b != export ? null : new Request(from.getValue(), to.getValue(), format.getValue(),
                org.getText().strip(), url.getText().strip(), Path.of(out.getText().strip())));
        Platform.runLater(from::requestFocus);
        return d.showAndWait();
    }

    /** What is wrong with the request, or "" when it can be exported. */
    static String problem(LocalDate from, LocalDate to, String url, String out) {
        if (from == null || to == null) {
            return "Choose both days (the range includes them).";
        }
        if (to.isBefore(from)) {
            return "The end day is before the start day.";
        }
        String urlProblem = PublishDialog.problem(url); // the same rule as when publishing one article
        if (!urlProblem.isEmpty()) {
            return urlProblem;
        }
        if (out == null || out.isBlank()) {
            return "Choose where to save the report.";
        }
        return "";
    }

    private static ListCell<ReportFormat> formatCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ReportFormat f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.label());
            }
        };
    }
}
