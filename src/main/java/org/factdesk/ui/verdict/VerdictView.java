package org.factdesk.ui.verdict;

import org.factdesk.ui.keys.KeyBinding;
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
import org.factdesk.app.PriorChecks;
import org.factdesk.model.CitedEvidence;
import org.factdesk.model.EvidenceRole;
import org.factdesk.model.VerdictChange;
import org.factdesk.model.VerdictStatus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Status, confidence, rationale, cited evidence and history of the selected claim. */
public final class VerdictView extends VBox {
    private final Map<VerdictStatus, ToggleButton> statusButtons = new EnumMap<>(VerdictStatus.class);
    private final TextArea rationale = new TextArea();
    private boolean syncing;

    /** What the history tab can do: undo, redo, and go back to any earlier step. */
    public interface HistoryActions {
        void undo();

        void redo();

        void revertTo(VerdictChange change);
    }

    public VerdictView(VerdictViewModel vm, HistoryActions actions) {
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
        List<ToggleButton> pills = new ArrayList<>();
        VerdictStatus[] order = {VerdictStatus.UNREVIEWED, VerdictStatus.VERIFIED, VerdictStatus.DISPUTED,
                VerdictStatus.FALSE, VerdictStatus.MISLEADING, VerdictStatus.UNVERIFIABLE};
        for (int i = 0; i < order.length; i++) {
            VerdictStatus s = order[i];
            ToggleButton b = new ToggleButton(s.label());
            b.setId("status" + s.label().replace(" ", ""));
            b.setToggleGroup(group);
            b.setUserData(s);
            b.getStyleClass().addAll("status-toggle", "status-" + s.name().toLowerCase(Locale.ROOT));
            b.setTooltip(new Tooltip(KeyBinding.mark(s).tip(s.label())));
            b.setMinWidth(Region.USE_PREF_SIZE); // a label is shown whole or the row breaks in two
            statusButtons.put(s, b);
            pills.add(b);
        }
        PillRow statusRow = new PillRow(pills);
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

        Rating rating = new ConfidenceRating();
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
        clearConfidence.setAccessibleText("Clear confidence");
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
        rationale.setTooltip(new javafx.scene.control.Tooltip(
                KeyBinding.WRITE_RATIONALE.keys() + " to write here; " + KeyBinding.NEXT_CLAIM.keys() + " / "
                        + KeyBinding.PREVIOUS_CLAIM.keys() + " for the next / previous claim; Esc back to the claim list"));
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
        history.setCellFactory(lv -> new HistoryCell(actions));
        Label histEmpty = new Label("No changes yet.");
        histEmpty.getStyleClass().addAll("placeholder", "placeholder-small");
        history.setPlaceholder(histEmpty);
        Button undoButton = new Button("Undo");
        undoButton.setId("undoVerdict");
        undoButton.getStyleClass().add("small");
        undoButton.setTooltip(new Tooltip(KeyBinding.UNDO.tip("Restore the verdict as it was before the last change")));
        undoButton.disableProperty().bind(vm.canUndoProperty().not());
        undoButton.setOnAction(e -> actions.undo());
        Button redoButton = new Button("Redo");
        redoButton.setId("redoVerdict");
        redoButton.getStyleClass().add("small");
        redoButton.setTooltip(new Tooltip(KeyBinding.REDO.tip("Take back the undo")));
        redoButton.disableProperty().bind(vm.canRedoProperty().not());
        redoButton.setOnAction(e -> actions.redo());
        Label backHint = new Label("or “Go back” to any step");
        backHint.getStyleClass().add("pane-subtitle");
        backHint.setMinWidth(0);
        HBox historyButtons = new HBox(6, undoButton, redoButton, backHint);
        historyButtons.setAlignment(Pos.CENTER_LEFT);
        VBox historyBox = new VBox(6, history, historyButtons);
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

        VBox form = new VBox(10, head, priorNotice(vm), statusRow, confRow, ratHead, rationale, tabs);
        VBox.setVgrow(form, Priority.ALWAYS);
        form.disableProperty().bind(vm.claimProperty().isNull());

        // The form scrolls when the pane is short, rather than pushing the evidence pane's buttons out of sight.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("verdict-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        form.setMinHeight(380);
        setMinHeight(0);
        getChildren().add(scroll);
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

    /** "Checked before": the earlier verdict on a claim this one repeats, with a button to take it over. */
    private static VBox priorNotice(VerdictViewModel vm) {
        Label title = new Label();
        title.setId("priorCheckTitle");
        title.getStyleClass().add("prior-title");
        title.setMinWidth(0);
        Label where = new Label();
        where.setId("priorCheckArticle");
        where.getStyleClass().add("prior-article");
        where.setMinWidth(0);
        Label rationaleText = new Label();
        rationaleText.setId("priorCheckRationale");
        rationaleText.getStyleClass().add("prior-rationale");
        rationaleText.setWrapText(true);
        rationaleText.setMaxHeight(40);
        Button use = new Button("Use this verdict");
        use.setId("usePriorVerdict");
        use.getStyleClass().addAll("small", "accent");
        use.setTooltip(new Tooltip("Copy the earlier status, confidence, rationale and cited evidence to this claim"));
        use.setMinWidth(Region.USE_PREF_SIZE);
        Label more = new Label();
        more.getStyleClass().add("pane-subtitle");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, more, spacer, use);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(3, title, where, rationaleText, actions);
        box.setId("priorCheck");
        box.getStyleClass().add("prior-notice");
        Runnable refresh = () -> {
            boolean any = !vm.priorChecks().isEmpty();
            box.setVisible(any);
            box.setManaged(any);
            if (!any) {
                return;
            }
            PriorChecks.PriorCheck p = vm.priorChecks().getFirst();
            var earlier = p.checked().verdict();
            String when = earlier.updatedAt() == null ? "" : " · " + VerdictViewModel.describeDate(earlier.updatedAt());
            String by = earlier.reviewer().isBlank() ? "" : " · " + earlier.reviewer();
            title.setText("Checked before: " + earlier.status().label() + when + by);
            where.setText("in “" + p.checked().articleTitle() + "”");
            Tooltip claimTip = new Tooltip("The claim checked then:\n“" + p.checked().claim().text() + "”\n\nin “"
                    + p.checked().articleTitle() + "”");
            claimTip.setWrapText(true);
            claimTip.setMaxWidth(480);
            Tooltip.install(box, claimTip);
            rationaleText.setText(earlier.rationale().isBlank() ? "No rationale was written." : earlier.rationale());
            int others = vm.priorChecks().size() - 1;
            more.setText(others <= 0 ? "" : "+" + others + " more similar " + (others == 1 ? "check" : "checks"));
            use.setOnAction(e -> vm.adopt(earlier));
        };
        vm.priorChecks().addListener((javafx.beans.Observable o) -> refresh.run());
        refresh.run();
        return box;
    }

    private static final class HistoryCell extends ListCell<VerdictChange> {
        private final HistoryActions actions;

        HistoryCell(HistoryActions actions) {
            this.actions = actions;
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(VerdictChange c, boolean empty) {
            super.updateItem(c, empty);
            setText(null);
            if (empty || c == null) {
                setGraphic(null);
                return;
            }
            String detail = switch (c.action()) {
                case "rationale" -> "rationale edited";
                case "confidence" -> "confidence " + c.after().confidence() + "/5";
                case "evidence" -> c.after().evidence().size() + " passages cited";
                case "undo" -> "undone";
                case "redo" -> "redone";
                case "revert" -> "went back to an earlier step";
                case "copied" -> "copied from an earlier check";
                default -> c.action();
            };
            Label text = new Label(VerdictViewModel.describeTime(c.at()) + "  ·  " + c.after().status().label() + "  ·  "
                    + detail + (c.after().reviewer().isBlank() ? "" : "  ·  " + c.after().reviewer()));
            text.setMinWidth(0);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(6, text);
            row.setAlignment(Pos.CENTER_LEFT);
            if (getIndex() > 0) {
                // The newest row is the verdict as it is now; any older one can be gone back to.
                Button back = new Button("Go back");
                back.getStyleClass().addAll("flat", "small", "history-back");
                back.setTooltip(new Tooltip("Set the verdict back to how it was after this change"));
                back.setMinWidth(Region.USE_PREF_SIZE);
                back.setOnAction(e -> actions.revertTo(c));
                row.getChildren().add(back);
            }
            setGraphic(row);
        }
    }
}
