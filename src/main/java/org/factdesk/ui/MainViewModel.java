package org.factdesk.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.factdesk.app.Workbench;
import org.factdesk.app.WorkspaceException;
import org.factdesk.archive.ArchiveQueryException;
import org.factdesk.archive.ImportReport;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.Evidence;
import org.factdesk.model.EvidenceRole;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictChange;
import org.factdesk.model.VerdictStatus;
import org.factdesk.report.ReportFormat;
import org.factdesk.task.Progress;
import org.factdesk.ui.article.ArticleViewModel;
import org.factdesk.ui.claims.ClaimListViewModel;
import org.factdesk.ui.evidence.EvidenceViewModel;
import org.factdesk.ui.verdict.VerdictViewModel;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workbench screen: opens the workspace and articles, and wires the claim selection to evidence and
 * verdict. Every workbench call runs on the {@link UiExecutor}; results come back on the FX thread.
 */
public final class MainViewModel implements AutoCloseable {
    public enum Phase { OPENING, READY, FAILED }

    /** What the view shows for failures and results that need the reviewer's attention. */
    public interface Notifier {
        void problem(String what, Throwable cause, String whatToDo);

        /** The workspace cannot be used at all; the app will close after this is shown. */
        void fatal(String what, String message);

        void importFinished(ImportReport report);

        void showSource(Article article, Evidence passage);
    }

    static final int EVIDENCE_K = 10;

    private final UiExecutor executor;
    private final ClaimListViewModel claims = new ClaimListViewModel();
    private final ArticleViewModel article = new ArticleViewModel(claims);
    private final EvidenceViewModel evidence = new EvidenceViewModel();
    private final VerdictViewModel verdict = new VerdictViewModel();
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.OPENING);
    private final StringProperty workspaceText = new SimpleStringProperty("");
    private final StringProperty archiveText = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private Notifier notifier;
    private volatile Workbench workbench;

    private record Loaded(Article article, List<Claim> claims, Map<String, VerdictStatus> statuses, List<String> notes) {
        Loaded with(Loaded found) {
            return new Loaded(found.article(), found.claims(), found.statuses(), notes);
        }
    }

    private record Review(Verdict verdict, List<VerdictChange> history) {
    }

    public MainViewModel(UiExecutor executor, Notifier notifier) {
        this.executor = executor;
        this.notifier = notifier;
        verdict.setSaver(this::save);
        claims.selectedProperty().addListener((obs, old, now) -> claimSelected(now));
    }

    public void setNotifier(Notifier notifier) {
        this.notifier = notifier;
    }

    /** Opens the data dir in the background; installs and opens the demo when asked or when the workspace is empty. */
    public void openWorkspace(Path dataDir, boolean demo) {
        phase.set(Phase.OPENING);
        article.opening();
        claims.loading("Opening workspace…");
        workspaceText.set(dataDir.toString());
        executor.runLong("Opening workspace", p -> {
            Workbench wb = Workbench.open(dataDir);
            workbench = wb;
            Article a;
            if (demo || wb.library().isEmpty()) {
                p.update(0, -1, "installing the demo workspace");
                wb.installDemo(p);
                a = wb.demoArticle();
            } else {
                a = wb.lastArticle().orElse(null);
            }
            return a == null ? null : load(wb, a, p);
        }, loaded -> {
            phase.set(Phase.READY);
            refreshArchiveSize();
            show(loaded);
        }, () -> {
            phase.set(Phase.READY);
            article.show(null);
            claims.clear();
        }, t -> {
            phase.set(Phase.FAILED);
            article.openFailed();
            if (t instanceof WorkspaceException) {
                notifier.fatal("FactDesk cannot open its workspace", Problems.describe(t));
            } else {
                notifier.fatal("FactDesk could not open its workspace in " + dataDir, Problems.describe(t)
                        + "\n\nCheck that the folder exists and is writable, or start FactDesk with --data-dir DIR.");
            }
        });
    }

    private static Loaded load(Workbench wb, Article a, Progress p) throws Exception {
        p.update(0, -1, "finding claims");
        List<Claim> found = wb.claims(a, p);
        wb.markOpened(a);
        Map<String, VerdictStatus> statuses = new HashMap<>();
        wb.verdicts(a.id()).forEach((id, v) -> statuses.put(id, v.status()));
        return new Loaded(a, found, statuses, List.of());
    }

    private void show(Loaded loaded) {
        if (loaded == null) {
            article.show(null);
            claims.clear();
            return;
        }
        verdict.clear();
        claims.show(loaded.claims(), loaded.statuses());
        article.show(loaded.article());
        if (!loaded.claims().isEmpty()) {
            claims.next();
        }
    }

    public void openFile(Path file) {
        openArticle("Opening " + file.getFileName(), wb -> {
            var loaded = wb.openFileWithNotes(file);
            return new Opened(loaded.article(), loaded.notes());
        }, "Choose a .txt, .md or .html file with the article text.");
    }

    public void openText(String text, String title, String source, java.time.LocalDate published, String url) {
        openArticle("Reading pasted article", wb -> new Opened(wb.openText(text, title, source, published, url), List.of()),
                "Check the pasted text and try again.");
    }

    private record Opened(Article article, List<String> notes) {
    }

    private interface ArticleSource {
        Opened open(Workbench wb) throws Exception;
    }

    private void openArticle(String label, ArticleSource source, String whatToDo) {
        Workbench wb = workbench;
        if (wb == null) {
            return;
        }
        verdict.commitRationale();
        Article before = article.articleProperty().get();
        article.opening();
        executor.runLong(label, p -> {
            Opened opened = source.open(wb);
            return new Loaded(opened.article(), List.of(), Map.of(), opened.notes()).with(load(wb, opened.article(), p));
        }, loaded -> {
            show(loaded);
            notice.set(String.join(" ", loaded.notes()));
        },
                () -> article.show(before),
                t -> {
                    article.openFailed();
                    notifier.problem("Could not open the article", t, whatToDo);
                });
    }

    public void saveMetadata(Article edited) {
        Workbench wb = workbench;
        executor.run(() -> wb.saveArticleMetadata(edited), saved -> {
            Article current = article.articleProperty().get();
            if (current != null && current.id().equals(saved.id())) {
                article.articleProperty().set(saved);
            }
        }, t -> notifier.problem("Could not save the article details", t, "Try again; your edit was not saved."));
    }

    private void claimSelected(Claim c) {
        Workbench wb = workbench;
        if (c == null || wb == null) {
            evidence.noClaim();
            verdict.clear();
            return;
        }
        evidence.loading(c.id());
        executor.run(() -> new Review(wb.verdict(c.id()), wb.history(c.id())), r -> {
            if (c.equals(claims.selectedProperty().get())) {
                verdict.show(c, r.verdict(), r.history());
            }
        }, t -> notifier.problem("Could not load the verdict of this claim", t, "Select the claim again."));
        executor.run(() -> wb.evidence(c, EVIDENCE_K), found -> evidence.show(c.id(), found),
                t -> evidence.failed(c.id(), Problems.describe(t)));
    }

    private void save(Verdict v, String action) {
        Workbench wb = workbench;
        if (wb == null || v == null) {
            return;
        }
        claims.setStatus(v.claimId(), v.status());
        executor.run(() -> {
            Verdict saved = wb.saveVerdict(v, action);
            return new Review(saved, wb.history(v.claimId()));
        }, r -> {
            claims.setStatus(r.verdict().claimId(), r.verdict().status());
            verdict.applySaved(r.verdict(), r.history());
        }, t -> {
            verdict.saveFailed(Problems.describe(t));
            notifier.problem("Your verdict change was not saved", t,
                    "The change is still on screen: try again (e.g. choose the status again or press Save).");
        });
    }

    public void setStatus(VerdictStatus s) {
        if (verdict.claimProperty().get() != null) {
            verdict.statusProperty().set(s);
        }
    }

    public void attach(Evidence e, EvidenceRole role) {
        verdict.attach(e, role);
    }

    public void undo() {
        Claim c = verdict.claimProperty().get();
        Workbench wb = workbench;
        if (c == null || wb == null) {
            return;
        }
        verdict.commitRationale();
        executor.run(() -> new Review(wb.undo(c.id()), wb.history(c.id())), r -> {
            claims.setStatus(c.id(), r.verdict().status());
            if (c.equals(verdict.claimProperty().get())) {
                verdict.show(c, r.verdict(), r.history());
            }
            notice.set("Undone: the verdict is " + r.verdict().status().label() + " again.");
        }, t -> notifier.problem("Could not undo", t, "Nothing was changed."));
    }

    public void openSource(Evidence e) {
        Workbench wb = workbench;
        if (e == null || wb == null) {
            return;
        }
        executor.run(() -> wb.archiveDocument(e.docId()), found -> {
            if (found.isPresent()) {
                notifier.showSource(found.get(), e);
            } else {
                notifier.problem("The source article is not in the archive", new IllegalStateException(
                        "No archive document has the id " + e.docId() + "."), "Re-import the archive it came from.");
            }
        }, t -> notifier.problem("Could not open the source article", t, "Try again."));
    }

    public void importArchive(Path path) {
        Workbench wb = workbench;
        executor.runLong("Importing " + path.getFileName(), p -> wb.importArchive(path, p), report -> {
            refreshArchiveSize();
            reloadEvidence();
            notifier.importFinished(report);
        }, () -> {
            refreshArchiveSize();
            notice.set("Import cancelled; what was imported before stays in the archive.");
        }, t -> notifier.problem("Could not import " + path, t,
                "Import a JSONL file with one {id, title, text, source, published, url} object per line, "
                        + "or a folder of .txt/.md/.html files."));
    }

    public void exportReport(ReportFormat format, Path out) {
        Workbench wb = workbench;
        Article a = article.articleProperty().get();
        if (wb == null || a == null) {
            return;
        }
        verdict.commitRationale();
        executor.runLong("Exporting report", p -> {
            wb.exportReport(a.id(), format, out);
            return out;
        }, path -> notice.set("Report saved to " + path), () -> notice.set("Export cancelled."),
                t -> notifier.problem("Could not export the report", t, "Choose another folder or file name."));
    }

    /** Archive search with Lucene syntax; a syntax error is shown in the evidence pane, not as an exception. */
    public void searchArchive(String query) {
        Workbench wb = workbench;
        if (wb == null) {
            return;
        }
        String key = evidence.searching(query);
        executor.run(() -> wb.searchArchive(query, 20), found -> evidence.searchShown(key, found), t -> {
            if (t instanceof ArchiveQueryException) {
                evidence.searchFailed(key, Problems.describe(t));
            } else {
                evidence.searchFailed(key, "The archive could not be searched: " + Problems.describe(t));
            }
        });
    }

    /** Back to the evidence of the selected claim. */
    public void clearArchiveSearch() {
        Claim c = claims.selectedProperty().get();
        if (c == null) {
            evidence.noClaim();
        } else {
            reloadEvidence();
        }
    }

    private void reloadEvidence() {
        Claim c = claims.selectedProperty().get();
        Workbench wb = workbench;
        if (c != null && wb != null) {
            evidence.loading(c.id());
            executor.run(() -> wb.evidence(c, EVIDENCE_K), found -> evidence.show(c.id(), found),
                    t -> evidence.failed(c.id(), Problems.describe(t)));
        }
    }

    private void refreshArchiveSize() {
        Workbench wb = workbench;
        if (wb == null) {
            return;
        }
        executor.run(wb::archiveSize, n -> archiveText.set("Archive: " + n + (n == 1 ? " article" : " articles")),
                t -> archiveText.set("Archive: unavailable"));
    }

    public Optional<Article> currentArticle() {
        return Optional.ofNullable(article.articleProperty().get());
    }

    public void next() {
        claims.next();
    }

    public void previous() {
        claims.previous();
    }

    public void cancelTask() {
        executor.cancel();
    }

    /** Saves what is still pending, waits for queued saves and closes the workspace. */
    @Override
    public void close() {
        verdict.commitRationale();
        executor.drain(10_000);
        Workbench wb = workbench;
        workbench = null;
        if (wb != null) {
            try {
                wb.close();
            } catch (Exception e) {
                System.err.println("FactDesk: closing the workspace: " + Problems.describe(e));
            }
        }
    }

    public UiExecutor executor() {
        return executor;
    }

    public ClaimListViewModel claims() {
        return claims;
    }

    public ArticleViewModel article() {
        return article;
    }

    public EvidenceViewModel evidence() {
        return evidence;
    }

    public VerdictViewModel verdict() {
        return verdict;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public ReadOnlyStringProperty workspaceTextProperty() {
        return workspaceText;
    }

    public ReadOnlyStringProperty archiveTextProperty() {
        return archiveText;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

}
