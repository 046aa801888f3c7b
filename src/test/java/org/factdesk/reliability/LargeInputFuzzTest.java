package org.factdesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factdesk.archive.Archive;
import org.factdesk.archive.EvidenceFinder;
import org.factdesk.archive.ImportReport;
import org.factdesk.archive.NumberNormalizer;
import org.factdesk.extract.ClaimExtractor;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Evidence;
import org.factdesk.task.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs of megabytes through every step that reads user text: claim finding, number normalisation, the import
 * and the evidence search of a claim. A 5 MB article, a 1 MB line and a 2,000-word sentence each finish within
 * the limit (their steps used to be quadratic: a 1 MB line ran for more than 300 s, a 1,500-word sentence failed
 * with Lucene's TooManyClauses), and the articles imported before each case are all still there, unchanged.
 * The limits are generous for a loaded 2-core machine; a quadratic step would exceed them by minutes.
 */
class LargeInputFuzzTest {
    private static final Duration LIMIT = Duration.ofSeconds(90);
    private static final String[] WORDS = {"officials", "said", "about", "10,000", "soldiers", "had", "entered",
        "Russia", "according", "to", "the", "ministry", "and", "prices", "rose", "five", "percent", "twenty-five",
        "thousand", "on", "6", "November", "2024", "“", "”", "\"", ",", ";", "—", "(", ")", "Mr.", "Kim", "told",
        "reporters", "that", "1", "000", "000", "k", "-", "one", "hundred", "who", "which", "claimed", "U.S."};

    @TempDir
    static Path dir;
    static Archive archive;
    static ClaimExtractor extractor;
    static final List<Article> earlier = new ArrayList<>();

    @BeforeAll
    static void open() throws IOException {
        archive = Archive.open(dir.resolve("archive"), Archive.Vectors.NONE);
        extractor = ClaimExtractor.createDefault();
        for (int i = 0; i < 20; i++) {
            earlier.add(new Article("earlier-" + i, "Harbour report " + i, "The port counted " + (i * 7 + 3)
                    + " ships on the " + (i + 1) + "th, according to dispatch qzearlier" + i + "x.\n\nOfficials agreed.",
                    "Wire", LocalDate.of(2024, 1, 1).plusDays(i), "https://example.org/e" + i));
        }
        archive.importDocuments(earlier, Progress.NONE);
    }

    @AfterAll
    static void close() throws IOException {
        if (archive != null) {
            archive.close();
        }
    }

    /** One of the shapes that used to take minutes: a long line, a long sentence, a long article, long runs. */
    private static String largeText(Random r, int kind) {
        StringBuilder sb = new StringBuilder();
        switch (kind) {
            case 0 -> { // a 1 MB line: words, punctuation and numbers, no line break
                while (sb.length() < 1_000_000) {
                    sb.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(12) == 0 ? ", " : " ");
                }
            }
            case 1 -> { // a 5 MB article of short sentences and paragraphs
                while (sb.length() < 5_000_000) {
                    for (int w = 0, n = 5 + r.nextInt(25); w < n; w++) {
                        sb.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
                    }
                    sb.append(r.nextInt(5) == 0 ? ".\n\n" : ". ");
                }
            }
            case 2 -> { // a 2,000-word sentence
                for (int w = 0; w < 2000; w++) {
                    sb.append(r.nextInt(3) == 0 ? WORDS[r.nextInt(WORDS.length)] : "word" + r.nextInt(5000)).append(' ');
                }
                sb.append('.');
            }
            case 3 -> { // a megabyte of one character class: digits, number words, hyphens, spaces, quotes
                String unit = List.of("9", "thousand ", "-", " ", "\"", "123 ", "one-", "k ", "a").get(r.nextInt(9));
                while (sb.length() < 1_000_000) {
                    sb.append(unit);
                }
                sb.append(" about 10,000 soldiers.");
            }
            default -> { // long words without spaces and a long run of number words with "and"
                while (sb.length() < 1_000_000) {
                    sb.append(r.nextBoolean() ? "x".repeat(5000) : "two hundred and fifty thousand and ");
                }
            }
        }
        return sb.toString();
    }

    @Test
    void megabytesOfTextAreReadInSecondsAndNothingEarlierIsLost() throws IOException {
        int cases = Fuzz.cases(5); // one of each shape
        for (int c = 0; c < cases; c++) {
            Random r = Fuzz.random("large", c);
            int kind = c % 5;
            String text = largeText(r, kind);
            String where = Fuzz.where("large input kind " + kind + " (" + text.length() + " chars)", c);
            Article article = new Article("large-" + c, "Large " + c, text, "Wire", LocalDate.of(2024, 11, 6), "");

            long t0 = System.nanoTime();
            List<Claim> claims = Fuzz.withTimeout(LIMIT, where + ": claim finding", () -> extractor.extract(article,
                    Progress.NONE));
            for (Claim claim : claims) {
                assertThat(claim.end()).as(where).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(claim.start(), claim.end()).replaceAll("\\s+", " "))
                        .as("a claim is the text it stands for, %s", where).isEqualTo(claim.text());
            }
            List<NumberNormalizer.NumberMention> numbers = Fuzz.withTimeout(LIMIT, where + ": numbers",
                    () -> NumberNormalizer.find(text));
            assertThat(numbers).as(where).allSatisfy(n -> assertThat(n.token().length()).isLessThan(100));

            long t1 = System.nanoTime();
            int before = archive.size();
            ImportReport report = Fuzz.withTimeout(LIMIT, where + ": import",
                    () -> archive.importDocuments(List.of(article), Progress.NONE));
            assertThat(report.added() + report.updated() + report.skipped()).as(where).isEqualTo(1);
            assertThat(archive.size()).as(where).isEqualTo(before + report.added());

            // the evidence search of the longest claim, and of the whole text as one claim
            Claim longest = claims.stream().max(java.util.Comparator.comparingInt(cl -> cl.text().length()))
                    .orElse(null);
            Claim whole = new Claim("whole-" + c, article.id(), text.substring(0, Math.min(text.length(), 20_000)),
                    ClaimKind.ASSERTION, 0, Math.min(text.length(), 20_000), 0.5, List.of(), null, null, List.of());
            EvidenceFinder finder = new EvidenceFinder(archive);
            for (Claim claim : longest == null ? List.of(whole) : List.of(longest, whole)) {
                List<Evidence> hits = Fuzz.withTimeout(LIMIT, where + ": evidence", () -> finder.find(claim, null, 5));
                assertThat(hits).as(where).hasSizeLessThanOrEqualTo(5);
            }
            assertEarlierArticlesKept(where);
            System.out.printf("LargeInputFuzzTest case %d: %,d chars, %d claims; claims and numbers %.1f s, import and"
                    + " evidence %.1f s%n", c, text.length(), claims.size(), (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
        }
    }

    @Test
    void aTwoThousandWordSentenceFindsItsEvidenceWithoutTooManyClauses() throws IOException {
        StringBuilder sb = new StringBuilder("The port counted ships according to dispatch qzearlier3x");
        Random r = new Random(7);
        for (int w = 0; w < 2000; w++) {
            sb.append(' ').append("word").append(r.nextInt(5000)).append(w % 9 == 0 ? " Harbour Master" : "");
        }
        String text = sb.toString();
        Claim claim = new Claim("long", "none", text, ClaimKind.ASSERTION, 0, text.length(), 0.5, List.of(), null, null,
                List.of());
        List<Evidence> hits = Fuzz.withTimeout(LIMIT, "2,000-word claim",
                () -> new EvidenceFinder(archive).find(claim, null, 5));
        // the rarest words are kept: the one word that names an earlier article finds it
        assertThat(hits).extracting(Evidence::docId).contains("earlier-3");
    }

    private static void assertEarlierArticlesKept(String where) throws IOException {
        for (Article a : earlier) {
            assertThat(archive.document(a.id())).as("%s still in the archive after %s", a.id(), where)
                    .hasValueSatisfying(found -> assertThat(found.text()).isEqualTo(a.text()));
        }
        assertThat(archive.search("qzearlier7x", 3)).extracting(Evidence::docId).contains("earlier-7");
    }
}
