package org.factdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Span;
import org.junit.jupiter.api.Test;

/** Issue 19, part 4: summary boxes and quoted sentences that state the claim under check are claims. */
class StatedClaimsTest {
    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.createDefault();

    private static List<Claim> claims(String text) {
        return EXTRACTOR.extract(new Article(Article.idForText(text), "A fact-check", text, "", LocalDate.of(2023, 5, 2), ""));
    }

    private static Claim claimWith(List<Claim> claims, String words) {
        return claims.stream().filter(c -> c.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with '" + words + "' in " + claims.stream().map(Claim::text).toList()));
    }

    @Test
    void theSentencesOfASummaryBoxAreClaims() {
        String text = "Italy bans a Russian channel\n\nSUMMARY\n\nThe ban on the channel is an attack on free speech."
                + " It shows that Italy is ruled from Washington.\n\nRESPONSE\n\nThe channel was banned under EU sanctions.";
        List<Claim> found = claims(text);
        claimWith(found, "attack on free speech");
        claimWith(found, "ruled from Washington");
        assertThat(StatedClaims.underClaimHeading(text, text.indexOf("The channel was banned"))).isFalse();
    }

    @Test
    void aLabelledClaimIsAClaimAndItsLabelNoSpeaker() {
        String text = "Claim: The vaccine changes your DNA and makes you magnetic.\n\nOur verdict: False.";
        Claim c = claimWith(claims(text), "changes your DNA");
        assertThat(c.score()).isGreaterThanOrEqualTo(CheckWorthinessScorer.load().threshold());
        assertThat(c.speaker()).isNull();
    }

    @Test
    void aQuotedSentenceThatStatesTheClaimIsAClaim() {
        String caption = "The decision was taken on Monday.\n\n"
                + "'It is a Russophobic decision and a murder of free speech' - Italian Prime Minister Giorgia Meloni";
        Claim c = claimWith(claims(caption), "murder of free speech");
        assertThat(c.kind()).isEqualTo(ClaimKind.ATTRIBUTION);
        assertThat(c.speaker()).isEqualTo("Giorgia Meloni");
        String plain = "Reactions came quickly.\n\n“It is a Russophobic decision and a murder of free speech.”";
        claimWith(claims(plain), "murder of free speech");
    }

    @Test
    void scareQuotesAndShortTitlesAreNotStatements() {
        assertThat(StatedClaims.quotesAStatement("The so-called 'referendum' was held on Sunday.")).isFalse();
        assertThat(StatedClaims.quotesAStatement("“Hello” was all he said.")).isFalse();
        assertThat(StatedClaims.quotesAStatement("“We will never accept this decision,” he said.")).isTrue();
        assertThat(StatedClaims.quotesAStatement("'It's a murder of free speech and democracy'")).isTrue();
        assertThat(StatedClaims.states("Fact: the ban followed EU sanctions.", new Span(6, 36))).isFalse();
    }

    @Test
    void readsAMegabyteWithoutHeadingsInLinearTime() {
        String text = "word ".repeat(200_000);
        long t0 = System.nanoTime();
        int stated = 0;
        for (int at = 0; at < text.length(); at += 997) {
            stated += StatedClaims.underClaimHeading(text, at) ? 1 : 0;
        }
        assertThat(stated).isZero();
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5);
    }
}
