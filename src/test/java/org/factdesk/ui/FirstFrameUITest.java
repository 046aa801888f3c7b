package org.factdesk.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.text.Text;
import org.factdesk.app.DemoWorkspace;
import org.factdesk.model.Article;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.ui.FxWait.waitUntil;

/** The window's light first frame (docs/startup.md) and its hand-over to the workbench. */
class FirstFrameUITest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();

    @Test
    void firstFrameShowsTheArticleWithoutAnyControl() throws Exception {
        FxToolkit.registerPrimaryStage();
        Article seed = DemoWorkspace.seedArticle();
        Parent root = WaitForAsyncUtils.asyncFx(() -> {
            Parent r = FirstFrame.of(seed, false, 15, 0.4);
            new Scene(r, 1200, 800).getRoot().applyCss();
            r.layout();
            return r;
        }).get();

        List<String> texts = new ArrayList<>();
        List<Node> controls = new ArrayList<>();
        walk(root, texts, controls);
        String firstParagraph = seed.text().strip().split("\\R")[0].strip();
        assertThat(texts).contains(seed.displayTitle(), firstParagraph, "Opening workspace…");
        assertThat(texts).anyMatch(t -> t.contains("November 1, 2024"));
        // Controls would pull in a stylesheet and their skins: the very cost the first frame is there to avoid.
        assertThat(controls).isEmpty();
    }

    @Test
    void aLongArticleLaysOutOnlyWhatAWindowCanShow() throws Exception {
        FxToolkit.registerPrimaryStage();
        String paragraph = "A paragraph of a very long report that goes on and on about many figures. ".repeat(10);
        Article longOne = new Article("long", "A long report", (paragraph + "\n").repeat(5_000), "Wire", null, "");
        Parent root = WaitForAsyncUtils.asyncFx(() -> FirstFrame.of(longOne, true, 15, 0.4)).get();

        List<String> texts = new ArrayList<>();
        walk(root, texts, new ArrayList<>());
        int characters = texts.stream().mapToInt(String::length).sum();
        assertThat(characters).isBetween(FirstFrame.MAX_CHARS, FirstFrame.MAX_CHARS + 2 * paragraph.length());
    }

    @Test
    void workbenchReplacesTheFirstFrameAndKeepsTheArticleShown() throws Exception {
        FxToolkit.registerPrimaryStage();
        FactDeskApp.setDataDir(dataDir);
        FactDeskApp.setPreferencesFile(dataDir.resolve("preferences.properties"));
        FactDeskApp.setDemo(true); // the demo's seed article is the preview: the window starts with the first frame
        FactDeskApp app = (FactDeskApp) FxToolkit.setupApplication(FactDeskApp::new);
        try {
            FxWait.waitForWorkbench(app);
            assertThat(robot.lookup("#firstFrame").tryQuery()).isEmpty();
            StyleClassedTextArea text = robot.lookup("#articleText").query();
            // The article was shown before the workbench's views existed: they must show it, not an empty pane.
            waitUntil(() -> text.getText().equals(DemoWorkspace.seedArticle().text()), 30);
            waitUntil(() -> app.viewModel().claims().all().size() > 3, 120);
            assertThat(text.getText()).isEqualTo(DemoWorkspace.seedArticle().text());
            assertThat(robot.lookup("#articleText").query().isVisible()).isTrue();
            // The next start of the demo workspace (a folder of its own) has the article for its first frame.
            waitUntil(() -> ArticlePreview.readFile(dataDir.resolve("demo").resolve(ArticlePreview.FILE_NAME))
                    .map(a -> a.text().equals(DemoWorkspace.seedArticle().text())).orElse(false), 30);
        } finally {
            DemoWindow.close(app);
        }
    }

    private static void walk(Node node, List<String> texts, List<Node> controls) {
        if (node instanceof Text t) {
            texts.add(t.getText());
        }
        if (node instanceof Control) {
            controls.add(node);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, texts, controls);
            }
        }
    }
}
