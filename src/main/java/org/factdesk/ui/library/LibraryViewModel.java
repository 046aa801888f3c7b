package org.factdesk.ui.library;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.factdesk.store.ArticleSummary;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Every article reviewed, with its progress; filtered by status, outlet, publication date and a text search. */
public final class LibraryViewModel {
    /** How far the review of an article has got. */
    public enum Status {
        NOT_STARTED("Not started"), IN_PROGRESS("In progress"), DONE("Done");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Status of(ArticleSummary s) {
            if (s.reviewedCount() == 0) {
                return NOT_STARTED;
            }
            return s.reviewedCount() >= s.claimCount() ? DONE : IN_PROGRESS;
        }
    }

    private final ObservableList<ArticleSummary> all = FXCollections.observableArrayList();
    private final FilteredList<ArticleSummary> shown = new FilteredList<>(all, s -> true);
    private final ObservableList<String> outlets = FXCollections.observableArrayList();
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>();
    private final ObjectProperty<String> outlet = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");

    public LibraryViewModel() {
        status.addListener(o -> refilter());
        outlet.addListener(o -> refilter());
        from.addListener(o -> refilter());
        to.addListener(o -> refilter());
        search.addListener(o -> refilter());
    }

    public void show(List<ArticleSummary> articles) {
        all.setAll(articles);
        List<String> names = articles.stream().map(s -> s.article().source()).filter(s -> !s.isBlank()).distinct().sorted().toList();
        outlets.setAll(names);
        refilter();
    }

    private void refilter() {
        Status st = status.get();
        String out = outlet.get();
        LocalDate f = from.get();
        LocalDate t = to.get();
        String[] words = search.get() == null ? new String[0]
                : search.get().strip().toLowerCase(Locale.ROOT).split("\\s+");
        shown.setPredicate(s -> (st == null || Status.of(s) == st)
                && (out == null || out.equals(s.article().source()))
                && (f == null || (s.article().published() != null && !s.article().published().isBefore(f)))
                && (t == null || (s.article().published() != null && !s.article().published().isAfter(t)))
                && matches(s, words));
    }

    /** Every word of the search appears in the title, outlet or text. */
    private static boolean matches(ArticleSummary s, String[] words) {
        String hay = null;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (hay == null) {
                hay = (s.article().title() + "\n" + s.article().source() + "\n" + s.article().text()).toLowerCase(Locale.ROOT);
            }
            if (!hay.contains(w)) {
                return false;
            }
        }
        return true;
    }

    public ObservableList<ArticleSummary> shown() {
        return shown;
    }

    public ObservableList<String> outlets() {
        return outlets;
    }

    public ObjectProperty<Status> statusProperty() {
        return status;
    }

    public ObjectProperty<String> outletProperty() {
        return outlet;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty searchProperty() {
        return search;
    }
}
