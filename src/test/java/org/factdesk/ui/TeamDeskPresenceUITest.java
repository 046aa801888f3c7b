package org.factdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.ui.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.store.DeskFixture;
import org.factdesk.store.PgStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The window on a team desk (a real PostgreSQL server) says who else has its article open: "Also reviewing: ravi"
 * appears when a colleague opens it and goes when the colleague leaves.
 */
class TeamDeskPresenceUITest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private FactDeskApp app;

    static final String TEXT = "About 10,000 soldiers have entered the country, officials said. The treaty provides aid.";
    static final Article ARTICLE = new Article(Article.idForText(TEXT), "Troops", TEXT, "Wire", null, "");
    static final String SENTENCE = "About 10,000 soldiers have entered the country, officials said.";
    static final Claim SOLDIERS = new Claim(Claim.idFor(ARTICLE.id(), SENTENCE), ARTICLE.id(), SENTENCE,
            ClaimKind.QUANTITY, 0, SENTENCE.length(), 0.9, null, null, null, null);

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowShowsWhichColleagueAlsoReviewsItsArticle() throws Exception {
        DeskFixture desk = DeskFixture.create("presenceui");
        try (PgStore rita = desk.store(DeskFixture.REVIEWER)) {
            rita.saveArticle(ARTICLE);
            rita.saveClaims(ARTICLE.id(), List.of(SOLDIERS));
            rita.markOpened(ARTICLE.id()); // where rita left off: the window reopens it
        }
        FxToolkit.registerPrimaryStage();
        FactDeskApp.setDataDir(dataDir);
        FactDeskApp.setDemo(false);
        FactDeskApp.setPreferencesFile(dataDir.resolve("preferences.properties"));
        app = (FactDeskApp) FxToolkit.setupApplication(FactDeskApp::new);
        FxWait.waitForWorkbench(app);
        MainViewModel vm = app.viewModel();
        waitUntil(() -> vm.phaseProperty().get() == MainViewModel.Phase.READY, 120);
        robot.interact(() -> vm.teamDesk().connect(desk.url(DeskFixture.REVIEWER).toString(),
                DeskFixture.password(DeskFixture.REVIEWER).toCharArray()));
        waitUntil(() -> vm.teamDesk().connected() && vm.phaseProperty().get() == MainViewModel.Phase.READY && vm.currentArticle().map(a -> a.id().equals(ARTICLE.id())).orElse(false), 60);
        Label label = robot.lookup("#alsoReviewing").queryAs(Label.class);
        assertThat(label.isVisible()).as("nobody else on it yet").isFalse();

        String ravi = desk.login(DeskFixture.REVIEWER2);
        try (PgStore colleague = desk.store(DeskFixture.REVIEWER2)) {
            colleague.markOpened(ARTICLE.id());
            waitUntil(label::isVisible, 5);
            assertThat(label.getText()).isEqualTo("Also reviewing: " + ravi);
        }
        waitUntil(() -> !label.isVisible(), 5); // the colleague closed the desk
        assertThat(vm.alsoReviewingProperty().get()).isEmpty();
    }
}
