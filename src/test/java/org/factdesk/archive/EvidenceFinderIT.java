package org.factdesk.archive;

import org.factdesk.model.Article;
import org.factdesk.model.Attribution;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Evidence;
import org.factdesk.model.Quantity;
import org.factdesk.model.Span;
import org.factdesk.model.Stance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceFinderIT {
    @TempDir
    Path tmp;
    Archive archive;
    EvidenceFinder finder;

    static final LocalDate OCT_28 = LocalDate.of(2024, 10, 28);

    @BeforeEach
    void setUp() throws IOException {
        archive = Archive.open(tmp.resolve("archive"));
        archive.importDocuments(List.of(
                art("w1", "Pyongyang sends troops", "Around 10,000 DPRK troops have arrived in Russia for training, "
                        + "officials in Seoul said.", "Northbridge Wire", OCT_28.minusDays(3)),
                art("w2", "Troop estimate raised", "Ukrainian intelligence now puts the number of North Korean "
                        + "soldiers in Russia at 12,000.", "Kyiv Ledger", OCT_28.minusDays(2)),
                art("w3", "Another wire copy", "Officials said some 10,000 North Korean soldiers were in Russia, "
                        + "according to a second wire report.", "Northbridge Wire", OCT_28.minusDays(2)),
                art("w4", "Grain exports", "Wheat exports from the Black Sea ports rose by 8% this season.",
                        "Farm Daily", OCT_28.minusDays(5)),
                art("later", "Later report", "Ten thousand North Korean soldiers were seen in Russia, a week later.",
                        "Evening Post", OCT_28.plusDays(7)),
                art("seed", "The article under review", "About 10,000 North Korean soldiers have entered Russia.",
                        "Seed Times", OCT_28),
                art("l1", "Lavrov on the treaty", "Sergei Lavrov said the treaty with Pyongyang was purely defensive "
                        + "and aimed at no third country.", "Capital Herald", OCT_28.minusDays(1))), null);
        finder = new EvidenceFinder(archive);
    }

    @AfterEach
    void tearDown() throws IOException {
        archive.close();
    }

    private static Article art(String id, String title, String text, String source, LocalDate date) {
        return new Article(id, title, text, source, date, "https://example.org/" + id);
    }

    private Claim soldiersClaim() {
        String text = "About 10,000 North Korean soldiers have entered Russia.";
        Quantity q = new Quantity("About 10,000 North Korean soldiers", 0, 34, 10000, null, "soldiers", "~", false);
        return new Claim(Claim.idFor("seed", text), "seed", text, ClaimKind.QUANTITY, 0, text.length(), 0.9,
                List.of(q), null, null, List.of());
    }

    @Test
    void ranksCorroboratingAndConflictingFiguresAboveUnrelatedAndMarksTheirStance() throws IOException {
        Article seed = archive.document("seed").orElseThrow(); // as the workbench would pass it
        List<Evidence> hits = finder.find(soldiersClaim(), seed, 10);
        List<String> ids = hits.stream().map(Evidence::docId).toList();
        assertThat(ids).doesNotContain("seed", "w4").contains("w1", "w2", "w3");
        // a later report still shows, but below the earlier ones that say the same
        assertThat(ids.indexOf("later")).isGreaterThan(ids.indexOf("w1")).isGreaterThan(ids.indexOf("w3"));
        Evidence w1 = byId(hits, "w1");
        assertThat(w1.stance()).isEqualTo(Stance.AGREES);
        Evidence w2 = byId(hits, "w2");
        assertThat(w2.stance()).isEqualTo(Stance.DIFFERS);
        assertThat(w2.stanceNote()).contains("12,000").contains("10,000");
        assertThat(w1.highlights()).extracting(s -> s.of(w1.passage())).contains("10,000", "DPRK", "troops");
    }

    @Test
    void aReportOfTheFollowingDaysIsOfTheArticlesNewsCycleNotALaterSource() throws IOException {
        Article seed = archive.document("seed").orElseThrow();
        // the same article dated the day before the "later" report: that report is now of its news cycle
        Article dayBefore = new Article(seed.id(), seed.title(), seed.text(), seed.source(),
                OCT_28.plusDays(6), seed.url());
        List<String> weekAfter = finder.find(soldiersClaim(), seed, 10).stream().map(Evidence::docId).toList();
        List<String> sameCycle = finder.find(soldiersClaim(), dayBefore, 10).stream().map(Evidence::docId).toList();
        assertThat(weekAfter.indexOf("later")).isGreaterThan(weekAfter.indexOf("w1"));
        assertThat(sameCycle.indexOf("later")).isLessThan(weekAfter.indexOf("later"))
                .isLessThan(sameCycle.indexOf("w1"));
    }

    @Test
    void prefersASecondOutletOverAnotherCopyFromTheSameOne() {
        List<Evidence> hits = finder.find(soldiersClaim(), null, 3);
        assertThat(hits).extracting(Evidence::source).doesNotHaveDuplicates();
    }

    @Test
    void withoutAContextArticleLaterSourcesCountToo() {
        List<Evidence> hits = finder.find(soldiersClaim(), null, 10);
        assertThat(hits).extracting(Evidence::docId).contains("later", "seed");
        assertThat(byId(hits, "later").stance()).isEqualTo(Stance.AGREES);
    }

    @Test
    void attributedClaimFindsTheSpeakersStatementFirst() {
        String text = "Lavrov said the treaty was defensive.";
        Attribution attr = new Attribution(new Span(0, 6), new Span(7, 11), new Span(12, 36), "Sergei Lavrov", false);
        Claim claim = new Claim("c2", "seed", text, ClaimKind.ATTRIBUTION, 0, text.length(), 0.8, List.of(), attr,
                null, List.of());
        List<Evidence> hits = finder.find(claim, null, 5);
        assertThat(hits.getFirst().docId()).isEqualTo("l1");
        assertThat(hits.getFirst().stance()).isEqualTo(Stance.MENTIONS);
    }

    @Test
    void textClaimsCarryTheirNumbersAndCountedNoun() {
        Claim claim = TextClaims.of("q", "Up to 8,000 soldiers were deployed in the Kursk region.");
        assertThat(claim.kind()).isEqualTo(ClaimKind.QUANTITY);
        assertThat(claim.quantities()).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(8000);
            assertThat(q.qualifier()).isEqualTo("<");
        });
    }

    private static Evidence byId(List<Evidence> hits, String id) {
        return hits.stream().filter(e -> e.docId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void eachPassageSaysHowMuchOfTheClaimsWordingItShares() throws IOException {
        List<Evidence> hits = finder.find(soldiersClaim(), null, 10);
        // "Around 10,000 DPRK troops have arrived in Russia": synonyms count (DPRK, troops), "entered" is missing
        assertThat(byId(hits, "w1").coverage()).isBetween(0.5, 0.95);
        assertThat(byId(hits, "seed").coverage()).isEqualTo(1.0);
        assertThat(hits).noneMatch(e -> Double.isNaN(e.coverage()));

        Claim unrelated = TextClaims.of("x", "Bakers in Lisbon went on strike, saying their bakeries would stay closed.");
        assertThat(finder.find(unrelated, null, 10)).allMatch(Evidence::coversLittle);
        // a free-text search of the archive has no claim to measure against
        assertThat(archive.search("soldiers", 5)).allMatch(e -> Double.isNaN(e.coverage()) && !e.coversLittle());
    }

    /**
     * The same archive searched lexically: its short reports are embedded by default and so searched with the
     * vectors fused in, which skips the two-stage search these tests are about.
     */
    private void searchLexically() throws IOException {
        archive.close();
        archive = Archive.open(tmp.resolve("archive"), Archive.Vectors.NONE);
        assertThat(archive.denseSearch()).isFalse();
    }

    @Test
    void twoStageSearchScoresItsCandidatesAsTheWholeArchiveSearchWould() throws IOException {
        searchLexically();
        // every article is a candidate here, so the cheap first stage must not change a score or a place
        List<Evidence> twoStage = new EvidenceFinder(archive, EvidenceFinder.Tuning.parse("prfDocs=0"))
                .find(soldiersClaim(), null, 10);
        List<Evidence> whole = new EvidenceFinder(archive, EvidenceFinder.Tuning.parse("prfDocs=0,candidates=0"))
                .find(soldiersClaim(), null, 10);
        assertThat(twoStage).hasSizeGreaterThan(3);
        assertThat(twoStage).extracting(Evidence::docId).isEqualTo(whole.stream().map(Evidence::docId).toList());
        assertThat(twoStage).extracting(Evidence::passage).isEqualTo(whole.stream().map(Evidence::passage).toList());
        for (int i = 0; i < whole.size(); i++) {
            assertThat(twoStage.get(i).score()).isCloseTo(whole.get(i).score(), org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void twoStageSearchShowsTheMatchingPassageOfTheCurrentVersionOfAReimportedArticle() throws IOException {
        searchLexically();
        String paragraphs = "The harvest report covers wheat, barley and maize from the southern regions this week.\n\n"
                + "Separately, officials confirmed that 12,000 North Korean soldiers were deployed near Kursk.\n\n"
                + "Prices at the Black Sea ports were stable, traders in Odesa and Constanta told the digest.";
        archive.importDocuments(List.of(art("multi", "Weekly digest", paragraphs, "Digest", OCT_28.minusDays(4))),
                null);
        // the same id again, reworded: the first version's documents are deleted, the new block is live
        archive.importDocuments(List.of(art("multi", "Weekly digest", paragraphs.replace("12,000", "11,000"),
                "Digest", OCT_28.minusDays(4))), null);
        EvidenceFinder twoStage = new EvidenceFinder(archive, EvidenceFinder.Tuning.parse("prfDocs=0"));
        List<Evidence> hits = twoStage.find(soldiersClaim(), archive.document("seed").orElseThrow(), 10);

        Evidence multi = byId(hits, "multi");
        assertThat(multi.passage()).isEqualTo(
                "Separately, officials confirmed that 11,000 North Korean soldiers were deployed near Kursk.");
        assertThat(multi.stance()).isEqualTo(Stance.DIFFERS);
        assertThat(hits.stream().map(Evidence::docId).toList()).doesNotHaveDuplicates().doesNotContain("seed");
    }
}
