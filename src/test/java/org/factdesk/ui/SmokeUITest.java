package org.factdesk.ui;

import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.factdesk.model.Claim;
import org.factdesk.model.VerdictStatus;
import org.factdesk.ui.article.ArticleView;
import org.factdesk.ui.article.ArticleViewModel;
import org.factdesk.ui.claims.ClaimListView;
import org.factdesk.ui.claims.ClaimListViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The article and claim list, headless: selection follows clicks in either. */
@ExtendWith(ApplicationExtension.class)
class SmokeUITest {
    private ClaimListViewModel claims;
    private ArticleView articleView;

    @Start
    void start(Stage stage) {
        claims = new ClaimListViewModel();
        ArticleViewModel article = new ArticleViewModel(claims);
        articleView = new ArticleView(article, () -> { }, () -> { });
        ClaimListView list = new ClaimListView(claims);
        SplitPane split = new SplitPane(articleView, list);
        Scene scene = new Scene(split, 1100, 700);
        scene.getStylesheets().add(FactDeskTheme.stylesheet());
        stage.setScene(scene);
        stage.show();
        article.show(Samples.article());
        claims.show(Samples.claims(), Map.of(Samples.claims().get(1).id(), VerdictStatus.DISPUTED));
    }

    @Test
    void clickingAClaimInTheListSelectsItForTheArticle(FxRobot robot) {
        ListView<Claim> list = robot.lookup("#claimList").queryListView();
        assertThat(list.getItems()).hasSize(3);
        robot.clickOn(robot.lookup(".claim-cell").nth(2).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(claims.selectedProperty().get().text()).startsWith("Up to 8,000");
        assertThat(articleView.textArea().getStyleOfChar(Samples.TEXT.indexOf("8,000") + 1))
                .contains("claim", "selected", "quantity");
    }

    @Test
    void clickingInsideAHighlightedClaimSelectsItInTheList(FxRobot robot) {
        var area = articleView.textArea();
        int offset = Samples.TEXT.indexOf("border");
        var bounds = WaitForAsyncUtils.waitForAsyncFx(5_000,
                () -> area.getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow());
        robot.clickOn(bounds.getMinX() + 2, bounds.getMinY() + bounds.getHeight() / 2);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Claim> list = robot.lookup("#claimList").queryListView();
        assertThat(list.getSelectionModel().getSelectedItem().text()).contains("10,000 soldiers");
        assertThat(area.getStyleOfChar(Samples.TEXT.indexOf("weather"))).isEmpty();
    }
}
