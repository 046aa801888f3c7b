package org.factdesk.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.factdesk.model.Article;

/**
 * The window's first frame when an article preview is at hand (docs/startup.md): the article's title, details
 * and text where the workbench will show them, and "Opening workspace…" where the claims, evidence and verdict
 * will be. It is drawn with layout panes and text shapes only, with no control and no stylesheet, because the
 * workbench's first CSS pass and its controls cost about as much CPU as starting JavaFX itself; the workbench
 * replaces this root one frame later. Nothing here is interactive, and it is on screen for about half a second.
 */
final class FirstFrame {
    /** Where the workbench puts its first divider unless the reviewer moved it (MainView). */
    static final double DEFAULT_ARTICLE_SHARE = 0.40;
    /** Text beyond this many characters is below the bottom of the largest window, so it is not laid out. */
    static final int MAX_CHARS = 12_000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private record Palette(Color background, Color text, Color muted, Color border, Color bar) {
    }

    private static final Palette LIGHT = new Palette(Color.web("#ffffff"), Color.web("#1f2328"), Color.web("#636c76"),
            Color.web("#d0d7de"), Color.web("#f6f8fa"));
    private static final Palette DARK = new Palette(Color.web("#0d1117"), Color.web("#e6edf3"), Color.web("#8d96a0"),
            Color.web("#30363d"), Color.web("#161b22"));

    private FirstFrame() {
    }

    /**
     * @param articleShare the article pane's share of the window width (the reviewer's first divider)
     * @param fontSize     the article text's size in px (the reviewer's preference)
     */
    static Parent of(Article article, boolean dark, double fontSize, double articleShare) {
        Palette p = dark ? DARK : LIGHT;
        BorderPane root = new BorderPane();
        root.setId("firstFrame");
        root.setBackground(Background.fill(p.background()));
        root.setTop(bar(p, 36, false));
        Region status = bar(p, 28, true);
        root.setBottom(new StackPane(status, statusText(p)));

        Region articlePane = articlePane(article, p, fontSize);
        Region rest = new StackPane(muted(p, "Opening workspace…", 14));
        rest.setBorder(new Border(new BorderStroke(p.border(), BorderStrokeStyle.SOLID, null,
                new BorderWidths(0, 0, 0, 1))));
        Pane center = new Pane(articlePane, rest) {
            @Override
            protected void layoutChildren() {
                double share = articleShare > 0.1 && articleShare < 0.9 ? articleShare : DEFAULT_ARTICLE_SHARE;
                double w = Math.round(getWidth() * share);
                articlePane.resizeRelocate(0, 0, w, getHeight());
                rest.resizeRelocate(w, 0, getWidth() - w, getHeight());
            }
        };
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(center.widthProperty());
        clip.heightProperty().bind(center.heightProperty());
        center.setClip(clip);
        root.setCenter(center);
        return root;
    }

    private static Region articlePane(Article article, Palette p, double fontSize) {
        Text title = new Text(article.displayTitle());
        title.setFont(Font.font(null, FontWeight.BOLD, 20));
        title.setFill(p.text());
        StringBuilder meta = new StringBuilder(article.source() == null ? "" : article.source());
        if (article.published() != null) {
            meta.append(meta.isEmpty() ? "" : " · ").append(DATE.format(article.published()));
        }
        VBox header = new VBox(4, new TextFlow(title), muted(p, meta.toString(), 13));
        header.setPadding(new Insets(20, 28, 12, 28));
        header.setBorder(new Border(new BorderStroke(p.border(), BorderStrokeStyle.SOLID, null,
                new BorderWidths(0, 0, 1, 0))));

        VBox paragraphs = new VBox(12);
        paragraphs.setPadding(new Insets(14, 28, 28, 28));
        int shown = 0;
        for (String paragraph : article.text().split("\\R")) {
            if (paragraph.isBlank()) {
                continue;
            }
            if (shown > MAX_CHARS) {
                break; // more than any screen shows at once: a long article must not slow the first frame
            }
            shown += paragraph.length();
            Text t = new Text(paragraph.strip());
            t.setFont(Font.font(fontSize));
            t.setFill(p.text());
            TextFlow flow = new TextFlow(t);
            flow.setLineSpacing(6);
            paragraphs.getChildren().add(flow);
        }
        VBox pane = new VBox(header, paragraphs);
        pane.setFillWidth(true);
        return pane;
    }

    private static Region bar(Palette p, double height, boolean top) {
        Region bar = new Region();
        bar.setMinHeight(height);
        bar.setPrefHeight(height);
        bar.setBackground(Background.fill(p.bar()));
        bar.setBorder(new Border(new BorderStroke(p.border(), BorderStrokeStyle.SOLID, null,
                top ? new BorderWidths(1, 0, 0, 0) : new BorderWidths(0, 0, 1, 0))));
        return bar;
    }

    private static Text statusText(Palette p) {
        Text t = muted(p, "Opening workspace…", 13);
        StackPane.setAlignment(t, Pos.CENTER_LEFT);
        StackPane.setMargin(t, new Insets(0, 0, 0, 12));
        return t;
    }

    private static Text muted(Palette p, String s, double size) {
        Text t = new Text(s);
        t.setFont(Font.font(size));
        t.setFill(p.muted());
        return t;
    }
}
