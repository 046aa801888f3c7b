package org.factdesk.archive;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.factdesk.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Term queries carrying shared states must match and score exactly as plain ones. */
class SharedTermStatesIT {
    @TempDir
    Path tmp;

    @Test
    void attachedQueryFindsAndScoresTheSameDocuments() throws IOException {
        try (Archive archive = Archive.open(tmp.resolve("archive"))) {
            archive.importDocuments(List.of(
                    art("a1", "Troops crossed the river near the border at dawn."),
                    art("a2", "The border river flooded; no troops were seen."),
                    art("a3", "Grain prices rose at the river ports."),
                    art("a4", "Troops and grain convoys waited at the border.")), null);
            IndexSearcher searcher = archive.searchers().acquire();
            try {
                Query plain = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(ArchiveSchema.TEXT, "troop")), Occur.SHOULD)
                        .add(new BoostQuery(new TermQuery(new Term(ArchiveSchema.TEXT, "border")), 2f), Occur.SHOULD)
                        .add(new BoostQuery(new BooleanQuery.Builder()
                                .add(new TermQuery(new Term(ArchiveSchema.TEXT, "river")), Occur.SHOULD)
                                .add(new TermQuery(new Term(ArchiveSchema.TEXT, "grain")), Occur.SHOULD)
                                .setMinimumNumberShouldMatch(2).build(), 0.5f), Occur.SHOULD)
                        .add(new PhraseQuery(ArchiveSchema.TEXT, "border", "river"), Occur.SHOULD)
                        .add(new TermQuery(new Term(ArchiveSchema.TYPE, ArchiveSchema.TYPE_ARTICLE)), Occur.FILTER)
                        .build();
                SharedTermStates shared = new SharedTermStates(searcher, new TermStatesCache(100));
                Query attached = shared.attach(plain);

                assertThat(attached).isEqualTo(plain);
                assertThat(scores(searcher, attached)).isEqualTo(scores(searcher, plain)).hasSize(4);
                assertThat(shared.docFreq(new Term(ArchiveSchema.TEXT, "troop")))
                        .isEqualTo(searcher.getIndexReader().docFreq(new Term(ArchiveSchema.TEXT, "troop")));
            } finally {
                archive.searchers().release(searcher);
            }
        }
    }

    private static List<String> scores(IndexSearcher searcher, Query q) throws IOException {
        ScoreDoc[] hits = searcher.search(q, 10).scoreDocs;
        return Arrays.stream(hits).map(h -> h.doc + ":" + h.score).toList();
    }

    private static Article art(String id, String text) {
        return new Article(id, "Report " + id, text, "Wire", LocalDate.of(2024, 10, 1), "https://example.org/" + id);
    }
}
