package org.factdesk.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.factdesk.model.CitedEvidence;
import org.factdesk.model.Claim;
import org.factdesk.model.EvidenceRole;
import org.factdesk.model.VerdictStatus;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.ui.FxWait.waitUntil;

/** Keyboard-first review, citing evidence and pasting an article, on the real workbench with the demo. */
class ReviewWorkflowUITest extends DemoWindowUITest {
    @Test
    void reviewsWithTheKeyboardAndUndoesTheLastVerdictChange() throws Exception {
        robot.interact(() -> claims.requestFocus());
        robot.type(KeyCode.J);
        waitUntil(() -> claims.getSelectionModel().getSelectedIndex() == 1, 10);
        robot.type(KeyCode.J);
        robot.type(KeyCode.K);
        waitUntil(() -> claims.getSelectionModel().getSelectedIndex() == 1, 10);
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        waitUntil(() -> claims.getSelectionModel().getSelectedIndex() == 2, 10);
        Claim claim = claims.getSelectionModel().getSelectedItem();
        waitUntil(() -> claim.equals(app.viewModel().verdict().claimProperty().get()), 10);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> savedAs(claim, VerdictStatus.DISPUTED), 20);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> savedAs(claim, VerdictStatus.VERIFIED), 20);
        assertThat(robot.lookup(".claim-cell .status-verified").queryAs(Label.class).getText()).isEqualTo("Verified");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> app.viewModel().verdict().statusProperty().get() == VerdictStatus.DISPUTED
                && app.viewModel().claims().statusOf(claim) == VerdictStatus.DISPUTED, 20);
        assertThat(app.viewModel().verdict().history()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(app.viewModel().verdict().history().getFirst().action()).isEqualTo("undo");

        robot.type(KeyCode.F1);
        waitUntil(() -> robot.lookup("#shortcutsDialog").tryQuery().isPresent(), 10);
        assertThat(robot.lookup(".shortcut-key").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Ctrl+1", "Ctrl+Z");
    }

    @Test
    void citesTheSelectedPassageAsSupporting() throws Exception {
        ListView<?> evidence = robot.lookup("#evidenceList").queryListView();
        waitUntil(() -> !evidence.getItems().isEmpty() && firstEvidenceCell() != null, 60);
        robot.clickOn(firstEvidenceCell());
        waitUntil(() -> evidence.getSelectionModel().getSelectedIndex() == 0, 10);
        robot.clickOn("#attachSupport");
        ListView<CitedEvidence> cited = robot.lookup("#citedList").queryListView();
        waitUntil(() -> cited.getItems().size() == 1
                && app.viewModel().verdict().saveStateProperty().get().startsWith("Saved"), 20);
        assertThat(cited.getItems().getFirst().role()).isEqualTo(EvidenceRole.SUPPORTS);
        assertThat(app.viewModel().verdict().history().getFirst().action()).isEqualTo("evidence");
    }

    @Test
    void pastedArticleOpensWithItsTitleAndClaims() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#formText").tryQuery().isPresent(), 10);
        robot.clickOn("#formText").write("The city council said on Monday that 4,500 new homes will be built by 2027. "
                + "Critics said the plan would cost at least $300 million more than promised.");
        robot.clickOn("#formTitle").write("Council housing plan");
        robot.clickOn("#formPublished").write("2024-13-01");
        assertThat(robot.lookup("#formProblem").queryAs(Label.class).getText()).contains("YYYY-MM-DD");
        robot.doubleClickOn("#formPublished").eraseText(10).write("2024-03-04");
        assertThat(robot.lookup("#formProblem").queryAs(Label.class).getText()).isEmpty();
        robot.clickOn("Open");
        Label title = robot.lookup("#articleTitle").queryAs(Label.class);
        waitUntil(() -> title.getText().equals("Council housing plan") && !claims.getItems().isEmpty(), 60);
        assertThat(claims.getItems()).anyMatch(c -> c.text().contains("4,500"));
    }

    /** The laid-out cell showing the top-ranked passage, or null while the list is still being laid out. */
    private javafx.scene.control.ListCell<?> firstEvidenceCell() {
        return robot.lookup(".evidence-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getIndex() == 0 && c.getItem() != null && c.isVisible()).findFirst().orElse(null);
    }

    private boolean savedAs(Claim claim, VerdictStatus status) {
        var v = app.viewModel().verdict();
        return v.statusProperty().get() == status && v.saveStateProperty().get().startsWith("Saved")
                && app.viewModel().claims().statusOf(claim) == status;
    }

}
