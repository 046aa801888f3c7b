package org.factdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdesk.model.Article;
import org.factdesk.model.Attribution;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Quantity;
import org.factdesk.model.Span;
import org.junit.jupiter.api.Test;

/** Claims the reviewer worked on move from an article's old reading to today's by their words. */
class RereadingTest {
    private static Claim claimOn(String text, String words, String number, String cue) {
        int s = text.indexOf(words);
        int q = text.indexOf(number, s);
        int c = text.indexOf(cue, s);
        return new Claim("c1", "a1", words, ClaimKind.QUANTITY, s, s + words.length(), 0.8,
                List.of(new Quantity(number, q, q + number.length(), 1200, null, "containers", "", false)),
                new Attribution(new Span(s, s + 3), new Span(c, c + cue.length()), new Span(s, c), "the operator", false),
                null, List.of());
    }

    @Test
    void aClaimMovesWithItsNumberAndSpeakerWhenTheTextBeforeItChanged() {
        String old = "Share on Facebook\n\nThe port reopened.\n\nThe operator said 1,200 containers wait.";
        String fresh = "The port reopened.\n\nThe operator said 1,200 containers wait.";
        Claim c = claimOn(old, "The operator said 1,200 containers wait.", "1,200", "said");

        Rereading.Plan plan = Rereading.plan(article(old), article(fresh), List.of(c));

        assertThat(plan.notFound()).isEmpty();
        Claim moved = plan.kept().get(0);
        assertThat(fresh.substring(moved.start(), moved.end())).isEqualTo("The operator said 1,200 containers wait.");
        Quantity q = moved.quantities().get(0);
        assertThat(fresh.substring(q.start(), q.end())).isEqualTo("1,200");
        assertThat(fresh.substring(moved.attribution().cue().start(), moved.attribution().cue().end())).isEqualTo("said");
        assertThat(moved.id()).isEqualTo("c1");
        assertThat(moved.text()).isEqualTo(c.text());
    }

    @Test
    void whiteSpaceTheReaderNowBreaksDifferentlyStillFindsTheWords() {
        String old = "Summary Studies show that 40 percent of adults sleep badly.";
        String fresh = "Summary\n\nStudies show that 40   percent of adults sleep badly.";
        String words = "Studies show that 40 percent of adults sleep badly.";
        int s = old.indexOf(words);
        int q = old.indexOf("40 percent");
        Claim c = new Claim("c2", "a1", words, ClaimKind.QUANTITY, s, s + words.length(), 0.7,
                List.of(new Quantity("40 percent", q, q + 10, 40, null, "%", "", false)), null, null, List.of());

        Claim moved = Rereading.plan(article(old), article(fresh), List.of(c)).kept().get(0);

        assertThat(fresh.substring(moved.start(), moved.end())).isEqualTo("Studies show that 40   percent of adults sleep badly.");
        Quantity mq = moved.quantities().get(0);
        assertThat(fresh.substring(mq.start(), mq.end())).isEqualTo("40   percent");
    }

    @Test
    void ofTwoPlacesWithTheSameWordsTheNearerIsTaken() {
        String old = "Intro. It rose 5%. Middle part here. It rose 5%. End.";
        String fresh = "It rose 5%. Middle part here. It rose 5%. End.";
        int second = old.lastIndexOf("It rose 5%.");
        Claim c = new Claim("c3", "a1", "It rose 5%.", ClaimKind.QUANTITY, second, second + 11, 0.5, List.of(), null,
                null, List.of());

        Claim moved = Rereading.plan(article(old), article(fresh), List.of(c)).kept().get(0);

        assertThat(moved.start()).isEqualTo(fresh.lastIndexOf("It rose 5%."));
    }

    @Test
    void wordsTheNewReadingNoLongerHasAreReportedNotGuessed() {
        String old = "RELATED: Have 13,000 Troops Died? The port reopened.";
        String fresh = "The port reopened.";
        Claim c = new Claim("c4", "a1", "RELATED: Have 13,000 Troops Died?", ClaimKind.QUANTITY, 0, 33, 0.9, List.of(),
                null, null, List.of());

        Rereading.Plan plan = Rereading.plan(article(old), article(fresh), List.of(c));

        assertThat(plan.kept()).isEmpty();
        assertThat(plan.notFound()).containsExactly(c);
        assertThat(plan.carriesEverything()).isFalse();
    }

    @Test
    void aNewClaimOverAKeptOnesPlaceIsNotListedTwiceButOthersStay() {
        Claim kept = new Claim("old", "a1", "Summary Studies show X.", ClaimKind.ASSERTION, 0, 23, 0.5, List.of(), null,
                null, List.of());
        Claim sameSentence = new Claim("new", "a1", "Studies show X.", ClaimKind.ASSERTION, 8, 23, 0.5, List.of(), null,
                null, List.of());
        Claim elsewhere = new Claim("other", "a1", "Rain fell.", ClaimKind.ASSERTION, 30, 40, 0.5, List.of(), null, null,
                List.of());

        assertThat(Rereading.besides(List.of(sameSentence, elsewhere), List.of(kept))).containsExactly(elsewhere);
        // a table around a kept row is another claim
        Claim table = new Claim("table", "a1", "Name | Share ...", ClaimKind.QUANTITY, 0, 400, 0.9, List.of(), null,
                null, List.of());
        Claim row = new Claim("row", "a1", "Ann Lee | 16.6%", ClaimKind.QUANTITY, 40, 55, 0.9, List.of(), null, null,
                List.of());
        assertThat(Rereading.besides(List.of(table), List.of(row))).containsExactly(table);
    }

    @Test
    void aClaimTheFinderNowReadsWithoutAStrayLabelIsItsSuccessorButASplitSentenceIsNot() {
        String text = "Summary\n\nStudies show that exercise reduces stress. Rain fell on Tuesday and the river rose.";
        Claim moved = new Claim("old", "a1", "Summary Studies show that exercise reduces stress.", ClaimKind.ATTRIBUTION,
                0, text.indexOf("stress.") + 7, 0.5, List.of(), null, null, List.of());
        int s = text.indexOf("Studies");
        Claim found = new Claim("new", "a1", "Studies show that exercise reduces stress.", ClaimKind.ASSERTION, s,
                text.indexOf("stress.") + 7, 0.6, List.of(), null, null, List.of());

        Claim successor = Rereading.successor(moved, List.of(found), text);

        assertThat(successor.id()).isEqualTo("old");
        assertThat(successor.text()).isEqualTo("Studies show that exercise reduces stress.");
        assertThat(successor.start()).isEqualTo(s);
        assertThat(successor.kind()).isEqualTo(ClaimKind.ASSERTION);

        int r = text.indexOf("Rain");
        Claim both = new Claim("both", "a1", "Rain fell on Tuesday and the river rose.", ClaimKind.EVENT, r, text.length(),
                0.5, List.of(), null, null, List.of());
        Claim half = new Claim("half", "a1", "Rain fell on Tuesday", ClaimKind.EVENT, r, r + 20, 0.5, List.of(), null,
                null, List.of());
        assertThat(Rereading.successor(both, List.of(half), text)).isNull();
    }

    @Test
    @org.junit.jupiter.api.Timeout(20)
    void aMegabyteArticleWithManyRepeatsIsReadAgainQuickly() {
        String para = "The council said 12 buses run. ";
        String old = "Promo. " + para.repeat(40_000);
        String fresh = para.repeat(40_000);
        int s = old.lastIndexOf(para.strip());
        Claim c = new Claim("c5", "a1", para.strip(), ClaimKind.QUANTITY, s, s + para.strip().length(), 0.5, List.of(),
                null, null, List.of());

        Claim moved = Rereading.plan(article(old), article(fresh), List.of(c)).kept().get(0);

        assertThat(fresh.substring(moved.start(), moved.end())).isEqualTo(para.strip());
        assertThat(Math.abs(moved.start() - fresh.lastIndexOf(para.strip()))).isLessThan(para.length() * 2);
    }

    private static Article article(String text) {
        return new Article("a1", "T", text, "", null, "");
    }
}
