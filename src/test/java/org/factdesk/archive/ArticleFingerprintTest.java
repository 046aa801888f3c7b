package org.factdesk.archive;

import org.factdesk.model.Article;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleFingerprintTest {
    private static ArticleFingerprint of(String title, String text) {
        return ArticleFingerprint.of(new Article("x", title, text, "Wire", null, ""));
    }

    private static final String LEDE = "Russia's upper house, the Federation Council, is expected to vote on the"
            + " ratification of the mutual defence treaty with North Korea next week, two senators said on Monday,"
            + " after the State Duma approved it unanimously.";

    @Test
    void aRevisedTextUnderANewHeadlineIsTheSameArticle() {
        ArticleFingerprint first = of("Senators expect treaty vote", LEDE);
        ArticleFingerprint revised = of("Federation Council to vote on treaty next week",
                LEDE.replace("two senators said on Monday", "two senators told reporters on Monday")
                        + " The Kremlin declined to comment.");
        assertThat(first.sameArticle(revised)).isTrue();
        assertThat(revised.sameArticle(first)).isTrue();
    }

    @Test
    void theSameHeadlineWithARewrittenTextIsTheSameArticle() {
        assertThat(of("Treaty vote set", LEDE).sameArticle(of("Treaty vote set!", "Upper house to vote next week.")))
                .isTrue();
    }

    @Test
    void anotherStoryIsAnotherArticle() {
        ArticleFingerprint treaty = of("Senators expect treaty vote", LEDE);
        ArticleFingerprint court = of("Court hears sex bias case", "The Supreme Court appeared ready on Tuesday to"
                + " block a sex discrimination lawsuit against the retailer on behalf of up to 1.6 million women,"
                + " which could make it harder for other workers to band together.");
        assertThat(treaty.sameArticle(court)).isFalse();
        assertThat(court.sameArticle(treaty)).isFalse();
    }

    @Test
    void blankTitlesAreNotTakenForTheSameHeadline() {
        assertThat(of("", LEDE).sameArticle(of("", "The Supreme Court heard arguments on the lawsuit on Tuesday.")))
                .isFalse();
    }
}
