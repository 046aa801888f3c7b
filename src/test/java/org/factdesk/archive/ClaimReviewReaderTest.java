package org.factdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.model.PublishedCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** schema.org ClaimReview in the shapes fact-checkers and aggregators publish it (fixtures written for FactDesk). */
class ClaimReviewReaderTest {
    @TempDir
    Path dir;

    private Path fixture(String name) throws IOException {
        try (InputStream in = ClaimReviewReaderTest.class.getResourceAsStream("claimreview/" + name)) {
            Path f = dir.resolve(name);
            Files.write(f, in.readAllBytes());
            return f;
        }
    }

    @Test
    void aJsonLdObjectGivesTheClaimOutletDateRatingAndLink() throws IOException {
        ClaimReviewReader.Result r = ClaimReviewReader.read(fixture("single.jsonld"));
        assertThat(r.problems()).isEmpty();
        PublishedCheck c = r.checks().getFirst();
        assertThat(c.claim()).isEqualTo("Ten thousand North Korean soldiers are fighting in Russia's Kursk region.");
        assertThat(c.outlet()).isEqualTo("Northbridge Fact Check");
        assertThat(c.reviewDate()).isEqualTo(LocalDate.of(2024, 11, 4));
        assertThat(c.rating()).isEqualTo("Mostly false");
        assertThat(c.claimant()).isEqualTo("A social media post");
        assertThat(c.url()).isEqualTo("https://checks.example/fact-check/north-korean-troops-kursk");
        assertThat(c.summary()).isEqualTo("Checked before by Northbridge Fact Check (2024-11-04): Mostly false");
    }

    @Test
    void anArrayKeepsItsClaimReviewsAndSkipsOtherObjects() throws IOException {
        List<PublishedCheck> checks = ClaimReviewReader.read(fixture("array.json")).checks();
        assertThat(checks).extracting(PublishedCheck::outlet).containsExactly("Harbor Street Verify", "Grain Watch");
        assertThat(checks.get(0).reviewDate()).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(checks.get(1).rating()).isEqualTo("4 of 5"); // no words given: the numbers
    }

    @Test
    void aDataFeedGivesEveryItemsReview() throws IOException {
        assertThat(ClaimReviewReader.read(fixture("feed.json")).checks()).extracting(PublishedCheck::rating)
                .containsExactly("False", "Misleading");
    }

    @Test
    void aSavedFactCheckPageIsReadFromItsJsonLdAndABrokenScriptIsReported() throws IOException {
        ClaimReviewReader.Result r = ClaimReviewReader.read(fixture("saved-page.html"));
        assertThat(r.checks()).singleElement().satisfies(c -> {
            assertThat(c.outlet()).isEqualTo("Eastern Verify");
            assertThat(c.rating()).isEqualTo("True");
        });
        assertThat(r.problems()).singleElement().asString().contains("saved-page.html").contains("not valid JSON");
    }

    @Test
    void aFactCheckToolsResponseGivesOneCheckPerOutlet() throws IOException {
        List<PublishedCheck> checks = ClaimReviewReader.read(fixture("fact-check-tools.json")).checks();
        assertThat(checks).hasSize(2);
        assertThat(checks).allSatisfy(c -> {
            assertThat(c.claim()).isEqualTo("Russia has lost 1,000 tanks in Ukraine.");
            assertThat(c.claimant()).isEqualTo("A Telegram channel");
        });
        assertThat(checks).extracting(PublishedCheck::outlet).containsExactly("Open Source Count", "other.example");
        assertThat(checks).extracting(PublishedCheck::reviewDate)
                .containsExactly(LocalDate.of(2022, 5, 25), LocalDate.of(2022, 5, 27));
    }

    @Test
    void aFolderIsReadFileByFileAndTheSameReviewTwiceIsOne() throws IOException {
        for (String f : List.of("single.jsonld", "array.json", "feed.json", "saved-page.html", "fact-check-tools.json")) {
            fixture(f);
        }
        Files.copy(dir.resolve("single.jsonld"), dir.resolve("copy.json"));
        Files.writeString(dir.resolve("notes.json"), "this is not json");
        ClaimReviewReader.Result r = ClaimReviewReader.read(dir);
        assertThat(r.checks()).hasSize(8);
        assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("notes.json").contains("not JSON"));
    }

    @Test
    void aMissingFileIsAClearError() {
        assertThatThrownBy(() -> ClaimReviewReader.read(dir.resolve("none.json"))).hasMessageContaining("does not exist");
    }

    @Test
    void aDeeplyNestedOrHugeDocumentIsReadWithinItsLimits() throws IOException {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        Files.writeString(dir.resolve("deep.json"), deep);
        ClaimReviewReader.Result r = ClaimReviewReader.read(dir.resolve("deep.json"));
        assertThat(r.checks()).isEmpty();
        assertThat(r.problems()).singleElement().asString().contains("deep.json");
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 20_000; i++) {
            many.append(i == 0 ? "" : ",").append("{\"@type\":\"ClaimReview\",\"claimReviewed\":\"Claim number ").append(i)
                    .append("\",\"url\":\"https://x.example/").append(i).append("\"}");
        }
        Files.writeString(dir.resolve("many.json"), many.append("]"));
        assertThat(ClaimReviewReader.read(dir.resolve("many.json")).checks()).hasSize(20_000);
    }
}
