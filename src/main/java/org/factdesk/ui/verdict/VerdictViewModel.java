package org.factdesk.ui.verdict;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.factdesk.model.CitedEvidence;
import org.factdesk.model.Claim;
import org.factdesk.model.Evidence;
import org.factdesk.model.EvidenceRole;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictChange;
import org.factdesk.model.VerdictStatus;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The review of the selected claim. Every reviewer edit becomes a save request (status, confidence and
 * evidence at once; the rationale when committed by focus loss, a pause in typing, the Save button or a
 * claim switch), so nothing typed is lost. Loading a verdict never triggers a save.
 */
public final class VerdictViewModel {
    /** Where save requests go (the main view model runs them off the FX thread). */
    public interface Saver {
        void save(Verdict verdict, String action);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
            .withZone(ZoneId.systemDefault());

    private final ObjectProperty<Claim> claim = new SimpleObjectProperty<>();
    private final ObjectProperty<VerdictStatus> status = new SimpleObjectProperty<>(VerdictStatus.UNREVIEWED);
    private final IntegerProperty confidence = new SimpleIntegerProperty(0);
    private final StringProperty rationale = new SimpleStringProperty("");
    private final ObservableList<CitedEvidence> evidence = FXCollections.observableArrayList();
    private final ObservableList<VerdictChange> history = FXCollections.observableArrayList();
    private final StringProperty saveState = new SimpleStringProperty("");
    private final BooleanProperty rationaleDirty = new SimpleBooleanProperty(false);
    private final StringProperty reviewer = new SimpleStringProperty(System.getProperty("user.name", ""));

    private Saver saver = (v, a) -> { };
    private Verdict saved;
    private boolean loading;

    public VerdictViewModel() {
        status.addListener((obs, old, now) -> {
            if (!loading && claim.get() != null && now != null && now != old) {
                requestSave("status");
            }
        });
        confidence.addListener((obs, old, now) -> {
            if (!loading && claim.get() != null && !Objects.equals(old, now)) {
                requestSave("confidence");
            }
        });
        rationale.addListener((obs, old, now) -> rationaleDirty.set(
                saved != null && !Objects.equals(now, saved.rationale())));
    }

    public void setSaver(Saver saver) {
        this.saver = Objects.requireNonNull(saver);
    }

    /** Shows a claim's verdict; first saves a rationale still being typed for the previous claim. */
    public void show(Claim newClaim, Verdict verdict, List<VerdictChange> changes) {
        commitRationale();
        loading = true;
        try {
            claim.set(newClaim);
            saved = verdict;
            status.set(verdict.status());
            confidence.set(verdict.confidence());
            rationale.set(verdict.rationale());
            evidence.setAll(verdict.evidence());
            history.setAll(newestFirst(changes));
            rationaleDirty.set(false);
            saveState.set(describe(verdict));
        } finally {
            loading = false;
        }
    }

    /** No claim selected. */
    public void clear() {
        commitRationale();
        loading = true;
        try {
            claim.set(null);
            saved = null;
            status.set(VerdictStatus.UNREVIEWED);
            confidence.set(0);
            rationale.set("");
            evidence.clear();
            history.clear();
            rationaleDirty.set(false);
            saveState.set("No claim selected");
        } finally {
            loading = false;
        }
    }

    /** Saves the rationale if it changed since the last save. */
    public void commitRationale() {
        if (claim.get() != null && saved != null && !Objects.equals(rationale.get(), saved.rationale())) {
            requestSave("rationale");
        }
    }

    /** Attaches a passage (or changes the role of one already attached). */
    public void attach(Evidence passage, EvidenceRole role) {
        if (claim.get() == null || passage == null) {
            return;
        }
        CitedEvidence cited = CitedEvidence.of(passage, role);
        int existing = indexOf(cited);
        if (existing >= 0) {
            if (evidence.get(existing).role() == role) {
                return;
            }
            evidence.set(existing, cited);
        } else {
            evidence.add(cited);
        }
        requestSave("evidence");
    }

    public void remove(CitedEvidence cited) {
        if (claim.get() != null && evidence.remove(cited)) {
            requestSave("evidence");
        }
    }

    /** The save came back from the store: it is the new baseline (the reviewer may have typed on). */
    public void applySaved(Verdict verdict, List<VerdictChange> changes) {
        if (claim.get() == null || !claim.get().id().equals(verdict.claimId())) {
            return;
        }
        saved = verdict;
        history.setAll(newestFirst(changes));
        rationaleDirty.set(!Objects.equals(rationale.get(), verdict.rationale()));
        saveState.set(describe(verdict));
    }

    public void saveFailed(String message) {
        saveState.set("Not saved: " + message);
    }

    /** The verdict as shown now. */
    public Verdict current() {
        Claim c = claim.get();
        if (c == null) {
            return null;
        }
        return new Verdict(c.id(), status.get(), rationale.get(), confidence.get(), reviewer.get(),
                saved == null ? null : saved.updatedAt(), new ArrayList<>(evidence));
    }

    private void requestSave(String action) {
        Verdict v = current();
        saved = v; // optimistic baseline so one edit is not sent twice
        rationaleDirty.set(false);
        saveState.set("Saving…");
        saver.save(v, action);
    }

    private int indexOf(CitedEvidence cited) {
        for (int i = 0; i < evidence.size(); i++) {
            CitedEvidence e = evidence.get(i);
            if (Objects.equals(e.docId(), cited.docId()) && Objects.equals(e.passage(), cited.passage())) {
                return i;
            }
        }
        return -1;
    }

    private static List<VerdictChange> newestFirst(List<VerdictChange> changes) {
        List<VerdictChange> copy = new ArrayList<>(changes);
        copy.sort((a, b) -> Long.compare(b.seq(), a.seq()));
        return copy;
    }

    private static String describe(Verdict v) {
        if (v.updatedAt() == null) {
            return "Not reviewed yet";
        }
        String by = v.reviewer().isBlank() ? "" : " by " + v.reviewer();
        return "Saved " + TIME.format(v.updatedAt()) + by;
    }

    public static String describeTime(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    public ReadOnlyObjectProperty<Claim> claimProperty() {
        return claim;
    }

    public ObjectProperty<VerdictStatus> statusProperty() {
        return status;
    }

    public IntegerProperty confidenceProperty() {
        return confidence;
    }

    public StringProperty rationaleProperty() {
        return rationale;
    }

    public StringProperty reviewerProperty() {
        return reviewer;
    }

    public ObservableList<CitedEvidence> evidence() {
        return evidence;
    }

    public ObservableList<VerdictChange> history() {
        return history;
    }

    public ReadOnlyStringProperty saveStateProperty() {
        return saveState;
    }

    public ReadOnlyBooleanProperty rationaleDirtyProperty() {
        return rationaleDirty;
    }
}
