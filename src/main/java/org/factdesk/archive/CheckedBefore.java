package org.factdesk.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.Evidence;
import org.factdesk.model.PublishedCheck;
import org.factdesk.task.Progress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The world's earlier fact-checks (schema.org ClaimReview) kept beside the archive (decision 45): each reviewed claim
 * is a short document of its own Lucene archive, searched by the same evidence finder as a claims archive (words
 * and meaning fused, the re-ranker trained on CLEF 2020's fact-checked claims), and shown with the outlet, date,
 * verdict and link kept in {@value #CHECKS_FILE}. A claim's matches are those whose relevance reaches the cut-off
 * under which the evidence list says "nothing close".
 */
public final class CheckedBefore implements AutoCloseable {
    static final String CHECKS_FILE = "checks.jsonl";
    static final String ARCHIVE_DIR = "archive";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A published check that matches a claim, with the estimated probability that it checks the same claim. */
    public record Match(PublishedCheck check, double relevance) {
    }

    /** What an import read, added (new reviews) and could not read. */
    public record Imported(int read, int added, List<String> problems) {
    }

    private final Path dir;
    private final Archive archive;
    private final EvidenceFinder finder;
    private final Map<String, PublishedCheck> checks = new LinkedHashMap<>();

    private CheckedBefore(Path dir, Archive archive) {
        this.dir = dir;
        this.archive = archive;
        this.finder = new EvidenceFinder(archive);
    }

    /** Opens (or creates) the published checks in {@code dir}. */
    public static CheckedBefore open(Path dir) throws IOException {
        Files.createDirectories(dir);
        Archive archive = Archive.open(dir.resolve(ARCHIVE_DIR));
        CheckedBefore c = new CheckedBefore(dir, archive);
        try {
            c.load();
        } catch (IOException | RuntimeException e) {
            archive.close();
            throw e;
        }
        return c;
    }

    private void load() throws IOException {
        Path file = dir.resolve(CHECKS_FILE);
        if (!Files.exists(file)) {
            return;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            var n = JSON.readTree(line);
            String date = n.path("review_date").asText("");
            PublishedCheck c = new PublishedCheck(n.path("id").asText(), n.path("claim").asText(), n.path("claimant").asText(""),
                    n.path("outlet").asText(""), date.isEmpty() ? null : LocalDate.parse(date), n.path("rating").asText(""),
                    n.path("url").asText(""));
            checks.put(c.id(), c);
        }
    }

    public int size() {
        return checks.size();
    }

    /** Imports the ClaimReviews of a file or folder; a review imported before is updated, not repeated. */
    public Imported importFrom(Path fileOrDir, Progress progress) throws IOException {
        ClaimReviewReader.Result read = ClaimReviewReader.read(fileOrDir);
        int before = checks.size();
        List<Article> docs = new ArrayList<>();
        for (PublishedCheck c : read.checks()) {
            checks.put(c.id(), c);
            docs.add(new Article(c.id(), c.claim(), c.claim(), c.outlet(), c.reviewDate(), c.url()));
        }
        if (!docs.isEmpty()) {
            archive.importDocuments(docs, progress);
            write();
        }
        return new Imported(read.checks().size(), checks.size() - before, read.problems());
    }

    /** Rewrites the checks file (a temporary file moved into place: an interrupted write loses nothing). */
    private void write() throws IOException {
        StringBuilder b = new StringBuilder();
        for (PublishedCheck c : checks.values()) {
            ObjectNode n = JSON.createObjectNode();
            n.put("id", c.id());
            n.put("claim", c.claim());
            n.put("claimant", c.claimant());
            n.put("outlet", c.outlet());
            n.put("review_date", c.reviewDate() == null ? "" : c.reviewDate().toString());
            n.put("rating", c.rating());
            n.put("url", c.url());
            b.append(JSON.writeValueAsString(n)).append('\n');
        }
        Path tmp = dir.resolve(CHECKS_FILE + ".tmp");
        Files.writeString(tmp, b, StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(CHECKS_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The published checks of this claim, most relevant first: those whose relevance reaches the evidence list's
     * cut-off; reviews of the same claim by several outlets are all listed.
     */
    public List<Match> find(Claim claim, int k) {
        if (checks.isEmpty()) {
            return List.of();
        }
        List<Match> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Evidence e : finder.find(claim, null, k)) {
            if (Double.isNaN(e.relevance()) || e.relevance() < Relevance.nothingCloseBelow()) {
                break; // relevance never rises down the list
            }
            try {
                for (String id : archive.sourceIds(e.docId())) {
                    PublishedCheck c = checks.get(id);
                    if (c != null && seen.add(id)) {
                        out.add(new Match(c, e.relevance()));
                    }
                }
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException("could not read the published checks: " + ex.getMessage(), ex);
            }
        }
        return out.size() > k ? List.copyOf(out.subList(0, k)) : List.copyOf(out);
    }

    @Override
    public void close() throws IOException {
        archive.close();
    }
}
