package org.factdesk.ui.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factdesk.model.Claim;
import org.factdesk.model.Verdict;
import org.factdesk.ui.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The confidence stars work from the keyboard and tell assistive technology what they are and hold. */
@ExtendWith(ApplicationExtension.class)
class ConfidenceKeyboardUITest {
    private final VerdictViewModel vm = new VerdictViewModel();
    private final List<Integer> saved = new java.util.ArrayList<>();

    @Start
    void start(Stage stage) {
        VerdictView view = new VerdictView(vm, new VerdictView.HistoryActions() {
            @Override
            public void undo() {
            }

            @Override
            public void redo() {
            }

            @Override
            public void revertTo(org.factdesk.model.VerdictChange change) {
            }
        });
        vm.setSaver((v, action) -> saved.add(v.confidence()));
        Claim claim = Samples.claims().get(0);
        vm.show(claim, Verdict.unreviewed(claim.id()), List.of());
        stage.setScene(new Scene(view, 600, 600));
        stage.show();
    }

    @Test
    void arrowsDigitsHomeAndEndSetTheConfidenceAndEachChangeIsSaved(FxRobot robot) {
        ConfidenceRating rating = robot.lookup("#confidence").queryAs(ConfidenceRating.class);
        assertThat(rating.isFocusTraversable()).as("reachable with Tab").isTrue();
        robot.interact(rating::requestFocus);

        robot.type(KeyCode.RIGHT, 3);
        assertThat(vm.confidenceProperty().get()).isEqualTo(3);
        robot.type(KeyCode.LEFT);
        assertThat(vm.confidenceProperty().get()).isEqualTo(2);
        robot.type(KeyCode.DIGIT5);
        assertThat(vm.confidenceProperty().get()).isEqualTo(5);
        robot.type(KeyCode.RIGHT);
        assertThat(vm.confidenceProperty().get()).as("never above 5").isEqualTo(5);
        robot.type(KeyCode.HOME);
        assertThat(vm.confidenceProperty().get()).as("Home clears").isZero();
        robot.type(KeyCode.LEFT);
        assertThat(vm.confidenceProperty().get()).as("never below 0").isZero();
        robot.type(KeyCode.END);
        assertThat(vm.confidenceProperty().get()).isEqualTo(5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(saved).containsSubsequence(3, 2, 5, 0, 5);
    }

    @Test
    void screenReadersHearASliderNamedConfidenceWithItsValue(FxRobot robot) {
        ConfidenceRating rating = robot.lookup("#confidence").queryAs(ConfidenceRating.class);
        robot.interact(() -> vm.confidenceProperty().set(4));
        assertThat(rating.getAccessibleRole()).isEqualTo(AccessibleRole.SLIDER);
        assertThat(rating.getAccessibleText()).isEqualTo("Confidence");
        assertThat(rating.queryAccessibleAttribute(AccessibleAttribute.VALUE)).isEqualTo(4.0);
        assertThat(rating.queryAccessibleAttribute(AccessibleAttribute.MAX_VALUE)).isEqualTo(5.0);
        assertThat(rating.queryAccessibleAttribute(AccessibleAttribute.TEXT)).isEqualTo("Confidence 4 of 5");
        robot.interact(() -> rating.executeAccessibleAction(javafx.scene.AccessibleAction.DECREMENT));
        assertThat(vm.confidenceProperty().get()).isEqualTo(3);
    }
}
