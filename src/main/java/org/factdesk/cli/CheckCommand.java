package org.factdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.factdesk.read.ArticleReader;
import org.factdesk.read.page.ReadException;
import org.factdesk.app.Workbench;
import org.factdesk.app.WorkspaceException;
import org.factdesk.model.Article;
import org.factdesk.model.Bylines;
import org.factdesk.model.Claim;
import org.factdesk.model.Evidence;
import org.factdesk.model.Quantity;
import org.factdesk.model.Verdict;
import org.factdesk.task.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Claims and their evidence for one or many articles, and for claims typed one a line: one run pays the start-up
 * (the JVM, the database, the archive, the models) once for all of them.
 */
@Command(name = "check", description = "Find the claims in articles and their evidence in the archive. "
        + "Each ARTICLE is an .html/.md/.txt/.pdf file, a web address (fetched only because you ask), or the id of an"
        + " article already in the workspace; --claims FILE checks claims written one a line (nothing is stored).")
final class CheckCommand implements Runnable {
    enum Format { text, json }

    @ParentCommand
    FactDeskCommand parent;

    @Parameters(paramLabel = "ARTICLE", arity = "0..*")
    List<String> articleRefs = new ArrayList<>();

    @Option(names = "--claims", paramLabel = "FILE", description = "a UTF-8 text file with one claim a line"
            + " (blank lines and lines starting with # are skipped; - reads standard input)")
    String claimsFile;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--evidence", defaultValue = "3", description = "passages per claim (default: ${DEFAULT-VALUE})")
    int evidencePerClaim;

    @Option(names = "--show-weak", description = "list the passages of a claim that has nothing close in the archive too"
            + " (the text output leaves them out; JSON always has them)")
    boolean showWeak;

    /** Titles, claims and passages come from files and the web: shown, never obeyed (Terminal.safe). */
    private final PrintStream out = Terminal.safe(System.out);

    @Override
    public void run() {
        if (articleRefs.isEmpty() && claimsFile == null) {
            throw new UserInputException("Name an article (a file, a web address or a stored article id), or give"
                    + " --claims FILE with one claim a line.", 1);
        }
        if (evidencePerClaim < 1) {
            throw new UserInputException("--evidence must be at least 1 (it was " + evidencePerClaim + ").", 1);
        }
        List<String> typed = claimsFile == null ? List.of() : readClaims(claimsFile);
        // a file or a web address may start a workspace; article ids and typed claims only read one that exists
        boolean adds = articleRefs.stream().anyMatch(CheckCommand::addsAnArticle);
        // The first file is read before the workspace opens, and its title shown at once: the reader is told
        // what is being checked (or what is wrong with the file) in a fraction of the time the whole check takes.
        ArticleReader.Result firstRead = articleRefs.isEmpty() ? null : readFileEarly(articleRefs.getFirst());
        if (firstRead != null && format == Format.text) {
            printTitle(firstRead.article());
        }
        // evidence is half of a check: an archive that cannot be used is said at once
        try (Workbench wb = adds ? parent.openWorkspace(true) : parent.openExistingWorkspace(true)) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode articlesJson = mapper.createArrayNode();
            for (int r = 0; r < articleRefs.size(); r++) {
                Article article = r == 0 && firstRead != null ? kept(wb, firstRead, FactDeskCommand.path(articleRefs.getFirst()))
                        : resolve(wb, articleRefs.get(r));
                List<Claim> claims = wb.claims(article, Progress.NONE);
                if (format == Format.json) {
                    articlesJson.add(articleJson(mapper, wb, article, claims));
                } else {
                    printText(wb, article, claims, r > 0 || firstRead == null);
                }
            }
            ArrayNode typedJson = mapper.createArrayNode();
            for (int i = 0; i < typed.size(); i++) {
                String text = typed.get(i);
                List<Evidence> found = wb.evidenceForText(text, evidencePerClaim);
                if (format == Format.json) {
                    ObjectNode n = typedJson.addObject();
                    n.put("line", i + 1);
                    n.put("text", text);
                    putCheckedBefore(n, wb.checkedBeforeText(text, CHECKED_BEFORE));
                    putEvidence(n, found);
                } else {
                    out.println("[claim " + (i + 1) + "] " + text.replace('\n', ' '));
                    printCheckedBefore(wb.checkedBeforeText(text, CHECKED_BEFORE));
                    printEvidence(found);
                    out.println();
                    out.flush();
                }
            }
            if (format == Format.json) {
                Object root;
                if (articleRefs.size() == 1 && typed.isEmpty()) {
                    root = articlesJson.get(0); // one article: the shape it always had
                } else {
                    ObjectNode both = mapper.createObjectNode();
                    if (!articleRefs.isEmpty()) {
                        both.set("articles", articlesJson);
                    }
                    if (claimsFile != null) {
                        both.set("claims", typedJson);
                    }
                    root = both;
                }
                try {
                    out.println(mapper.writeValueAsString(root));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** The claims of a --claims file: one a line, blank lines and # comments skipped. */
    private static List<String> readClaims(String file) {
        List<String> lines;
        try {
            lines = file.equals("-")
                    ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()
                    : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new UserInputException("--claims " + file + " is not UTF-8 text. Save it as UTF-8 and try again.", 2);
        } catch (IOException e) {
            throw new UserInputException("Cannot read --claims " + file + ": " + e.getMessage()
                    + ". Give a text file with one claim a line.", 2);
        }
        List<String> claims = new ArrayList<>();
        for (String line : lines) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                // a claim is a sentence or a few: a line of a megabyte is cut, not searched whole
                claims.add(t.length() > MAX_CLAIM_CHARS ? t.substring(0, MAX_CLAIM_CHARS) : t);
            }
        }
        if (claims.isEmpty()) {
            throw new UserInputException("--claims " + file + " has no claim: write one claim a line.", 2);
        }
        return claims;
    }

    /** The longest claim line searched; longer lines are cut here. */
    static final int MAX_CLAIM_CHARS = 2_000;

    /** A web address or an existing file: an article the check reads (and stores), not one it looks up. */
    private static boolean addsAnArticle(String ref) {
        String lower = ref.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || Files.exists(FactDeskCommand.path(ref));
    }

    /** An existing file read without the workspace (null for a web address or an article id). */
    private static ArticleReader.Result readFileEarly(String ref) {
        String lower = ref.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return null;
        }
        Path path = FactDeskCommand.path(ref);
        if (!Files.exists(path)) {
            return null;
        }
        try {
            return ArticleReader.read(path);
        } catch (ReadException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
    }

    private static Article kept(Workbench wb, ArticleReader.Result read, Path file) {
        ArticleReader.Result stored = wb.keep(read, file, Progress.NONE);
        stored.notes().forEach(n -> System.err.println("note: " + Terminal.safe(n)));
        return stored.article();
    }

    private void printTitle(Article article) {
        out.printf("%s  %s%n", article.id(), article.displayTitle());
        out.flush();
    }

    private Article resolve(Workbench wb, String ref) {
        String lower = ref.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            ConsoleProgress progress = new ConsoleProgress(System.err);
            ArticleReader.Result loaded;
            try {
                loaded = wb.openUrl(ref, progress);
            } finally {
                progress.finish();
            }
            loaded.notes().forEach(n -> System.err.println("note: " + Terminal.safe(n)));
            return loaded.article();
        }
        Path path = FactDeskCommand.path(ref);
        if (Files.exists(path)) {
            ArticleReader.Result loaded = wb.openFileWithNotes(path);
            loaded.notes().forEach(n -> System.err.println("note: " + Terminal.safe(n)));
            return loaded.article();
        }
        return wb.article(ref).orElseThrow(() -> new WorkspaceException("There is no file or stored article '"
                + ref + "'. Give the path of an .html/.md/.txt/.pdf file, a web address (https://...), or an article id from the workspace."));
    }

    private void printText(Workbench wb, Article article, List<Claim> claims, boolean withTitle) {
        if (withTitle) {
            printTitle(article);
        }
        out.printf("%s%s%s — %d claims%n%n", article.source().isBlank() ? "" : article.source() + ", ", dateLine(article),
                Bylines.display(article.byline()).isEmpty() ? "" : ", by " + Bylines.display(article.byline()), claims.size());
        for (Claim c : claims) {
            Verdict v = wb.verdict(c.id());
            out.printf(Locale.ROOT, "[%s] %-11s %.2f  %s%n", c.id(), c.kind().code(), c.score(), v.status().label());
            out.println("    " + Claim.oneLine(c.text())); // a table's rows apart: "Name | Share; Ann Lee | 16.6%"
            if (!c.quantities().isEmpty()) {
                String more = c.quantities().size() > VALUES_SHOWN
                        ? "; +" + (c.quantities().size() - VALUES_SHOWN) + " more (all in --format json)" : "";
                out.println("    values: " + c.quantities().stream().limit(VALUES_SHOWN)
                        .map(q -> (q.qualifier().equals("=") && q.from() == null ? "" : q.qualifierText() + " ") + q.valueText()
                                + (q.unit().isBlank() ? "" : " " + q.unit()))
                        .collect(Collectors.joining("; ")) + more);
            }
            if (c.speaker() != null) {
                out.println("    speaker: " + c.speaker());
            }
            printCheckedBefore(wb.checkedBefore(c, CHECKED_BEFORE));
            printEvidence(wb.evidence(c, evidencePerClaim));
            out.println();
            out.flush();
        }
    }

    /** Values listed under a claim at most: a table's are many. */
    static final int VALUES_SHOWN = 12;

    /** Published checks shown per claim at most. */
    static final int CHECKED_BEFORE = 3;

    private void printCheckedBefore(List<org.factdesk.archive.CheckedBefore.Match> found) {
        for (var m : found) {
            out.printf(Locale.ROOT, "    %s%s  (relevance %.2f)%n", m.check().summary(),
                    m.check().url().isBlank() ? "" : " " + m.check().url(), m.relevance());
        }
    }

    private static void putCheckedBefore(ObjectNode claim, List<org.factdesk.archive.CheckedBefore.Match> found) {
        ArrayNode arr = claim.putArray("checked_before");
        for (var m : found) {
            ObjectNode n = arr.addObject();
            n.put("summary", m.check().summary());
            n.put("outlet", m.check().outlet());
            n.put("date", m.check().reviewDate() == null ? null : m.check().reviewDate().toString());
            n.put("rating", m.check().rating());
            n.put("url", m.check().url());
            n.put("claim_reviewed", m.check().claim());
            n.put("claimant", m.check().claimant());
            n.put("relevance", Math.round(m.relevance() * 1000) / 1000.0);
        }
    }

    private void printEvidence(List<Evidence> found) {
        boolean nothingClose = Workbench.nothingClose(found);
        if (nothingClose) {
            out.println(found.isEmpty() ? "    nothing close in your archive (no passage shares its words)"
                    : String.format(Locale.ROOT, "    nothing close in your archive (nearest passage: %s)%s",
                    relevanceText(found.getFirst()), showWeak ? "" : "; --show-weak lists them"));
            if (!showWeak) {
                return;
            }
        }
        for (Evidence e : found) {
            out.printf(Locale.ROOT, "    -> %s %s%s (%s, %s) [%s%s]%s%n       %s%n", relevanceText(e),
                    Workbench.isSample(e) ? "[sample data] " : "", e.title(), e.source(),
                    e.published() == null ? "undated" : e.published(), e.stance().code(),
                    e.stanceNote().isBlank() ? "" : ": " + e.stanceNote(),
                    Double.isNaN(e.coverage()) ? "" : String.format(Locale.ROOT, " %d%% of key words",
                            Math.round(100 * e.coverage())), snippet(e.passage()));
        }
    }

    /** "relevance 0.83" (the passage's estimated probability), or its ranking score where none is estimated. */
    private static String relevanceText(Evidence e) {
        return Double.isNaN(e.relevance()) ? String.format(Locale.ROOT, "score %.2f", e.score())
                : String.format(Locale.ROOT, "relevance %.2f", e.relevance());
    }

    /** The published date; else the page's last update, said as such; else "undated". */
    private static String dateLine(Article article) {
        if (article.published() != null) {
            return article.published().toString();
        }
        return article.updated() == null ? "undated" : "updated " + article.updated();
    }

    private ObjectNode articleJson(ObjectMapper mapper, Workbench wb, Article article, List<Claim> claims) {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode a = root.putObject("article");
        a.put("id", article.id());
        a.put("title", article.title());
        a.put("source", article.source());
        a.put("published", article.published() == null ? null : article.published().toString());
        a.put("updated", article.updated() == null ? null : article.updated().toString());
        a.put("byline", Bylines.display(article.byline()));
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
                // a range or a vague amount gives both ends; a change gives the figure it changed from
                qn.put("value", q.value());
                if (q.upper() != null) {
                    qn.put("low", q.low());
                    qn.put("high", q.high());
                }
                if (q.from() != null) {
                    qn.put("from", q.from());
                }
                qn.put("unit", q.unit());
                qn.put("qualifier", q.qualifier());
                if (q.vague()) {
                    qn.put("vague", true);
                }
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
            putCheckedBefore(n, wb.checkedBefore(c, CHECKED_BEFORE));
            putEvidence(n, wb.evidence(c, evidencePerClaim));
        }
        return root;
    }

    /** {@code nothing_close} and the passages, each with its relevance. */
    private static void putEvidence(ObjectNode claim, List<Evidence> found) {
        claim.put("nothing_close", Workbench.nothingClose(found));
        ArrayNode ev = claim.putArray("evidence");
        for (Evidence e : found) {
            ObjectNode en = ev.addObject();
            en.put("doc_id", e.docId());
            en.put("title", e.title());
            en.put("source", e.source());
            en.put("published", e.published() == null ? null : e.published().toString());
            en.put("url", e.url());
            en.put("snippet", e.passage());
            if (!Double.isNaN(e.relevance())) {
                en.put("relevance", Math.round(e.relevance() * 1000) / 1000.0);
            }
            en.put("score", Math.round(e.score() * 1000) / 1000.0);
            en.put("stance", e.stance().code());
            en.put("stance_note", e.stanceNote());
            if (!Double.isNaN(e.coverage())) {
                en.put("key_word_coverage", Math.round(e.coverage() * 1000) / 1000.0);
            }
            en.put("sample", Workbench.isSample(e));
        }
    }

    private static String snippet(String passage) {
        String p = passage.replace('\n', ' ').strip();
        return p.length() > 200 ? p.substring(0, 197) + "..." : p;
    }
}
