package org.factdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups that keep what matters (docs/decisions/0022): taken only of a database that passes the full check and only
 * when something changed, rotated by generations; a missing, empty or damaged database is never replaced by a new
 * one, and the newest good backup is offered and restored with the replaced file kept beside it.
 */
class StoreBackupIT {
    @TempDir
    Path dir;

    Path db() {
        return dir.resolve("data").resolve("factdesk.db");
    }

    Path backupsFolder() {
        return db().resolveSibling("backups");
    }

    /** A database with two claims and a verdict, closed, and backed up by one open. */
    void seededAndBackedUp() {
        try (Store store = new StoreIT() {
            @Override
            Path db() {
                return StoreBackupIT.this.db();
            }
        }.seeded()) {
            store.saveVerdict(Verdict.unreviewed(StoreIT.soldiers().id()).withStatus(VerdictStatus.VERIFIED), "status");
        }
        Store.open(db()).close();
        assertThat(backups()).hasSize(1);
    }

    List<Path> backups() {
        try (Stream<Path> files = Files.list(backupsFolder())) {
            return files.filter(p -> p.toString().endsWith(".db")).toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
             PreparedStatement ps = c.prepareStatement(statement)) {
            ps.execute();
        }
    }

    StoreException refused() {
        try (Store ignored = Store.open(db())) {
            throw new AssertionError("opened");
        } catch (StoreException e) {
            return e;
        }
    }

    @Test
    void aMissingDatabaseWithBackupsIsReportedAndNeverRecreatedEmpty() throws Exception {
        seededAndBackedUp();
        Files.delete(db());
        for (int i = 0; i < 6; i++) { // five opens used to leave five empty backups
            StoreException e = refused();
            assertThat(e.getMessage()).contains("is missing").contains(db().toString())
                    .contains("did not create a new, empty database").contains("factdesk restore")
                    .contains("1 article, 2 claims, 1 verdict change");
            assertThat(e.latestBackup()).contains(backups().getFirst());
        }
        assertThat(db()).doesNotExist();
        assertThat(backups()).hasSize(1);

        Store.restoreBackup(refused().latestBackup().orElseThrow(), db());
        try (Store store = Store.open(db())) {
            assertThat(store.verdict(StoreIT.soldiers().id()).status()).isEqualTo(VerdictStatus.VERIFIED);
        }
    }

    @Test
    void anEmptyDatabaseIsReportedWithOrWithoutBackups() throws Exception {
        Files.createDirectories(db().getParent());
        Files.write(db(), new byte[0]);
        assertThat(refused().getMessage()).contains("is empty (0 bytes)").contains("no backup")
                .contains("delete the empty file");
        assertThat(Files.size(db())).isZero();

        Files.delete(db());
        seededAndBackedUp();
        Files.write(db(), new byte[0]);
        Files.deleteIfExists(db().resolveSibling("factdesk.db-wal"));
        StoreException e = refused();
        assertThat(e.getMessage()).contains("is empty (0 bytes").contains("factdesk restore");
        assertThat(e.latestBackup()).isPresent();
        assertThat(Files.size(db())).as("the empty file is left as it was").isZero();

        Path kept = Store.restoreBackup(e.latestBackup().orElseThrow(), db()).orElseThrow();
        assertThat(kept.getFileName().toString()).startsWith("factdesk.db.before-restore-");
        assertThat(Files.size(kept)).isZero();
        try (Store store = Store.open(db())) {
            assertThat(store.history(StoreIT.soldiers().id())).hasSize(1);
        }
    }

    @Test
    void damageQuickCheckCannotSeeIsFoundBeforeBackingUpAndNamesRowDatabaseAndBackup() throws Exception {
        seededAndBackedUp();
        Path good = backups().getFirst();
        // a change FactDesk made (the stamp differs from the backup's), then damage no page check sees
        try (Store store = Store.open(db())) {
            store.setSetting("theme", "dark");
        }
        sql("UPDATE verdicts SET status = 'VERIFIXD'");
        for (int i = 0; i < 6; i++) {
            StoreException e = refused();
            assertThat(e.getMessage()).contains("is damaged").contains(db().toString()).contains("VERIFIXD")
                    .contains("verdicts row of claim").contains(good.toString()).doesNotContain("No enum constant");
            assertThat(e.latestBackup()).contains(good);
        }
        assertThat(backups()).as("a damaged database is never backed up").containsExactly(good);
    }

    @Test
    void brokenHistoryJsonIsFoundBeforeBackingUp() throws Exception {
        seededAndBackedUp();
        try (Store store = Store.open(db())) {
            store.setSetting("theme", "dark");
        }
        sql("UPDATE verdict_history SET snapshot = '{\"status\": \"VERIFIED\", \"updated_at\": ' WHERE seq = 1");
        StoreException e = refused();
        assertThat(e.getMessage()).contains("verdict_history row 1").contains("unreadable JSON");
        assertThat(backups()).hasSize(1);
    }

    @Test
    void aRowDamagedBehindFactDesksBackIsReportedWhenReadNotAsAnEnumError() throws Exception {
        seededAndBackedUp();
        sql("UPDATE verdicts SET status = 'VERIFIXD'"); // the stamp is the backup's: no full check at open
        try (Store store = Store.open(db())) {
            assertThatThrownBy(() -> store.verdict(StoreIT.soldiers().id()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("unknown value 'VERIFIXD'").hasMessageContaining(db().toString())
                    .hasMessageContaining(backups().getFirst().toString()).hasMessageContaining("factdesk restore");
            assertThat(store.fullCheck()).anySatisfy(p -> assertThat(p).contains("VERIFIXD"));
        }
    }

    @Test
    void aDamagedBackupIsNeitherOfferedNorRestored() throws Exception {
        seededAndBackedUp();
        Path backup = backups().getFirst();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup);
             PreparedStatement ps = c.prepareStatement("UPDATE verdicts SET status = 'VERIFIXD'")) {
            ps.execute();
        }
        Files.delete(db());
        StoreException e = refused();
        assertThat(e.latestBackup()).isEmpty();
        assertThat(e.getMessage()).contains("None of the backups").contains("passes the check");
        assertThatThrownBy(() -> Store.restoreBackup(backup, db())).isInstanceOf(StoreException.class)
                .hasMessageContaining("does not pass the check").hasMessageContaining("VERIFIXD");
        assertThat(db()).doesNotExist();
        assertThat(Store.backups(db())).singleElement().satisfies(b -> {
            assertThat(b.good()).isFalse();
            assertThat(b.summary()).contains("damaged");
        });
    }

    @Test
    void restoringOverAHealthyDatabaseKeepsItAndItsLogBesideTheRestoredOne() throws Exception {
        seededAndBackedUp();
        try (Store store = Store.open(db())) {
            store.saveVerdict(Verdict.unreviewed(StoreIT.soldiers().id()).withStatus(VerdictStatus.FALSE), "status");
        }
        Path backup = Store.newestGoodBackup(db()).orElseThrow().file();
        Path kept = Store.restoreBackup(backup, db()).orElseThrow();
        try (Store store = Store.open(db())) {
            assertThat(store.verdict(StoreIT.soldiers().id()).status()).isEqualTo(VerdictStatus.VERIFIED);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + kept);
             PreparedStatement ps = c.prepareStatement("SELECT status FROM verdicts");
             var rs = ps.executeQuery()) {
            assertThat(rs.getString(1)).as("the replaced database still holds the later verdict").isEqualTo("FALSE");
        }
        try (Stream<Path> files = Files.list(db().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".restoring"));
        }
    }

    @Test
    void aFullDiskSkipsTheBackupWithANoticeAndStillOpens() throws Exception {
        seededAndBackedUp();
        try (Store store = Store.open(db())) {
            store.setSetting("theme", "dark");
        }
        try (Store store = Store.open(db(), folder -> 1024)) {
            assertThat(store.notices()).anySatisfy(n -> assertThat(n).contains("No backup was taken")
                    .contains(backupsFolder().toString()).contains("less than 1 MB free"));
            assertThat(store.notices()).anySatisfy(n -> assertThat(n).contains("opened read-only"));
            assertThat(store.verdict(StoreIT.soldiers().id()).status()).isEqualTo(VerdictStatus.VERIFIED);
            int history = store.history(StoreIT.soldiers().id()).size();
            assertThatThrownBy(() -> store.saveVerdict(Verdict.unreviewed(StoreIT.soldiers().id())
                    .withStatus(VerdictStatus.FALSE), "status")).isInstanceOf(StoreException.class)
                    .hasMessageContaining("is full").hasMessageContaining(db().getParent().toString())
                    .hasMessageContaining("saving needs about 8 MB").hasMessageContaining("Nothing was changed");
            assertThat(store.history(StoreIT.soldiers().id())).hasSize(history);
        }
        assertThat(backups()).hasSize(1);
        try (Store store = Store.open(db())) { // space is back: the backup that was due is taken
            assertThat(store.notices()).isEmpty();
        }
        assertThat(backups()).hasSize(2);
    }

    @Test
    void aDatabaseThatHitsItsSizeLimitSaysTheDiskIsFullAndKeepsEverything() throws Exception {
        seededAndBackedUp();
        try (Store store = Store.open(db())) {
            // SQLITE_FULL for real: the database may not grow by a page more
            store.setSetting("max-test", "x");
            String pages = store.pragma("page_count");
            int history = store.history(StoreIT.soldiers().id()).size();
            store.limitPagesForTest(Integer.parseInt(pages));
            assertThatThrownBy(() -> {
                for (int i = 0; i < 200; i++) {
                    store.saveVerdict(new Verdict(StoreIT.soldiers().id(), VerdictStatus.FALSE, "x".repeat(4000) + i, 1,
                            "ana", null, List.of()), "status");
                }
            }).isInstanceOf(StoreException.class).hasMessageContaining("is full").hasMessageContaining("Nothing was"
                    + " changed");
            int kept = store.history(StoreIT.soldiers().id()).size();
            assertThat(kept).isGreaterThanOrEqualTo(history);
            assertThat(store.integrityCheck()).containsExactly("ok");
            store.limitPagesForTest(1_000_000); // room again: the next save works on the same connection
            store.saveVerdict(Verdict.unreviewed(StoreIT.soldiers().id()).withStatus(VerdictStatus.DISPUTED), "status");
            assertThat(store.history(StoreIT.soldiers().id())).hasSize(kept + 1);
        }
    }

    @Test
    void aMigrationWithoutRoomForItsBackupIsRefusedAndChangesNothing() throws Exception {
        Files.createDirectories(db().getParent());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db())) {
            for (String statement : Migrations.statements(Migrations.FILES.getFirst())) {
                try (PreparedStatement ps = c.prepareStatement(statement)) {
                    ps.execute();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("PRAGMA user_version = 1")) {
                ps.execute();
            }
        }
        assertThatThrownBy(() -> Store.open(db(), folder -> 0)).isInstanceOf(StoreException.class)
                .hasMessageContaining("before upgrading it").hasMessageContaining("Free some space");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
             PreparedStatement ps = c.prepareStatement("PRAGMA user_version");
             var rs = ps.executeQuery()) {
            assertThat(rs.getInt(1)).as("not migrated without its backup").isEqualTo(1);
        }
        try (Store store = Store.open(db())) {
            assertThat(store.pragma("user_version")).isEqualTo(String.valueOf(Migrations.latestVersion()));
        }
        assertThat(backups()).singleElement().asString().contains("-v1-before-migration");
    }

    @Test
    void theFullCheckNamesEveryKindOfRowTheStoreCannotRead() throws Exception {
        seededAndBackedUp();
        String[][] damages = {
            {"UPDATE claims SET kind = 'opinion' WHERE rowid = 1", "claims row"},
            {"UPDATE claims SET details = '{\"dates\": [{\"date\": \"2024-13-45\"}]}' WHERE rowid = 2", "claims row"},
            {"UPDATE verdicts SET evidence = '[{\"role\": \"MAYBE\"}]'", "verdicts row"},
            {"UPDATE verdicts SET updated_at = 'yesterday'", "verdicts row"},
            {"UPDATE verdict_history SET at = 'soon'", "verdict_history row 1"},
            {"UPDATE verdict_history SET snapshot = '{\"status\": \"VERIFIXD\"}'", "verdict_history row 1"},
            {"UPDATE articles SET published = '2024-02-30'", "articles row"},
            {"UPDATE articles SET added_at = 'then'", "articles row"},
        };
        byte[] good = Files.readAllBytes(db());
        for (String[] damage : damages) {
            Files.write(db(), good);
            sql(damage[0]);
            try (Store store = Store.open(db())) { // the stamp is the backup's: no check at open
                assertThat(store.fullCheck()).as(damage[0]).anySatisfy(p -> assertThat(p).contains(damage[1]));
            }
        }
        Files.write(db(), good);
        try (Store store = Store.open(db())) {
            assertThat(store.fullCheck()).isEmpty();
        }
    }

    @Test
    void rotationKeepsTheRecentOnesOnePerDayForAWeekAndOnePerWeekForAMonth() {
        Instant now = Instant.parse("2026-12-06T12:00:00Z");
        List<Backups.Backup> all = new ArrayList<>();
        // four a day for sixty days, newest first, and one taken before a migration long ago
        for (int h = 0; h < 60 * 24; h += 6) {
            Instant at = now.minus(Duration.ofHours(h));
            all.add(new Backups.Backup(Path.of("b-" + h + ".db"), at, 2, "changed"));
        }
        all.add(new Backups.Backup(Path.of("old-migration.db"), now.minus(Duration.ofDays(200)), 1,
                Backups.BEFORE_MIGRATION));
        Set<Path> kept = Backups.keep(all, now);
        assertThat(kept).contains(Path.of("b-0.db"), Path.of("b-6.db"), Path.of("b-12.db"), Path.of("b-18.db"),
                Path.of("b-24.db"), Path.of("old-migration.db"));
        assertThat(kept).as("5 recent + 1 per day for 7 days + 1 per week for 5 weeks + the migration's")
                .hasSizeBetween(12, 5 + 7 + 6 + 1);
        assertThat(kept).doesNotContain(Path.of("b-" + (59 * 24) + ".db"));
        // every day of the last week has one, and every week of the last five
        java.time.LocalDate today = java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        List<java.time.LocalDate> keptDays = all.stream().filter(b -> kept.contains(b.file()))
                .map(b -> java.time.LocalDate.ofInstant(b.takenAt(), java.time.ZoneOffset.UTC)).toList();
        for (int d = 0; d < 7; d++) {
            assertThat(keptDays).as("a backup of %d days ago", d).contains(today.minusDays(d));
        }
        for (int w = 1; w < 5; w++) {
            java.time.LocalDate from = today.minusDays(7L * w + 6);
            java.time.LocalDate to = today.minusDays(7L * w - 6);
            assertThat(keptDays).as("a backup around %d weeks ago", w)
                    .anyMatch(day -> !day.isBefore(from) && !day.isAfter(to));
        }
    }
}
