package org.factdesk.ui.library;

import org.factdesk.ui.keys.KeyBinding;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.factdesk.store.ArticleSummary;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import java.util.function.Function;

/** The article library (Ctrl+L): every article reviewed; double-click or Enter reopens it where the reviewer left off. */
public final class LibraryWindow {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").withZone(ZoneId.systemDefault());

    private LibraryWindow() {
    }

    public static Stage show(Window owner, LibraryViewModel vm, Consumer<ArticleSummary> open, String stylesheet,
                             Consumer<javafx.scene.Parent> theme) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Article library — FactDesk");

        Label heading = new Label("Article library");
        heading.getStyleClass().add("pane-title");
        Label count = new Label();
        count.setId("libraryCount");
        count.getStyleClass().add("pane-subtitle");
        count.textProperty().bind(javafx.beans.binding.Bindings.size(vm.shown()).asString("%d articles"));
        HBox head = new HBox(10, heading, count);
        head.setAlignment(Pos.BASELINE_LEFT);

        TextField search = new TextField();
        search.setId("librarySearch");
        search.setPromptText("Search titles and text");
        search.textProperty().bindBidirectional(vm.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        ComboBox<LibraryViewModel.Status> status = combo(LibraryViewModel.Status.values(), "Any status", LibraryViewModel.Status::label);
        status.setId("libraryStatus");
        status.valueProperty().bindBidirectional(vm.statusProperty());
        ComboBox<String> outlet = new ComboBox<>();
        outlet.setId("libraryOutlet");
        outlet.getItems().add(null);
        vm.outlets().addListener((javafx.beans.Observable o) -> {
            String keep = outlet.getValue();
            outlet.getItems().setAll(vm.outlets());
            outlet.getItems().addFirst(null);
            outlet.setValue(keep);
        });
        outlet.getItems().addAll(vm.outlets());
        setNames(outlet, "Any outlet", s -> s);
        outlet.valueProperty().bindBidirectional(vm.outletProperty());
        outlet.setPrefWidth(180);
        DatePicker from = new DatePicker();
        from.setId("libraryFrom");
        from.setPromptText("from");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        from.setPrefWidth(135);
        DatePicker to = new DatePicker();
        to.setId("libraryTo");
        to.setPromptText("to");
        to.valueProperty().bindBidirectional(vm.toProperty());
        to.setPrefWidth(135);
        Button clear = new Button("Clear filters");
        clear.getStyleClass().addAll("flat", "small");
        clear.setOnAction(e -> {
            vm.searchProperty().set("");
            vm.statusProperty().set(null);
            vm.outletProperty().set(null);
            vm.fromProperty().set(null);
            vm.toProperty().set(null);
        });
        Label searchLabel = new Label("Search");
        searchLabel.getStyleClass().add("field-label");
        searchLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label publishedLabel = new Label("Published");
        publishedLabel.getStyleClass().add("field-label");
        publishedLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox filters = new HBox(8, searchLabel, search, status, outlet, publishedLabel, from, to, clear);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<ArticleSummary> table = new TableView<>(vm.shown());
        table.setId("libraryTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ArticleSummary, String> title = column("Title", s -> s.article().displayTitle(), 370);
        TableColumn<ArticleSummary, String> source = column("Outlet", s -> s.article().source(), 190);
        TableColumn<ArticleSummary, String> published = column("Published",
                s -> s.article().published() == null ? "" : DATE.format(s.article().published()), 100);
        TableColumn<ArticleSummary, ArticleSummary> progress = new TableColumn<>("Reviewed");
        progress.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
        progress.setCellFactory(c -> new ProgressCell());
        progress.setPrefWidth(130);
        TableColumn<ArticleSummary, String> state = column("Status", s -> LibraryViewModel.Status.of(s).label(), 100);
        TableColumn<ArticleSummary, String> opened = column("Last opened",
                s -> s.lastOpened() == null ? "never" : WHEN.format(s.lastOpened()), 150);
        table.getColumns().addAll(java.util.List.of(title, source, published, progress, state, opened));
        Label empty = new Label("No article matches. Clear the filters, or open an article ("
                + KeyBinding.OPEN_FILE.keys() + ") to review it.");
        empty.getStyleClass().add("placeholder");
        table.setPlaceholder(empty);
        table.setRowFactory(t -> {
            TableRow<ArticleSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    stage.close();
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                ArticleSummary s = table.getSelectionModel().getSelectedItem();
                stage.close();
                open.accept(s);
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Label hint = new Label("Double-click or Enter: reopen at the claim you reviewed last.  Esc: close.");
        hint.getStyleClass().add("pane-subtitle");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button openButton = new Button("Open");
        openButton.setId("libraryOpen");
        openButton.setDefaultButton(false);
        openButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        openButton.setOnAction(e -> {
            ArticleSummary s = table.getSelectionModel().getSelectedItem();
            stage.close();
            open.accept(s);
        });
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox bottom = new HBox(8, hint, spacer, openButton, close);
        bottom.setAlignment(Pos.CENTER_LEFT);

        VBox root = new VBox(12, head, filters, table, bottom);
        root.setPadding(new Insets(16));
        root.setId("libraryWindow");
        root.getStyleClass().add("library-window");
        BorderPane wrap = new BorderPane(root);
        Scene scene = new Scene(wrap, 1120, 620);
        scene.getStylesheets().add(stylesheet);
        theme.accept(wrap);
        stage.setScene(scene);
        stage.show();
        search.requestFocus();
        return stage;
    }

    private static TableColumn<ArticleSummary, String> column(String name, Function<ArticleSummary, String> value, double width) {
        TableColumn<ArticleSummary, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static <T> ComboBox<T> combo(T[] values, String all, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(values);
        setNames(box, all, label);
        return box;
    }

    private static <T> void setNames(ComboBox<T> box, String all, Function<T, String> label) {
        org.factdesk.ui.controls.FilterCombo.name(box, all, label);
        box.setMinWidth(Region.USE_PREF_SIZE);
    }

    /** "3 / 12" with a bar. */
    private static final class ProgressCell extends TableCell<ArticleSummary, ArticleSummary> {
        private final ProgressBar bar = new ProgressBar();
        private final Label text = new Label();
        private final HBox box = new HBox(8, bar, text);

        ProgressCell() {
            bar.setPrefWidth(70);
            bar.getStyleClass().add("score-bar");
            box.setAlignment(Pos.CENTER_LEFT);
            text.setMinWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(ArticleSummary s, boolean empty) {
            super.updateItem(s, empty);
            setText(null);
            if (empty || s == null) {
                setGraphic(null);
                return;
            }
            bar.setProgress(s.claimCount() == 0 ? 0 : (double) s.reviewedCount() / s.claimCount());
            text.setText(s.reviewedCount() + " / " + s.claimCount());
            setGraphic(box);
        }
    }
}
