package org.factdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.model.Article;
import org.factdesk.model.CitedEvidence;
import org.factdesk.model.Claim;
import org.factdesk.model.Evidence;
import org.factdesk.model.EvidenceRole;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictStatus;
import org.factdesk.report.ReportFormat;
import org.factdesk.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench's use cases end to end on a real SQLite file and a real Lucene index. */
class WorkbenchIT {
    @TempDir
    Path dataDir;

    private static Claim tenThousandSoldiers(List<Claim> claims) {
        return claims.stream()
                .filter(c -> c.quantities().stream().anyMatch(q -> q.value() == 10000 && q.unit().contains("soldier")))
                .findFirst().orElseThrow(() -> new AssertionError("no 10,000 soldiers claim in " + claims));
    }

    @Test
    void demoShowsTheSeedClaimsWithRankedEvidence() {
        try (Workbench wb = Workbench.open(dataDir)) {
            Article seed = wb.installDemo(Progress.NONE);
            assertThat(wb.archiveSize()).isBetween(30, 60);
            List<Claim> claims = wb.claims(seed, Progress.NONE);
            Claim troops = tenThousandSoldiers(claims);
            List<Evidence> evidence = wb.evidence(troops, 5);
            assertThat(evidence).isNotEmpty();
            assertThat(evidence.getFirst().passage()).containsAnyOf("10,000", "10 000", "ten thousand", "10 000");
            // Sources published before the article come first; later ones may follow, ranked lower.
            assertThat(evidence.getFirst().published()).isBeforeOrEqualTo(seed.published());
        }
    }

    @Test
    void claimsComeFirstWithTheNgramScoresAndThenWithTheEncodersWhichAreKept() {
        try (Workbench wb = Workbench.open(dataDir)) {
            Article demo = wb.installDemo(Progress.NONE);
            Article seed = wb.openText(demo.text() + "\n\nThe ministry said on Friday that the talks would resume.",
                    "Troops at the border", "Northbridge Wire", demo.published(), "");
            assertThat(wb.storedClaims(seed.id())).isEmpty();
            var extractor = wb.extractor();
            org.junit.jupiter.api.Assumptions.assumeTrue(extractor.scoresMayChange(), "no sentence encoder on this platform");

            Workbench.FirstClaims first = wb.claimsFirst(seed, Progress.NONE);
            assertThat(first.scoresToCome()).isTrue();
            assertThat(first.claims()).extracting(Claim::score)
                    .isEqualTo(extractor.extractQuickly(seed, Progress.NONE).stream().map(Claim::score).toList());
            Claim troops = tenThousandSoldiers(first.claims());
            wb.saveVerdict(new Verdict(troops.id(), VerdictStatus.VERIFIED, "checked", 3, "me", null, List.of()), "status");
            // a window closed before the encoder's scores came: the next opening scores again
            assertThat(wb.claimsFirst(seed, Progress.NONE).scoresToCome()).isTrue();

            List<Claim> scored = wb.scoreClaims(seed, Progress.NONE);
            assertThat(scored).extracting(Claim::score)
                    .isEqualTo(extractor.extract(seed, Progress.NONE).stream().map(Claim::score).toList());
            assertThat(wb.verdict(tenThousandSoldiers(scored).id()).status()).isEqualTo(VerdictStatus.VERIFIED);
            Workbench.FirstClaims again = wb.claimsFirst(seed, Progress.NONE);
            assertThat(again.scoresToCome()).isFalse();
            assertThat(again.claims()).isEqualTo(scored);
        }
    }

    @Test
    void removingSampleDataKeepsTheDemoArticleWhenTheReviewerRecordedAVerdictOnIt() {
        try (Workbench wb = Workbench.open(dataDir)) {
            Article seed = wb.installDemo(Progress.NONE);
            Claim troops = tenThousandSoldiers(wb.claims(seed, Progress.NONE));
            wb.saveVerdict(new Verdict(troops.id(), VerdictStatus.VERIFIED, "checked", 3, "me", null, List.of()), "status");
            assertThat(wb.sampleData().archiveIds()).hasSize(44);
            assertThat(wb.evidence(troops, 3)).allMatch(Workbench::isSample);

            Workbench.SampleRemoval done = wb.removeSampleData();
            assertThat(done.archiveArticles()).isEqualTo(44);
            assertThat(done.demoArticleKept()).isTrue();
            assertThat(wb.archiveSize()).isZero();
            assertThat(wb.article(seed.id())).isPresent();
            assertThat(wb.verdict(troops.id()).status()).isEqualTo(VerdictStatus.VERIFIED);
            assertThat(wb.sampleData().archiveIds()).isEmpty();
        }
    }

    @Test
    void demoShowsTheOtherTroopEstimatesAsDiffering() {
        try (Workbench wb = Workbench.open(dataDir)) {
            Article seed = wb.installDemo(Progress.NONE);
            Claim troops = tenThousandSoldiers(wb.claims(seed, Progress.NONE));
            List<Evidence> evidence = wb.evidence(troops, 10);
            List<String> differing = evidence.stream().filter(e -> e.stance() == org.factdesk.model.Stance.DIFFERS)
                    .map(Evidence::stanceNote).toList();
            assertThat(differing).anyMatch(n -> n.contains("12,000") || n.contains("12 000"));
            assertThat(differing).anyMatch(n -> n.contains("11,000") || n.contains("eleven thousand"));
            assertThat(evidence).anyMatch(e -> e.stance() == org.factdesk.model.Stance.AGREES);
        }
    }

    @Test
    void verdictNoteAndEvidenceSurviveClosingAndReopening() {
        String claimId;
        try (Workbench wb = Workbench.open(dataDir)) {
            Article seed = wb.installDemo(Progress.NONE);
            Claim troops = tenThousandSoldiers(wb.claims(seed, Progress.NONE));
            claimId = troops.id();
            Evidence top = wb.evidence(troops, 3).getFirst();
            Verdict v = wb.verdict(claimId).withStatus(VerdictStatus.VERIFIED)
                    .withRationale("Pentagon and State Department both gave about 10,000.")
                    .withEvidence(List.of(CitedEvidence.of(top, EvidenceRole.SUPPORTS)));
            wb.saveVerdict(v, "status");
            wb.markOpened(seed);
        }
        try (Workbench wb = Workbench.open(dataDir)) {
            Verdict v = wb.verdict(claimId);
            assertThat(v.status()).isEqualTo(VerdictStatus.VERIFIED);
            assertThat(v.rationale()).contains("about 10,000");
            assertThat(v.evidence()).singleElement().extracting(CitedEvidence::role).isEqualTo(EvidenceRole.SUPPORTS);
            assertThat(wb.history(claimId)).isNotEmpty();
            assertThat(wb.lastArticle()).map(Article::id).contains(wb.demoArticle().id());
        }
    }

    @Test
    void reextractionKeepsVerdictsAlreadyGiven() {
        try (Workbench wb = Workbench.open(dataDir)) {
            Article seed = wb.installDemo(Progress.NONE);
            Claim troops = tenThousandSoldiers(wb.claims(seed, Progress.NONE));
            wb.saveVerdict(wb.verdict(troops.id()).withStatus(VerdictStatus.DISPUTED), "status");
            List<Claim> again = wb.reextract(seed, Progress.NONE);
            assertThat(again).extracting(Claim::id).contains(troops.id());
            assertThat(wb.verdict(troops.id()).status()).isEqualTo(VerdictStatus.DISPUTED);
        }
    }

    /** The troop claim of the demo article, given a verdict with this status and rationale. */
    private static Claim judgedTroopClaim(Workbench wb, Article seed, VerdictStatus status, String rationale) {
        Claim troops = tenThousandSoldiers(wb.claims(seed, Progress.NONE));
        wb.saveVerdict(wb.verdict(troops.id()).withStatus(status).withRationale(rationale), "status");
        return troops;
    }

    @Test
    void exportsAReportWithTheVerdict() throws Exception {
        try (Workbench wb = Workbench.open(dataDir)) {
            Article seed = wb.installDemo(Progress.NONE);
            judgedTroopClaim(wb, seed, VerdictStatus.VERIFIED, "two sources");
            Path out = dataDir.resolve("out/report.html");
            wb.exportReport(seed.id(), ReportFormat.HTML, out);
            assertThat(Files.readString(out)).contains("Verified").contains("two sources");
            try (var files = Files.list(out.getParent())) {
                assertThat(files).containsExactly(out); // no temporary file left behind
            }
        }
    }

    @Test
    void exportCancelledWhileWritingLeavesTheEarlierReportAndNoTemporaryFile() throws Exception {
        try (Workbench wb = Workbench.open(dataDir)) {
            Article seed = wb.installDemo(Progress.NONE);
            Claim troops = judgedTroopClaim(wb, seed, VerdictStatus.VERIFIED, "first");
            Path out = dataDir.resolve("out/report.pdf");
            wb.exportReport(seed.id(), ReportFormat.PDF, out);
            byte[] earlier = Files.readAllBytes(out);
            wb.saveVerdict(wb.verdict(troops.id()).withStatus(VerdictStatus.FALSE).withRationale("second"), "status");

            // not cancelled while the reports are gathered, cancelled by the time the PDF is rendered
            java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();
            Progress cancelledDuringWrite = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return checks.incrementAndGet() > 1;
                }
            };
            assertThatThrownBy(() -> wb.exportReport(List.of(seed.id()), ReportFormat.PDF, out,
                    org.factdesk.report.ReportOptions.defaults(), cancelledDuringWrite))
                    .isInstanceOf(org.factdesk.task.CancelledException.class);

            assertThat(checks.get()).isEqualTo(2);
            assertThat(Files.readAllBytes(out)).isEqualTo(earlier);
            try (var files = Files.list(out.getParent())) {
                assertThat(files).containsExactly(out);
            }
        }
    }

    @Test
    void secondWorkbenchOnTheSameFolderIsRefusedClearly() {
        try (Workbench wb = Workbench.open(dataDir)) {
            assertThatThrownBy(() -> Workbench.open(dataDir)).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining(dataDir.toString());
        }
        try (Workbench again = Workbench.open(dataDir)) {
            assertThat(again.dataDir()).isEqualTo(dataDir.toAbsolutePath().normalize());
        }
    }

    @Test
    void verdictOnAnUnknownClaimSaysWhatToDo() {
        try (Workbench wb = Workbench.open(dataDir)) {
            assertThatThrownBy(() -> wb.saveVerdict(Verdict.unreviewed("nope-123").withStatus(VerdictStatus.FALSE), "cli"))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("nope-123").hasMessageContaining("check");
        }
    }

    @Test
    void aNewArticleRepeatingACheckedClaimShowsTheEarlierVerdict() {
        try (Workbench wb = Workbench.open(dataDir)) {
            Article seed = wb.installDemo(Progress.NONE);
            Claim troops = tenThousandSoldiers(wb.claims(seed, Progress.NONE));
            wb.saveVerdict(wb.verdict(troops.id()).withStatus(VerdictStatus.VERIFIED).withRationale("Pentagon"), "status");

            Article repeat = wb.openText("Blinken indicated that of the 10,000 North Korean soldiers who entered Russia, "
                    + "up to 8,000 were deployed in the Kursk region, citing American intelligence services.",
                    "Follow-up", "Other outlet", LocalDate.of(2024, 11, 3), "");
            Claim repeated = tenThousandSoldiers(wb.claims(repeat, Progress.NONE));
            List<PriorChecks.PriorCheck> prior = wb.priorChecks(repeated, 3);
            assertThat(prior).isNotEmpty();
            assertThat(prior.getFirst().checked().verdict().status()).isEqualTo(VerdictStatus.VERIFIED);
            assertThat(prior.getFirst().checked().claim().id()).isEqualTo(troops.id());

            Article different = wb.openText("Seoul said 12,000 North Korean soldiers entered Russia and up to 8,000 "
                    + "were deployed in the Kursk region, citing intelligence services.", "Other", "X", LocalDate.of(2024, 11, 3), "");
            Claim other = wb.claims(different, Progress.NONE).getFirst();
            assertThat(wb.priorChecks(other, 3)).noneMatch(p -> p.checked().claim().id().equals(troops.id()));
        }
    }

    @Test
    void openingAFileStoresTheArticleOnce() throws Exception {
        Path f = Files.writeString(dataDir.resolve("a.txt"), "The council said on Monday that 1,200 homes were flooded.");
        try (Workbench wb = Workbench.open(dataDir.resolve("ws"))) {
            Article a = wb.openFile(f);
            Article b = wb.openFile(f);
            assertThat(b.id()).isEqualTo(a.id());
            assertThat(wb.library()).hasSize(1);
        }
    }
}
