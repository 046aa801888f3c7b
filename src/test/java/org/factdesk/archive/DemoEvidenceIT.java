package org.factdesk.archive;

import org.factdesk.extract.ClaimExtractor;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.Evidence;
import org.factdesk.model.Stance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo workspace (the project's own sample archive and seed article) through the real claim and evidence path. */
class DemoEvidenceIT {
    @TempDir
    static Path tmp;
    static Archive archive;
    static Article seed;
    static List<Claim> claims;

    @BeforeAll
    static void setUp() throws IOException {
        Path jsonl = tmp.resolve("demo.jsonl");
        try (InputStream in = DemoEvidenceIT.class.getResourceAsStream("/factdesk/demo/archive.jsonl")) {
            Files.copy(in, jsonl);
        }
        String text;
        try (InputStream in = DemoEvidenceIT.class.getResourceAsStream("/factdesk/demo/seed-article.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        seed = new Article("seed", "Seed", text, "Seed", LocalDate.of(2024, 11, 1), "");
        archive = Archive.open(tmp.resolve("archive"));
        archive.importPath(jsonl, null);
        claims = ClaimExtractor.createDefault().extract(seed);
    }

    @AfterAll
    static void tearDown() throws IOException {
        archive.close();
    }

    private List<Evidence> evidenceFor(String words) {
        Claim c = claims.stream().filter(x -> x.text().contains(words)).findFirst().orElseThrow();
        List<Evidence> hits = new EvidenceFinder(archive).find(c, seed, 10);
        if (Boolean.getBoolean("demo.print")) {
            System.out.println("CLAIM " + c.text() + " " + c.quantities() + " " + c.agreement() + " " + c.kind());
            hits.forEach(e -> System.out.println("  " + e.docId() + " " + e.stance() + " " + e.stanceNote() + " | "
                    + e.title() + " | " + e.passage().substring(0, Math.min(160, e.passage().length()))));
        }
        return hits;
    }

    @Test
    void onlyTheClaimsOwnWordsAreMarkedInTheEvidence() {
        // the two-stage search (the default) and the whole-archive one (dense retrieval's) alike
        int marked = markedClaimWords(new EvidenceFinder(archive))
                + markedClaimWords(new EvidenceFinder(archive, EvidenceFinder.Tuning.parse("candidates=0")));
        assertThat(marked).isGreaterThan(100);
    }

    /** Checks that each marked word of each demo claim's evidence is the claim's; returns how many were marked. */
    private static int markedClaimWords(EvidenceFinder finder) {
        int marked = 0;
        for (Claim c : claims) {
            java.util.Set<String> claimTerms = Highlighter.termsOf(finder.buildQuery(c));
            for (Evidence e : finder.find(c, seed, 10)) {
                for (var span : e.highlights()) {
                    String word = span.of(e.passage());
                    // a marked word is one of the claim's (stemmed, or a synonym of one) or one of its numbers
                    List<String> analysed = AnalysedTerms.of(ArchiveSchema.textAnalyzer(), ArchiveSchema.TEXT, word);
                    assertThat(analysed.stream().anyMatch(claimTerms::contains)
                            || NumberNormalizer.find(word).stream().anyMatch(n -> claimTerms.contains(n.token())))
                            .as("'%s' marked in %s for claim '%s'", word, e.docId(), c.text()).isTrue();
                    marked++;
                }
            }
        }
        return marked;
    }

    @Test
    void tenThousandSoldiersClaimShowsOtherEstimatesAsDiffering() {
        List<Evidence> hits = evidenceFor("10,000 North Korean soldiers");
        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().passage()).containsIgnoringCase("North Korea");
        assertThat(hits).anySatisfy(e -> {
            assertThat(e.stance()).isEqualTo(Stance.DIFFERS);
            assertThat(e.stanceNote()).contains("12,000");
        });
        assertThat(hits).anySatisfy(e -> {
            assertThat(e.stance()).isEqualTo(Stance.DIFFERS);
            assertThat(e.stanceNote()).contains("11,000");
        });
        assertThat(hits).anySatisfy(e -> assertThat(e.stance()).isEqualTo(Stance.AGREES));
    }

    @Test
    void ratificationVoteClaimFindsTheUpperHouse() {
        List<Evidence> hits = evidenceFor("Federation Council");
        assertThat(hits.getFirst().passage().toLowerCase()).containsAnyOf("federation council", "upper house");
    }

    @Test
    void icbmClaimFindsTheLaunch() {
        // the claim sentence is also about the Lavrov-Choe meeting, so an article on both may come first
        List<Evidence> hits = evidenceFor("intercontinental missile");
        assertThat(hits.subList(0, 3)).anySatisfy(e ->
                assertThat((e.title() + " " + e.passage()).toLowerCase()).containsAnyOf("icbm", "intercontinental"));
    }

    @Test
    void twoStageSearchRanksLikeTheWholeArchiveSearchWhenTheCandidatesCoverIt() {
        // 44 articles, and a first stage that fetches more documents than the archive holds: the candidates are
        // every matching article, so the two-stage path must give the very ranking (order, passages, scores)
        // that scoring every document gives
        EvidenceFinder twoStage = new EvidenceFinder(archive, EvidenceFinder.Tuning.parse("candidates=1000,passageArticles=0,recallMaxShare=0"));
        EvidenceFinder whole = new EvidenceFinder(archive, EvidenceFinder.Tuning.parse("candidates=0"));
        assertThat(EvidenceFinder.Tuning.DEFAULT.candidates()).isPositive();
        int compared = 0;
        for (Claim c : claims) {
            List<Evidence> fast = twoStage.find(c, seed, 10);
            List<Evidence> exact = whole.find(c, seed, 10);
            assertThat(fast.stream().map(e -> e.docId() + " " + e.passage()).toList()).as(c.text())
                    .isEqualTo(exact.stream().map(e -> e.docId() + " " + e.passage()).toList());
            for (int i = 0; i < fast.size(); i++) {
                assertThat(fast.get(i).score()).as(c.text()).isCloseTo(exact.get(i).score(),
                        org.assertj.core.data.Offset.offset(1e-4));
            }
            compared += fast.size();
        }
        assertThat(compared).isGreaterThan(claims.size());
    }
}
