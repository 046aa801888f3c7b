package org.factdesk.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The train collections built from news articles: the lede shape and the same-story shape (decision 49). */
class RelevanceTrainerLedeSetTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theStoryShapeArchivesTheLedesOwnArticleUnderTheQuerysIdAndTheOtherHalfAsTheRelevantReport() throws Exception {
        Path source = dir.resolve("news.jsonl");
        Files.write(source, List.of(article("a1", "Senate passes the harbour bill"), article("a2", "Mayor opens a bridge"),
                shortArticle("a3")), StandardCharsets.UTF_8);

        RelevanceTrainer.buildLedeSet(List.of(source.toString()), dir.resolve("set"), 10, 1, true, quiet());

        Map<String, JsonNode> docs = new java.util.HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("set/collection.jsonl"))) {
            JsonNode d = JSON.readTree(line);
            docs.put(d.path("id").asText(), d);
        }
        assertThat(docs.keySet()).containsExactlyInAnyOrder("a1", "q-a1", "a2", "q-a2", "a3");
        JsonNode own = docs.get("q-a1");
        JsonNode report = docs.get("a1");
        assertThat(own.path("title").asText()).isEqualTo("Senate passes the harbour bill");
        assertThat(own.path("text").asText()).startsWith("The lede of a1").contains("Paragraph 1 of a1")
                .doesNotContain("Paragraph 6 of a1");
        assertThat(report.path("title").asText()).isEmpty();
        assertThat(report.path("text").asText()).contains("Paragraph 6 of a1").doesNotContain("Paragraph 1 of a1")
                .doesNotContain("The lede of a1");
        assertThat(docs.get("a3").path("text").asText()).contains("too short"); // not chosen: kept whole

        List<String> qrels = Files.readAllLines(dir.resolve("set/qrels.tsv"));
        assertThat(qrels).contains("q-a1\ta1", "q-a2\ta2").hasSize(3);
        Map<String, String> queries = Files.readAllLines(dir.resolve("set/queries.tsv")).stream().skip(1)
                .map(l -> l.split("\t")).collect(Collectors.toMap(p -> p[0], p -> p[1]));
        assertThat(queries.get("q-a1")).startsWith("The lede of a1");
    }

    @Test
    void theLedeShapeKeepsOneDocumentPerArticleWithItsLedeTakenOut() throws Exception {
        Path source = dir.resolve("news.jsonl");
        Files.write(source, List.of(article("a1", "Senate passes the harbour bill")), StandardCharsets.UTF_8);

        RelevanceTrainer.buildLedeSet(List.of(source.toString()), dir.resolve("set"), 10, 1, false, quiet());

        List<String> lines = Files.readAllLines(dir.resolve("set/collection.jsonl"));
        assertThat(lines).hasSize(1);
        JsonNode d = JSON.readTree(lines.getFirst());
        assertThat(d.path("id").asText()).isEqualTo("a1");
        assertThat(d.path("text").asText()).contains("Paragraph 1 of a1", "Paragraph 6 of a1").doesNotContain("The lede");
    }

    private static String article(String id, String title) throws Exception {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("The lede of " + id + " tells in about twenty words what happened today in the capital and who"
                + " said so to reporters.");
        for (int p = 1; p <= 6; p++) {
            paragraphs.add("Paragraph " + p + " of " + id + " adds detail: " + "officials described the vote, the money"
                    + " involved and what comes next for the project, according to people familiar with it. ".repeat(2));
        }
        return JSON.writeValueAsString(Map.of("id", id, "title", title, "text", String.join("\n\n", paragraphs)));
    }

    private static String shortArticle(String id) throws Exception {
        return JSON.writeValueAsString(Map.of("id", id, "title", "Brief", "text", "A brief that is too short to split."));
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
