package org.factdesk.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.factdesk.model.Claim;
import org.factdesk.model.VerdictStatus;
import org.factdesk.report.ReportFormat;
import org.factdesk.store.ArticleSummary;
import org.factdesk.ui.library.LibraryViewModel;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.ui.FxWait.waitUntil;

/** The desk around the review: article library, date-range export and preferences, on the real workbench. */
class DeskUITest {
    @TempDir
    Path dataDir;
    @TempDir
    Path outDir;

    private final FxRobot robot = new FxRobot();
    private FactDeskApp app;
    private ListView<Claim> claims;

    @BeforeEach
    void startOnDemo() throws Exception {
        FxToolkit.registerPrimaryStage();
        FactDeskApp.setDataDir(dataDir);
        FactDeskApp.setDemo(true);
        FactDeskApp.setPreferencesFile(dataDir.resolve("preferences.properties"));
        start();
    }

    private void start() throws Exception {
        app = (FactDeskApp) FxToolkit.setupApplication(FactDeskApp::new);
        FxWait.waitForWorkbench(app);
        claims = robot.lookup("#claimList").queryListView();
        waitUntil(() -> claims.getItems().size() > 3 && app.viewModel().verdict().claimProperty().get() != null, 120);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        FactDeskTheme.darkProperty().set(false);
    }

    @Test
    void libraryFiltersByStatusOutletDateAndTextAndReopensAtTheLastClaim() throws Exception {
        MainViewModel vm = app.viewModel();
        Claim last = claims.getItems().get(3);
        markSelected(last, VerdictStatus.VERIFIED);
        String later = "The port authority said on Monday that 1,200 containers were held at the border. "
                + "Officials expect the backlog to clear by 2025.";
        robot.interact(() -> vm.opening().openText(later, "Port backlog grows", "Harbour Times", LocalDate.of(2024, 11, 9), ""));
        waitUntil(() -> vm.currentArticle().map(a -> a.title().equals("Port backlog grows")).orElse(false)
                && !claims.getItems().isEmpty(), 60);

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#libraryTable").tryQuery().isPresent(), 20);
        TableView<ArticleSummary> table = robot.lookup("#libraryTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 2, 10);
        ComboBox<LibraryViewModel.Status> status = robot.lookup("#libraryStatus").queryComboBox();
        robot.interact(() -> status.setValue(LibraryViewModel.Status.IN_PROGRESS));
        assertThat(table.getItems()).extracting(s -> s.article().title()).containsExactly(
                "Lavrov meets North Korea's Choe Son Hui as Pyongyang's troops deploy near the front");
        robot.interact(() -> status.setValue(LibraryViewModel.Status.NOT_STARTED));
        assertThat(table.getItems()).extracting(s -> s.article().title()).containsExactly("Port backlog grows");
        robot.interact(() -> status.setValue(null));
        robot.clickOn("#librarySearch").write("Lavrov Pyongyang");
        waitUntil(() -> table.getItems().size() == 1, 5);
        robot.interact(() -> robot.lookup("#librarySearch").queryAs(TextField.class).clear());
        ComboBox<String> outlet = robot.lookup("#libraryOutlet").queryComboBox();
        robot.interact(() -> outlet.setValue("Harbour Times"));
        assertThat(table.getItems()).extracting(s -> s.article().title()).containsExactly("Port backlog grows");
        robot.interact(() -> outlet.setValue(null));
        robot.interact(() -> robot.lookup("#libraryFrom").queryAs(DatePicker.class).setValue(LocalDate.of(2024, 11, 5)));
        assertThat(table.getItems()).extracting(s -> s.article().title()).containsExactly("Port backlog grows");
        robot.interact(() -> robot.lookup("#libraryFrom").queryAs(DatePicker.class).setValue(null));
        waitUntil(() -> table.getItems().size() == 2, 5);
        assertThat(table.getItems()).filteredOn(s -> s.article().title().startsWith("Lavrov"))
                .singleElement().satisfies(s -> assertThat(s.reviewedCount()).isEqualTo(1));

        TableRow<?> seedRow = robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof ArticleSummary s && s.article().title().startsWith("Lavrov"))
                .findFirst().orElseThrow();
        robot.doubleClickOn(seedRow);
        waitUntil(() -> vm.currentArticle().map(a -> a.title().startsWith("Lavrov")).orElse(false)
                && last.id().equals(selectedId()), 60);
        assertThat(vm.claims().statusOf(last)).isEqualTo(VerdictStatus.VERIFIED);
    }

    @Test
    void exportsEveryArticleReviewedInADateRangeAndRemembersTheOrganisation() throws Exception {
        Claim claim = claims.getItems().stream().filter(c -> c.text().contains("10,000")).findFirst().orElseThrow();
        markSelected(claim, VerdictStatus.VERIFIED);
        Path out = outDir.resolve("reviews.jsonld");

        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.E).release(KeyCode.E, KeyCode.ALT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#exportRangeDialog").tryQuery().isPresent(), 20);
        robot.interact(() -> {
            robot.lookup("#rangeFrom").queryAs(DatePicker.class).setValue(LocalDate.now().minusDays(1));
            robot.lookup("#rangeFormat").<ReportFormat>queryComboBox().setValue(ReportFormat.CLAIMREVIEW);
            robot.lookup("#rangeOrganisation").queryAs(TextField.class).setText("Northbridge Fact Check");
            robot.lookup("#rangePublicationUrl").queryAs(TextField.class).setText("https://checks.example/reviews");
            robot.lookup("#rangeOut").queryAs(TextField.class).setText(out.toString());
        });
        robot.clickOn(dialogButton("#exportRangeDialog", "Export"));
        try {
            waitUntil(() -> Files.exists(out) && app.viewModel().noticeProperty().get().startsWith("Report of 1 article"), 60);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no report: notice " + app.viewModel().noticeProperty().get() + "; windows "
                    + javafx.stage.Window.getWindows().stream().map(w -> w.getScene() == null ? "" : String.valueOf(
                    w.getScene().getRoot().lookupAll(".label").stream().map(n -> ((javafx.scene.control.Label) n).getText()).toList())).toList());
        }
        String jsonld = Files.readString(out);
        assertThat(jsonld).contains("ClaimReview").contains("Northbridge Fact Check").contains("https://checks.example/reviews")
                .contains("10,000");

        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.E).release(KeyCode.E, KeyCode.ALT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#rangeOrganisation").tryQuery().isPresent(), 20);
        assertThat(robot.lookup("#rangeOrganisation").queryAs(TextField.class).getText()).isEqualTo("Northbridge Fact Check");
        assertThat(robot.lookup("#rangePublicationUrl").queryAs(TextField.class).getText())
                .isEqualTo("https://checks.example/reviews");
        robot.interact(() -> robot.lookup("#rangePublicationUrl").queryAs(TextField.class).setText("checks.example"));
        assertThat(robot.lookup("#rangeProblem").queryAs(javafx.scene.control.Label.class).getText()).contains("https://");
        robot.clickOn(dialogButton("#exportRangeDialog", "Cancel"));
    }

    @Test
    void preferencesSetReviewerThemeAndFontSizeAndTheLayoutSurvivesARestart() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#preferencesDialog").tryQuery().isPresent(), 20);
        Path otherData = outDir.resolve("other-workspace");
        robot.interact(() -> {
            robot.lookup("#prefReviewer").queryAs(TextField.class).setText("Ana Reviewer");
            robot.lookup("#prefDataDir").queryAs(TextField.class).setText(otherData.toString());
            robot.lookup("#prefTheme").<String>queryComboBox().setValue("Dark");
            robot.lookup("#prefFontSize").<Spinner<Double>>query().getValueFactory().setValue(19.0);
        });
        robot.clickOn(dialogButton("#preferencesDialog", "Save"));
        waitUntil(() -> FactDeskTheme.darkProperty().get(), 10);
        StyleClassedTextArea text = robot.lookup("#articleText").query();
        assertThat(text.getStyle()).contains("19.0px");
        assertThat(robot.lookup("#menuBar").query().getScene().getRoot().getStyleClass()).contains("dark");

        Claim claim = claims.getItems().getFirst();
        markSelected(claim, VerdictStatus.DISPUTED);
        assertThat(app.viewModel().verdict().saveStateProperty().get()).endsWith("by Ana Reviewer");

        SplitPane main = robot.lookup("#mainSplit").query();
        robot.interact(() -> main.setDividerPosition(0, 0.33));
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        String saved = Files.readString(dataDir.resolve("preferences.properties"));
        assertThat(saved).contains("reviewer=Ana Reviewer").contains("theme.dark=true").contains("other-workspace");

        start();
        // Reopened at the claim reviewed last, and its Undo still works: it is a read of the stored history.
        waitUntil(() -> claim.id().equals(selectedId()) && app.viewModel().verdict().canUndoProperty().get(), 30);
        assertThat(robot.lookup("#undoVerdict").queryAs(javafx.scene.control.Button.class).isDisabled()).isFalse();
        SplitPane again = robot.lookup("#mainSplit").query();
        assertThat(again.getDividerPositions()[0]).isCloseTo(0.33, org.assertj.core.data.Offset.offset(0.02));
        assertThat(app.viewModel().verdict().reviewerProperty().get()).isEqualTo("Ana Reviewer");
        assertThat(FactDeskTheme.darkProperty().get()).isTrue();
        // An explicit data dir (as --data-dir) wins over the preference; the preference is for the default start.
        assertThat(app.viewModel().userDataDir()).isEqualTo(dataDir);
        assertThat(app.viewModel().workspaceTextProperty().get()).isEqualTo(dataDir.resolve("demo") + " (demo)");
        assertThat(FactDeskApp.dataDir(UiPreferences.load(dataDir.resolve("preferences.properties"))))
                .isEqualTo(dataDir);
    }

    private void markSelected(Claim claim, VerdictStatus status) throws Exception {
        MainViewModel vm = app.viewModel();
        robot.interact(() -> vm.claims().selectedProperty().set(claim));
        waitUntil(() -> claim.equals(vm.verdict().claimProperty().get()), 10);
        robot.interact(() -> vm.review().setStatus(status));
        waitUntil(() -> vm.verdict().saveStateProperty().get().startsWith("Saved") && vm.claims().statusOf(claim) == status, 20);
    }

    /** The button of an open dialog (the main window has buttons with the same labels). */
    private javafx.scene.control.Button dialogButton(String dialogId, String text) {
        return robot.from(robot.lookup(dialogId).queryAll()).lookup((javafx.scene.control.Button b) -> text.equals(b.getText()))
                .queryAs(javafx.scene.control.Button.class);
    }

    private String selectedId() {
        Claim c = app.viewModel().claims().selectedProperty().get();
        return c == null ? null : c.id();
    }

}
