package org.factdesk.read.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org description a page gives of itself in {@code <script type="application/ld+json">}: the
 * first article-like node (a NewsArticle, BlogPosting, ReportageNewsArticle ... at the top, in an array or
 * in an {@code @graph}), and, apart from it, the first WebPage-like node or ClaimReview, which is weaker
 * evidence (a page's name is often its title with the site's name, its dates those of the page).
 *
 * <p>Blocks that are not JSON, or not schema.org, are skipped: a broken block never stops reading the page.
 */
public record JsonLdArticle(String title, String byline, String authorText, String siteName, String published,
                            String modified, String url, String language) {
    static final JsonLdArticle NONE = new JsonLdArticle("", "", "", "", "", "", "", "");

    /**
     * The schema.org article types (and their subtypes) as Readability names them; it matches them unanchored
     * in the middle, so "ReportageNewsArticle" or "OpinionNewsArticle" match too.
     */
    private static final Pattern ARTICLE_TYPE = Pattern.compile("^Article|AdvertiserContentArticle|NewsArticle"
            + "|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNews"
            + "|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle"
            + "|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference$");
    /** WebPage and its kinds (MedicalWebPage, ItemPage ...), and the ClaimReview a fact-check page describes itself by. */
    private static final Pattern PAGE_TYPE = Pattern.compile("Page$|^ClaimReview$");
    /** Page-like nodes merged, field by field, in document order (a WebPage with the name, a ClaimReview with the date). */
    private static final int MAX_PAGE_NODES = 20;
    private static final Pattern SCHEMA_ORG = Pattern.compile("^https?://schema\\.org/?$");

    /** Lenient about what pages really write: raw line breaks in strings, trailing commas, comments. */
    private static final ObjectMapper JSON = JsonMapper.builder(new JsonFactory())
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    /**
     * The article node of a document's JSON-LD, and what its page-like nodes say (each field from the first that
     * has it); either is {@link #NONE} when absent.
     */
    public record Found(JsonLdArticle article, JsonLdArticle page) {
    }

    /**
     * @param htmlTitle the title cleaned from {@code <title>}: when a node has both a name and a headline that
     *                  differ, the one that resembles it is the article's title (some sites put their own name in
     *                  "name")
     */
    public static Found find(Document doc, Supplier<String> htmlTitle) {
        JsonNode article = null;
        JsonLdArticle page = NONE;
        for (Element script : doc.select("script[type]")) {
            if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            JsonNode root = parse(script.data());
            if (root == null) {
                continue;
            }
            List<JsonNode> nodes = candidates(root);
            if (article == null) {
                article = first(nodes, ARTICLE_TYPE);
            }
            if (!page.complete()) {
                for (JsonNode n : all(nodes, PAGE_TYPE)) {
                    page = page.orElse(of(n, htmlTitle));
                }
            }
        }
        return new Found(article == null ? NONE : of(article, htmlTitle), page);
    }

    /** Each field of this, or where it is empty, of {@code other}. */
    JsonLdArticle orElse(JsonLdArticle other) {
        return new JsonLdArticle(or(title, other.title), or(byline, other.byline), or(authorText, other.authorText),
                or(siteName, other.siteName), or(published, other.published), or(modified, other.modified),
                or(url, other.url), or(language, other.language));
    }

    private boolean complete() {
        return !title.isEmpty() && !byline.isEmpty() && !siteName.isEmpty() && !published.isEmpty()
                && !modified.isEmpty() && !url.isEmpty() && !language.isEmpty();
    }

    private static String or(String a, String b) {
        return a.isEmpty() ? b : a;
    }

    static JsonNode parse(String text) {
        String json = withoutCdata(text.strip());
        if (json.isEmpty()) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException | RuntimeException e) {
            return null; // not JSON, or nested past the parser's limit: this block says nothing
        }
    }

    /** The JSON inside a {@code <![CDATA[ ... ]]>} wrapper (which some pages put around it). */
    private static String withoutCdata(String s) {
        String t = s;
        if (t.startsWith("<![CDATA[")) {
            t = t.substring("<![CDATA[".length());
        }
        if (t.endsWith("]]>")) {
            t = t.substring(0, t.length() - "]]>".length());
        }
        return t.strip();
    }

    /**
     * The nodes that can describe the page, in document order: the top object (when it is schema.org), the
     * items of a top array, and the members of an {@code @graph}.
     */
    private static List<JsonNode> candidates(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        List<JsonNode> tops = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(tops::add);
        } else {
            tops.add(root);
        }
        for (JsonNode top : tops) {
            if (!top.isObject() || !isSchemaOrg(top.get("@context"))) {
                continue;
            }
            if (top.has("@type")) {
                out.add(top);
            }
            JsonNode graph = top.get("@graph");
            if (graph != null && graph.isArray()) {
                graph.forEach(out::add);
            }
        }
        return out;
    }

    /** "https://schema.org", or a context object whose {@code @vocab} is schema.org. */
    private static boolean isSchemaOrg(JsonNode context) {
        if (context == null) {
            return false;
        }
        if (context.isTextual()) {
            return SCHEMA_ORG.matcher(context.asText().strip()).find();
        }
        if (context.isObject()) {
            JsonNode vocab = context.get("@vocab");
            return vocab != null && vocab.isTextual() && SCHEMA_ORG.matcher(vocab.asText().strip()).find();
        }
        if (context.isArray()) {
            for (JsonNode c : context) {
                if (isSchemaOrg(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first node of a type the pattern finds. */
    private static JsonNode first(List<JsonNode> nodes, Pattern type) {
        List<JsonNode> found = all(nodes, type, 1);
        return found.isEmpty() ? null : found.getFirst();
    }

    private static List<JsonNode> all(List<JsonNode> nodes, Pattern type) {
        return all(nodes, type, MAX_PAGE_NODES);
    }

    /** Up to {@code limit} nodes of a type the pattern finds; each type name is tried once (graphs repeat them). */
    private static List<JsonNode> all(List<JsonNode> nodes, Pattern type, int limit) {
        Map<String, Boolean> verdicts = new HashMap<>();
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode n : nodes) {
            if (found.size() >= limit) {
                break;
            }
            if (n.isObject() && hasType(n.get("@type"), t -> verdicts.computeIfAbsent(t, x -> type.matcher(x).find()))) {
                found.add(n);
            }
        }
        return found;
    }

    private static boolean hasType(JsonNode type, Predicate<String> matches) {
        if (type == null) {
            return false;
        }
        if (type.isTextual()) {
            return matches.test(type.asText());
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.isTextual() && matches.test(t.asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static JsonLdArticle of(JsonNode n, Supplier<String> htmlTitle) {
        if (hasType(n.get("@type"), "ClaimReview"::equals)) {
            // A ClaimReview's author is the fact-checking organisation: the outlet, not a byline.
            String outlet = or(name(n.get("publisher")), authors(n.get("author"), true));
            return new JsonLdArticle(title(n, htmlTitle), "", "", outlet, text(n.get("datePublished")),
                    text(n.get("dateModified")), url(n), language(n.get("inLanguage")));
        }
        return new JsonLdArticle(title(n, htmlTitle), authors(n.get("author"), false),
                authors(n.get("author"), true), name(n.get("publisher")),
                text(n.get("datePublished")), text(n.get("dateModified")), url(n), language(n.get("inLanguage")));
    }


    private static String title(JsonNode n, Supplier<String> htmlTitle) {
        String name = text(n.get("name"));
        String headline = text(n.get("headline"));
        if (!name.isEmpty() && !headline.isEmpty() && !name.equals(headline)) {
            String title = htmlTitle.get();
            boolean nameMatches = similarity(name, title) > 0.75;
            boolean headlineMatches = similarity(headline, title) > 0.75;
            return headlineMatches && !nameMatches ? headline : name;
        }
        return name.isEmpty() ? headline : name;
    }

    /**
     * How much of {@code b} is also in {@code a}: 1 minus the share of b's text (its ASCII word tokens, joined by
     * spaces) made of tokens that a lacks. Readability's measure, so that the same title is chosen.
     */
    static double similarity(String a, String b) {
        List<String> tokensA = tokens(a);
        List<String> tokensB = tokens(b);
        if (tokensA.isEmpty() || tokensB.isEmpty()) {
            return 0;
        }
        Set<String> inA = new HashSet<>(tokensA);
        List<String> uniqueB = tokensB.stream().filter(t -> !inA.contains(t)).toList();
        return 1 - (double) String.join(" ", uniqueB).length() / String.join(" ", tokensB).length();
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String t : s.toLowerCase(Locale.ROOT).split("[^A-Za-z0-9_]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The authors' names joined by ", ": from an object with a name or an array of such objects; with
     * {@code plainToo}, also from a plain string or an array of strings (which Readability does not read, so
     * they come after the page's {@code <meta>} authors).
     */
    static String authors(JsonNode author, boolean plainToo) {
        if (author == null) {
            return "";
        }
        if (author.isTextual()) {
            return plainToo ? author.asText().strip() : "";
        }
        if (author.isObject()) {
            return name(author);
        }
        if (author.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode a : author) {
                String name = a.isTextual() && plainToo ? a.asText().strip() : a.isObject() ? name(a) : "";
                if (!name.isEmpty() && !names.contains(name)) {
                    names.add(name);
                }
            }
            return String.join(", ", names);
        }
        return "";
    }

    /** The name of a Person or Organization object (or of the first of an array of them). */
    private static String name(JsonNode o) {
        if (o == null) {
            return "";
        }
        if (o.isArray()) {
            return o.isEmpty() ? "" : name(o.get(0));
        }
        JsonNode name = o.get("name");
        if (name != null && name.isArray() && !name.isEmpty()) {
            name = name.get(0);
        }
        return text(name);
    }

    private static String url(JsonNode n) {
        String url = text(n.get("url"));
        if (!url.isEmpty()) {
            return url;
        }
        JsonNode main = n.get("mainEntityOfPage");
        if (main == null) {
            return "";
        }
        if (main.isTextual()) {
            return main.asText().strip();
        }
        return text(main.get("@id")).isEmpty() ? text(main.get("url")) : text(main.get("@id"));
    }

    private static String language(JsonNode lang) {
        if (lang != null && lang.isObject()) {
            String code = text(lang.get("alternateName"));
            return code.isEmpty() ? text(lang.get("name")) : code;
        }
        return text(lang);
    }

    /** A string value, stripped; empty for anything else (numbers, objects, null). */
    private static String text(JsonNode n) {
        return n != null && n.isTextual() ? n.asText().strip() : "";
    }
}
