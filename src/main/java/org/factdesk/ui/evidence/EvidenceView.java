package org.factdesk.ui.evidence;

import org.factdesk.ui.keys.KeyBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.factdesk.model.Evidence;
import org.factdesk.model.EvidenceRole;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Ranked passages for the selected claim, with buttons to cite one or read its whole article. */
public final class EvidenceView extends VBox {
    private final ListView<Evidence> list = new ListView<>();

    private final TextField query;

    public EvidenceView(EvidenceViewModel vm, BiConsumer<Evidence, EvidenceRole> attach, Consumer<Evidence> openSource,
                        Consumer<String> search, Runnable clearSearch) {
        getStyleClass().add("evidence-view");
        Label heading = new Label();
        heading.textProperty().bind(vm.headingProperty());
        heading.getStyleClass().add("pane-title");
        Label count = new Label();
        count.getStyleClass().add("pane-subtitle");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> EvidenceViewModel.countText(vm.items()), vm.items()));
        count.setMinWidth(Region.USE_PREF_SIZE);
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip loose = new Tooltip("No passage is close to the claim (the first one's estimated relevance is under the"
                + " cut-off): your archive may not cover this claim.");
        count.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> count.getText().endsWith("none close") ? loose : null, count.textProperty()));
        TextField query = new TextField();
        query.setId("archiveSearch");
        query.setPromptText("Search archive…");
        query.setTooltip(new Tooltip("Lucene syntax: words, \"exact phrase\", AND / OR / NOT, source:word, troop*, "
                + "Enter searches, Esc goes back to the claim's evidence"));
        query.setPrefWidth(170);
        query.setMinWidth(120);
        query.setOnAction(e -> {
            if (query.getText().isBlank()) {
                clearSearch.run();
            } else {
                search.accept(query.getText().strip());
            }
        });
        query.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                query.clear();
                clearSearch.run();
                e.consume();
            }
        });
        this.query = query;
        Region headSpacer = new Region();
        HBox.setHgrow(headSpacer, Priority.ALWAYS);
        HBox head = new HBox(10, heading, count, headSpacer, query);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("pane-header");

        VBox checked = new VBox(2);
        checked.setId("checkedBefore");
        checked.getStyleClass().add("checked-before");
        Runnable refreshChecked = () -> {
            checked.getChildren().clear();
            for (String line : vm.checkedBefore()) {
                Label l = new Label(line);
                l.setWrapText(true);
                l.getStyleClass().add("checked-before-line");
                l.setTooltip(new Tooltip("A fact-check published elsewhere (imported ClaimReview) that checks this claim"));
                checked.getChildren().add(l);
            }
        };
        vm.checkedBefore().addListener((javafx.beans.Observable o) -> refreshChecked.run());
        checked.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.checkedBefore()));
        checked.managedProperty().bind(checked.visibleProperty());

        list.setId("evidenceList");
        list.setAccessibleText("Evidence");
        list.setItems(vm.items());
        list.setCellFactory(EvidenceCell::new);
        Label placeholder = new Label();
        placeholder.setId("evidencePlaceholder");
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(vm.placeholderProperty());
        javafx.scene.control.Hyperlink showAnyway = new javafx.scene.control.Hyperlink("Show the nearest passages anyway");
        showAnyway.setId("showNearest");
        showAnyway.visibleProperty().bind(vm.stateProperty().isEqualTo(EvidenceViewModel.State.NOTHING_CLOSE));
        showAnyway.managedProperty().bind(showAnyway.visibleProperty());
        showAnyway.setOnAction(e -> vm.showNearestAnyway());
        VBox empty = new VBox(6, placeholder, showAnyway);
        empty.setAlignment(Pos.CENTER);
        empty.setMaxWidth(420);
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        vm.selectedProperty().bind(list.getSelectionModel().selectedItemProperty());

        Button support = new Button("Support");
        support.setId("attachSupport");
        support.getStyleClass().add("success");
        support.setTooltip(new Tooltip(KeyBinding.CITE_SUPPORTING.tip("Cite the selected passage as supporting the claim")));
        support.setOnAction(e -> attach.accept(vm.selectedProperty().get(), EvidenceRole.SUPPORTS));
        Button contradict = new Button("Contradict");
        contradict.setId("attachContradict");
        contradict.getStyleClass().add("danger");
        contradict.setTooltip(new Tooltip(KeyBinding.CITE_CONTRADICTING.tip("Cite the selected passage as contradicting the claim")));
        contradict.setOnAction(e -> attach.accept(vm.selectedProperty().get(), EvidenceRole.CONTRADICTS));
        Button open = new Button("Open source article");
        open.setId("openSource");
        open.setTooltip(new Tooltip("Read the whole archive article of the selected passage (Enter)"));
        open.setOnAction(e -> openSource.accept(vm.selectedProperty().get()));
        for (Button b : new Button[]{support, contradict, open}) {
            b.disableProperty().bind(vm.selectedProperty().isNull());
        }
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && vm.selectedProperty().get() != null) {
                openSource.accept(vm.selectedProperty().get());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && vm.selectedProperty().get() != null) {
                openSource.accept(vm.selectedProperty().get());
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, support, contradict, spacer, open);
        actions.getStyleClass().add("pane-actions");
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(head, checked, list, actions);
    }

    public TextField searchField() {
        return query;
    }

    public ListView<Evidence> list() {
        return list;
    }
}
