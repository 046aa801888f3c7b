package org.factdesk.ui;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.factdesk.model.Claim;
import org.factdesk.model.Evidence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.ui.FxWait.waitUntil;

/**
 * The whole workbench on a fresh data dir: the demo opens, the reviewer selects the 10,000-soldiers claim,
 * sees evidence, marks it Verified with a note, closes, reopens, and finds the verdict and the note.
 */
class WorkbenchUITest {
    private static final String CLAIM = "10,000 North Korean soldiers";
    private static final String NOTE = "Matches the US intelligence figure reported by two outlets.";

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private FactDeskApp app;

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void marksTheTroopClaimVerifiedWithANoteAndFindsItAfterReopening() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        start(true);

        ListView<Claim> claims = robot.lookup("#claimList").queryListView();
        waitUntil(() -> claims.getItems().stream().anyMatch(c -> c.text().contains(CLAIM)), 120);
        clickClaim(claims);

        ListView<Evidence> evidence = robot.lookup("#evidenceList").queryListView();
        waitUntil(() -> !evidence.getItems().isEmpty(), 60);
        assertThat(evidence.getItems()).isNotEmpty();
        // each passage says how much of the claim's wording it shares, not a raw score
        waitUntil(() -> robot.lookup(".evidence-meta").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().matches(".*\\d+% of the claim's key words")), 30);
        assertThat(robot.lookup(".evidence-meta").queryAllAs(javafx.scene.control.Label.class))
                .noneMatch(l -> l.getText().contains("score"));

        robot.clickOn("#rationale").write(NOTE);
        robot.clickOn("#statusVerified");
        waitUntil(() -> app.viewModel().verdict().saveStateProperty().get().startsWith("Saved"), 30);
        assertThat(app.viewModel().claims().statusOf(selected(claims)).label()).isEqualTo("Verified");

        FxToolkit.cleanupApplication(app);
        app = null;
        assertThat(stage).isNotNull();

        start(true);
        ListView<Claim> claimsAgain = robot.lookup("#claimList").queryListView();
        waitUntil(() -> claimsAgain.getItems().stream().anyMatch(c -> c.text().contains(CLAIM)), 120);
        clickClaim(claimsAgain);
        ToggleButton verified = robot.lookup("#statusVerified").queryAs(ToggleButton.class);
        TextArea rationale = robot.lookup("#rationale").queryAs(TextArea.class);
        waitUntil(() -> verified.isSelected() && NOTE.equals(rationale.getText()), 30);
        assertThat(verified.isSelected()).isTrue();
        assertThat(rationale.getText()).isEqualTo(NOTE);
        assertThat(robot.lookup("#historyList").queryListView().getItems()).isNotEmpty();
    }

    @Test
    void aNewWorkspaceWelcomesTheReviewerAndTheFileMenuOpensTheDemoWorkspace() throws Exception {
        FxToolkit.registerPrimaryStage();
        start(false);
        waitUntil(() -> app.viewModel().phaseProperty().get() == MainViewModel.Phase.READY, 60);
        javafx.scene.control.Label title = robot.lookup("#articleEmptyTitle").queryAs(javafx.scene.control.Label.class);
        waitUntil(() -> title.getText().equals("Welcome to FactDesk") && title.isVisible(), 30);
        assertThat(robot.lookup("#articleEmptyHint").queryAs(javafx.scene.control.Label.class).getText())
                .contains("Ctrl+O").contains("Ctrl+Shift+V").contains("Ctrl+Shift+O");
        assertThat(robot.lookup("#welcomeImport").tryQuery()).isPresent();
        // every link reads whole in the narrow article pane (they wrap rather than end in "…")
        javafx.scene.layout.Pane links = robot.lookup("#welcomeLinks").queryAs(javafx.scene.layout.Pane.class);
        waitUntil(() -> links.getWidth() > 0, 10);
        assertThat(links.getChildren()).isNotEmpty().allSatisfy(n ->
                assertThat(((javafx.scene.control.Labeled) n).isTextTruncated()).as(((javafx.scene.control.Labeled) n).getText())
                        .isFalse());

        robot.clickOn("#welcomeDemo");
        ListView<Claim> claims = robot.lookup("#claimList").queryListView();
        waitUntil(() -> claims.getItems().stream().anyMatch(c -> c.text().contains(CLAIM)), 120);
        assertThat(app.viewModel().workspaceDir()).isEqualTo(dataDir.resolve("demo"));
        waitUntil(() -> robot.lookup("#statusWorkspace").queryAs(javafx.scene.control.Label.class).getText()
                .endsWith("(demo)"), 10);
    }

    private void start(boolean demo) throws Exception {
        FactDeskApp.setDataDir(dataDir);
        FactDeskApp.setPreferencesFile(dataDir.resolve("preferences.properties"));
        FactDeskApp.setDemo(demo);
        app = (FactDeskApp) FxToolkit.setupApplication(FactDeskApp::new);
        FxWait.waitForWorkbench(app);
    }

    /** Scrolls the claim into view and clicks its cell, as a reviewer would. */
    private void clickClaim(ListView<Claim> list) throws Exception {
        Claim target = list.getItems().stream().filter(c -> c.text().contains(CLAIM)).findFirst().orElseThrow();
        robot.interact(() -> list.scrollTo(target));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListCell<Claim> cell = robot.lookup(".claim-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> target.equals(c.getItem())).findFirst().orElseThrow();
        robot.clickOn(cell);
        waitUntil(() -> target.equals(list.getSelectionModel().getSelectedItem())
                && target.equals(app.viewModel().verdict().claimProperty().get()), 30);
    }

    private static Claim selected(ListView<Claim> list) {
        return list.getSelectionModel().getSelectedItem();
    }

}
