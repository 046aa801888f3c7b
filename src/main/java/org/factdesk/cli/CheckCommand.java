package org.factdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.factdesk.read.ArticleReader;
import org.factdesk.app.Workbench;
import org.factdesk.app.WorkspaceException;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.Evidence;
import org.factdesk.model.Quantity;
import org.factdesk.model.Verdict;
import org.factdesk.task.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", description = "Find the claims in an article and their evidence in the archive. "
        + "ARTICLE is an .html/.md/.txt/.pdf file, a web address (fetched only because you ask), or the id of an article already in the workspace.")
final class CheckCommand implements Runnable {
    enum Format { text, json }

    @ParentCommand
    FactDeskCommand parent;

    @Parameters(paramLabel = "ARTICLE")
    String articleRef;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--evidence", defaultValue = "3", description = "passages per claim (default: ${DEFAULT-VALUE})")
    int evidencePerClaim;

    @Override
    public void run() {
        try (Workbench wb = parent.openWorkspace()) {
            Article article = resolve(wb);
            List<Claim> claims = wb.claims(article, Progress.NONE);
            if (format == Format.json) {
                printJson(wb, article, claims);
            } else {
                printText(wb, article, claims);
            }
        }
    }

    private Article resolve(Workbench wb) {
        String lower = articleRef.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            ConsoleProgress progress = new ConsoleProgress(System.err);
            ArticleReader.Result loaded;
            try {
                loaded = wb.openUrl(articleRef, progress);
            } finally {
                progress.finish();
            }
            loaded.notes().forEach(n -> System.err.println("note: " + n));
            return loaded.article();
        }
        Path path = Path.of(articleRef);
        if (Files.exists(path)) {
            ArticleReader.Result loaded = wb.openFileWithNotes(path);
            loaded.notes().forEach(n -> System.err.println("note: " + n));
            return loaded.article();
        }
        return wb.article(articleRef).orElseThrow(() -> new WorkspaceException("There is no file or stored article '"
                + articleRef + "'. Give the path of an .html/.md/.txt/.pdf file, a web address (https://...), or an article id from the workspace."));
    }

    private void printText(Workbench wb, Article article, List<Claim> claims) {
        System.out.printf("%s  %s%n", article.id(), article.displayTitle());
        System.out.printf("%s%s — %d claims%n%n", article.source().isBlank() ? "" : article.source() + ", ",
                article.published() == null ? "undated" : article.published(), claims.size());
        for (Claim c : claims) {
            Verdict v = wb.verdict(c.id());
            System.out.printf(Locale.ROOT, "[%s] %-11s %.2f  %s%n", c.id(), c.kind().code(), c.score(), v.status().label());
            System.out.println("    " + c.text().replace('\n', ' '));
            if (!c.quantities().isEmpty()) {
                System.out.println("    values: " + c.quantities().stream()
                        .map(q -> (q.qualifier().equals("=") ? "" : q.qualifierText() + " ") + q.valueText()
                                + (q.unit().isBlank() ? "" : " " + q.unit()))
                        .collect(Collectors.joining("; ")));
            }
            if (c.speaker() != null) {
                System.out.println("    speaker: " + c.speaker());
            }
            for (Evidence e : wb.evidence(c, evidencePerClaim)) {
                System.out.printf(Locale.ROOT, "    -> %.2f %s%s (%s, %s) [%s%s]%s%n       %s%n", e.score(),
                        Workbench.isSample(e) ? "[sample data] " : "", e.title(), e.source(), e.published() == null ? "undated" : e.published(), e.stance().code(),
                        e.stanceNote().isBlank() ? "" : ": " + e.stanceNote(),
                        Double.isNaN(e.coverage()) ? "" : String.format(Locale.ROOT, " %d%% of key words",
                                Math.round(100 * e.coverage())), snippet(e.passage()));
            }
            System.out.println();
        }
    }

    private void printJson(Workbench wb, Article article, List<Claim> claims) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ObjectNode a = root.putObject("article");
        a.put("id", article.id());
        a.put("title", article.title());
        a.put("source", article.source());
        a.put("published", article.published() == null ? null : article.published().toString());
        a.put("url", article.url());
        ArrayNode arr = root.putArray("claims");
        for (Claim c : claims) {
            ObjectNode n = arr.addObject();
            n.put("id", c.id());
            n.put("text", c.text());
            n.put("kind", c.kind().code());
            n.put("start", c.start());
            n.put("end", c.end());
            n.put("score", Math.round(c.score() * 1000) / 1000.0);
            ArrayNode qs = n.putArray("quantities");
            for (Quantity q : c.quantities()) {
                ObjectNode qn = qs.addObject();
                qn.put("value", q.value());
                if (q.upper() != null) {
                    qn.put("upper", q.upper());
                }
                qn.put("unit", q.unit());
                qn.put("qualifier", q.qualifier());
                qn.put("text", q.surface());
            }
            n.put("speaker", c.speaker());
            if (c.agreement() != null) {
                ObjectNode ag = n.putObject("agreement");
                ag.put("name", c.agreement().agreement());
                ag.putPOJO("parties", c.agreement().parties());
                ag.put("obligation", c.agreement().obligation());
            }
            n.put("status", wb.verdict(c.id()).status().label());
            ArrayNode ev = n.putArray("evidence");
            for (Evidence e : wb.evidence(c, evidencePerClaim)) {
                ObjectNode en = ev.addObject();
                en.put("doc_id", e.docId());
                en.put("title", e.title());
                en.put("source", e.source());
                en.put("published", e.published() == null ? null : e.published().toString());
                en.put("snippet", e.passage());
                en.put("score", Math.round(e.score() * 1000) / 1000.0);
                en.put("stance", e.stance().code());
                en.put("stance_note", e.stanceNote());
                if (!Double.isNaN(e.coverage())) {
                    en.put("key_word_coverage", Math.round(e.coverage() * 1000) / 1000.0);
                }
                en.put("sample", Workbench.isSample(e));
            }
        }
        try {
            System.out.println(mapper.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String snippet(String passage) {
        String p = passage.replace('\n', ' ').strip();
        return p.length() > 200 ? p.substring(0, 197) + "..." : p;
    }
}
