package org.factdesk.read.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.factdesk.read.page.Block;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article body a page states in its JSON-LD ({@code "articleBody"} of a NewsArticle, BlogPosting...):
 * the fallback when the markup gives too little, as on pages that build their text with scripts.
 */
final class StructuredBody {
    /** Lenient about what pages really write: raw line breaks in the body's string, trailing commas, comments. */
    private static final ObjectMapper JSON = JsonMapper.builder(new JsonFactory())
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    /** JSON-LD larger than this is not read (a page's own data, not its article). */
    private static final int MAX_SCRIPT_CHARS = 2_000_000;

    private StructuredBody() {
    }

    /**
     * The page's JSON-LD blocks that state an articleBody, unparsed: take them before the scripts are removed,
     * and parse them ({@link #articleBody(List)}) only if the markup gives too little.
     */
    static List<String> withArticleBody(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element script : doc.getElementsByTag("script")) {
            if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            String data = script.data();
            if (data.length() <= MAX_SCRIPT_CHARS && data.contains("articleBody")) {
                out.add(data);
            }
        }
        return out;
    }

    /** The longest articleBody in the page's JSON-LD, or empty. */
    static String articleBody(Document doc) {
        return articleBody(withArticleBody(doc));
    }

    /** The longest articleBody in these JSON-LD blocks, or empty. */
    static String articleBody(List<String> scripts) {
        String best = "";
        for (String data : scripts) {
            JsonNode root;
            try {
                root = JSON.readTree(data.strip());
            } catch (JsonProcessingException | RuntimeException e) {
                continue; // broken JSON-LD is common; the markup is read anyway
            }
            Deque<JsonNode> todo = new ArrayDeque<>();
            todo.push(root);
            while (!todo.isEmpty()) {
                JsonNode n = todo.pop();
                if (n.isObject()) {
                    JsonNode body = n.get("articleBody");
                    if (body != null && body.isTextual() && body.asText().length() > best.length()) {
                        best = body.asText();
                    }
                }
                if (n.isContainerNode()) {
                    n.elements().forEachRemaining(todo::push);
                }
            }
        }
        return best.strip();
    }

    /** The body as paragraphs: its line breaks, or the whole as one paragraph. */
    static List<Block> blocks(String body) {
        List<Block> out = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        if (body.indexOf('<') >= 0 && body.indexOf('>') > 0) {
            Document html = Jsoup.parseBodyFragment(body); // some sites put HTML in it
            for (Element p : html.select("p, li, h2, h3, h4, blockquote")) {
                lines.add(p.text());
            }
            if (lines.isEmpty()) {
                lines.add(html.text());
            }
        } else {
            lines.addAll(List.of(body.split("\\n")));
        }
        for (String line : lines) {
            String t = line.replaceAll("\\s+", " ").strip();
            if (!t.isEmpty()) {
                out.add(Block.paragraph(t));
            }
        }
        return out;
    }
}
