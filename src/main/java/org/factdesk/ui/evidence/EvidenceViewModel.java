package org.factdesk.ui.evidence;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.factdesk.model.Evidence;

import java.util.List;

/** The ranked passages for the selected claim, and what to say when there are none. */
public final class EvidenceViewModel {
    public enum State { NO_CLAIM, LOADING, EMPTY, NOTHING_CLOSE, READY, FAILED }

    static final String NO_CLAIM_TEXT = "Select a claim to see what your archive says about it.";
    static final String EMPTY_TEXT = "No passages in your archive bear on this claim.\n"
            + "Import prior articles (File › Import into archive…) to check it against them.";

    private final ObservableList<Evidence> items = FXCollections.observableArrayList();
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.NO_CLAIM);
    private final StringProperty placeholder = new SimpleStringProperty(NO_CLAIM_TEXT);
    private final ObjectProperty<Evidence> selected = new SimpleObjectProperty<>();
    private final StringProperty claimId = new SimpleStringProperty();
    private final StringProperty heading = new SimpleStringProperty(CLAIM_HEADING);
    private String lastClaimId;
    /** A claim's passages when none is close: shown only on request. */
    private List<Evidence> held = List.of();

    static final String CLAIM_HEADING = "Evidence";

    public void noClaim() {
        checkedBefore.clear();
        lastClaimId = null;
        heading.set(CLAIM_HEADING);
        claimId.set(null);
        items.clear();
        state.set(State.NO_CLAIM);
        placeholder.set(NO_CLAIM_TEXT);
    }

    public void loading(String forClaimId) {
        held = List.of();
        checkedBefore.clear();
        lastClaimId = forClaimId;
        heading.set(CLAIM_HEADING);
        claimId.set(forClaimId);
        items.clear();
        state.set(State.LOADING);
        placeholder.set("Searching your archive…");
    }

    /**
     * Results for a claim; ignored when the reviewer has moved on to another claim meanwhile. When nothing in them is
     * close to the claim (the first passage's relevance is under the cut-off, decision 41), the list says so and
     * holds the passages back until the reviewer asks for them ({@link #showNearestAnyway}).
     */
    public void show(String forClaimId, List<Evidence> found) {
        if (!forClaimId.equals(claimId.get())) {
            return;
        }
        held = List.of();
        if (!found.isEmpty() && org.factdesk.app.Workbench.nothingClose(found)) {
            held = List.copyOf(found);
            items.clear();
            state.set(State.NOTHING_CLOSE);
            double best = found.getFirst().relevance();
            placeholder.set("Nothing close in your archive." + (Double.isNaN(best) ? ""
                    : String.format(java.util.Locale.ROOT, " The nearest passage's relevance is %.2f; a passage about the"
                    + " claim's subject usually has more.", best)));
            return;
        }
        items.setAll(found);
        state.set(found.isEmpty() ? State.EMPTY : State.READY);
        placeholder.set(found.isEmpty() ? EMPTY_TEXT : "");
    }

    /** The passages held back because nothing was close: listed on request, still marked as far. */
    public void showNearestAnyway() {
        if (state.get() == State.NOTHING_CLOSE && !held.isEmpty()) {
            items.setAll(held);
            state.set(State.READY);
            placeholder.set("");
        }
    }

    /** Earlier fact-checks published elsewhere that check the claim: "Checked before by OUTLET (DATE): RATING — URL". */
    private final ObservableList<String> checkedBefore = FXCollections.observableArrayList();

    public ObservableList<String> checkedBefore() {
        return checkedBefore;
    }

    /** The claim's published checks (ignored when the reviewer has moved on to another claim). */
    public void showCheckedBefore(String forClaimId, List<String> lines) {
        if (forClaimId.equals(claimId.get())) {
            checkedBefore.setAll(lines);
        }
    }

    /** Whether the passages shown (or held back) are far from the claim: nothing in the archive is close. */
    public boolean nothingClose() {
        return !held.isEmpty();
    }

    public void failed(String forClaimId, String message) {
        if (!forClaimId.equals(claimId.get())) {
            return;
        }
        items.clear();
        state.set(State.FAILED);
        placeholder.set("Could not search the archive: " + message);
    }

    /** Archive search results replace the claim's evidence until the search is cleared; returns the result key. */
    public String searching(String query) {
        String key = "?" + query;
        heading.set("Archive search");
        claimId.set(key);
        items.clear();
        state.set(State.LOADING);
        placeholder.set("Searching your archive…");
        return key;
    }

    public void searchShown(String key, List<Evidence> found) {
        if (!key.equals(claimId.get())) {
            return;
        }
        items.setAll(found);
        state.set(found.isEmpty() ? State.EMPTY : State.READY);
        placeholder.set(found.isEmpty() ? "Nothing in your archive matches this search." : "");
    }

    /** A bad query: the reason, and how to write it instead. */
    public void searchFailed(String key, String message) {
        if (!key.equals(claimId.get())) {
            return;
        }
        items.clear();
        state.set(State.FAILED);
        placeholder.set(message + "\nUse words, \"exact phrases\", AND / OR / NOT, field:word, word* or word~.");
    }

    /** The claim whose evidence to show again after a search is cleared, or null. */
    public String lastClaimId() {
        return lastClaimId;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    public ObservableList<Evidence> items() {
        return items;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder;
    }

    public ObjectProperty<Evidence> selectedProperty() {
        return selected;
    }

    /**
     * "10 passages from your archive", or, when every one shares little of the claim's wording, a warning that
     * the archive may not cover the claim (ten weak matches otherwise look like ten findings).
     */
    static String countText(List<Evidence> items) {
        if (items.isEmpty()) {
            return "";
        }
        String n = items.size() == 1 ? "1 passage" : items.size() + " passages";
        boolean relevanceKnown = !Double.isNaN(items.get(0).relevance());
        if (relevanceKnown ? org.factdesk.app.Workbench.nothingClose(items) : items.stream().allMatch(Evidence::coversLittle)) {
            return n + ", none close";
        }
        return n + " from your archive";
    }
}
