package org.factdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictStatus;
import org.factdesk.read.ArticleReader;
import org.factdesk.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page opened before FactDesk's reader changed is read again when opened again (decision 82), in a real workspace:
 * what the reviewer did carries over, or the reading they reviewed stays.
 */
class ReadingAgainIT {
    private static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Port reopens | Harbour Times</title>
            <meta property="og:site_name" content="Harbour Times"></head>
            <body><article><h1>Port reopens</h1>
            <p>The port reopened on Tuesday after a two-week closure, the harbour authority said in a statement.</p>
            <p><strong>Summary</strong> About 1,200 containers are waiting to be unloaded, according to the operator.</p>
            <p>The closure cost local firms an estimated $40 million, the chamber of commerce said on Monday.</p>
            </article></body></html>""";
    /** What an older reader made of it: a share bar and a promo it now removes, a box's label glued to its sentence. */
    private static final String PROMO = "RELATED: Have 13,000 dock workers lost their jobs since 2019?";

    @TempDir
    Path dir;

    private Article olderReading(Path page) {
        Article today = ArticleReader.read(page).article();
        String text = today.text();
        String old = "Share on Facebook Share on X\n\n" + text.replace("Summary\nAbout 1,200 containers", "Summary About  1,200 containers")
                .replace("The closure cost", PROMO + "\n\nThe closure cost");
        assertThat(old).contains("Summary About  1,200", PROMO); // the fixture is what it says
        return new Article(today.id(), today.title(), old, today.source(), today.published(), today.url());
    }

    private static Claim claimWith(List<Claim> claims, String words) {
        return claims.stream().filter(c -> c.text().replaceAll("\\s+", " ").contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with '" + words + "' in " + claims));
    }

    @Test
    void verdictsDismissalsAndOwnClaimsCarryOverToTodaysReading() throws IOException {
        Path page = Files.writeString(dir.resolve("port.html"), PAGE);
        Article old = olderReading(page);
        try (Workbench wb = Workbench.open(dir.resolve("data"))) {
            wb.keep(new ArticleReader.Result(old, List.of()));
            List<Claim> oldClaims = wb.claims(old, Progress.NONE);
            Claim containers = claimWith(oldClaims, "1,200");
            wb.saveVerdict(Verdict.unreviewed(containers.id()).withStatus(VerdictStatus.VERIFIED)
                    .withRationale("The operator's own count."), "status");
            Claim cost = claimWith(oldClaims, "$40 million");
            wb.dismissClaim(cost.id());
            int s = old.text().indexOf("two-week closure");
            Claim own = wb.addClaim(old.id(), s, s + "two-week closure".length(), ClaimKind.EVENT);

            ArticleReader.Result again = wb.openFileWithNotes(page);

            Article today = ArticleReader.read(page).article();
            assertThat(again.article().text()).isEqualTo(today.text()).doesNotContain("Share on Facebook", "RELATED");
            assertThat(again.notes()).anyMatch(n -> n.startsWith("Read again") && n.contains("your work on 3 claims carried over"));
            assertThat(wb.article(old.id()).orElseThrow().text()).isEqualTo(today.text());
            List<Claim> claims = wb.claims(again.article(), Progress.NONE);
            for (Claim c : claims) {
                assertThat(c.end()).isLessThanOrEqualTo(today.text().length());
            }
            Claim movedContainers = claims.stream().filter(c -> c.id().equals(containers.id())).findFirst().orElseThrow();
            assertThat(today.text().substring(movedContainers.start(), movedContainers.end())).contains("About 1,200 containers");
            assertThat(movedContainers.text()).startsWith("About 1,200 containers"); // today's reading of the sentence
            assertThat(wb.verdict(containers.id()).status()).isEqualTo(VerdictStatus.VERIFIED);
            assertThat(wb.verdict(containers.id()).rationale()).isEqualTo("The operator's own count.");
            assertThat(wb.history(containers.id())).hasSize(1);
            assertThat(claims).filteredOn(c -> c.text().contains("1,200")).hasSize(1);
            assertThat(claims).noneMatch(c -> c.text().contains("$40 million"));
            Claim dismissed = wb.dismissedClaims(old.id()).stream().filter(c -> c.id().equals(cost.id())).findFirst().orElseThrow();
            assertThat(today.text().substring(dismissed.start(), dismissed.end())).contains("$40 million");
            Claim movedOwn = claims.stream().filter(c -> c.id().equals(own.id())).findFirst().orElseThrow();
            assertThat(today.text().substring(movedOwn.start(), movedOwn.end())).isEqualTo("two-week closure");

            ArticleReader.Result third = wb.openFileWithNotes(page);
            assertThat(third.notes()).noneMatch(n -> n.contains("reads this page differently"));
            assertThat(wb.claims(third.article(), Progress.NONE)).isEqualTo(claims);
        }
    }

    @Test
    void aVerdictOnWordsTheNewReadingDropsKeepsTheReadingItWasGivenOn() throws IOException {
        Path page = Files.writeString(dir.resolve("port.html"), PAGE);
        Article old = olderReading(page);
        try (Workbench wb = Workbench.open(dir.resolve("data"))) {
            wb.keep(new ArticleReader.Result(old, List.of()));
            int s = old.text().indexOf(PROMO);
            Claim promo = wb.addClaim(old.id(), s, s + PROMO.length(), ClaimKind.QUANTITY);
            wb.saveVerdict(Verdict.unreviewed(promo.id()).withStatus(VerdictStatus.FALSE), "status");

            ArticleReader.Result again = wb.openFileWithNotes(page);

            assertThat(again.article().text()).isEqualTo(old.text());
            assertThat(again.notes()).anyMatch(n -> n.contains("a claim you worked on")
                    && n.contains("RELATED: Have 13,000") && n.contains("is not in the new reading") && n.contains("the reading you reviewed is kept"));
            Claim kept = wb.claim(promo.id()).orElseThrow();
            assertThat(old.text().substring(kept.start(), kept.end())).isEqualTo(PROMO);
            assertThat(wb.verdict(promo.id()).status()).isEqualTo(VerdictStatus.FALSE);
        }
    }

    @Test
    void detailsTheReviewerSetStayWhileTheTextIsReadAgain() throws IOException {
        Path page = Files.writeString(dir.resolve("port.html"), PAGE);
        Article old = olderReading(page);
        try (Workbench wb = Workbench.open(dir.resolve("data"))) {
            wb.keep(new ArticleReader.Result(old, List.of()));
            wb.saveArticleMetadata(old.withMetadata("Port of Dover reopens", "Harbour Times (print)", old.published(),
                    "https://example.org/port"));

            Article again = wb.openFileWithNotes(page).article();

            assertThat(again.title()).isEqualTo("Port of Dover reopens");
            assertThat(again.source()).isEqualTo("Harbour Times (print)");
            assertThat(again.url()).isEqualTo("https://example.org/port");
            assertThat(again.text()).doesNotContain("Share on Facebook");
        }
    }

    @Test
    void aPdfReadDifferentlyIsReadAgainIntoTheReviewItWasStoredAs() throws IOException {
        Path pdf = Files.write(dir.resolve("statement.pdf"), org.factdesk.read.ArticleReaderTestSupport.pdf(
                "Port statement", "The port reopened on Tuesday after a two-week closure. About 1,200 containers are"
                        + " waiting to be unloaded, the operator said."));
        try (Workbench wb = Workbench.open(dir.resolve("data"))) {
            Article today = wb.openFile(pdf);
            assertThat(wb.openFile(pdf).id()).isEqualTo(today.id()); // the same file, the same article
            // what an older reader made of it, stored under the id that reading's text gave it
            Article old = new Article("a-older-pdf", today.title(), "Page 1 of 1\n\n" + today.text(), today.source(),
                    today.published(), today.url());
            wb.keep(new ArticleReader.Result(old, List.of()));
            Claim containers = claimWith(wb.claims(old, Progress.NONE), "1,200");
            wb.saveVerdict(Verdict.unreviewed(containers.id()).withStatus(VerdictStatus.VERIFIED), "status");
            markPdfAs(wb, pdf, old.id());

            ArticleReader.Result again = wb.openFileWithNotes(pdf);

            assertThat(again.article().id()).isEqualTo(old.id());
            assertThat(again.article().text()).isEqualTo(today.text());
            assertThat(again.notes()).anyMatch(n -> n.startsWith("Read again"));
            assertThat(wb.verdict(containers.id()).status()).isEqualTo(VerdictStatus.VERIFIED);
            Claim moved = wb.claim(containers.id()).orElseThrow();
            assertThat(today.text().substring(moved.start(), moved.end())).contains("1,200 containers");
        }
    }

    /** The file's bytes name the stored article, as opening it with that older FactDesk would have recorded. */
    private static void markPdfAs(Workbench wb, Path pdf, String articleId) throws IOException {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(pdf));
            wb.setSetting("source.pdf." + java.util.HexFormat.of().formatHex(digest, 0, 12), articleId);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anArticleReadAsBeforeIsLeftAsItWas() throws IOException {
        Path page = Files.writeString(dir.resolve("port.html"), PAGE);
        try (Workbench wb = Workbench.open(dir.resolve("data"))) {
            Article first = wb.openFile(page);
            List<Claim> claims = wb.claims(first, Progress.NONE);

            ArticleReader.Result again = wb.openFileWithNotes(page);

            assertThat(again.article()).isEqualTo(first);
            assertThat(again.notes()).noneMatch(n -> n.contains("reads this page differently"));
            assertThat(wb.claims(again.article(), Progress.NONE)).isEqualTo(claims);
        }
    }
}
