package org.factdesk.ui.article;

import org.factdesk.ui.keys.KeyBinding;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.input.MouseButton;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/** The article being reviewed, read-only, with every claim highlighted in place. */
public final class ArticleView extends StackPane {
    private final ArticleViewModel vm;
    private final StyleClassedTextArea text = new StyleClassedTextArea();
    private final VBox content;
    private final VBox empty;
    private final VBox opening;
    private Consumer<String> openUrl = url -> { };
    private final Hyperlink importArchive = new Hyperlink("Import archive…");
    private final Hyperlink openDemo = new Hyperlink("Try the demo workspace");
    /** What the welcome's links do: import an archive, open the demo workspace (set by the main view). */
    private final Runnable[] welcomeActions = {() -> { }, () -> { }};

    public ArticleView(ArticleViewModel vm, Runnable openFile, Runnable pasteText) {
        this.vm = vm;
        getStyleClass().add("article-view");

        Label title = new Label();
        title.setId("articleTitle");
        title.getStyleClass().add("article-title");
        title.setWrapText(true);
        title.textProperty().bind(vm.titleText());
        Label meta = new Label();
        meta.setId("articleMeta");
        meta.getStyleClass().add("article-meta");
        meta.textProperty().bind(vm.metaText());
        Hyperlink link = new Hyperlink();
        link.setId("articleUrl");
        link.getStyleClass().add("article-url");
        link.textProperty().bind(vm.articleProperty().map(a -> a == null ? "" : a.url()));
        link.visibleProperty().bind(link.textProperty().isNotEmpty());
        link.managedProperty().bind(link.visibleProperty());
        link.setOnAction(e -> openUrl.accept(link.getText()));
        // the byline, outlet and dates wrap rather than hide behind a long address; the address gets its own line
        meta.setWrapText(true);
        link.setMaxWidth(Double.MAX_VALUE);
        link.setPadding(javafx.geometry.Insets.EMPTY);
        VBox metaRow = new VBox(2, meta, link);
        // a flow, so that the note goes to the next line in a narrow pane instead of being cut short
        javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(6, 4);
        legend.getStyleClass().add("legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        for (org.factdesk.model.ClaimKind k : org.factdesk.model.ClaimKind.values()) {
            Label chip = new Label(org.factdesk.ui.claims.ClaimFormat.kindBadge(k));
            chip.getStyleClass().addAll("kind-badge", "kind-" + k.code());
            chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            chip.setTooltip(new javafx.scene.control.Tooltip(k.label() + " (unreviewed)"));
            legend.getChildren().add(chip);
        }
        Label note = new Label("· reviewed: verdict colour");
        note.getStyleClass().add("legend-note");
        note.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        legend.getChildren().add(note);
        VBox header = new VBox(4, title, metaRow, legend);
        header.getStyleClass().add("article-header");

        text.setId("articleText");
        // RichTextFX's area is a custom control: name it for screen readers
        text.setAccessibleText("Article text");
        text.getStyleClass().add("article-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && text.getSelection().getLength() == 0) {
                vm.clickedAt(text.hit(e.getX(), e.getY()).getInsertionIndex());
            }
        });
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(text);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        content = new VBox(header, scroll);

        Label emptyTitle = new Label();
        emptyTitle.setId("articleEmptyTitle");
        emptyTitle.textProperty().bind(vm.welcomeProperty().map(w -> w ? "Welcome to FactDesk" : "No article open"));
        emptyTitle.getStyleClass().add("empty-title");
        Label emptyHint = new Label("Open an article to check: a saved page, Markdown, text or PDF file ("
                + KeyBinding.OPEN_FILE.keys() + "), "
                + "pasted text (" + KeyBinding.PASTE_ARTICLE.keys() + "), a web address (" + KeyBinding.OPEN_URL.keys()
                + "), or drop a file here.");
        emptyHint.setId("articleEmptyHint");
        emptyHint.setWrapText(true);
        emptyHint.getStyleClass().add("empty-hint");
        Label archiveHint = new Label("Its claims are checked against your archive of earlier articles: import one "
                + "with File ▸ Import into archive (" + KeyBinding.IMPORT_ARCHIVE.keys() + ") — JSON Lines, CSV, feeds, PDF or a folder of pages.");
        archiveHint.setWrapText(true);
        archiveHint.getStyleClass().add("empty-hint");
        archiveHint.visibleProperty().bind(vm.welcomeProperty());
        archiveHint.managedProperty().bind(archiveHint.visibleProperty());
        Hyperlink open = new Hyperlink("Open article…");
        open.setOnAction(e -> openFile.run());
        Hyperlink paste = new Hyperlink("Paste article…");
        paste.setOnAction(e -> pasteText.run());
        importArchive.setId("welcomeImport");
        importArchive.setOnAction(e -> welcomeActions[0].run());
        openDemo.setId("welcomeDemo");
        openDemo.setOnAction(e -> welcomeActions[1].run());
        for (Hyperlink h : new Hyperlink[] {importArchive, openDemo}) {
            h.visibleProperty().bind(vm.welcomeProperty());
            h.managedProperty().bind(h.visibleProperty());
        }
        // the links wrap onto a second line in a narrow pane instead of being cut ("Import ar…")
        javafx.scene.layout.FlowPane links = new javafx.scene.layout.FlowPane(12, 4, open, paste, importArchive, openDemo);
        links.setId("welcomeLinks");
        links.setAlignment(Pos.CENTER);
        empty = new VBox(8, emptyTitle, emptyHint, archiveHint, links);
        empty.setId("articleEmpty");
        empty.setAlignment(Pos.CENTER);
        empty.setMaxWidth(560);
        empty.getStyleClass().add("empty-state");

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(40, 40);
        Label openingLabel = new Label("Opening…");
        openingLabel.getStyleClass().add("empty-hint");
        opening = new VBox(12, spinner, openingLabel);
        opening.setAlignment(Pos.CENTER);

        getChildren().addAll(content, empty, opening);
        vm.stateProperty().addListener(o -> showState());
        vm.articleProperty().addListener((obs, old, now) -> showArticle(now));
        vm.claims().all().addListener((Observable o) -> restyle());
        vm.claims().statuses().addListener((Observable o) -> restyle());
        vm.claims().selectedProperty().addListener((obs, old, now) -> {
            restyle();
            reveal(now);
        });
        if (vm.articleProperty().get() != null) {
            showArticle(vm.articleProperty().get()); // shown before this view was built (the window's first frame)
        }
        showState();
    }

    /** The welcome's links to import an archive and to open the demo workspace. */
    public void setWelcomeActions(Runnable importArchive, Runnable openDemo) {
        welcomeActions[0] = importArchive;
        welcomeActions[1] = openDemo;
    }

    public void setOpenUrl(Consumer<String> openUrl) {
        this.openUrl = openUrl;
    }

    /** Sets the message shown while the article or workspace is opening. */
    public void setOpeningMessage(String message) {
        ((Label) opening.getChildren().get(1)).setText(message);
    }

    private void showState() {
        ArticleViewModel.State s = vm.stateProperty().get();
        content.setVisible(s == ArticleViewModel.State.OPEN);
        empty.setVisible(s == ArticleViewModel.State.NONE);
        opening.setVisible(s == ArticleViewModel.State.OPENING);
    }

    private void showArticle(Article a) {
        text.replaceText(a == null ? "" : a.text());
        // a blank line between paragraphs (as most .txt files have them) would add a line to the paragraph gap
        for (int i = 0; i < text.getParagraphs().size(); i++) {
            if (text.getParagraph(i).getText().isBlank()) {
                text.setParagraphStyle(i, List.of("blank"));
            }
        }
        // captions stay text (a viral image's caption is often the claim) but read as captions
        if (a != null) {
            for (org.factdesk.model.Span c : a.captions()) {
                int first = text.offsetToPosition(c.start(), TwoDimensional.Bias.Forward).getMajor();
                int last = text.offsetToPosition(Math.max(c.start(), c.end() - 1), TwoDimensional.Bias.Forward).getMajor();
                for (int i = first; i <= last && i < text.getParagraphs().size(); i++) {
                    text.setParagraphStyle(i, List.of("caption"));
                }
            }
        }
        text.moveTo(0);
        text.showParagraphAtTop(0);
        restyle();
    }

    private void restyle() {
        List<HighlightPlan.Segment> plan = vm.highlightPlan();
        int length = text.getLength();
        if (plan.isEmpty() || length == 0) {
            return;
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int total = 0;
        for (HighlightPlan.Segment s : plan) {
            int len = Math.min(s.length(), length - total);
            if (len <= 0) {
                break;
            }
            b.add(s.styleClasses(), len);
            total += len;
        }
        if (total < length) {
            b.add(List.of(), length - total);
        }
        StyleSpans<Collection<String>> spans = b.create();
        text.setStyleSpans(0, spans);
    }

    /** Scrolls the claim into the middle of the view. */
    private void reveal(Claim c) {
        if (c == null || c.start() > text.getLength()) {
            return;
        }
        int paragraph = text.offsetToPosition(c.start(), TwoDimensional.Bias.Forward).getMajor();
        Platform.runLater(() -> text.showParagraphAtCenter(paragraph));
    }

    public StyleClassedTextArea textArea() {
        return text;
    }
}
