package org.factdesk.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.factdesk.model.PublishedCheck;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads schema.org ClaimReview, as fact-checkers publish it and aggregators collect it (decision 45): JSON-LD
 * objects and arrays, {@code @graph}s, {@code DataFeed} files (the public ClaimReview dumps), one object a line,
 * {@code <script type="application/ld+json">} in saved fact-check pages, and saved responses of Google's Fact Check
 * Tools claim search ({@code {"claims":[{"text", "claimant", "claimReview":[{"publisher", "url", "textualRating",
 * ...}]}]}}). A folder is read file by file. What is not a ClaimReview is skipped; a file that is not JSON (or a
 * page without one) is reported with its name and what to do.
 */
public final class ClaimReviewReader {
    /** Files larger than this are refused (a ClaimReview dump of a million reviews is about 1 GB of JSON). */
    static final long MAX_FILE_BYTES = 512L << 20;
    /** How deep an object is searched for ClaimReviews inside other objects. */
    static final int MAX_DEPTH = 12;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The checks found, by id (a review listed twice is one), and what could not be read. */
    public record Result(List<PublishedCheck> checks, List<String> problems) {
    }

    private final Map<String, PublishedCheck> found = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private ClaimReviewReader() {
    }

    public static Result read(Path fileOrDir) throws IOException {
        if (!Files.exists(fileOrDir)) {
            throw new IOException("Nothing to import: " + fileOrDir + " does not exist.");
        }
        ClaimReviewReader r = new ClaimReviewReader();
        if (Files.isDirectory(fileOrDir)) {
            try (Stream<Path> files = Files.walk(fileOrDir)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (name.matches(".*\\.(json|jsonld|jsonl|ndjson|html?|xhtml)$")) {
                        r.readFile(f);
                    }
                }
            }
        } else {
            r.readFile(fileOrDir);
        }
        return new Result(List.copyOf(r.found.values()), List.copyOf(r.problems));
    }

    /** The checks in one JSON document (tests, and text the user pasted). */
    static List<PublishedCheck> fromJson(String json) throws JsonProcessingException {
        ClaimReviewReader r = new ClaimReviewReader();
        r.visit(JSON.readTree(json), 0);
        return List.copyOf(r.found.values());
    }

    private void readFile(Path f) throws IOException {
        if (Files.size(f) > MAX_FILE_BYTES) {
            problems.add(f + ": larger than " + (MAX_FILE_BYTES >> 20) + " MB; split it into smaller files and import them");
            return;
        }
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        int before = found.size();
        String text = Files.readString(f, StandardCharsets.UTF_8);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            for (Element script : Jsoup.parse(text).select("script")) {
                if (script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                    try {
                        visit(JSON.readTree(script.data()), 0);
                    } catch (JsonProcessingException e) {
                        problems.add(f + ": a JSON-LD script is not valid JSON (" + e.getOriginalMessage() + "); skipped");
                    }
                }
            }
        } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            int line = 0;
            for (String l : text.split("\n")) {
                line++;
                if (!l.isBlank()) {
                    try {
                        visit(JSON.readTree(l), 0);
                    } catch (JsonProcessingException e) {
                        problems.add(f + ":" + line + ": not JSON (" + e.getOriginalMessage() + "); line skipped");
                    }
                }
            }
        } else {
            try {
                visit(JSON.readTree(text), 0);
            } catch (JsonProcessingException e) {
                problems.add(f + ": not JSON" + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr())
                        + " (" + e.getOriginalMessage()
                        + "). Save the ClaimReview as JSON-LD, a DataFeed or a Fact Check Tools response.");
                return;
            }
        }
        if (found.size() == before) {
            problems.add(f + ": no ClaimReview in it (a fact-check's JSON-LD has \"@type\": \"ClaimReview\")");
        }
    }

    private void visit(JsonNode n, int depth) {
        if (n == null || depth > MAX_DEPTH) {
            return;
        }
        if (n.isArray()) {
            n.forEach(x -> visit(x, depth + 1));
            return;
        }
        if (!n.isObject()) {
            return;
        }
        if (isType(n, "ClaimReview")) {
            add(claimReview(n, null));
            return;
        }
        if (n.path("claims").isArray() && n.path("claims").size() > 0
                && n.path("claims").get(0).has("claimReview")) {
            factCheckTools(n.path("claims"));
            return;
        }
        if (n.has("claimReview") && n.has("text")) { // one claim of a Fact Check Tools response
            factCheckTools(JSON.createArrayNode().add(n));
            return;
        }
        n.properties().forEach(e -> {
            if (e.getValue().isContainerNode()) {
                visit(e.getValue(), depth + 1);
            }
        });
    }

    /** Google Fact Check Tools: each claim with its reviews by several outlets. */
    private void factCheckTools(JsonNode claims) {
        for (JsonNode c : claims) {
            String text = c.path("text").asText("");
            for (JsonNode r : c.path("claimReview")) {
                String outlet = firstText(r.path("publisher").path("name"), r.path("publisher").path("site"));
                add(check(text, c.path("claimant").asText(""), outlet, date(r.path("reviewDate").asText("")),
                        r.path("textualRating").asText(""), r.path("url").asText("")));
            }
        }
    }

    private static PublishedCheck claimReview(JsonNode n, String fallbackClaim) {
        String claim = n.path("claimReviewed").asText("");
        if (claim.isBlank()) {
            claim = firstText(n.path("itemReviewed").path("name"), n.path("name"), n.path("headline"));
        }
        if (claim.isBlank() && fallbackClaim != null) {
            claim = fallbackClaim;
        }
        JsonNode rating = n.path("reviewRating");
        String verdict = firstText(rating.path("alternateName"), rating.path("name"));
        if (verdict.isBlank() && rating.has("ratingValue")) {
            verdict = rating.path("ratingValue").asText() + (rating.has("bestRating")
                    ? " of " + rating.path("bestRating").asText() : "");
        }
        String author = name(n.path("author"));
        String outlet = author.isBlank() ? name(n.path("publisher")) : author;
        String claimant = name(n.path("itemReviewed").path("author"));
        LocalDate reviewed = date(firstText(n.path("datePublished"), n.path("reviewDate"), n.path("dateCreated")));
        return check(claim, claimant, outlet, reviewed, verdict, n.path("url").asText(""));
    }

    private static PublishedCheck check(String claim, String claimant, String outlet, LocalDate date, String rating,
                                        String url) {
        String c = claim == null ? "" : claim.replaceAll("\\s+", " ").strip();
        return new PublishedCheck(idFor(url, c), c, claimant.strip(), outlet.strip(), date, rating.strip(), url.strip());
    }

    private void add(PublishedCheck c) {
        if (!c.claim().isBlank()) {
            found.put(c.id(), c);
        }
    }

    /** An author or publisher: an object with a name, an array of them (the first), or a plain string. */
    private static String name(JsonNode n) {
        if (n.isArray()) {
            return n.isEmpty() ? "" : name(n.get(0));
        }
        if (n.isTextual()) {
            return n.asText();
        }
        return firstText(n.path("name"), n.path("alternateName"), n.path("url"));
    }

    private static boolean isType(JsonNode n, String type) {
        JsonNode t = n.path("@type");
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (x.asText().equalsIgnoreCase(type) || x.asText().endsWith("/" + type)) {
                    return true;
                }
            }
            return false;
        }
        return t.asText().equalsIgnoreCase(type) || t.asText().endsWith("/" + type);
    }

    private static String firstText(JsonNode... nodes) {
        for (JsonNode n : nodes) {
            if (n != null && n.isValueNode() && !n.asText().isBlank()) {
                return n.asText().strip();
            }
        }
        return "";
    }

    /** "2024-03-02", "2024-03-02T10:00:00Z", "March 2, 2024" ...; null when there is no readable day. */
    static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (t.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            try {
                return LocalDate.parse(t.substring(0, 10));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        try {
            return org.factdesk.read.page.Dates.parseWritten(t);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Stable: the same review imported twice is one. */
    static String idFor(String url, String claim) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((url + "\n" + claim).getBytes(StandardCharsets.UTF_8));
            return "cr-" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
