package org.factdesk.ui.evidence;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.factdesk.model.Evidence;
import org.factdesk.ui.BundledFonts;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One ranked passage: title, outlet and date, the automatic stance with its note, and the passage with matches bold. */
final class EvidenceCell extends ListCell<Evidence> {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private final ListView<Evidence> list;

    EvidenceCell(ListView<Evidence> list) {
        this.list = list;
        getStyleClass().add("evidence-cell");
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Evidence e, boolean empty) {
        super.updateItem(e, empty);
        setText(null);
        if (empty || e == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        Label rank = new Label("#" + (getIndex() + 1));
        rank.getStyleClass().add("evidence-rank");
        rank.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(e.title().isBlank() ? e.docId() : e.title());
        title.getStyleClass().add("evidence-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Label stance = new Label(e.stance().name());
        stance.getStyleClass().addAll("stance-badge", "stance-" + e.stance().code());
        stance.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(8, rank, title, stance);
        if (org.factdesk.app.Workbench.isSample(e)) {
            // the demo's articles, in a workspace that received them before the demo had a workspace of its own
            Label sample = new Label("sample");
            sample.getStyleClass().addAll("stance-badge", "sample-badge");
            sample.setMinWidth(Region.USE_PREF_SIZE);
            sample.setTooltip(new javafx.scene.control.Tooltip("Sample data of the demo: a fictional outlet's article"
                    + " written for the demo, not real reporting"));
            head.getChildren().add(2, sample);
        }
        head.setAlignment(Pos.TOP_LEFT);

        List<String> meta = new ArrayList<>();
        meta.add(e.source().isBlank() ? "Unknown outlet" : e.source());
        if (e.published() != null) {
            meta.add(DATE.format(e.published()));
        }
        if (!Double.isNaN(e.relevance())) {
            meta.add(String.format(Locale.ROOT, "relevance %.2f", e.relevance()));
        }
        if (!Double.isNaN(e.coverage())) {
            meta.add(String.format(Locale.ROOT, "%d%% of the claim's key words", Math.round(100 * e.coverage())));
        }
        Label metaLabel = new Label(String.join(" · ", meta));
        metaLabel.getStyleClass().add("evidence-meta");
        if (e.coversLittle()) {
            metaLabel.getStyleClass().add("evidence-meta-loose");
        }
        // the ranking score orders this list only; the share of key words reads the same in every list
        metaLabel.setTooltip(new javafx.scene.control.Tooltip(String.format(Locale.ROOT, "Ranking score %.2f%s%s",
                e.score(), Double.isNaN(e.relevance()) ? "" : "\nRelevance: the estimated probability that the passage"
                        + " is about what the claim states (it never rises down the list)",
                Double.isNaN(e.coverage()) ? "" : "\nKey words: the claim's words weighted by rarity, "
                        + "synonyms counted, found in this passage or its title")));

        VBox box = new VBox(4, head, metaLabel);
        if (!e.stanceNote().isBlank()) {
            Label note = new Label(e.stanceNote());
            note.getStyleClass().addAll("stance-note", "stance-note-" + e.stance().code());
            note.setWrapText(true);
            box.getChildren().add(note);
        }
        TextFlow passage = PassageText.flow(e.passage(), e.highlights());
        passage.prefWidthProperty().bind(list.widthProperty().subtract(44));
        box.getChildren().add(passage);
        box.prefWidthProperty().bind(list.widthProperty().subtract(36));
        box.setMaxWidth(Region.USE_PREF_SIZE);
        // a Chinese, Japanese or Korean passage beside an article in another script: its font is named here, since
        // the window names it only for CJK articles (JavaFX fixes fallbacks when it first draws)
        box.setStyle(BundledFonts.styleFor(e.title() + "\n" + e.passage(), list::refresh));
        // the cell shows its parts as graphics: a screen reader reads this sentence instead
        setAccessibleText("Passage " + (getIndex() + 1) + ": " + title.getText() + ", " + e.stance().name().toLowerCase(Locale.ROOT)
                + ", " + metaLabel.getText() + ". " + e.passage());
        setGraphic(box);
    }
}
