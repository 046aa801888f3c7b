package org.factdesk.ui.dialogs;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** Preferences (Ctrl+,): reviewer name, data folder for the next start, theme, article font size. */
public final class PreferencesDialog {
    /** What the reviewer chose; {@code dataDir} null means the default folder. */
    public record Choice(String reviewer, Path dataDir, boolean dark, double fontSize) {
    }

    private PreferencesDialog() {
    }

    public static Optional<Choice> show(Window owner, Choice current, Path currentWorkspace, Path prefsFile) {
        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Preferences");
        d.setHeaderText(null);
        d.getDialogPane().setId("preferencesDialog");

        TextField reviewer = new TextField(current.reviewer());
        reviewer.setId("prefReviewer");
        reviewer.setPromptText("Your name, as saved with each verdict");
        TextField dataDir = new TextField(current.dataDir() == null ? "" : current.dataDir().toString());
        dataDir.setId("prefDataDir");
        dataDir.setPromptText("Default folder");
        HBox.setHgrow(dataDir, Priority.ALWAYS);
        Button browse = new Button("Choose…");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Data folder for FactDesk");
            File f = chooser.showDialog(d.getDialogPane().getScene().getWindow());
            if (f != null) {
                dataDir.setText(f.getAbsolutePath());
            }
        });
        HBox dirRow = new HBox(6, dataDir, browse);
        Label dirNote = new Label("Takes effect at the next start (unless started with --data-dir). Now: " + currentWorkspace);
        dirNote.getStyleClass().add("pane-subtitle");
        dirNote.setWrapText(true);
        ComboBox<String> theme = new ComboBox<>();
        theme.setId("prefTheme");
        theme.getItems().addAll("Light", "Dark");
        theme.setValue(current.dark() ? "Dark" : "Light");
        Spinner<Double> font = new Spinner<>(9.0, 32.0, current.fontSize(), 1.0);
        font.setId("prefFontSize");
        font.setEditable(true);
        font.setPrefWidth(90);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, new Label("Reviewer name"), reviewer);
        grid.addRow(1, new Label("Data folder"), dirRow);
        grid.add(dirNote, 1, 2);
        grid.addRow(3, new Label("Theme"), theme);
        grid.addRow(4, new Label("Article text size"), font);
        Label where = new Label("Stored in " + prefsFile);
        where.getStyleClass().add("pane-subtitle");
        where.setWrapText(true);
        VBox box = new VBox(14, grid, where);
        box.setPrefWidth(560);
        d.getDialogPane().setContent(box);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        d.setResultConverter(b -> {
            if (b != save) {
                return null;
            }
            String dir = dataDir.getText().strip();
            return new Choice(reviewer.getText().strip(), dir.isEmpty() ? null : Path.of(dir), "Dark".equals(theme.getValue()),
                    font.getValue() == null ? current.fontSize() : font.getValue());
        });
        return d.showAndWait();
    }
}
