package org.factdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports that say what they did: an over-long field, a wrong type or an unclosed quote is one problem with its line
 * and the rest of the file is imported; problem lists are capped with a count of the rest; the progress line counts
 * the articles committed, which is what a kill would keep.
 */
class ImportRobustnessIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static String line(String id, String title, String text, String source) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        o.put("title", title);
        o.put("text", text);
        o.put("source", source);
        return JSON.writeValueAsString(o);
    }

    @Test
    void anOverLongIdIsOneSkippedLineAnOverLongOutletIsCutAndTheRestIsImported() throws IOException {
        String huge = "x".repeat(40_000);
        Path jsonl = Files.write(dir.resolve("long.jsonl"), List.of(
                line("a1", "One", "The bridge opened in 1932.", "Wire"),
                line(huge, "Two", "The port handled 4 million containers.", "Wire"),
                line("a3", "Three", "The dam holds 2 billion cubic metres.", huge),
                line("a4", "Four", "The harvest was the largest in a decade.", "Ledger")));
        try (Archive archive = Archive.open(dir.resolve("archive"), Archive.Vectors.NONE)) {
            ImportReport report = archive.importPath(jsonl, Progress.NONE);
            assertThat(report.added()).isEqualTo(3);
            assertThat(report.skipped()).isEqualTo(1);
            assertThat(report.problems()).anySatisfy(p -> {
                assertThat(p.line()).isEqualTo(2);
                assertThat(p.message()).contains("40000 bytes long").contains("skipped");
            });
            assertThat(report.problems()).anySatisfy(p -> {
                assertThat(p.line()).isEqualTo(3);
                assertThat(p.message()).contains("outlet is 40000 bytes long");
            });
            assertThat(archive.document("a4")).isPresent();
            assertThat(archive.document("a3").orElseThrow().source()).hasSize(ImportSession.MAX_OUTLET_BYTES);
        }
    }

    @Test
    void aFieldOfTheWrongTypeIsOneSkippedLineAndANumberIsReadAsText() throws IOException {
        Path jsonl = Files.writeString(dir.resolve("types.jsonl"), """
                {"id": 101, "title": "Numbered", "text": "The bridge opened in 1932."}
                {"id": "b2", "title": ["a", "list"], "text": "The port handled 4 million containers."}
                {"id": "b3", "title": "Object text", "text": {"body": "nested"}}
                {"id": "b4", "title": "Fine", "text": "The harvest was the largest in a decade."}
                """);
        try (Archive archive = Archive.open(dir.resolve("archive"), Archive.Vectors.NONE)) {
            ImportReport report = archive.importPath(jsonl, Progress.NONE);
            assertThat(report.added()).isEqualTo(2);
            assertThat(report.problems()).extracting(ImportProblem::line).containsExactly(2L, 3L);
            assertThat(report.problems().get(0).message()).contains("field 'title' is a list");
            assertThat(report.problems().get(1).message()).contains("field 'text' is an object");
            assertThat(archive.document("101")).isPresent();
            assertThat(archive.document("b2")).isEmpty();
        }
    }

    @Test
    void anUnclosedCsvQuoteIsOneProblemAtItsLineAndTheRowsAfterItAreImported() throws IOException {
        Path csv = Files.writeString(dir.resolve("quote.csv"), """
                id,title,text
                c1,One,"The bridge opened in 1932, after four years."
                c2,"Two,The port handled 4 million containers.
                c3,Three,"The dam holds 2 billion cubic metres,
                across two lines."
                c4,Four,The harvest was the largest in a decade.
                c5,Five,"A closing ""quote"" inside."
                """);
        try (Archive archive = Archive.open(dir.resolve("archive"), Archive.Vectors.NONE)) {
            ImportReport report = archive.importPath(csv, Progress.NONE);
            assertThat(report.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(3);
                assertThat(p.message()).contains("unmatched").contains("the line was skipped");
            });
            assertThat(report.added()).isEqualTo(4);
            assertThat(archive.document("c3").orElseThrow().text()).isEqualTo(
                    "The dam holds 2 billion cubic metres,\nacross two lines.");
            assertThat(archive.document("c5").orElseThrow().text()).isEqualTo("A closing \"quote\" inside.");
            assertThat(archive.document("c2")).isEmpty();

            // a quote never closed used to swallow the rest of the file into one field, counted as one line
            Path open = Files.writeString(dir.resolve("open.csv"), "id,title,text\nd1,One,Text one here.\n"
                    + "d2,\"Two,Text two is never closed\nd3,Three,Text three here.\nd4,Four,Text four here.\n");
            ImportReport again = archive.importPath(open, Progress.NONE);
            assertThat(again.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(3);
                assertThat(p.message()).contains("not closed before the end of the file");
            });
            assertThat(again.added()).isEqualTo(3);
            assertThat(archive.document("d4")).isPresent();
        }
    }

    @Test
    void aMillionProblemsAreCountedNotListed() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            sb.append("{broken line ").append(i).append('\n');
        }
        sb.append(line("ok", "Good", "The bridge opened in 1932.", "Wire")).append('\n');
        Path jsonl = Files.writeString(dir.resolve("broken.jsonl"), sb);
        try (Archive archive = Archive.open(dir.resolve("archive"), Archive.Vectors.NONE)) {
            ImportReport report = archive.importPath(jsonl, Progress.NONE);
            assertThat(report.added()).isEqualTo(1);
            assertThat(report.problems()).hasSize(ImportReport.MAX_LISTED_PROBLEMS);
            assertThat(report.unlistedProblems()).isEqualTo(2000);
            assertThat(report.problemCount()).isEqualTo(3000);
            assertThat(report.summary()).contains("3000 problem(s)");
        }
    }

    @Test
    void theProgressLineCountsOnlyCommittedArticles() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            lines.add(line("p" + i, "Report " + i, "The port counted " + i + " ships, dispatch qz" + i + "x said.", "Wire"));
        }
        Path jsonl = Files.write(dir.resolve("many.jsonl"), lines);
        Pattern count = Pattern.compile("Imported (\\d+) documents");
        List<Integer> reported = new ArrayList<>();
        try (Archive archive = Archive.open(dir.resolve("archive"), Archive.Vectors.NONE)) {
            Progress progress = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    Matcher m = count.matcher(message);
                    if (m.find()) {
                        int n = Integer.parseInt(m.group(1));
                        try {
                            // what a kill now would keep: the committed (and refreshed) articles
                            assertThat(n).as("progress '%s'", message).isLessThanOrEqualTo(archive.size());
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        reported.add(n);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            ImportSession session = new ImportSession(archive, progress, 2000);
            ImportReport report = session.run(sink -> new JsonlReader().read(jsonl, sink));
            assertThat(report.added()).isEqualTo(5000);
        }
        assertThat(reported).contains(0, 2000, 4000, 5000);
        assertThat(reported).isSorted();
    }
}
