package org.factdesk.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.factdesk.model.Article;
import org.junit.jupiter.api.Test;

/** The line under an article's title names who wrote it, the outlet and the dates, each once. */
class ArticleMetaLineTest {
    private static Article by(String byline, String source) {
        return new Article("m1", "Title", "Text.", source, LocalDate.of(2019, 11, 20), "", byline, null, "en", List.of());
    }

    @Test
    void anOutletSigningAsItselfIsNamedOnce() {
        // the date is written as the user's locale writes it
        assertThat(ArticleViewModel.metaLine(by("Al-Bawaba", "Al Bawaba"))).startsWith("Al Bawaba · ")
                .doesNotContain("By ").contains("2019");
        assertThat(ArticleViewModel.metaLine(by("Jane Roe", "Al Bawaba"))).startsWith("By Jane Roe · Al Bawaba · ");
        assertThat(ArticleViewModel.metaLine(by("", ""))).startsWith("Unknown outlet · ");
    }
}
