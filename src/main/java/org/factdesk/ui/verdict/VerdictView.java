package org.factdesk.ui.verdict;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.Rating;
import org.factdesk.model.CitedEvidence;
import org.factdesk.model.EvidenceRole;
import org.factdesk.model.VerdictChange;
import org.factdesk.model.VerdictStatus;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Status, confidence, rationale, cited evidence and history of the selected claim. */
public final class VerdictView extends VBox {
    private final Map<VerdictStatus, ToggleButton> statusButtons = new EnumMap<>(VerdictStatus.class);
    private final TextArea rationale = new TextArea();
    private boolean syncing;

    public VerdictView(VerdictViewModel vm, Runnable undo) {
        getStyleClass().add("verdict-view");
        setId("verdictPanel");

        Label heading = new Label("Verdict");
        heading.getStyleClass().add("pane-title");
        Label saveState = new Label();
        saveState.setId("saveState");
        saveState.getStyleClass().add("pane-subtitle");
        saveState.textProperty().bind(vm.saveStateProperty());
        HBox head = new HBox(10, heading, saveState);
        head.setAlignment(Pos.BASELINE_LEFT);

        ToggleGroup group = new ToggleGroup();
        HBox statusRow = new HBox();
        statusRow.getStyleClass().add("status-row");
        VerdictStatus[] order = {VerdictStatus.UNREVIEWED, VerdictStatus.VERIFIED, VerdictStatus.DISPUTED,
                VerdictStatus.FALSE, VerdictStatus.MISLEADING, VerdictStatus.UNVERIFIABLE};
        for (int i = 0; i < order.length; i++) {
            VerdictStatus s = order[i];
            ToggleButton b = new ToggleButton(s.label());
            b.setId("status" + s.label().replace(" ", ""));
            b.setToggleGroup(group);
            b.setUserData(s);
            b.getStyleClass().addAll("status-toggle", "status-" + s.name().toLowerCase(Locale.ROOT),
                    i == 0 ? "left-pill" : i == order.length - 1 ? "right-pill" : "center-pill");
            b.setTooltip(new Tooltip(s.label() + " (Ctrl+" + shortcutDigit(s) + ")"));
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
            statusButtons.put(s, b);
            statusRow.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (syncing) {
                return;
            }
            if (now == null) {
                // A click on the selected status keeps it: a verdict always has a status.
                syncing = true;
                group.selectToggle(old);
                syncing = false;
                return;
            }
            vm.statusProperty().set((VerdictStatus) now.getUserData());
        });
        vm.statusProperty().addListener((obs, old, now) -> selectStatus(group, now));
        selectStatus(group, vm.statusProperty().get());

        Rating rating = new Rating(5, 0);
        rating.setId("confidence");
        rating.setPartialRating(false);
        rating.setUpdateOnHover(false);
        rating.getStyleClass().add("confidence-rating");
        vm.confidenceProperty().addListener((obs, old, now) -> {
            if (rating.getRating() != now.intValue()) {
                rating.setRating(now.intValue());
            }
        });
        rating.ratingProperty().addListener((obs, old, now) -> {
            int v = (int) Math.round(now.doubleValue());
            if (vm.confidenceProperty().get() != v) {
                vm.confidenceProperty().set(v);
            }
        });
        Button clearConfidence = new Button("Clear");
        clearConfidence.getStyleClass().addAll("flat", "small");
        clearConfidence.setOnAction(e -> vm.confidenceProperty().set(0));
        clearConfidence.visibleProperty().bind(vm.confidenceProperty().greaterThan(0));
        Label confLabel = new Label("Confidence");
        confLabel.getStyleClass().add("field-label");
        HBox confRow = new HBox(10, confLabel, rating, clearConfidence);
        confRow.setAlignment(Pos.CENTER_LEFT);

        Label ratLabel = new Label("Rationale");
        ratLabel.getStyleClass().add("field-label");
        rationale.setId("rationale");
        rationale.setWrapText(true);
        rationale.setPrefRowCount(4);
        rationale.setMinHeight(88);
        VBox.setVgrow(rationale, Priority.SOMETIMES);
        rationale.setPromptText("Why this verdict? What did you check, and where?");
        rationale.textProperty().bindBidirectional(vm.rationaleProperty());
        PauseTransition debounce = new PauseTransition(Duration.millis(1200));
        debounce.setOnFinished(e -> vm.commitRationale());
        rationale.textProperty().addListener(o -> {
            if (rationale.isFocused()) {
                debounce.playFromStart();
            }
        });
        rationale.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                debounce.stop();
                vm.commitRationale();
            }
        });
        Button save = new Button("Save");
        save.setId("saveRationale");
        save.getStyleClass().add("small");
        save.disableProperty().bind(vm.rationaleDirtyProperty().not());
        save.setOnAction(e -> vm.commitRationale());
        Region ratSpacer = new Region();
        HBox.setHgrow(ratSpacer, Priority.ALWAYS);
        HBox ratHead = new HBox(8, ratLabel, ratSpacer, save);
        ratHead.setAlignment(Pos.CENTER_LEFT);

        ListView<CitedEvidence> cited = new ListView<>(vm.evidence());
        cited.setId("citedList");
        cited.setCellFactory(lv -> new CitedCell(vm));
        Label citedEmpty = new Label("No passage cited yet.\nSelect one above, then Support or Contradict.");
        citedEmpty.setWrapText(true);
        citedEmpty.getStyleClass().addAll("placeholder", "placeholder-small");
        cited.setPlaceholder(citedEmpty);

        ListView<VerdictChange> history = new ListView<>(vm.history());
        history.setId("historyList");
        history.setCellFactory(lv -> new HistoryCell());
        Label histEmpty = new Label("No changes yet.");
        histEmpty.getStyleClass().addAll("placeholder", "placeholder-small");
        history.setPlaceholder(histEmpty);
        Button undoButton = new Button("Undo last change");
        undoButton.setId("undoVerdict");
        undoButton.getStyleClass().add("small");
        undoButton.setTooltip(new Tooltip("Restore the verdict as it was before the last change (Ctrl+Z)"));
        undoButton.disableProperty().bind(Bindings.isEmpty(vm.history()));
        undoButton.setOnAction(e -> undo.run());
        VBox historyBox = new VBox(6, history, undoButton);
        VBox.setVgrow(history, Priority.ALWAYS);

        Tab citedTab = new Tab();
        citedTab.textProperty().bind(Bindings.size(vm.evidence()).asString("Cited evidence (%d)"));
        citedTab.setContent(cited);
        Tab historyTab = new Tab();
        historyTab.textProperty().bind(Bindings.size(vm.history()).asString("History (%d)"));
        historyTab.setContent(historyBox);
        TabPane tabs = new TabPane(citedTab, historyTab);
        tabs.setId("verdictTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinHeight(110);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        VBox form = new VBox(10, head, statusRow, confRow, ratHead, rationale, tabs);
        VBox.setVgrow(form, Priority.ALWAYS);
        form.disableProperty().bind(vm.claimProperty().isNull());

        getChildren().add(form);
        setSpacing(0);
    }

    private void selectStatus(ToggleGroup group, VerdictStatus s) {
        syncing = true;
        try {
            group.selectToggle(s == null ? null : statusButtons.get(s));
        } finally {
            syncing = false;
        }
    }

    public TextArea rationaleArea() {
        return rationale;
    }

    /** Ctrl+digit for each status: 0 Unreviewed, 1 Verified … 5 Unverifiable. */
    public static int shortcutDigit(VerdictStatus s) {
        return switch (s) {
            case UNREVIEWED -> 0;
            case VERIFIED -> 1;
            case DISPUTED -> 2;
            case FALSE -> 3;
            case MISLEADING -> 4;
            case UNVERIFIABLE -> 5;
        };
    }

    private static final class CitedCell extends ListCell<CitedEvidence> {
        private final VerdictViewModel vm;

        CitedCell(VerdictViewModel vm) {
            this.vm = vm;
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(CitedEvidence c, boolean empty) {
            super.updateItem(c, empty);
            setText(null);
            if (empty || c == null) {
                setGraphic(null);
                return;
            }
            Label role = new Label(c.role() == EvidenceRole.SUPPORTS ? "SUPPORTS" : "CONTRADICTS");
            role.getStyleClass().addAll("role-badge", c.role() == EvidenceRole.SUPPORTS ? "role-supports" : "role-contradicts");
            role.setMinWidth(Region.USE_PREF_SIZE);
            Label title = new Label((c.title().isBlank() ? c.docId() : c.title())
                    + (c.source().isBlank() ? "" : " — " + c.source()));
            title.setTooltip(new Tooltip(c.passage()));
            title.setMinWidth(0);
            HBox.setHgrow(title, Priority.ALWAYS);
            title.setMaxWidth(Double.MAX_VALUE);
            Button remove = new Button("Remove");
            remove.getStyleClass().addAll("flat", "small");
            remove.setOnAction(e -> vm.remove(c));
            remove.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(8, role, title, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }

    private static final class HistoryCell extends ListCell<VerdictChange> {
        @Override
        protected void updateItem(VerdictChange c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setText(null);
                return;
            }
            String detail = switch (c.action()) {
                case "rationale" -> "rationale edited";
                case "confidence" -> "confidence " + c.after().confidence() + "/5";
                case "evidence" -> c.after().evidence().size() + " passages cited";
                case "undo" -> "undone";
                default -> c.action();
            };
            setText(VerdictViewModel.describeTime(c.at()) + "  ·  " + c.after().status().label() + "  ·  " + detail
                    + (c.after().reviewer().isBlank() ? "" : "  ·  " + c.after().reviewer()));
        }
    }
}
