package org.factdesk.archive;

import org.factdesk.model.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Which articles the importer embeds by default (decision 15): those the encoder reads whole. */
class DenseFusionTest {
    private static Article article(String title, String text) {
        return new Article("a", title, text, "Wire", LocalDate.of(2024, 1, 1), "");
    }

    @Test
    void aOnePassageArticleWithinTheEncodersReachIsReadWhole() {
        String title = "Did bricks of cocaine wash up in Florida?";
        String text = "x".repeat(DenseEncoder.MAX_CHARS - title.length() - 2); // title + ". " + text: exactly the limit

        assertThat(DenseFusion.readWhole(article(title, text))).isTrue();
        assertThat(DenseFusion.embeddingText(article(title, text))).hasSize(DenseEncoder.MAX_CHARS);
        assertThat(DenseFusion.readWhole(article(title, text + "x"))).isFalse();
        assertThat(DenseFusion.readWhole(article("", "x".repeat(DenseEncoder.MAX_CHARS)))).isTrue();
    }

    @Test
    void aNewsArticleOfSeveralPassagesIsNotReadWholeEvenWhenShort() {
        String news = "The harbour reopened on Monday after a two-week closure, officials said in a statement.\n\n"
                + "Ships waiting outside the port began to dock in the afternoon, the port authority added.";

        assertThat(Passages.split(news)).hasSize(2);
        assertThat(DenseFusion.readWhole(article("Harbour reopens", news))).isFalse();
        assertThat(DenseFusion.readWhole(article("Harbour reopens", news.replace("\n\n", " ")))).isTrue();
    }
}
