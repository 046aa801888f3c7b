package org.factdesk.ui.claims;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.factdesk.model.Claim;
import org.factdesk.model.VerdictStatus;


/** One claim in the list: kind badge, check-worthiness bar, status chip, text excerpt, speaker and numbers. */
final class ClaimCell extends ListCell<Claim> {
    private final ClaimListViewModel vm;
    private final Label prior = new Label("Checked before");
    private final Label caption = new Label("Caption");
    private final Label kind = new Label();
    private final ProgressBar score = new ProgressBar();
    private final Label scoreText = new Label();
    private final Label status = new Label();
    private final Label excerpt = new Label();
    private final Label details = new Label();
    private final HBox root;

    ClaimCell(ClaimListViewModel vm) {
        this.vm = vm;
        prior.getStyleClass().add("prior-marker");
        prior.setMinWidth(Region.USE_PREF_SIZE);
        prior.setTooltip(new Tooltip("A claim like this was already checked in another article: see the verdict panel"));
        caption.getStyleClass().add("caption-marker");
        caption.setMinWidth(Region.USE_PREF_SIZE);
        caption.setTooltip(new Tooltip("This claim is the caption of an image or video in the article"));
        getStyleClass().add("claim-cell");
        kind.getStyleClass().add("kind-badge");
        kind.setMinWidth(Region.USE_PREF_SIZE);
        status.setMinWidth(Region.USE_PREF_SIZE);
        scoreText.setMinWidth(Region.USE_PREF_SIZE);
        score.getStyleClass().add("score-bar");
        score.setPrefWidth(54);
        score.setMaxHeight(6);
        scoreText.getStyleClass().add("score-text");
        status.getStyleClass().add("status-chip");
        excerpt.getStyleClass().add("claim-excerpt");
        excerpt.setWrapText(true);
        excerpt.setMinHeight(Region.USE_PREF_SIZE);
        details.getStyleClass().add("claim-details");
        details.setWrapText(true);
        details.setMinHeight(Region.USE_PREF_SIZE);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, kind, score, scoreText, spacer, caption, prior, status);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(5, top, excerpt, details);
        HBox.setHgrow(box, Priority.ALWAYS);
        root = new HBox(box);
        root.setMinWidth(0);
        root.setPrefWidth(1);
        setPrefWidth(0);
    }

    /**
     * The height the wrapped excerpt and details need at the width the cell is given: the default asks the graphic
     * for its height without a width, and a two-line speaker then ran under the next claim.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() != root) {
            return super.computePrefHeight(width);
        }
        double w = width > 0 ? width : getWidth();
        if (w <= 0) {
            return super.computePrefHeight(width);
        }
        double inner = w - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + root.prefHeight(inner) + snappedBottomInset();
    }

    @Override
    protected void updateItem(Claim claim, boolean empty) {
        super.updateItem(claim, empty);
        if (empty || claim == null) {
            setGraphic(null);
            setText(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        kind.setText(ClaimFormat.kindBadge(claim.kind()));
        kind.getStyleClass().removeIf(s -> s.startsWith("kind-") && !s.equals("kind-badge"));
        kind.getStyleClass().add("kind-" + claim.kind().code());
        score.setProgress(claim.score());
        scoreText.setText(ClaimFormat.percent(claim.score()));
        VerdictStatus s = vm.statusOf(claim);
        boolean repeats = vm.repeatsCheckedClaim(claim);
        prior.setVisible(repeats);
        prior.setManaged(repeats);
        boolean inCaption = vm.isInCaption(claim);
        caption.setVisible(inCaption);
        caption.setManaged(inCaption);
        getStyleClass().remove("dismissed-claim");
        if (vm.isDismissed(claim)) {
            getStyleClass().add("dismissed-claim");
        }
        status.setText(s.label());
        status.getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals("status-chip"));
        status.getStyleClass().add(ClaimFormat.statusStyleClass(s));
        excerpt.setText(ClaimFormat.excerpt(claim.text(), 220));
        String d = ClaimFormat.details(claim);
        details.setText(d);
        details.setVisible(!d.isEmpty());
        details.setManaged(!d.isEmpty());
        setTooltip(new Tooltip(claim.kind().label() + " · check-worthiness " + ClaimFormat.percent(claim.score())));
        // the cell shows its parts as graphics: a screen reader reads this sentence instead
        setAccessibleText(claim.kind().label() + ", " + s.label() + (vm.isDismissed(claim) ? ", dismissed" : "")
                + ", check-worthiness " + ClaimFormat.percent(claim.score()) + ": " + ClaimFormat.excerpt(claim.text(), 220));
        setText(null);
        setGraphic(root);
    }
}
