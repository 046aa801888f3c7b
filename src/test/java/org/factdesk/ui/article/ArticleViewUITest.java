package org.factdesk.ui.article;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.factdesk.model.Article;
import org.factdesk.ui.FactDeskTheme;
import org.factdesk.ui.claims.ClaimListViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The article as a reader sees it, headless. */
@ExtendWith(ApplicationExtension.class)
class ArticleViewUITest {
    private ArticleView view;
    private ArticleViewModel model;

    @Start
    void start(Stage stage) {
        ArticleViewModel article = new ArticleViewModel(new ClaimListViewModel());
        model = article;
        view = new ArticleView(article, () -> { }, () -> { });
        Scene scene = new Scene(view, 700, 500);
        scene.getStylesheets().add(FactDeskTheme.stylesheet());
        stage.setScene(scene);
        stage.show();
        article.show(new Article("t1", "Floods", "Rescue teams reached the village on Tuesday.\n\n"
                + "One official said 3,000 people had been evacuated.\n \nOthers said they had no warning.", "",
                LocalDate.of(2024, 11, 4), ""));
    }

    @Test
    void blankLinesBetweenParagraphsDoNotWidenTheGap(FxRobot robot) {
        var area = view.textArea();
        assertThat(area.getParagraph(1).getParagraphStyle()).containsExactly("blank");
        assertThat(area.getParagraph(3).getParagraphStyle()).containsExactly("blank");
        assertThat(area.getParagraph(2).getParagraphStyle()).isEmpty();
        // what the reader sees: a blank line is a sliver, a line of text is a full line
        Set<Node> blank = robot.lookup(".paragraph-text.blank").queryAll();
        Node line = robot.lookup(".paragraph-text").match(n -> !n.getStyleClass().contains("blank")).query();
        assertThat(blank).isNotEmpty().allSatisfy(n -> assertThat(n.getBoundsInLocal().getHeight())
                .isLessThan(line.getBoundsInLocal().getHeight() / 4));
        // the text itself is untouched: offsets of claims still point into the article as stored
        assertThat(area.getText()).isEqualTo("Rescue teams reached the village on Tuesday.\n\n"
                + "One official said 3,000 people had been evacuated.\n \nOthers said they had no warning.");
        assertThat(area.getParagraphs()).hasSize(5);
    }

    @Test
    void aCaptionReadsAsACaptionAndTheHeaderNamesTheBylineOutletAndDates(FxRobot robot) {
        String text = "Rescue teams reached the village on Tuesday.\n\nA flooded street in the village on Tuesday.\n\n"
                + "One official said 3,000 people had been evacuated.";
        int start = text.indexOf("A flooded");
        Article a = new Article("t2", "Floods", text, "Valley Courier", LocalDate.of(2024, 11, 4), "",
                "Jane Roe", LocalDate.of(2024, 11, 5), "en",
                java.util.List.of(new org.factdesk.model.Span(start, start + "A flooded street in the village on Tuesday.".length())));
        robot.interact(() -> model.show(a));
        var area = view.textArea();
        assertThat(area.getParagraph(2).getParagraphStyle()).containsExactly("caption");
        assertThat(area.getParagraph(0).getParagraphStyle()).isEmpty();
        assertThat(area.getParagraph(4).getParagraphStyle()).isEmpty();
        javafx.scene.control.Label meta = robot.lookup("#articleMeta").queryAs(javafx.scene.control.Label.class);
        assertThat(meta.getText()).startsWith("By Jane Roe · Valley Courier · ").contains("(updated ");
    }
}
