package org.factdesk.ui.claims;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.VerdictStatus;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** The claims of the open article, filterable, with keyboard-style next/previous navigation. */
public final class ClaimListViewModel {
    private final ObservableList<Claim> all = FXCollections.observableArrayList();
    private final FilteredList<Claim> visible = new FilteredList<>(all, c -> true);
    private final ObservableMap<String, VerdictStatus> statuses = FXCollections.observableHashMap();
    private final ObjectProperty<Claim> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ClaimKind> kindFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<VerdictStatus> statusFilter = new SimpleObjectProperty<>();
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final StringProperty placeholder = new SimpleStringProperty("No article open.");

    public ClaimListViewModel() {
        kindFilter.addListener(o -> refilter());
        statusFilter.addListener(o -> refilter());
        textFilter.addListener(o -> refilter());
        statuses.addListener((javafx.collections.MapChangeListener<String, VerdictStatus>) ch -> {
            if (statusFilter.get() != null) {
                refilter();
            }
        });
    }

    public void show(List<Claim> claims, java.util.Map<String, VerdictStatus> claimStatuses) {
        selected.set(null);
        statuses.clear();
        statuses.putAll(claimStatuses);
        all.setAll(claims);
        placeholder.set(claims.isEmpty()
                ? "No check-worthy claims found in this article.\nSelect text in the article to add one by hand."
                : "No claims match the filter.");
    }

    public void loading(String message) {
        selected.set(null);
        all.clear();
        placeholder.set(message);
    }

    public void clear() {
        selected.set(null);
        all.clear();
        statuses.clear();
        placeholder.set("No article open.");
    }

    public VerdictStatus statusOf(Claim c) {
        return statuses.getOrDefault(c.id(), VerdictStatus.UNREVIEWED);
    }

    public void setStatus(String claimId, VerdictStatus status) {
        statuses.put(claimId, status);
    }

    /** Selects the next visible claim (the first when none is selected); returns it or null. */
    public Claim next() {
        return step(+1);
    }

    public Claim previous() {
        return step(-1);
    }

    private Claim step(int delta) {
        if (visible.isEmpty()) {
            return null;
        }
        int i = visible.indexOf(selected.get());
        int target = i < 0 ? (delta > 0 ? 0 : visible.size() - 1) : Math.max(0, Math.min(visible.size() - 1, i + delta));
        selected.set(visible.get(target));
        return selected.get();
    }

    public long reviewedCount() {
        return all.stream().filter(c -> statusOf(c) != VerdictStatus.UNREVIEWED).count();
    }

    /** "3 of 12 claims reviewed", kept current as verdicts change. */
    public StringBinding progressText() {
        return Bindings.createStringBinding(
                () -> all.isEmpty() ? "" : reviewedCount() + " of " + all.size() + " claims reviewed", all, statuses);
    }

    private void refilter() {
        ClaimKind kind = kindFilter.get();
        VerdictStatus status = statusFilter.get();
        String text = textFilter.get() == null ? "" : textFilter.get().strip().toLowerCase(Locale.ROOT);
        Predicate<Claim> p = c -> (kind == null || c.kind() == kind)
                && (status == null || statusOf(c) == status)
                && (text.isEmpty() || c.text().toLowerCase(Locale.ROOT).contains(text)
                    || (c.speaker() != null && c.speaker().toLowerCase(Locale.ROOT).contains(text)));
        visible.setPredicate(p);
    }

    public ObservableList<Claim> all() {
        return all;
    }

    public ObservableList<Claim> visible() {
        return visible;
    }

    public ObservableMap<String, VerdictStatus> statuses() {
        return statuses;
    }

    public ObjectProperty<Claim> selectedProperty() {
        return selected;
    }

    public ObjectProperty<ClaimKind> kindFilterProperty() {
        return kindFilter;
    }

    public ObjectProperty<VerdictStatus> statusFilterProperty() {
        return statusFilter;
    }

    public StringProperty textFilterProperty() {
        return textFilter;
    }

    public StringProperty placeholderProperty() {
        return placeholder;
    }
}
