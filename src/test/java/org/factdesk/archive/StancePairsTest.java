package org.factdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.model.Claim;
import org.factdesk.model.Stance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Stance on a labelled set of claim-passage pairs written for FactDesk in the style of the 2021-2022 press-release
 * archive ({@code stance-pairs.tsv}, decision 43): "agrees" and "differs" only when the passage's figure counts the
 * same thing as the claim's; precision of both at least 0.90.
 */
class StancePairsTest {
    record Pair(Stance label, String claim, String passage, String title) {
    }

    private static final List<Pair> PAIRS = new ArrayList<>();
    private static QuantityStance stance;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = StancePairsTest.class.getResourceAsStream("stance-pairs.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split("\t", -1);
                PAIRS.add(new Pair(Stance.valueOf(p[0].strip().toUpperCase(Locale.ROOT)), p[1], p[2],
                        p.length > 3 ? p[3] : ""));
            }
        }
        stance = new QuantityStance(ArchiveSchema.queryTextAnalyzer(Synonyms.load(null)), ArchiveSchema.textAnalyzer());
    }

    @Test
    void aMegabyteOfFiguresWithoutASentenceBreakIsReadInAMomentAndFindsNoStance() {
        String passage = "about 12,000 of them and 3,000 more then ".repeat(30_000);
        long t0 = System.nanoTime();
        QuantityStance.Result r = stance.assess(TextClaims.of("c", "About 10,000 North Korean soldiers entered Russia."),
                passage, "x".repeat(1_000_000));
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5);
        assertThat(r.stance()).isEqualTo(Stance.MENTIONS);
    }

    @Test
    void aPromoLineForAnotherArticleIsNotEvidence() {
        Claim claim = TextClaims.of("c", "At least 13,000 Ukrainian troops have died since the start of the war.");
        assertThat(stance.assess(claim, "(RELATED: Have 13,000 Ukrainian Troops Died?) The regional council met on"
                + " Tuesday.", "").stance()).isEqualTo(Stance.MENTIONS);
        assertThat(stance.assess(claim, "Officials said 13,000 Ukrainian troops had died since the war began.", "")
                .stance()).isEqualTo(Stance.AGREES);
    }

    @Test
    void troopsKilledAreNotTroopsDeployed() {
        Claim killed = TextClaims.of("c", "About 10,000 North Korean soldiers have been killed in Russia.");
        assertThat(stance.assess(killed, "About 12,000 North Korean soldiers have been deployed to Russia.", "").stance())
                .isEqualTo(Stance.MENTIONS);
        assertThat(stance.assess(killed, "About 12,000 North Korean soldiers have been killed in Russia.", "").stance())
                .isEqualTo(Stance.DIFFERS);
    }

    @Test
    void theLabelledSetHasAtLeast200PairsOfEveryKind() {
        assertThat(PAIRS).hasSizeGreaterThanOrEqualTo(200);
        for (Stance s : Stance.values()) {
            assertThat(PAIRS).filteredOn(p -> p.label() == s).hasSizeGreaterThanOrEqualTo(60);
        }
    }

    @Test
    void agreesAndDiffersAreSaidOnlyForTheSameThingWithPrecisionOfAtLeast90Percent() {
        Map<Stance, int[]> counts = new EnumMap<>(Stance.class); // predicted, labelled, both
        for (Stance s : Stance.values()) {
            counts.put(s, new int[3]);
        }
        List<String> wrong = new ArrayList<>();
        for (Pair p : PAIRS) {
            Claim claim = TextClaims.of("c", p.claim());
            QuantityStance.Result r = stance.assess(claim, p.passage(), p.title());
            counts.get(r.stance())[0]++;
            counts.get(p.label())[1]++;
            if (r.stance() == p.label()) {
                counts.get(p.label())[2]++;
            } else {
                wrong.add(p.label().code() + " -> " + r.stance().code() + " (" + r.note() + "): " + p.claim() + " | "
                        + p.passage());
            }
        }
        StringBuilder report = new StringBuilder();
        for (Stance s : Stance.values()) {
            int[] c = counts.get(s);
            report.append(String.format(Locale.ROOT, "%s: precision %.3f (%d/%d), recall %.3f (%d/%d)%n", s.code(),
                    c[0] == 0 ? 1 : (double) c[2] / c[0], c[2], c[0], c[1] == 0 ? 1 : (double) c[2] / c[1], c[2], c[1]));
        }
        System.out.print("StancePairsTest on " + PAIRS.size() + " pairs:\n" + report);
        wrong.forEach(w -> System.out.println("  " + w));
        for (Stance s : List.of(Stance.AGREES, Stance.DIFFERS)) {
            int[] c = counts.get(s);
            assertThat((double) c[2] / Math.max(1, c[0])).as(s.code() + " precision\n" + report).isGreaterThanOrEqualTo(0.90);
        }
    }
}
