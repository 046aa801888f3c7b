package org.factdesk.ui.claims;

import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.beans.binding.Bindings;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.VerdictStatus;

import java.util.function.Function;

/** The claim list with its filters; selection is two-way with the view model. */
public final class ClaimListView extends VBox {
    private final ListView<Claim> list = new ListView<>();
    private boolean syncing;

    public ClaimListView(ClaimListViewModel vm) {
        getStyleClass().add("claim-list-view");

        Label heading = new Label("Claims");
        heading.getStyleClass().add("pane-title");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Label progress = new Label();
        progress.setId("reviewProgress");
        progress.getStyleClass().add("pane-subtitle");
        progress.textProperty().bind(vm.progressText());
        progress.setMinWidth(0); // the count may shorten in a narrow pane; the dismissed toggle beside it may not

        TextField search = new TextField();
        search.setId("claimFilter");
        search.setPromptText("Filter");
        search.textProperty().bindBidirectional(vm.textFilterProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMinWidth(80);
        ComboBox<ClaimKind> kind = choice(ClaimKind.values(), "All kinds", k -> ClaimFormat.kindBadge(k));
        kind.setId("kindFilter");
        kind.valueProperty().bindBidirectional(vm.kindFilterProperty());
        kind.setMinWidth(Region.USE_PREF_SIZE);
        kind.setPrefWidth(110);
        ComboBox<VerdictStatus> status = choice(VerdictStatus.values(), "Any status", VerdictStatus::label);
        status.setId("statusFilter");
        status.valueProperty().bindBidirectional(vm.statusFilterProperty());
        status.setMinWidth(Region.USE_PREF_SIZE);
        status.setPrefWidth(125);
        HBox filters = new HBox(6, search, kind, status);
        filters.setAlignment(Pos.CENTER_LEFT);
        Label sortLabel = new Label("Sort by");
        sortLabel.getStyleClass().add("field-label");
        sortLabel.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<ClaimListViewModel.Sort> sort = new ComboBox<>();
        sort.setId("claimSort");
        sort.getItems().addAll(ClaimListViewModel.Sort.values());
        sort.getStyleClass().add("filter-combo");
        StringConverter<ClaimListViewModel.Sort> sortNames = new StringConverter<>() {
            @Override
            public String toString(ClaimListViewModel.Sort s) {
                return s == null ? "" : s.label();
            }

            @Override
            public ClaimListViewModel.Sort fromString(String s) {
                return null;
            }
        };
        sort.setConverter(sortNames);
        sort.valueProperty().bindBidirectional(vm.sortProperty());
        sort.setMinWidth(Region.USE_PREF_SIZE);
        sort.setPrefWidth(125);
        ToggleButton dismissed = new ToggleButton();
        dismissed.setId("showDismissed");
        dismissed.getStyleClass().addAll("small", "dismissed-toggle");
        dismissed.textProperty().bind(Bindings.size(vm.dismissed()).asString("Dismissed (%d)"));
        dismissed.selectedProperty().bindBidirectional(vm.showDismissedProperty());
        dismissed.setTooltip(new Tooltip("Show the claims dismissed as not check-worthy, to restore them"));
        dismissed.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<Double> score = choice(ClaimListViewModel.SCORE_STEPS.toArray(Double[]::new), "Any score",
                s -> "Score ≥ " + Math.round(s * 100) + "%"); // as the claim cells show scores
        score.setId("scoreFilter");
        score.valueProperty().bindBidirectional(vm.minScoreFilterProperty());
        score.setTooltip(new Tooltip("Show only claims at least this check-worthy"));
        score.setMinWidth(Region.USE_PREF_SIZE);
        score.setPrefWidth(115);
        // the dismissed toggle sits in the heading row, so that the filter rows stay narrow enough for the
        // evidence and verdict panes to keep their labels at 1440 px
        Region headSpacer = new Region();
        HBox.setHgrow(headSpacer, Priority.ALWAYS);
        HBox head = new HBox(10, heading, progress, headSpacer, dismissed);
        head.setAlignment(Pos.CENTER_LEFT);
        HBox sortRow = new HBox(6, sortLabel, sort, score);
        sortRow.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, head, filters, sortRow);
        top.getStyleClass().add("pane-header");

        list.setId("claimList");
        list.setAccessibleText("Claims");
        list.setItems(vm.visible());
        list.setCellFactory(lv -> new ClaimCell(vm));
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Label placeholder = new Label();
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(vm.placeholderProperty());
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);

        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null && !vm.isReplacing()) {
                vm.selectedProperty().set(now);
            }
        });
        // Scores arriving re-sort the list (the list view then drops its selection): show the same claim selected.
        vm.visible().addListener((javafx.collections.ListChangeListener<Claim>) ch -> showSelected(vm.selectedProperty().get()));
        vm.selectedProperty().addListener((obs, old, now) -> showSelected(now));
        // Status chips must repaint when a verdict changes.
        vm.statuses().addListener((Observable o) -> list.refresh());
        vm.checkedBefore().addListener((Observable o) -> list.refresh());
        getChildren().addAll(top, list);
    }

    private void showSelected(Claim now) {
        syncing = true;
        try {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else if (!list.getSelectionModel().getSelectedItems().contains(now)) {
                int index = list.getItems().indexOf(now);
                if (index >= 0) {
                    list.getSelectionModel().clearAndSelect(index);
                } else {
                    list.getSelectionModel().clearSelection();
                }
            }
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                list.scrollTo(Math.max(0, i - 2));
            }
        } finally {
            syncing = false;
        }
    }

    /** The claims the reviewer selected (two for a merge), in text order. */
    public java.util.List<Claim> selectedClaims() {
        return list.getSelectionModel().getSelectedItems().stream()
                .sorted(java.util.Comparator.comparingInt(Claim::start)).toList();
    }

    public ListView<Claim> list() {
        return list;
    }

    private static <T> ComboBox<T> choice(T[] values, String allLabel, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(values);
        org.factdesk.ui.controls.FilterCombo.name(box, allLabel, label);
        return box;
    }
}
