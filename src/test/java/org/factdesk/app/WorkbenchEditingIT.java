package org.factdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.VerdictChange;
import org.factdesk.model.VerdictStatus;
import org.factdesk.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reviewer shapes the claims (add, reword, split, merge, dismiss) on a real workspace; verdicts survive. */
class WorkbenchEditingIT {
    private static final String TEXT = "The council approved 4,500 new homes on Monday. The mayor said the plan "
            + "would cost $300 million. Residents were divided. Work starts in March and ends in 2027.";

    @TempDir
    Path dataDir;

    private static Article article(Workbench wb) {
        return wb.openText(TEXT, "Housing plan", "City Wire", LocalDate.of(2024, 3, 4), "");
    }

    @Test
    void addsAManualClaimFromASelectionThatReextractionKeeps() {
        try (Workbench wb = Workbench.open(dataDir)) {
            Article a = article(wb);
            wb.claims(a, Progress.NONE);
            int start = TEXT.indexOf("Residents");
            Claim added = wb.addClaim(a.id(), start - 1, start + "Residents were divided.".length() + 1, ClaimKind.ASSERTION);
            assertThat(added.text()).isEqualTo("Residents were divided.");
            assertThat(added.start()).isEqualTo(start);
            assertThat(added.score()).isEqualTo(1.0);
            wb.reextract(a, Progress.NONE);
            assertThat(wb.claims(a, Progress.NONE)).extracting(Claim::id).contains(added.id());
            assertThatThrownBy(() -> wb.addClaim(a.id(), 5, 5, ClaimKind.EVENT)).hasMessageContaining("Select");
        }
    }

    @Test
    void aReviewedClaimAnEarlierFinderCutOtherwiseSurvivesReextraction() {
        Article a;
        Claim old;
        try (Workbench wb = Workbench.open(dataDir)) {
            a = article(wb);
            wb.claims(a, Progress.NONE);
        }
        // what an earlier FactDesk found: the first two sentences as one claim, stored as found
        int end = TEXT.indexOf("Residents") - 1;
        String words = TEXT.substring(0, end);
        old = new Claim(Claim.idFor(a.id(), words), a.id(), words, ClaimKind.QUANTITY, 0, end, 0.9, List.of(), null,
                null, List.of());
        try (org.factdesk.store.Store store = org.factdesk.store.Store.open(dataDir.resolve(Workbench.DB_FILE))) {
            List<Claim> stored = new java.util.ArrayList<>(store.claims(a.id()));
            stored.removeIf(c -> c.start() < end);
            stored.addFirst(old);
            store.saveClaims(a.id(), stored);
        }
        try (Workbench wb = Workbench.open(dataDir)) {
            wb.saveVerdict(wb.verdict(old.id()).withStatus(VerdictStatus.DISPUTED).withRationale("Two figures"), "status");

            wb.reextract(a, Progress.NONE);

            List<Claim> claims = wb.claims(a, Progress.NONE);
            assertThat(claims).extracting(Claim::id).contains(old.id());
            assertThat(wb.verdict(old.id()).rationale()).isEqualTo("Two figures");
            // the sentences found inside it now would list it twice; the one after it stays
            assertThat(claims).noneMatch(c -> !c.id().equals(old.id()) && c.end() <= end)
                    .anyMatch(c -> c.text().startsWith("Work starts"));
            wb.reextract(a, Progress.NONE); // and again: it is the reviewer's now
            assertThat(wb.claims(a, Progress.NONE)).extracting(Claim::id).contains(old.id());
        }
    }

    @Test
    void rewordingKeepsTheSpanAndTheVerdictAndSurvivesReextraction() {
        try (Workbench wb = Workbench.open(dataDir)) {
            Article a = article(wb);
            Claim c = withText(wb.claims(a, Progress.NONE), "4,500");
            wb.saveVerdict(wb.verdict(c.id()).withStatus(VerdictStatus.VERIFIED), "status");
            Claim reworded = wb.rewordClaim(c.id(), "  The council approved 4,500 homes  ");
            assertThat(reworded.text()).isEqualTo("The council approved 4,500 homes");
            assertThat(reworded.span()).isEqualTo(c.span());
            wb.reextract(a, Progress.NONE);
            Claim after = wb.claim(c.id()).orElseThrow();
            assertThat(after.text()).isEqualTo("The council approved 4,500 homes");
            assertThat(wb.verdict(c.id()).status()).isEqualTo(VerdictStatus.VERIFIED);
            assertThatThrownBy(() -> wb.rewordClaim(c.id(), " ")).hasMessageContaining("wording");
        }
    }

    @Test
    void splitsAtTheCaretAndMergesBackWithTheFirstVerdictKept() {
        try (Workbench wb = Workbench.open(dataDir)) {
            Article a = article(wb);
            int start = TEXT.indexOf("Work starts");
            Claim c = wb.addClaim(a.id(), start, TEXT.length(), ClaimKind.EVENT);
            wb.saveVerdict(wb.verdict(c.id()).withStatus(VerdictStatus.DISPUTED), "status");
            List<Claim> parts = wb.splitClaim(c.id(), TEXT.indexOf(" and ends"));
            assertThat(parts).extracting(Claim::text).containsExactly("Work starts in March", "and ends in 2027.");
            assertThat(parts.getFirst().id()).isEqualTo(c.id());
            assertThat(wb.verdict(parts.getFirst().id()).status()).isEqualTo(VerdictStatus.DISPUTED);
            assertThat(wb.claims(a, Progress.NONE)).extracting(Claim::id).contains(parts.get(0).id(), parts.get(1).id());

            Claim merged = wb.mergeClaims(parts.get(1).id(), parts.get(0).id());
            assertThat(merged.id()).isEqualTo(c.id());
            assertThat(merged.text()).isEqualTo("Work starts in March and ends in 2027.");
            assertThat(wb.claims(a, Progress.NONE)).extracting(Claim::id).doesNotContain(parts.get(1).id());
            assertThat(wb.dismissedClaims(a.id())).extracting(Claim::id).contains(parts.get(1).id());
            assertThatThrownBy(() -> wb.splitClaim(c.id(), start)).hasMessageContaining("caret");
        }
    }

    @Test
    void refusesToMergeClaimsWithAnotherBetween() {
        try (Workbench wb = Workbench.open(dataDir)) {
            Article a = article(wb);
            Claim first = wb.addClaim(a.id(), 0, TEXT.indexOf(" The mayor"), ClaimKind.QUANTITY);
            int r = TEXT.indexOf("Residents");
            wb.addClaim(a.id(), r, r + "Residents were divided.".length(), ClaimKind.ASSERTION);
            int w = TEXT.indexOf("Work");
            Claim last = wb.addClaim(a.id(), w, TEXT.length(), ClaimKind.EVENT);
            assertThatThrownBy(() -> wb.mergeClaims(first.id(), last.id())).hasMessageContaining("adjacent");
        }
    }

    @Test
    void dismissedClaimsKeepTheirVerdictAndComeBack() {
        try (Workbench wb = Workbench.open(dataDir)) {
            Article a = article(wb);
            Claim c = withText(wb.claims(a, Progress.NONE), "$300");
            wb.saveVerdict(wb.verdict(c.id()).withStatus(VerdictStatus.FALSE), "status");
            wb.dismissClaim(c.id());
            assertThat(wb.claims(a, Progress.NONE)).extracting(Claim::id).doesNotContain(c.id());
            wb.reextract(a, Progress.NONE);
            assertThat(wb.dismissedClaims(a.id())).extracting(Claim::id).containsExactly(c.id());
            wb.restoreClaim(c.id());
            assertThat(wb.claims(a, Progress.NONE)).extracting(Claim::id).contains(c.id());
            wb.storedClaims(a.id()).forEach(x -> wb.dismissClaim(x.id()));
            assertThat(wb.storedClaims(a.id())).isEmpty(); // all dismissed: nothing is extracted behind the reviewer's back
            assertThat(wb.verdict(c.id()).status()).isEqualTo(VerdictStatus.FALSE);
        }
    }

    @Test
    void revertsToAnyEarlierStepAndUndoSurvivesReopening() {
        String id;
        long firstSeq;
        try (Workbench wb = Workbench.open(dataDir)) {
            Article a = article(wb);
            Claim c = withText(wb.claims(a, Progress.NONE), "4,500");
            id = c.id();
            wb.saveVerdict(wb.verdict(id).withStatus(VerdictStatus.VERIFIED), "status");
            wb.saveVerdict(wb.verdict(id).withRationale("Minutes of the meeting."), "rationale");
            wb.saveVerdict(wb.verdict(id).withStatus(VerdictStatus.FALSE), "status");
            firstSeq = wb.history(id).getFirst().seq();
        }
        try (Workbench wb = Workbench.open(dataDir)) {
            assertThat(wb.canUndo(id)).isTrue();
            wb.revertTo(id, firstSeq);
            assertThat(wb.verdict(id).status()).isEqualTo(VerdictStatus.VERIFIED);
            assertThat(wb.verdict(id).rationale()).isEmpty();
            assertThat(wb.history(id)).extracting(VerdictChange::action).endsWith("revert");
            wb.undo(id);
            assertThat(wb.verdict(id).status()).isEqualTo(VerdictStatus.FALSE);
        }
    }

    @Test
    void findsEarlierVerdictsForRepeatedClaimsAndRemembersSettings() {
        try (Workbench wb = Workbench.open(dataDir)) {
            Article a = article(wb);
            Claim c = withText(wb.claims(a, Progress.NONE), "4,500");
            wb.saveVerdict(wb.verdict(c.id()).withStatus(VerdictStatus.VERIFIED).withRationale("Council minutes."), "status");
            Article b = wb.openText("Reports on Tuesday: The council approved 4,500 new homes on Monday. Nothing else.",
                    "Follow-up", "Other Wire", LocalDate.of(2024, 3, 5), "");
            List<Claim> later = wb.claims(b, Progress.NONE);
            var prior = wb.priorChecks(later, 3);
            assertThat(prior).isNotEmpty();
            assertThat(prior.values().iterator().next().getFirst().checked().verdict().rationale()).isEqualTo("Council minutes.");
            wb.setSetting("report.organisation", "City Checks");
        }
        try (Workbench wb = Workbench.open(dataDir)) {
            assertThat(wb.setting("report.organisation")).contains("City Checks");
        }
    }

    private static Claim withText(List<Claim> claims, String part) {
        return claims.stream().filter(c -> c.text().contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with " + part + " in " + claims));
    }
}
