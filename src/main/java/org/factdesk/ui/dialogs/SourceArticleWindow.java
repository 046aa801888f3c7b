package org.factdesk.ui.dialogs;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.factdesk.model.Article;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

import java.util.List;

/** A whole archive article in its own window, the cited passage marked and scrolled into view. */
public final class SourceArticleWindow {
    private SourceArticleWindow() {
    }

    /** @param theme keeps the window's root in step with the workbench's theme (light or dark) */
    public static Stage show(Window owner, Article article, String passage, String stylesheet,
                             java.util.function.Consumer<javafx.scene.Parent> theme) {
        Label title = new Label(article.displayTitle());
        title.getStyleClass().add("article-title");
        title.setWrapText(true);
        String meta = (article.source().isBlank() ? "Unknown outlet" : article.source())
                + (article.published() == null ? "" : " · " + article.published())
                + (article.url().isBlank() ? "" : " · " + article.url());
        Label metaLabel = new Label(meta);
        metaLabel.getStyleClass().add("article-meta");
        StyleClassedTextArea text = new StyleClassedTextArea();
        text.setId("sourceText");
        text.setEditable(false);
        text.setWrapText(true);
        text.replaceText(article.text());
        int at = passage == null || passage.isBlank() ? -1 : article.text().indexOf(passage.strip());
        if (at >= 0) {
            text.setStyle(at, at + passage.strip().length(), List.of("passage-mark"));
        }
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(text);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox root = new VBox(6, title, metaLabel, scroll);
        root.getStyleClass().add("source-article");
        theme.accept(root);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(article.displayTitle() + " — archive");
        Scene scene = new Scene(root, 760, 640);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.show();
        if (at >= 0) {
            text.moveTo(at);
            text.requestFollowCaret();
        }
        return stage;
    }
}
