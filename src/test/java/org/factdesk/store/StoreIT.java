package org.factdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.factdesk.model.Article;
import org.factdesk.model.Attribution;
import org.factdesk.model.CitedEvidence;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.DateMention;
import org.factdesk.model.EvidenceRole;
import org.factdesk.model.Quantity;
import org.factdesk.model.Span;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictChange;
import org.factdesk.model.VerdictStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreIT {
    @TempDir
    Path dir;

    static final String TEXT = "About 10,000 North Korean soldiers have entered Russia, officials said on Monday. "
            + "Choe Son Hui said the treaty provides immediate military aid.";
    static final Article ARTICLE = new Article(Article.idForText(TEXT), "Troops", TEXT, "Northbridge Wire",
            LocalDate.of(2024, 11, 1), "https://example.org/a");

    static Claim soldiers() {
        String s = "About 10,000 North Korean soldiers have entered Russia, officials said on Monday.";
        return new Claim(Claim.idFor(ARTICLE.id(), s), ARTICLE.id(), s, ClaimKind.QUANTITY, 0, s.length(), 0.9,
                List.of(new Quantity("About 10,000", 0, 12, 10000, null, "soldiers", "~", false)),
                null, null, List.of(new DateMention("Monday", 72, 78, LocalDate.of(2024, 10, 28), "day")));
    }

    static Claim treaty() {
        String s = "Choe Son Hui said the treaty provides immediate military aid.";
        int start = TEXT.indexOf(s);
        return new Claim(Claim.idFor(ARTICLE.id(), s), ARTICLE.id(), s, ClaimKind.ATTRIBUTION, start,
                start + s.length(), 0.7, List.of(),
                new Attribution(new Span(start, start + 12), new Span(start + 13, start + 17),
                        new Span(start + 18, start + s.length() - 1), "Choe Son Hui", false), null, List.of());
    }

    static CitedEvidence evidence() {
        return new CitedEvidence("doc-7", "Troops cross border", "Eastern Ledger", LocalDate.of(2024, 10, 30),
                "https://example.org/doc-7", "Some 10,000 soldiers crossed.", EvidenceRole.SUPPORTS);
    }

    Path db() {
        return dir.resolve("data").resolve("factdesk.db");
    }

    Store seeded() {
        Store store = Store.open(db());
        store.saveArticle(ARTICLE);
        store.saveClaims(ARTICLE.id(), List.of(soldiers(), treaty()));
        return store;
    }

    @Test
    void marksClaimVerifiedWithNoteAndEvidenceAndFindsItAfterReopen() {
        Claim c = soldiers();
        try (Store store = seeded()) {
            store.saveVerdict(new Verdict(c.id(), VerdictStatus.VERIFIED, "Matches two outlets.", 4, "ana",
                    null, List.of(evidence())), "status");
        }
        try (Store store = Store.open(db())) {
            Verdict v = store.verdict(c.id());
            assertThat(v.status()).isEqualTo(VerdictStatus.VERIFIED);
            assertThat(v.rationale()).isEqualTo("Matches two outlets.");
            assertThat(v.confidence()).isEqualTo(4);
            assertThat(v.reviewer()).isEqualTo("ana");
            assertThat(v.updatedAt()).isNotNull();
            assertThat(v.evidence()).containsExactly(evidence());
            assertThat(store.verdicts(ARTICLE.id())).containsEntry(c.id(), v)
                    .containsEntry(treaty().id(), Verdict.unreviewed(treaty().id()));
            assertThat(store.article(ARTICLE.id())).contains(ARTICLE);
            assertThat(store.claims(ARTICLE.id())).containsExactly(soldiers(), treaty());
            assertThat(store.claim(treaty().id())).contains(treaty());
            assertThat(store.articles()).singleElement().satisfies(s -> {
                assertThat(s.claimCount()).isEqualTo(2);
                assertThat(s.reviewedCount()).isEqualTo(1);
            });
        }
    }

    @Test
    void appliesDurableSettingsOnTheConnection() {
        try (Store store = Store.open(db())) {
            assertThat(store.pragma("journal_mode")).isEqualTo("wal");
            assertThat(store.pragma("foreign_keys")).isEqualTo("1");
            assertThat(store.pragma("busy_timeout")).isEqualTo("5000");
            assertThat(store.pragma("synchronous")).isEqualTo("2"); // FULL
            assertThat(store.pragma("user_version")).isEqualTo(String.valueOf(Migrations.latestVersion()));
        }
    }

    @Test
    void marksClaimDisputedAndKeepsHistoryOfEveryChange() {
        String id = soldiers().id();
        try (Store store = seeded()) {
            Verdict v = store.saveVerdict(Verdict.unreviewed(id).withStatus(VerdictStatus.DISPUTED), "status");
            v = store.saveVerdict(v.withRationale("Other outlets say 12,000."), "rationale");
            store.saveVerdict(v.withEvidence(List.of(evidence())), "evidence");
        }
        try (Store store = Store.open(db())) {
            List<VerdictChange> h = store.history(id);
            assertThat(h).extracting(VerdictChange::action).containsExactly("status", "rationale", "evidence");
            assertThat(h).extracting(VerdictChange::seq).isSorted();
            assertThat(h.get(0).after().rationale()).isEmpty();
            assertThat(h.get(1).after().rationale()).isEqualTo("Other outlets say 12,000.");
            assertThat(h.get(2).after().evidence()).hasSize(1);
            assertThat(h).allSatisfy(c -> assertThat(c.after().status()).isEqualTo(VerdictStatus.DISPUTED));
        }
    }

    @Test
    void undoRestoresThePreviousVerdictAndSurvivesReopen() {
        String id = soldiers().id();
        try (Store store = seeded()) {
            store.saveVerdict(Verdict.unreviewed(id).withStatus(VerdictStatus.VERIFIED).withRationale("first"), "status");
            store.saveVerdict(Verdict.unreviewed(id).withStatus(VerdictStatus.FALSE).withRationale("second"), "status");
            Verdict undone = store.undo(id);
            assertThat(undone.status()).isEqualTo(VerdictStatus.VERIFIED);
            assertThat(undone.rationale()).isEqualTo("first");
        }
        try (Store store = Store.open(db())) {
            assertThat(store.verdict(id).status()).isEqualTo(VerdictStatus.VERIFIED);
            assertThat(store.history(id)).extracting(VerdictChange::action).containsExactly("status", "status", "undo");
            // A second undo, after a restart, walks further back instead of redoing.
            assertThat(store.undo(id).status()).isEqualTo(VerdictStatus.UNREVIEWED);
            assertThat(store.canUndo(id)).isFalse();
            assertThat(store.undo(id).status()).isEqualTo(VerdictStatus.UNREVIEWED);
            assertThat(store.history(id)).hasSize(4);
        }
    }

    @Test
    void undoAfterANewChangeTakesBackOnlyThatChange() {
        String id = soldiers().id();
        try (Store store = seeded()) {
            store.saveVerdict(Verdict.unreviewed(id).withStatus(VerdictStatus.VERIFIED), "status");
            store.saveVerdict(Verdict.unreviewed(id).withStatus(VerdictStatus.FALSE), "status");
            store.undo(id);
            store.saveVerdict(Verdict.unreviewed(id).withStatus(VerdictStatus.MISLEADING), "status");
            assertThat(store.undo(id).status()).isEqualTo(VerdictStatus.VERIFIED);
            assertThat(store.undo(id).status()).isEqualTo(VerdictStatus.UNREVIEWED);
            long firstSeq = store.history(id).getFirst().seq();
            assertThat(store.revertTo(id, firstSeq).status()).isEqualTo(VerdictStatus.VERIFIED);
        }
    }

    @Test
    void redoTakesBackUndosAcrossARestartAndKeepsHistoryAppendOnly() {
        String id = soldiers().id();
        try (Store store = seeded()) {
            store.saveVerdict(Verdict.unreviewed(id).withStatus(VerdictStatus.VERIFIED).withRationale("first"), "status");
            store.saveVerdict(Verdict.unreviewed(id).withStatus(VerdictStatus.FALSE).withRationale("second"), "status");
            store.saveVerdict(Verdict.unreviewed(id).withStatus(VerdictStatus.MISLEADING).withRationale("third"), "status");
            assertThat(store.canRedo(id)).isFalse();
            store.undo(id);
            assertThat(store.undo(id).status()).isEqualTo(VerdictStatus.VERIFIED);
            assertThat(store.canRedo(id)).isTrue();
        }
        List<VerdictChange> before;
        try (Store store = Store.open(db())) {
            before = store.history(id);
            assertThat(store.canRedo(id)).isTrue();
            Verdict redone = store.redo(id);
            assertThat(redone.status()).isEqualTo(VerdictStatus.FALSE);
            assertThat(redone.rationale()).isEqualTo("second");
        }
        try (Store store = Store.open(db())) {
            assertThat(store.verdict(id).status()).isEqualTo(VerdictStatus.FALSE);
            assertThat(store.redo(id).rationale()).isEqualTo("third");
            assertThat(store.canRedo(id)).isFalse();
            assertThat(store.redo(id).rationale()).isEqualTo("third"); // nothing left: unchanged, no row
            // Undo takes back the redo, and redo brings it back again.
            assertThat(store.undo(id).rationale()).isEqualTo("second");
            assertThat(store.redo(id).rationale()).isEqualTo("third");
            List<VerdictChange> after = store.history(id);
            // Append-only: every earlier row is unchanged, new rows only at the end.
            assertThat(after.subList(0, before.size())).isEqualTo(before);
            assertThat(after).extracting(VerdictChange::action).containsExactly(
                    "status", "status", "status", "undo", "undo", "redo", "redo", "undo", "redo");
        }
    }

    @Test
    void aNewChangeAfterAnUndoEndsWhatCanBeRedone() {
        String id = soldiers().id();
        try (Store store = seeded()) {
            store.saveVerdict(Verdict.unreviewed(id).withStatus(VerdictStatus.VERIFIED), "status");
            store.saveVerdict(Verdict.unreviewed(id).withStatus(VerdictStatus.FALSE), "status");
            store.undo(id);
            store.saveVerdict(Verdict.unreviewed(id).withStatus(VerdictStatus.MISLEADING), "status");
        }
        try (Store store = Store.open(db())) {
            assertThat(store.canRedo(id)).isFalse();
            int rows = store.history(id).size();
            assertThat(store.redo(id).status()).isEqualTo(VerdictStatus.MISLEADING);
            assertThat(store.history(id)).hasSize(rows);
            // A revert is a new change too.
            store.undo(id);
            assertThat(store.canRedo(id)).isTrue();
            store.revertTo(id, store.history(id).getFirst().seq());
            assertThat(store.canRedo(id)).isFalse();
            assertThat(store.verdict(id).status()).isEqualTo(VerdictStatus.VERIFIED);
        }
    }

    @Test
    void refusesADatabaseWrittenByANewerVersion() throws Exception {
        try (Store store = seeded()) {
            assertThat(store.claims(ARTICLE.id())).hasSize(2);
        }
        int newer = Migrations.latestVersion() + 1;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
             PreparedStatement ps = c.prepareStatement("PRAGMA user_version = " + newer)) {
            ps.execute();
        }
        assertThatThrownBy(() -> Store.open(db()))
                .isInstanceOf(StoreException.class)
                .hasMessage("This database (" + db().toAbsolutePath() + ") was written by a newer FactDesk (schema "
                        + newer + "; this version knows up to " + Migrations.latestVersion()
                        + "). Update FactDesk or open another data folder.");
    }

    @Test
    void reportsAGarbageFileAsDamagedNamingTheLatestBackup() throws Exception {
        try (Store store = seeded()) {
            store.saveVerdict(Verdict.unreviewed(soldiers().id()).withStatus(VerdictStatus.VERIFIED), "status");
        }
        try (Store store = Store.open(db())) { // backup on open
            assertThat(store.latestBackup()).isPresent();
        }
        byte[] garbage = new byte[(int) Files.size(db())];
        new java.util.Random(42).nextBytes(garbage);
        Files.write(db(), garbage);
        byte[] before = Files.readAllBytes(db());

        StoreException e = catchStoreException();
        Path latest = e.latestBackup().orElseThrow();
        assertThat(e.getMessage()).contains("is damaged").contains(db().toAbsolutePath().toString())
                .contains(latest.toString());
        assertThat(Files.readAllBytes(db())).as("the damaged file is left as it was").isEqualTo(before);

        // Restoring the offered backup brings the verdict back and keeps the damaged file.
        Path kept = Store.restoreBackup(latest, db()).orElseThrow();
        assertThat(Files.readAllBytes(kept)).isEqualTo(before);
        try (Store store = Store.open(db())) {
            assertThat(store.verdict(soldiers().id()).status()).isEqualTo(VerdictStatus.VERIFIED);
        }
    }

    @Test
    void detectsDamagedPagesInsideAValidFile() throws Exception {
        try (Store store = seeded()) {
            for (int i = 0; i < 200; i++) {
                store.setSetting("k" + i, "value ".repeat(50) + i);
            }
        }
        long size = Files.size(db());
        try (RandomAccessFile f = new RandomAccessFile(db().toFile(), "rw")) {
            byte[] garbage = new byte[4096];
            new java.util.Random(7).nextBytes(garbage);
            f.seek(4096); // keep the header page, ruin the next ones
            f.write(garbage);
            f.seek(size / 2);
            f.write(garbage);
        }
        StoreException e = catchStoreException();
        assertThat(e.getMessage()).contains("is damaged").contains(db().toAbsolutePath().toString());
    }

    private StoreException catchStoreException() {
        try (Store ignored = Store.open(db())) {
            throw new AssertionError("opened a damaged database");
        } catch (StoreException e) {
            return e;
        }
    }

    @Test
    void reSavingClaimsKeepsVerdictsAndDismissals() {
        Claim kept = soldiers();
        try (Store store = seeded()) {
            store.saveVerdict(Verdict.unreviewed(kept.id()).withStatus(VerdictStatus.VERIFIED), "status");
            store.setDismissed(treaty().id(), true);
            Claim manual = new Claim("manual-1", ARTICLE.id(), "officials said", ClaimKind.ASSERTION, 56, 70, 1,
                    null, null, null, null);
            store.saveManualClaim(manual);

            store.saveClaims(ARTICLE.id(), List.of(kept.withScore(0.5)));
            assertThat(store.claims(ARTICLE.id())).extracting(Claim::id).containsExactly(kept.id(), "manual-1");
            assertThat(store.claims(ARTICLE.id()).getFirst().score()).isEqualTo(0.5);
            assertThat(store.verdict(kept.id()).status()).isEqualTo(VerdictStatus.VERIFIED);

            store.saveClaims(ARTICLE.id(), List.of());
            assertThat(store.verdict(kept.id()).status()).isEqualTo(VerdictStatus.VERIFIED);
            assertThat(store.verdicts(ARTICLE.id())).containsKey(kept.id());
            assertThat(store.history(kept.id())).hasSize(1);

            store.saveClaims(ARTICLE.id(), List.of(kept, treaty()));
            assertThat(store.claims(ARTICLE.id())).extracting(Claim::id).containsExactly(kept.id(), "manual-1");
            assertThat(store.dismissedClaims(ARTICLE.id())).extracting(Claim::id).containsExactly(treaty().id());
        }
    }

    @Test
    void refusesClaimsOfAnArticleNotStored() {
        try (Store store = Store.open(db())) {
            assertThatThrownBy(() -> store.saveClaims(ARTICLE.id(), List.of(soldiers())))
                    .isInstanceOf(StoreException.class).hasMessageContaining("Save the article first");
            assertThat(store.claims(ARTICLE.id())).isEmpty();
        }
    }

    @Test
    void remembersTheLastOpenedArticleAndSettings() throws Exception {
        Article other = new Article("b1", "Other", "Other text.", "", null, "");
        try (Store store = seeded()) {
            store.saveArticle(other);
            assertThat(store.lastOpenedArticle()).isEmpty();
            store.markOpened(ARTICLE.id());
            Thread.sleep(2);
            store.markOpened(other.id());
            store.setSetting("reviewer", "ana");
        }
        try (Store store = Store.open(db())) {
            assertThat(store.lastOpenedArticle()).contains(other);
            assertThat(store.articles().getFirst().article()).isEqualTo(other);
            assertThat(store.articles().getFirst().lastOpened()).isNotNull();
            assertThat(store.setting("reviewer")).contains("ana");
            store.setSetting("reviewer", null);
            assertThat(store.setting("reviewer")).isEmpty();
        }
    }

    @Test
    void listsArticlesReviewedInADateRange() {
        Article other = new Article("b1", "Other", "Other text.", "", null, "");
        Claim otherClaim = new Claim("b1-c", "b1", "Other text.", ClaimKind.ASSERTION, 0, 11, 0.5, null, null,
                null, null);
        try (Store store = seeded()) {
            store.saveArticle(other);
            store.saveClaims(other.id(), List.of(otherClaim));
            java.time.Instant before = java.time.Instant.now();
            store.saveVerdict(Verdict.unreviewed(soldiers().id()).withStatus(VerdictStatus.FALSE), "status");
            java.time.Instant after = java.time.Instant.now().plusMillis(1);
            assertThat(store.articlesReviewedBetween(before, after)).containsExactly(ARTICLE);
            assertThat(store.articlesReviewedBetween(after, after.plusSeconds(60))).isEmpty();
            store.saveVerdict(Verdict.unreviewed(otherClaim.id()).withStatus(VerdictStatus.VERIFIED), "status");
            assertThat(store.articlesReviewedBetween(before, java.time.Instant.now().plusMillis(1)))
                    .containsExactly(other, ARTICLE);
        }
    }

    @Test
    void backsUpOnlyWhenSomethingChangedSinceTheNewestBackup() throws Exception {
        try (Store store = seeded()) {
            assertThat(store.latestBackup()).as("a new database has nothing to back up").isEmpty();
        }
        for (int i = 0; i < 7; i++) {
            Store.open(db()).close();
        }
        Path folder = db().resolveSibling("backups");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.toList()).as("seven opens of an unchanged database: one backup").hasSize(1);
        }
        try (Store store = Store.open(db())) {
            store.saveVerdict(Verdict.unreviewed(soldiers().id()).withStatus(VerdictStatus.FALSE), "status");
        }
        Store.open(db()).close();
        Store.open(db()).close();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> backups = files.toList();
            assertThat(backups).as("a change: one more backup at the next open, none after").hasSize(2);
            for (Path b : backups) {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + b);
                     PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM claims");
                     var rs = ps.executeQuery()) {
                    assertThat(rs.getInt(1)).isEqualTo(2);
                }
            }
        }
    }

    @Test
    void migrationListMatchesTheMigrationFolder() throws Exception {
        Path folder = Path.of(Migrations.class.getResource("migration").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .isEqualTo(Migrations.FILES);
        }
    }
}
