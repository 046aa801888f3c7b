package org.factdesk.archive;

import org.factdesk.model.Article;
import org.factdesk.model.Evidence;
import org.factdesk.task.CancellableProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchiveIT {
    @TempDir
    Path tmp;

    private Path jsonl(String... lines) throws IOException {
        Path f = tmp.resolve("in-" + System.nanoTime() + ".jsonl");
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    private static String line(String id, String title, String text, String source, String published) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"text\":\"" + text + "\",\"source\":\"" + source
                + "\",\"published\":\"" + published + "\",\"url\":\"https://example.org/" + id + "\"}";
    }

    @Test
    void importsJsonlReportsMalformedLineWithItsNumberAndImportsTheRest() throws IOException {
        Path f = jsonl(
                line("a1", "Troops cross border", "About 10,000 soldiers crossed the border.", "Wire", "2024-10-30"),
                "{\"id\": \"broken\", \"text\": ",
                line("a2", "Treaty ratified", "The upper house ratified the treaty.", "Daily", "2024-11-06T10:00:00Z"),
                line("a3", "Empty", "", "Daily", "2024-11-06"));
        try (Archive archive = Archive.open(tmp.resolve("archive"))) {
            ImportReport report = archive.importPath(f, null);
            assertThat(report.added()).isEqualTo(2);
            assertThat(report.skipped()).isEqualTo(2);
            assertThat(report.problems()).anySatisfy(p -> {
                assertThat(p.line()).isEqualTo(2);
                assertThat(p.message()).contains("malformed JSON");
            });
            assertThat(report.problems()).anySatisfy(p -> assertThat(p.line()).isEqualTo(4));
            assertThat(archive.size()).isEqualTo(2);
            Article a2 = archive.document("a2").orElseThrow();
            assertThat(a2.published()).isEqualTo(LocalDate.of(2024, 11, 6));
            assertThat(a2.source()).isEqualTo("Daily");
            assertThat(a2.url()).isEqualTo("https://example.org/a2");
        }
    }

    @Test
    void reimportingTheSameIdsReplacesInsteadOfDuplicating() throws IOException {
        Path f = jsonl(line("a1", "One", "First text about the treaty.", "Wire", "2024-10-30"),
                line("a2", "Two", "Second text about the border.", "Wire", "2024-10-31"));
        try (Archive archive = Archive.open(tmp.resolve("archive"))) {
            archive.importPath(f, null);
            ImportReport again = archive.importPath(f, null);
            assertThat(again.added()).isZero();
            assertThat(again.updated()).isEqualTo(2);
            assertThat(archive.size()).isEqualTo(2);
            assertThat(archive.search("treaty", 10)).extracting(Evidence::docId).containsExactly("a1");
        }
    }

    @Test
    void reportsDuplicateIdsInOneFileAndNearDuplicateTexts() throws IOException {
        Path f = jsonl(line("a1", "One", "Text one about the border.", "Wire", "2024-10-30"),
                line("a1", "One again", "Text one, revised, about the border.", "Wire", "2024-10-30"),
                line("copy", "ONE AGAIN", "TEXT ONE, revised -- about the border!", "Mirror", "2024-10-31"));
        try (Archive archive = Archive.open(tmp.resolve("archive"))) {
            ImportReport report = archive.importPath(f, null);
            assertThat(report.problems()).anySatisfy(p -> {
                assertThat(p.line()).isEqualTo(2);
                assertThat(p.message()).contains("duplicate id 'a1'");
            });
            assertThat(report.problems()).anySatisfy(p -> assertThat(p.message()).contains("near-duplicate"));
            assertThat(archive.size()).isEqualTo(1);
            assertThat(archive.document("a1").orElseThrow().title()).isEqualTo("One again");
            assertThat(archive.document("copy").orElseThrow().id()).isEqualTo("a1");
            assertThat(archive.duplicateIds("a1")).containsExactly("copy");
        }
    }

    @Test
    void differentArticlesSharingAnIdInOneFileAreAllKept() throws IOException {
        // a placeholder id in the source ("empty") on three unrelated articles, and a revision of the second
        Path f = jsonl(line("empty", "Court hears sex bias case", "The Supreme Court heard arguments on the lawsuit.",
                        "Wire", "2011-03-29"),
                line("empty", "Candidate leaves the debate", "He said he would not moderate the debate after all.",
                        "Wire", "2011-12-13"),
                line("empty", "Upset in the primary", "The majority leader lost his primary to a professor.",
                        "Wire", "2014-06-10"),
                line("empty", "Candidate leaves the debate", "He said on Tuesday he would not moderate the debate.",
                        "Wire", "2011-12-13"));
        try (Archive archive = Archive.open(tmp.resolve("archive"))) {
            ImportReport report = archive.importPath(f, null);
            assertThat(report.added()).isEqualTo(3);
            assertThat(report.problems()).anySatisfy(p -> {
                assertThat(p.line()).isEqualTo(2);
                assertThat(p.message()).contains("duplicate id 'empty'", "different article", "'empty (2)'");
            });
            assertThat(report.problems()).anySatisfy(p -> {
                assertThat(p.line()).isEqualTo(4);
                assertThat(p.message()).contains("duplicate id 'empty'", "replaces the earlier one", "'empty (2)'");
            });
            assertThat(archive.size()).isEqualTo(3);
            assertThat(archive.document("empty").orElseThrow().title()).isEqualTo("Court hears sex bias case");
            assertThat(archive.document("empty (2)").orElseThrow().text()).contains("on Tuesday");
            assertThat(archive.document("empty (3)").orElseThrow().title()).isEqualTo("Upset in the primary");
            assertThat(archive.sourceId("empty (3)")).contains("empty");
            assertThat(archive.sourceId("empty")).isEmpty();
            assertThat(archive.sourceIds("empty (2)")).containsExactly("empty (2)", "empty");
            assertThat(archive.idsImportedAs("empty")).containsExactlyInAnyOrder("empty (2)", "empty (3)");
            assertThat(archive.search("primary professor", 5)).extracting(Evidence::docId).containsExactly("empty (3)");

            ImportReport again = archive.importPath(f, null);
            assertThat(again.added()).isZero();
            assertThat(again.updated()).isEqualTo(3);
            assertThat(archive.size()).isEqualTo(3);
        }
    }

    @Test
    void idRepeatedAfterAnEarlierCommitIsReportedAndCountedOnce() throws IOException {
        List<Article> docs = new ArrayList<>();
        for (int i = 0; i < Archive.BATCH_SIZE * 2 + 5; i++) {
            docs.add(new Article("d" + i, "Doc " + i, "Report number " + i + " on the talks in city " + i + ".",
                    "Wire", null, ""));
        }
        docs.add(new Article("d3", "Doc 3 again", "Report number 3, revised, on the talks in city 3.", "Wire", null, ""));
        // not embedded: this is about batches and commits, and embedding 2,000 one-line reports takes seconds
        try (Archive archive = Archive.open(tmp.resolve("archive"), Archive.Vectors.NONE)) {
            // commits after every batch: the first d3 is only in the index when the second arrives
            ImportReport report = new ImportSession(archive, null, 1).run(sink -> {
                long n = 0;
                for (Article a : docs) {
                    sink.accept(a, "(documents)", ++n);
                }
            });
            assertThat(report.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(docs.size());
                assertThat(p.message()).contains("duplicate id 'd3'");
            });
            assertThat(report.added()).isEqualTo(docs.size() - 1);
            assertThat(report.updated()).isEqualTo(1);
            assertThat(archive.size()).isEqualTo(docs.size() - 1);
            assertThat(archive.document("d3").orElseThrow().title()).isEqualTo("Doc 3 again");
        }
    }

    @Test
    void reopenedArchiveFindsWhatWasImported() throws IOException {
        Path dir = tmp.resolve("archive");
        try (Archive archive = Archive.open(dir)) {
            archive.importDocuments(List.of(new Article("x1", "Lavrov statement", "Lavrov said the treaty is defensive.",
                    "Wire", LocalDate.of(2024, 11, 1), "")), null);
        }
        try (Archive archive = Archive.open(dir)) {
            assertThat(archive.size()).isEqualTo(1);
            List<Evidence> hits = archive.search("Lavrov", 5);
            assertThat(hits).hasSize(1);
            assertThat(hits.getFirst().highlights()).isNotEmpty();
            assertThat(hits.getFirst().highlights().getFirst().of(hits.getFirst().passage())).isEqualTo("Lavrov");
        }
    }

    @Test
    void indexOfAnOlderSchemaVersionIsRebuiltNotMixed() throws IOException {
        Path dir = tmp.resolve("archive");
        try (Archive archive = Archive.open(dir)) {
            archive.importDocuments(List.of(new Article("old1", "Kept", "An article from before the upgrade.",
                    "Wire", LocalDate.of(2024, 1, 2), "https://x.org/old1")), null);
        }
        Path current = ArchiveSchema.indexFolder(dir);
        Path older = dir.resolve(ArchiveSchema.FOLDER_PREFIX + (ArchiveSchema.VERSION - 1));
        Files.move(current, older);
        try (Archive archive = Archive.open(dir)) {
            assertThat(archive.document("old1").orElseThrow().published()).isEqualTo(LocalDate.of(2024, 1, 2));
            assertThat(archive.search("upgrade", 5)).hasSize(1);
        }
        assertThat(older).doesNotExist();
    }

    @Test
    void secondOpenOfTheSameArchiveFailsWithAClearMessage() throws IOException {
        Path dir = tmp.resolve("archive");
        try (Archive archive = Archive.open(dir)) {
            assertThatThrownBy(() -> Archive.open(dir)).isInstanceOf(IOException.class).hasMessageContaining("in use");
        }
    }

    @Test
    void cancelledImportLeavesAConsistentCommittedIndex() throws IOException {
        Path dir = tmp.resolve("archive");
        CancellableProgress progress = new CancellableProgress(u -> { });
        int total = Archive.BATCH_SIZE * 3;
        Iterable<Article> docs = () -> new Iterator<>() {
            int i = 0;

            @Override
            public boolean hasNext() {
                return i < total;
            }

            @Override
            public Article next() {
                if (i == Archive.BATCH_SIZE + 10) {
                    progress.cancel();
                }
                i++;
                return new Article("d" + i, "Doc " + i, "Report number " + i + " on the talks in city " + i + ".",
                        "Wire", null, "");
            }
        };
        int committed;
        try (Archive archive = Archive.open(dir, Archive.Vectors.NONE)) { // batches, not embedding (as above)
            ImportReport report = archive.importDocuments(docs, progress);
            assertThat(report.cancelled()).isTrue();
            committed = archive.size();
            assertThat(committed).isGreaterThan(0).isLessThan(total);
            assertThat(committed % Archive.BATCH_SIZE).isZero();
        }
        try (Archive archive = Archive.open(dir)) {
            assertThat(archive.size()).isEqualTo(committed);
        }
    }

    @Test
    void numbersMeetWhateverWayTheyAreWritten() throws IOException {
        try (Archive archive = Archive.open(tmp.resolve("archive"))) {
            archive.importDocuments(List.of(
                    new Article("words", "Estimate", "Officials counted ten thousand people at the rally.", "A", null, ""),
                    new Article("spaces", "Estimate", "Officials counted 10 000 people at the rally.", "B", null, ""),
                    new Article("other", "Estimate", "Officials counted 12,000 people at the rally.", "C", null, "")), null);
            List<Evidence> hits = archive.search("10,000", 10);
            assertThat(hits).extracting(Evidence::docId).containsExactlyInAnyOrder("words", "spaces");
            Evidence words = hits.stream().filter(e -> e.docId().equals("words")).findFirst().orElseThrow();
            assertThat(words.highlights()).anySatisfy(s -> assertThat(s.of(words.passage())).isEqualTo("ten thousand"));
        }
    }

    @Test
    void synonymsLetNorthKoreaFindDprkAndTroopsFindSoldiers() throws IOException {
        try (Archive archive = Archive.open(tmp.resolve("archive"))) {
            archive.importDocuments(List.of(
                    new Article("k1", "Launch", "The DPRK fired a missile on Thursday.", "A", null, ""),
                    new Article("k2", "Deployment", "Thousands of soldiers were deployed to the front.", "B", null, ""),
                    new Article("k3", "Weather", "Rain is expected across the region.", "C", null, "")), null);
            assertThat(archive.search("North Korea", 10)).extracting(Evidence::docId).containsExactly("k1");
            assertThat(archive.search("troops", 10)).extracting(Evidence::docId).containsExactly("k2");
        }
    }

    @Test
    void badQuerySyntaxGivesAReadableMessage() throws IOException {
        try (Archive archive = Archive.open(tmp.resolve("archive"))) {
            assertThatThrownBy(() -> archive.search("\"unbalanced AND (", 5))
                    .isInstanceOf(ArchiveQueryException.class)
                    .hasMessageContaining("Could not understand");
        }
    }

    @Test
    void importsFolderOfTextMarkdownAndHtmlWithBoilerplateStripped() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("folder/sub"));
        Files.writeString(folder.resolve("note.md"), "# Ratification vote\n\nThe upper house votes on 6 November.");
        Files.writeString(folder.resolve("../plain.txt"), "Border report\nShelling continued overnight.");
        Files.writeString(folder.resolve("page.html"), """
                <html><head><title>Launch report</title><script>var tracker = 1;</script></head>
                <body><nav>Home | World | Sport</nav><article><h1>Launch</h1><p>An ICBM flew for 86 minutes.</p></article>
                <footer>Copyright subscribe newsletter</footer></body></html>""");
        Files.write(folder.resolve("legacy.txt"), "Caf\u00e9 owners said pr\u00eats were cheaper.".getBytes(
                java.nio.charset.Charset.forName("windows-1252")));
        try (Archive archive = Archive.open(tmp.resolve("archive"))) {
            ImportReport report = archive.importPath(tmp.resolve("folder"), null);
            assertThat(report.added()).isEqualTo(4);
            assertThat(report.problems()).anySatisfy(p -> assertThat(p.message()).contains("windows-1252"));
            Article html = archive.document("sub/page.html").orElseThrow();
            assertThat(html.title()).isEqualTo("Launch report");
            assertThat(html.text()).contains("86 minutes").doesNotContain("tracker", "Sport", "newsletter");
            assertThat(archive.document("sub/note.md").orElseThrow().title()).isEqualTo("Ratification vote");
            assertThat(archive.document("sub/legacy.txt").orElseThrow().text()).contains("Caf\u00e9");
            assertThat(archive.search("newsletter", 5)).isEmpty();
        }
    }

    @Test
    void longArticleIsSplitIntoPassagesAndTheMatchingOneComesBack() throws IOException {
        List<String> paras = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            paras.add("Paragraph " + i + " talks about agriculture, harvests and the price of grain in the markets.");
        }
        paras.add(6, "Lavrov said the deployment was a sovereign matter for Moscow and Pyongyang.");
        try (Archive archive = Archive.open(tmp.resolve("archive"))) {
            archive.importDocuments(List.of(new Article("long", "Mixed", String.join("\n\n", paras), "A", null, "")), null);
            List<Evidence> hits = archive.search("Lavrov deployment", 5);
            assertThat(hits).hasSize(1);
            assertThat(hits.getFirst().passage()).startsWith("Lavrov said");
        }
    }
}
