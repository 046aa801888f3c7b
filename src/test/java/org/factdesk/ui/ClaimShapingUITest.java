package org.factdesk.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.factdesk.model.Claim;
import org.factdesk.model.VerdictChange;
import org.factdesk.model.VerdictStatus;
import org.factdesk.ui.claims.ClaimListViewModel;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;
import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.ui.FxWait.waitUntil;

/** The reviewer shapes the claims, goes back in a verdict's history and reuses an earlier check, on the demo. */
class ClaimShapingUITest extends DemoWindowUITest {
    @Test
    void addsRewordsSplitsMergesDismissesAndRestoresClaimsThenSortsAndReextracts() throws Exception {
        MainViewModel vm = app.viewModel();
        StyleClassedTextArea text = robot.lookup("#articleText").query();
        String article = vm.currentArticle().orElseThrow().text();
        // A stretch of text that is not a claim yet: the middle of the first paragraph that no claim covers.
        // Part of an existing claim: the reviewer makes a narrower claim of its first words.
        Claim wide = claims.getItems().get(2);
        int[] free = {wide.start(), article.lastIndexOf(' ', wide.start() + 45)};
        robot.interact(() -> {
            text.requestFocus();
            text.selectRange(free[0], free[1]);
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#addClaimKind").tryQuery().isPresent(), 10);
        robot.clickOn(dialogButton("#addClaimDialog", "Add claim"));
        String added = article.substring(free[0], free[1]).strip().replaceAll("\\s+", " ");
        waitUntil(() -> selectedText().equals(added), 20);
        int count = claims.getItems().size();
        assertThat(selected().score()).isEqualTo(1.0);

        robot.interact(() -> claims.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X).release(KeyCode.X, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#splitText").tryQuery().isPresent(), 10);
        robot.clickOn(dialogButton("#splitDialog", "Split here"));
        waitUntil(() -> claims.getItems().size() == count + 1, 20);

        robot.interact(() -> claims.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> claims.getItems().size() == count && vm.claims().dismissed().size() == 1, 20);
        assertThat(selected().start()).isEqualTo(free[0]);

        robot.interact(() -> claims.requestFocus());
        robot.type(KeyCode.F2);
        waitUntil(() -> robot.lookup("#rewordText").tryQuery().isPresent(), 10);
        robot.interact(() -> robot.lookup("#rewordText").queryAs(TextArea.class).setText("The reviewer's wording of it"));
        robot.clickOn(dialogButton("#rewordDialog", "Save wording"));
        waitUntil(() -> selectedText().equals("The reviewer's wording of it"), 20);
        assertThat(claims.getItems()).hasSize(count);

        Claim toDismiss = selected();
        robot.interact(() -> claims.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.DELETE).release(KeyCode.DELETE, KeyCode.CONTROL);
        waitUntil(() -> claims.getItems().size() == count - 1 && vm.claims().dismissed().size() == 2, 20);
        assertThat(claims.getItems()).doesNotContain(toDismiss);
        ToggleButton dismissed = robot.lookup("#showDismissed").queryAs(ToggleButton.class);
        assertThat(dismissed.getText()).isEqualTo("Dismissed (2)");
        robot.clickOn(dismissed);
        waitUntil(() -> claims.getItems().size() == 2, 10);
        robot.interact(() -> vm.claims().selectedProperty().set(
                claims.getItems().stream().filter(c -> c.id().equals(toDismiss.id())).findFirst().orElseThrow()));
        robot.interact(() -> claims.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.DELETE).release(KeyCode.DELETE, KeyCode.CONTROL);
        waitUntil(() -> vm.claims().dismissed().size() == 1, 20);
        robot.clickOn(dismissed);
        waitUntil(() -> claims.getItems().stream().anyMatch(c -> c.id().equals(toDismiss.id())), 10);

        robot.interact(() -> robot.lookup("#claimSort").<ClaimListViewModel.Sort>queryComboBox()
                .setValue(ClaimListViewModel.Sort.SCORE));
        waitUntil(() -> claims.getItems().getFirst().score()
                == claims.getItems().stream().mapToDouble(Claim::score).max().orElseThrow(), 10);
        robot.interact(() -> robot.lookup("#claimSort").<ClaimListViewModel.Sort>queryComboBox()
                .setValue(ClaimListViewModel.Sort.POSITION));
        assertThat(claims.getItems()).isSortedAccordingTo(Comparator.comparingInt(Claim::start));

        Claim kept = claims.getItems().get(1);
        robot.interact(() -> vm.claims().selectedProperty().set(kept));
        waitUntil(() -> kept.equals(vm.verdict().claimProperty().get()), 10);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitUntil(() -> vm.verdict().saveStateProperty().get().startsWith("Saved"), 20);
        robot.type(KeyCode.F5);
        waitUntil(() -> vm.noticeProperty().get().startsWith("Claims found again"), 60);
        assertThat(claims.getItems()).extracting(Claim::text).contains("The reviewer's wording of it");
        assertThat(vm.claims().statusOf(kept)).isEqualTo(VerdictStatus.FALSE);
        assertThat(vm.claims().dismissed()).hasSize(1);
    }

    @Test
    void goesBackToAnyStepRedoesAndReusesAnEarlierCheckInAnotherArticle() throws Exception {
        MainViewModel vm = app.viewModel();
        Claim claim = claims.getItems().stream().filter(c -> c.text().contains("10,000")).findFirst().orElseThrow();
        robot.interact(() -> vm.claims().selectedProperty().set(claim));
        waitUntil(() -> claim.equals(vm.verdict().claimProperty().get()), 10);
        robot.interact(() -> {
            vm.verdict().rationaleProperty().set("Pentagon and State Department both gave about 10,000.");
            vm.review().setStatus(VerdictStatus.VERIFIED);
        });
        waitUntil(() -> vm.verdict().saveStateProperty().get().startsWith("Saved") && vm.verdict().history().size() == 1, 20);
        robot.interact(() -> vm.review().setStatus(VerdictStatus.DISPUTED));
        waitUntil(() -> vm.verdict().history().size() == 2 && vm.verdict().saveStateProperty().get().startsWith("Saved"), 20);

        // "Go back" on the older row of the history: Verified again, as a new step.
        robot.interact(() -> robot.lookup("#verdictTabs").<javafx.scene.control.TabPane>query().getSelectionModel().select(1));
        waitUntil(() -> robot.lookup(".history-back").tryQuery().isPresent(), 10);
        // On a small screen the verdict form scrolls: bring the history into view, as a reviewer would.
        robot.interact(() -> robot.lookup(".verdict-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        robot.clickOn(robot.lookup(".history-back").queryAs(Button.class));
        waitUntil(() -> vm.verdict().history().size() == 3 && vm.verdict().statusProperty().get() == VerdictStatus.VERIFIED, 20);
        assertThat(vm.verdict().history().getFirst().action()).isEqualTo("revert");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> vm.verdict().statusProperty().get() == VerdictStatus.DISPUTED
                && vm.claims().statusOf(claim) == VerdictStatus.DISPUTED, 20);
        Button redo = robot.lookup("#redoVerdict").queryAs(Button.class);
        waitUntil(() -> !redo.isDisabled(), 10);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        try {
            waitUntil(() -> vm.verdict().statusProperty().get() == VerdictStatus.VERIFIED && redo.isDisabled(), 20);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("after redo: " + vm.verdict().statusProperty().get() + " redo disabled " + redo.isDisabled()
                    + " history " + vm.verdict().history().stream().map(VerdictChange::action).toList() + " notice "
                    + vm.noticeProperty().get());
        }
        assertThat(vm.verdict().history()).extracting(VerdictChange::action).startsWith("redo", "undo", "revert");

        String later = "Follow-up report. " + claim.text() + " Officials gave no further details on Friday.";
        robot.interact(() -> vm.opening().openText(later, "Follow-up on the deployment", "Harbour Times", LocalDate.of(2024, 11, 9), ""));
        Label title = robot.lookup("#articleTitle").queryAs(Label.class);
        waitUntil(() -> title.getText().equals("Follow-up on the deployment") && !claims.getItems().isEmpty(), 60);
        Claim repeat = claims.getItems().stream().filter(c -> vm.claims().repeatsCheckedClaim(c)).findFirst().orElseThrow();
        waitUntil(() -> robot.lookup(".prior-marker").queryAllAs(Label.class).stream().anyMatch(Label::isVisible), 10);
        robot.interact(() -> vm.claims().selectedProperty().set(repeat));
        VBox notice = robot.lookup("#priorCheck").queryAs(VBox.class);
        waitUntil(notice::isVisible, 20);
        assertThat(robot.lookup("#priorCheckTitle").queryAs(Label.class).getText())
                .contains("Checked before: Verified");
        assertThat(robot.lookup("#priorCheckArticle").queryAs(Label.class).getText()).contains("Lavrov meets");
        robot.clickOn("#usePriorVerdict");
        waitUntil(() -> vm.verdict().saveStateProperty().get().startsWith("Saved")
                && vm.claims().statusOf(repeat) == VerdictStatus.VERIFIED, 20);
        assertThat(vm.verdict().rationaleProperty().get()).isEqualTo("Pentagon and State Department both gave about 10,000.");
        assertThat(vm.verdict().history().getFirst().action()).isEqualTo("copied");
    }

    private Button dialogButton(String dialogId, String text) {
        return robot.from(robot.lookup(dialogId).queryAll()).lookup((Button b) -> text.equals(b.getText())).queryAs(Button.class);
    }

    private Claim selected() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> app.viewModel().claims().selectedProperty().get()).get();
    }

    private String selectedText() throws Exception {
        Claim c = selected();
        return c == null ? "" : c.text();
    }

}
