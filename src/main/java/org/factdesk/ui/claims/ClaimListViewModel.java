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
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.VerdictStatus;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The claims of the open article, filterable and sortable, with keyboard-style next/previous navigation.
 * Dismissed claims are kept aside and shown instead of the active ones when asked (to restore them).
 */
public final class ClaimListViewModel {
    /** Orders of the list; position is the order of the text. */
    public enum Sort {
        POSITION("Text order"), SCORE("Score"), STATUS("Status"), KIND("Kind");

        private final String label;

        Sort(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final ObservableList<Claim> all = FXCollections.observableArrayList();
    private final ObservableList<Claim> dismissed = FXCollections.observableArrayList();
    private final ObservableList<Claim> source = FXCollections.observableArrayList();
    private final FilteredList<Claim> filtered = new FilteredList<>(source, c -> true);
    private final SortedList<Claim> visible = new SortedList<>(filtered);
    private final ObservableSet<String> checkedBefore = FXCollections.observableSet();
    private List<org.factdesk.model.Span> captions = List.of();
    private final BooleanProperty showDismissed = new SimpleBooleanProperty(false);
    private final ObjectProperty<Sort> sort = new SimpleObjectProperty<>(Sort.POSITION);
    private final ObservableMap<String, VerdictStatus> statuses = FXCollections.observableHashMap();
    private final ObjectProperty<Claim> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ClaimKind> kindFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<VerdictStatus> statusFilter = new SimpleObjectProperty<>();
    private final StringProperty textFilter = new SimpleStringProperty("");
    /** Lowest check-worthiness score shown; null shows every score. */
    private final ObjectProperty<Double> minScoreFilter = new SimpleObjectProperty<>();
    private final StringProperty placeholder = new SimpleStringProperty("No article open.");
    private boolean replacing;

    public ClaimListViewModel() {
        all.addListener((javafx.collections.ListChangeListener<Claim>) ch -> syncSource());
        dismissed.addListener((javafx.collections.ListChangeListener<Claim>) ch -> syncSource());
        showDismissed.addListener(o -> {
            selected.set(null);
            syncSource();
            placeholder.set(showDismissed.get() ? "No dismissed claims in this article." : "No claims match the filter.");
        });
        sort.addListener(o -> resort());
        resort();
        kindFilter.addListener(o -> refilter());
        statusFilter.addListener(o -> refilter());
        textFilter.addListener(o -> refilter());
        minScoreFilter.addListener(o -> refilter());
        statuses.addListener((javafx.collections.MapChangeListener<String, VerdictStatus>) ch -> {
            if (statusFilter.get() != null) {
                refilter();
            }
            if (sort.get() == Sort.STATUS) {
                resort();
            }
        });
    }

    public void show(List<Claim> claims, java.util.Map<String, VerdictStatus> claimStatuses) {
        show(claims, List.of(), claimStatuses, java.util.Set.of());
    }

    /** Shows an article's claims, the ones dismissed, their statuses and which repeat claims checked before. */
    public void show(List<Claim> claims, List<Claim> dismissedClaims, java.util.Map<String, VerdictStatus> claimStatuses,
                     java.util.Set<String> repeatsCheckedClaim) {
        selected.set(null);
        statuses.clear();
        statuses.putAll(claimStatuses);
        checkedBefore.clear();
        checkedBefore.addAll(repeatsCheckedClaim);
        dismissed.setAll(dismissedClaims);
        all.setAll(claims);
        placeholder.set(claims.isEmpty()
                ? "No check-worthy claims found in this article.\nSelect text in the article to add one by hand."
                : "No claims match the filter.");
    }

    /**
     * The same article's claims with the scores that arrived later (docs/decisions/0034): the list re-sorts and
     * re-filters, and the selection stays on the same claim (same id). Should the new scores drop the selected
     * claim, the claim now nearest to it in the text is selected. Filters, statuses and dismissed claims stay.
     */
    public void rescored(List<Claim> claims, java.util.Set<String> repeatsCheckedClaim) {
        Claim was = selected.get();
        replacing = true;
        try {
            checkedBefore.addAll(repeatsCheckedClaim);
            all.setAll(claims);
        } finally {
            replacing = false;
        }
        if (was == null || showDismissed.get()) {
            return;
        }
        Claim same = visible.stream().filter(c -> c.id().equals(was.id())).findFirst().orElseGet(() -> nearest(was));
        selected.set(same);
    }

    private Claim nearest(Claim was) {
        Claim best = null;
        for (Claim c : visible) {
            if (best == null || Math.abs(c.start() - was.start()) < Math.abs(best.start() - was.start())) {
                best = c;
            }
        }
        return best;
    }

    /**
     * True while {@link #rescored} swaps the list: a list view then loses its selection for a moment, which is not
     * the reviewer choosing another claim.
     */
    public boolean isReplacing() {
        return replacing;
    }

    /** Whether two claims differ only in their score (the same claim, scored again). */
    public static boolean sameButScore(Claim a, Claim b) {
        return a != null && b != null && a.withScore(b.score()).equals(b);
    }

    /** The article's captions: a claim in one is marked "Caption" in the list (added and split claims too). */
    public void markCaptions(org.factdesk.model.Article article) {
        captions = article == null ? List.of() : article.captions();
    }

    public boolean isInCaption(Claim c) {
        for (org.factdesk.model.Span span : captions) {
            if (span.contains(c.start())) {
                return true;
            }
        }
        return false;
    }

    public void loading(String message) {
        selected.set(null);
        all.clear();
        dismissed.clear();
        placeholder.set(message);
    }

    public void clear() {
        selected.set(null);
        all.clear();
        dismissed.clear();
        checkedBefore.clear();
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

    /** "3 of 12 reviewed" (under the "Claims" heading), kept current as verdicts change. */
    public StringBinding progressText() {
        return progressText("");
    }

    /** "3 of 12 claims reviewed" with {@code counted} = "claims " (where no heading says what is counted). */
    public StringBinding progressText(String counted) {
        return Bindings.createStringBinding(
                () -> all.isEmpty() ? "" : reviewedCount() + " of " + all.size() + " " + counted + "reviewed", all,
                statuses);
    }

    private void syncSource() {
        List<Claim> want = showDismissed.get() ? dismissed : all;
        if (!source.equals(want)) {
            source.setAll(want);
        }
    }

    private void resort() {
        java.util.Comparator<Claim> byPosition = java.util.Comparator.comparingInt(Claim::start).thenComparingInt(Claim::end);
        visible.setComparator(switch (sort.get() == null ? Sort.POSITION : sort.get()) {
            case POSITION -> byPosition;
            case SCORE -> java.util.Comparator.comparingDouble(Claim::score).reversed().thenComparing(byPosition);
            // Unreviewed first: what is still to do leads.
            case STATUS -> java.util.Comparator.<Claim>comparingInt(c -> statusOf(c).ordinal()).thenComparing(byPosition);
            case KIND -> java.util.Comparator.<Claim>comparingInt(c -> c.kind().ordinal()).thenComparing(byPosition);
        });
    }

    /** True when the claim repeats one the desk checked in another article. */
    public boolean repeatsCheckedClaim(Claim c) {
        return checkedBefore.contains(c.id());
    }

    public boolean isDismissed(Claim c) {
        return dismissed.contains(c);
    }

    public ObservableList<Claim> dismissed() {
        return dismissed;
    }

    public ObservableSet<String> checkedBefore() {
        return checkedBefore;
    }

    public BooleanProperty showDismissedProperty() {
        return showDismissed;
    }

    public ObjectProperty<Sort> sortProperty() {
        return sort;
    }

    private void refilter() {
        ClaimKind kind = kindFilter.get();
        VerdictStatus status = statusFilter.get();
        String text = textFilter.get() == null ? "" : textFilter.get().strip().toLowerCase(Locale.ROOT);
        Double minScore = minScoreFilter.get();
        Predicate<Claim> p = c -> (kind == null || c.kind() == kind)
                && (status == null || statusOf(c) == status)
                && (minScore == null || c.score() >= minScore)
                && (text.isEmpty() || c.text().toLowerCase(Locale.ROOT).contains(text)
                    || (c.speaker() != null && c.speaker().toLowerCase(Locale.ROOT).contains(text)));
        filtered.setPredicate(p);
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

    /** The score choices of the filter, lowest score kept (null = any score). */
    public static final List<Double> SCORE_STEPS = List.of(0.25, 0.5, 0.75);

    public ObjectProperty<Double> minScoreFilterProperty() {
        return minScoreFilter;
    }

    public StringProperty placeholderProperty() {
        return placeholder;
    }
}
