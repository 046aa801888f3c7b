package org.factdesk.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.VerdictStatus;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.ui.FxWait.waitUntil;

/**
 * The seed article reviewed from its first claim to its last with the keyboard alone (a verdict on every
 * claim, rationales typed on some), then the claim list narrowed with its filters (text, status, kind,
 * score) and sorted; the article text shows each claim in its verdict's colour.
 */
class KeyboardReviewUITest extends DemoWindowUITest {
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5};
    private static final VerdictStatus[] STATUSES = {VerdictStatus.VERIFIED, VerdictStatus.DISPUTED, VerdictStatus.FALSE,
            VerdictStatus.MISLEADING, VerdictStatus.UNVERIFIABLE};


    @Test
    void reviewsEverySeedClaimFromFirstToLastWithTheKeyboardThenFiltersTheList() throws Exception {
        MainViewModel vm = app.viewModel();
        List<Claim> seed = List.copyOf(claims.getItems());
        Map<Claim, VerdictStatus> given = new HashMap<>();
        robot.interact(() -> claims.requestFocus());
        for (int i = 0; i < seed.size(); i++) {
            Claim c = seed.get(i);
            int index = i;
            try {
                waitUntil(() -> claims.getSelectionModel().getSelectedIndex() == index
                        && c.equals(vm.verdict().claimProperty().get()), 20);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("claim " + index + " not reached: selected " + claims.getSelectionModel().getSelectedIndex()
                        + ", focus " + claims.getScene().getFocusOwner(), e);
            }
            VerdictStatus status = STATUSES[i % STATUSES.length];
            robot.press(KeyCode.CONTROL, DIGITS[i % DIGITS.length]).release(DIGITS[i % DIGITS.length], KeyCode.CONTROL);
            waitUntil(() -> vm.verdict().statusProperty().get() == status && vm.claims().statusOf(c) == status
                    && vm.verdict().saveStateProperty().get().startsWith("Saved"), 20);
            given.put(c, status);
            if (i % 3 == 0) {
                // Ctrl+R to the rationale, type, Alt+Down straight on (the note is saved on the way), Esc back to
                // the list so that J and K walk the claims again.
                robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
                waitUntil(() -> robot.lookup("#rationale").query().isFocused(), 10);
                robot.write("Note " + i);
                robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
                robot.type(KeyCode.ESCAPE);
                waitUntil(claims::isFocused, 10);
            } else {
                robot.type(KeyCode.J);
            }
        }
        // At the last claim, next stays there.
        waitUntil(() -> claims.getSelectionModel().getSelectedIndex() == seed.size() - 1, 20);
        Label progress = robot.lookup("#reviewProgress").queryAs(Label.class);
        waitUntil(() -> progress.getText().equals(seed.size() + " of " + seed.size() + " reviewed"), 20);

        // The notes were saved: back on the first claim (K to the top), its note is loaded from the store.
        robot.interact(() -> claims.requestFocus());
        for (int i = 0; i < seed.size(); i++) {
            robot.type(KeyCode.K);
        }
        waitUntil(() -> seed.getFirst().equals(vm.verdict().claimProperty().get())
                && vm.verdict().rationaleProperty().get().equals("Note 0"), 20);
        Claim fourth = seed.get(3);
        robot.interact(() -> vm.claims().selectedProperty().set(fourth));
        waitUntil(() -> fourth.equals(vm.verdict().claimProperty().get())
                && vm.verdict().rationaleProperty().get().equals("Note 3"), 20);

        // Each claim is coloured by its verdict in the article.
        StyleClassedTextArea text = robot.lookup("#articleText").query();
        for (Claim c : seed) {
            int middle = (c.start() + c.end()) / 2;
            String expected = "status-" + given.get(c).name().toLowerCase(java.util.Locale.ROOT);
            assertThat(WaitForAsyncUtils.asyncFx(() -> text.getStyleAtPosition(middle)).get())
                    .as("style of claim at %d", c.start()).contains(expected);
        }

        // Filters: text (Ctrl+F), status, kind, score; then back to everything, sorted by score.
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        TextField filter = robot.lookup("#claimFilter").queryAs(TextField.class);
        waitUntil(filter::isFocused, 10);
        robot.write("Lavrov");
        waitUntil(() -> !claims.getItems().isEmpty() && claims.getItems().size() < seed.size(), 10);
        assertThat(claims.getItems()).allSatisfy(c -> assertThat(c.text() + " " + c.speaker()).containsIgnoringCase("lavrov"));
        robot.interact(() -> filter.setText(""));
        waitUntil(() -> claims.getItems().size() == seed.size(), 10);
        robot.type(KeyCode.ESCAPE);
        waitUntil(claims::isFocused, 10);

        ComboBox<VerdictStatus> status = robot.lookup("#statusFilter").queryComboBox();
        robot.interact(() -> status.setValue(VerdictStatus.FALSE));
        assertThat(claims.getItems()).containsExactlyElementsOf(
                seed.stream().filter(c -> given.get(c) == VerdictStatus.FALSE).toList());
        robot.interact(() -> status.setValue(null));

        ComboBox<ClaimKind> kind = robot.lookup("#kindFilter").queryComboBox();
        ClaimKind someKind = seed.getFirst().kind();
        robot.interact(() -> kind.setValue(someKind));
        assertThat(claims.getItems()).isNotEmpty().allSatisfy(c -> assertThat(c.kind()).isEqualTo(someKind));
        robot.interact(() -> kind.setValue(null));

        ComboBox<Double> score = robot.lookup("#scoreFilter").queryComboBox();
        robot.interact(() -> score.setValue(0.5));
        assertThat(claims.getItems()).containsExactlyElementsOf(seed.stream().filter(c -> c.score() >= 0.5).toList());
        assertThat(WaitForAsyncUtils.asyncFx(() -> score.getButtonCell().getText()).get()).isEqualTo("Score ≥ 50%");
        robot.interact(() -> score.setValue(null));

        ComboBox<?> sort = robot.lookup("#claimSort").queryComboBox();
        robot.interact(() -> vm.claims().sortProperty().set(org.factdesk.ui.claims.ClaimListViewModel.Sort.SCORE));
        assertThat(claims.getItems()).hasSize(seed.size())
                .isSortedAccordingTo(java.util.Comparator.comparingDouble(Claim::score).reversed());
        assertThat(sort.getValue()).isEqualTo(org.factdesk.ui.claims.ClaimListViewModel.Sort.SCORE);
    }

}
