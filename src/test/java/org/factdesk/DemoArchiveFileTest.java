package org.factdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the shipped demo archive (resources/demo/archive.jsonl, on the classpath as factdesk/demo/). */
class DemoArchiveFileTest {

    private static final String RESOURCE = "/factdesk/demo/archive.jsonl";
    /** Any run of whitespace, including no-break spaces used inside numbers such as "10 000". */
    private static final Pattern WORD_GAP = Pattern.compile("[\\s\\p{Z}]+");

    private static List<String> lines;
    private static List<JsonNode> docs;

    @BeforeAll
    static void readArchive() throws IOException {
        try (InputStream in = DemoArchiveFileTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as("demo archive %s on the classpath", RESOURCE).isNotNull();
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            lines = content.lines().filter(l -> !l.isBlank()).toList();
        }
        ObjectMapper mapper = new ObjectMapper();
        docs = new ArrayList<>();
        for (String line : lines) {
            docs.add(mapper.readTree(line));
        }
    }

    @Test
    void everyLineIsAJsonObjectAndCountIsDemoSized() {
        assertThat(lines).hasSizeBetween(30, 60);
        assertThat(docs).allSatisfy(d -> assertThat(d.isObject()).isTrue());
    }

    @Test
    void idsAreUnique() {
        Set<String> seen = new HashSet<>();
        for (JsonNode d : docs) {
            assertThat(seen.add(d.path("id").asText())).as("duplicate id %s", d.path("id")).isTrue();
        }
    }

    @Test
    void everyArticleHasRequiredFieldsAndIsMarkedAsSample() {
        for (JsonNode d : docs) {
            String id = d.path("id").asText();
            for (String field : List.of("id", "title", "text", "source", "published", "url")) {
                assertThat(d.path(field).isTextual() && !d.path(field).asText().isBlank())
                        .as("%s: field '%s' must be a non-empty string", id, field).isTrue();
            }
            assertThatCode(() -> LocalDate.parse(d.path("published").asText()))
                    .as("%s: published must be an ISO date", id).doesNotThrowAnyException();
            assertThat(d.path("sample").isBoolean() && d.path("sample").asBoolean())
                    .as("%s: sample must be true", id).isTrue();
        }
    }

    @Test
    void articlesAreBetween150And400Words() {
        for (JsonNode d : docs) {
            String text = d.path("text").asText().strip();
            int words = WORD_GAP.split(text).length;
            assertThat(words).as("%s word count", d.path("id").asText()).isBetween(150, 400);
        }
    }

    @Test
    void articlesHaveSeveralParagraphsForPassageIndexing() {
        for (JsonNode d : docs) {
            assertThat(d.path("text").asText().split("\n\n"))
                    .as("%s paragraphs", d.path("id").asText()).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void archiveSpansDatesBeforeAndAfterTheSeedArticle() {
        LocalDate seedDate = LocalDate.of(2024, 11, 1);
        List<LocalDate> dates = docs.stream().map(d -> LocalDate.parse(d.path("published").asText())).toList();
        assertThat(dates).anyMatch(d -> d.isBefore(seedDate));
        assertThat(dates).anyMatch(d -> d.isAfter(seedDate));
        assertThat(dates.stream().filter(d -> !d.isAfter(seedDate)).count())
                .as("most articles predate the seed").isGreaterThan(dates.size() / 2);
    }
}
