package org.factdesk.archive;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Evidence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first stages leave out what costs most and decides least in a large archive: words, synonym groups and
 * feedback words found in more documents than the limit. An archive of 2,100 short reports about troops is
 * just large enough for "troops" and its synonyms to pass the limit of 2,000 documents.
 */
class FirstStageCostIT {
    @TempDir
    Path tmp;
    Archive archive;

    @BeforeEach
    void setUp() throws IOException {
        // lexical: one-sentence reports would be embedded by default and searched with the vectors, not in stages
        archive = Archive.open(tmp.resolve("archive"), Archive.Vectors.NONE);
        List<Article> docs = new ArrayList<>();
        String[] nouns = {"troops", "soldiers", "servicemen", "personnel", "forces"};
        for (int i = 0; i < 2_100; i++) {
            docs.add(new Article("r" + i, "Report " + i, "The " + nouns[i % nouns.length] + " of unit " + i
                    + " held an exercise in the State Duma district " + (i % 7) + ".", "Wire " + (i % 9),
                    LocalDate.of(2024, 1, 1).plusDays(i % 300), ""));
        }
        docs.add(new Article("z1", "Zaluzhnyi in Kharkiv", "General Zaluzhnyi inspected the troops near Kharkiv on Monday.",
                "Kyiv Ledger", LocalDate.of(2024, 11, 2), ""));
        archive.importDocuments(docs, null);
    }

    @AfterEach
    void tearDown() throws IOException {
        archive.close();
    }

    private static Claim claim(String text) {
        return new Claim(Claim.idFor("a", text), "a", text, ClaimKind.ASSERTION, 0, text.length(), 0.5,
                List.of(), null, null, List.of());
    }

    private static List<Query> clauses(Query q) {
        List<Query> out = new ArrayList<>();
        for (var c : ((BooleanQuery) q).clauses()) {
            Query x = c.query();
            while (x instanceof BoostQuery b) {
                x = b.getQuery();
            }
            out.add(x);
        }
        return out;
    }

    @Test
    void aSynonymGroupInMoreDocumentsThanTheLimitLeavesTheFirstStageButStillScores() {
        Claim claim = claim("General Zaluzhnyi inspected the troops near Kharkiv.");
        EvidenceFinder finder = new EvidenceFinder(archive);

        List<Query> first = clauses(finder.recallQuery(claim));
        assertThat(first).noneMatch(q -> q instanceof SynonymQuery);
        assertThat(first).anyMatch(q -> q instanceof TermQuery t && t.getTerm().text().startsWith("zaluzhn"));
        // with the limit off, the group is searched like any word
        List<Query> all = clauses(new EvidenceFinder(archive, EvidenceFinder.Tuning.parse("recallMaxShare=0"))
                .recallQuery(claim));
        assertThat(all).anyMatch(q -> q instanceof SynonymQuery s
                && s.getTerms().stream().anyMatch(t -> t.text().startsWith("troop")));

        List<Evidence> hits = finder.find(claim, null, 5);
        assertThat(hits.getFirst().docId()).isEqualTo("z1");
        assertThat(hits.getFirst().highlights()).isNotEmpty();
    }

    @Test
    void onlyTheClaimsThreeCheapestClausesStayWhenAllPassTheLimit() {
        List<Query> first = clauses(new EvidenceFinder(archive).recallQuery(claim("The troops held an exercise.")));
        assertThat(first).hasSizeBetween(1, 3);
    }

    @Test
    void feedbackWordsInMoreDocumentsThanTheLimitFetchNoCandidates() throws IOException {
        archive.read(searcher -> {
            feedbackWordsOverTheLimitAreLeftOut(new SharedTermStates(searcher, null));
            return null;
        });
    }

    private void feedbackWordsOverTheLimitAreLeftOut(SharedTermStates states) throws IOException {
        Query expansion = new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(ArchiveSchema.TEXT, "exercis")), 1f), org.apache.lucene.search.BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(ArchiveSchema.TEXT, "kharkiv")), 0.5f), org.apache.lucene.search.BooleanClause.Occur.SHOULD)
                .build();
        assertThat(states.docFreq(new Term(ArchiveSchema.TEXT, "exercis"))).isGreaterThan(2_000);

        List<Query> kept = clauses(unboost(Feedback.strongest(expansion, 10, 2_000, states)));
        assertThat(kept).containsExactly(new TermQuery(new Term(ArchiveSchema.TEXT, "kharkiv")));
        assertThat(clauses(unboost(Feedback.strongest(expansion, 10, Long.MAX_VALUE, states)))).hasSize(2);
        assertThat(Feedback.strongest(expansion, 1, 2_000, states)).as("no word left: no second search").isNull();
    }

    private static Query unboost(Query q) {
        return q instanceof BoostQuery b ? unboost(b.getQuery()) : q;
    }
}
