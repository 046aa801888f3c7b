package org.factdesk.ui.controls;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** A filter drop-down whose {@code null} entry means "any" ("All kinds", "Any outlet"). */
public final class FilterCombo {
    private FilterCombo() {
    }

    /** Names the entries with {@code label} and the null entry with {@code all}, in the list and on the button. */
    public static <T> void name(ComboBox<T> box, String all, Function<T, String> label) {
        StringConverter<T> conv = new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? all : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
        box.setConverter(conv);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(conv.toString(item));
            }
        });
        box.setPromptText(all);
        box.getStyleClass().add("filter-combo");
    }
}
