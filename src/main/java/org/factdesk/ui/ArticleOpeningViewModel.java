package org.factdesk.ui;

import org.factdesk.app.Workbench;
import org.factdesk.app.WorkspaceException;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.store.ArticleSummary;
import org.factdesk.task.Progress;
import org.factdesk.ui.article.ArticleViewModel;
import org.factdesk.ui.claims.ClaimListViewModel;
import org.factdesk.ui.verdict.VerdictViewModel;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Articles into the workbench: a file, pasted text, a web address or one of the library; their claims found in the
 * background and shown where the reviewer left off; the article's details edited.
 */
public final class ArticleOpeningViewModel {
    private final WorkbenchSession session;
    private final UiExecutor executor;
    private final ClaimListViewModel claims;
    private final ArticleViewModel article;
    private final VerdictViewModel verdict;
    private volatile Consumer<Path> fileOpened = f -> { };

    ArticleOpeningViewModel(WorkbenchSession session) {
        this.session = session;
        this.executor = session.executor;
        this.claims = session.claims;
        this.article = session.article;
        this.verdict = session.verdict;
    }

    /** An article file was opened (from the command line too): File > Open Recent hears of it. */
    void fileOpened(Path file) {
        fileOpened.accept(file);
    }

    void show(LoadedArticle loaded) {
        if (loaded == null) {
            article.show(null);
            claims.clear();
            return;
        }
        verdict.clear();
        claims.show(loaded.claims(), loaded.dismissed(), loaded.statuses(), loaded.checkedBefore());
        claims.markCaptions(loaded.article());
        article.show(loaded.article());
        // Reopen where the reviewer left off: the claim selected last time, else the first.
        Claim last = loaded.claims().stream().filter(c -> c.id().equals(loaded.lastClaimId())).findFirst().orElse(null);
        if (last != null && claims.visible().contains(last)) {
            claims.selectedProperty().set(last);
        } else if (!loaded.claims().isEmpty()) {
            claims.next();
        }
    }

    public void openFile(Path file) {
        openArticle("Opening " + file.getFileName(), (wb, p) -> {
            var loaded = wb.openFileWithNotes(file, p);
            return new Opened(loaded.article(), loaded.notes());
        }, "Choose a .txt, .md or .html file with the article text.", () -> fileOpened(file));
    }

    /** Hears each article file opened (File > Open Recent), on the UI thread. */
    public void setOnFileOpened(Consumer<Path> listener) {
        fileOpened = listener == null ? f -> { } : listener;
    }

    /** Pasted text (a pasted web address is fetched); the details the user typed win over what the text says. */
    public void openText(String text, String title, String source, java.time.LocalDate published, String url) {
        openArticle("Reading pasted article", (wb, p) -> {
            var read = wb.openPasted(text, title, source, published, url, p);
            return new Opened(read.article(), read.notes());
        }, "Check the pasted text and try again.");
    }

    /** Fetches the page at a web address the user gave: FactDesk's only use of the network. */
    public void openUrl(String url) {
        openArticle("Fetching " + url, (wb, p) -> {
            var read = wb.openUrl(url, p);
            return new Opened(read.article(), read.notes());
        }, "Check the address, or save the page in the browser (Ctrl+S) and open the file.");
    }

    /** Reopens an article of the library at the claim the reviewer selected last. */
    public void openStored(String articleId) {
        openArticle("Opening the article", (wb, p) -> new Opened(wb.article(articleId).orElseThrow(() -> new WorkspaceException(
                "The article " + articleId + " is no longer in this workspace.")), List.of()),
                "Refresh the library and choose another article.");
    }

    /**
     * A colleague read the shown article again on the team desk (a newer FactDesk reads its page otherwise): the stored
     * text and claims replace the old ones here too, with a note; a rationale being typed is saved first.
     */
    void readAgainElsewhere(String articleId, String who) {
        Article shown = article.articleProperty().get();
        if (articleId == null || shown == null || !shown.id().equals(articleId)) {
            return;
        }
        String note = (who == null ? "A colleague" : who) + " read this article again with a newer FactDesk: its text"
                + " and claims were reloaded, and the verdicts kept.";
        openArticle("Reloading the article", (wb, p) -> new Opened(wb.article(articleId).orElseThrow(
                () -> new WorkspaceException("The article " + articleId + " is no longer on the team desk.")),
                List.of(note)), "Open it again from the library.");
    }

    /** Every article in the workspace with its progress, for the library. */
    public void loadLibrary(Consumer<List<ArticleSummary>> show) {
        Workbench wb = session.workbench();
        if (wb == null) {
            return;
        }
        verdict.commitRationale();
        executor.run(wb::library, show, t -> session.notifier().problem("Could not read the article library", t, "Try again."));
    }

    private record Opened(Article article, List<String> notes) {
    }

    /** An article as first listed, with the n-gram model's scores when the encoder's are still to come. */
    private record FirstShown(LoadedArticle loaded, boolean scoresToCome) {
    }

    /**
     * The list shows the n-gram model's scores; the sentence encoder's come in the background and replace them
     * (re-sorted, the selection kept). Opening another article, re-extracting or shaping claims cancels this; an
     * article left with only quick scores is scored when next opened (docs/decisions/0034).
     */
    private void scoreInBackground(Workbench wb, Article a) {
        session.scoring.start(p -> LoadedArticle.of(wb, a, wb.scoreClaims(a, p)), scored -> {
            if (session.workbench() == wb && scored.article().equals(article.articleProperty().get())) {
                claims.rescored(scored.claims(), scored.checkedBefore());
            }
        }, t -> { }); // the quick scores stay; the next opening tries again
    }

    private interface ArticleSource {
        Opened open(Workbench wb, Progress progress) throws Exception;
    }

    private void openArticle(String label, ArticleSource source, String whatToDo) {
        openArticle(label, source, whatToDo, () -> { });
    }

    private void openArticle(String label, ArticleSource source, String whatToDo, Runnable onOpened) {
        Workbench wb = session.workbench();
        if (wb == null) {
            return;
        }
        verdict.commitRationale();
        session.scoring.cancel();
        Article before = article.articleProperty().get();
        article.opening();
        executor.runLong(label, p -> {
            Opened opened = source.open(wb, p);
            p.update(0, -1, "finding claims");
            Workbench.FirstClaims first = wb.claimsFirst(opened.article(), p);
            wb.markOpened(opened.article());
            LoadedArticle loaded = new LoadedArticle(opened.article(), List.of(), Map.of(), opened.notes(), List.of(),
                    Set.of(), null).with(LoadedArticle.of(wb, opened.article(), first.claims()));
            return new FirstShown(loaded, first.scoresToCome());
        }, shown -> {
            LoadedArticle loaded = shown.loaded();
            show(loaded);
            session.notice.set(String.join(" ", loaded.notes()));
            onOpened.run();
            if (shown.scoresToCome()) {
                scoreInBackground(wb, loaded.article());
            }
        },
                () -> article.show(before),
                t -> {
                    article.openFailed();
                    session.notifier().problem("Could not open the article", t, whatToDo);
                });
    }

    public void saveMetadata(Article edited) {
        Workbench wb = session.workbench();
        executor.run(() -> wb.saveArticleMetadata(edited), saved -> {
            Article current = article.articleProperty().get();
            if (current != null && current.id().equals(saved.id())) {
                article.articleProperty().set(saved);
            }
        }, t -> session.notifier().problem("Could not save the article details", t, "Try again; your edit was not saved."));
    }
}
