package org.factdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.factdesk.app.DemoWorkspace;
import org.factdesk.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticlePreviewTest {
    @TempDir
    Path dir;

    @Test
    void keepsTheLastShownArticleForTheNextStart() throws Exception {
        Article a = new Article("a1", "Höhe “quoted”", "Line one.\nLine = two: é ✓", "Wire", LocalDate.of(2024, 11, 4),
                "https://example.org/x");
        ArticlePreview.write(dir, a);
        assertThat(read(dir, false, false)).contains(a);
        ArticlePreview.write(dir, null);
        assertThat(read(dir, false, false)).isEmpty();
    }

    @Test
    void aBrokenOrIncompleteFileMeansNoPreview() throws Exception {
        Files.writeString(dir.resolve(ArticlePreview.FILE_NAME), "title=only a title\n");
        assertThat(read(dir, false, false)).isEmpty();
        Files.writeString(dir.resolve(ArticlePreview.FILE_NAME), "id=a\ntext=t\npublished=not a date\n");
        assertThat(read(dir, false, false)).isEmpty();
        assertThat(read(dir.resolve("missing"), false, false)).isEmpty();
    }

    @Test
    void theDemoShowsTheSeedArticleUnlessAFileIsOpened() throws Exception {
        ArticlePreview.write(dir, new Article("other", "", "Another article.", "", null, ""));
        Article seed = DemoWorkspace.seedArticle();
        assertThat(read(dir, true, false)).contains(seed);
        Article edited = new Article(seed.id(), "Edited title", seed.text(), "Edited outlet", seed.published(), "");
        ArticlePreview.write(dir, edited);
        assertThat(read(dir, true, false)).contains(edited);
        assertThat(read(dir, true, true)).isEmpty();
        assertThat(read(dir, false, true)).isEmpty();
    }

    /** The preview the window would show for that data folder (what StartupPreload reads). */
    private static java.util.Optional<Article> read(Path dir, boolean demo, boolean fileToOpen) {
        return ArticlePreview.choose(ArticlePreview.readFile(dir.resolve(ArticlePreview.FILE_NAME)), demo, fileToOpen);
    }
}
