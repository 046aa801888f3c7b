package org.factdesk.ui.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.factdesk.model.VerdictStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The verdict buttons show every label whole: one row when the pane is wide, two when it is narrow. */
class PillRowUITest {
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aNarrowPaneBreaksTheVerdictButtonsIntoTwoRowsAndCutsNoLabel() throws Exception {
        List<ToggleButton> buttons = new ArrayList<>();
        PillRow row = show(buttons, 300);
        assertThat(row.columns()).as("columns at width %s, whole row %s", row.getWidth(), row.prefWidth(-1)).isEqualTo(3);
        assertWhole(buttons);
        assertThat(buttons.get(3).getLayoutY()).isGreaterThan(buttons.get(0).getLayoutY());
        assertThat(buttons.get(2).getStyleClass()).contains("right-pill");
        assertThat(buttons.get(3).getStyleClass()).contains("left-pill");
    }

    @Test
    void aWidePaneKeepsThemInOneRow() throws Exception {
        List<ToggleButton> buttons = new ArrayList<>();
        PillRow row = show(buttons, 1100);
        assertThat(row.columns()).isEqualTo(6);
        assertWhole(buttons);
        assertThat(buttons.get(5).getLayoutY()).isEqualTo(buttons.get(0).getLayoutY());
        assertThat(buttons.get(5).getStyleClass()).contains("right-pill");
    }

    private PillRow show(List<ToggleButton> buttons, double width) throws Exception {
        FxToolkit.registerPrimaryStage();
        PillRow[] made = new PillRow[1];
        FxToolkit.setupStage((Stage stage) -> {
            for (VerdictStatus s : VerdictStatus.values()) {
                ToggleButton b = new ToggleButton(s.label());
                b.getStyleClass().add("status-toggle");
                b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                buttons.add(b);
            }
            made[0] = new PillRow(buttons);
            VBox pane = new VBox(made[0]);
            pane.setPrefWidth(width); // the pane's own width, whatever size an earlier test left the stage at
            pane.setMaxWidth(width);
            Scene scene = new Scene(new javafx.scene.layout.HBox(pane), 1200, 200);
            scene.getStylesheets().add(PillRow.class.getResource("/org/factdesk/ui/factdesk.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        robot.interact(() -> made[0].getScene().getRoot().layout());
        return made[0];
    }

    private static void assertWhole(List<ToggleButton> buttons) {
        for (ToggleButton b : buttons) {
            Text shown = (Text) b.lookup(".text");
            assertThat(shown.getText()).as("label of %s", b.getText()).isEqualTo(b.getText());
        }
    }
}
