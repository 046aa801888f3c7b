package org.factdesk.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.extract.attribution.AttributionExtractor;
import org.factdesk.extract.attribution.AttributionMatching;
import org.factdesk.model.Attribution;
import org.factdesk.model.Span;

/**
 * Scores the attribution finder on PolNeAR-style JSONL (EVALUATION.md). A gold attribution is
 * found when a predicted one, not used for another gold one, has a cue overlapping the gold cue and
 * a content covering at least half of the gold content's characters. The source of a found one
 * matches when both sources are absent, or both are present and their spans overlap.
 */
public final class AttributionEvaluation {
    private static final int EXAMPLES = 12;

    private AttributionEvaluation() {}

    /** One labelled article; {@code reversed} counts gold attributions left out (see {@link #parse}). */
    record Item(String id, String text, List<Attribution> gold, int reversed) {}

    /** Thrown for a line that does not follow the format; carries its 1-based line number. */
    static final class FormatException extends Exception {
        final long line;

        FormatException(long line, String message) {
            super(message);
            this.line = line;
        }
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: AttributionEvaluation FILE.jsonl");
            System.exit(2);
        }
        System.exit(run(Path.of(args[0]), System.out, System.err));
    }

    public static int run(Path data, PrintStream out, PrintStream err) {
        List<Item> items;
        try {
            items = read(data);
        } catch (FormatException e) {
            err.println(data + ":" + e.line + ": " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println(data + ": cannot read: " + e.getMessage());
            return 2;
        }
        AttributionExtractor extractor = new AttributionExtractor();
        int gold = 0;
        int predicted = 0;
        int foundCount = 0;
        int sourceOk = 0;
        List<String> misses = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        List<String> wrongSource = new ArrayList<>();
        long nanos = 0;
        for (Item item : items) {
            long t0 = System.nanoTime();
            List<Attribution> pred = extractor.extract(item.text());
            nanos += System.nanoTime() - t0;
            gold += item.gold().size();
            predicted += pred.size();
            int[] match = AttributionMatching.match(item.gold(), pred);
            boolean[] used = new boolean[pred.size()];
            for (int gi = 0; gi < match.length; gi++) {
                Attribution g = item.gold().get(gi);
                int best = match[gi];
                if (best < 0) {
                    if (misses.size() < EXAMPLES) {
                        misses.add(describe(item, g, pred));
                    }
                    continue;
                }
                used[best] = true;
                foundCount++;
                if (AttributionMatching.sourceMatches(pred.get(best).source(), g.source())) {
                    sourceOk++;
                } else if (wrongSource.size() < EXAMPLES) {
                    wrongSource.add(item.id() + ": gold source " + quote(item.text(), g.source())
                            + ", predicted " + quote(item.text(), pred.get(best).source())
                            + " at cue " + quote(item.text(), g.cue()));
                }
            }
            for (int p = 0; p < pred.size(); p++) {
                if (!used[p] && spurious.size() < EXAMPLES) {
                    Attribution a = pred.get(p);
                    spurious.add(item.id() + ": " + quote(item.text(), a.source()) + " / "
                            + quote(item.text(), a.cue()) + " / " + clip(quote(item.text(), a.content())));
                }
            }
        }
        double precision = predicted == 0 ? 0 : (double) foundCount / predicted;
        double recall = gold == 0 ? 0 : (double) foundCount / gold;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double sourceAccuracy = foundCount == 0 ? 0 : (double) sourceOk / foundCount;
        printExamples(out, "Missed (gold not found)", misses);
        printExamples(out, "Spurious (predicted, not in gold)", spurious);
        printExamples(out, "Found with the wrong source", wrongSource);
        int reversed = items.stream().mapToInt(Item::reversed).sum();
        if (reversed > 0) {
            out.printf(Locale.ROOT, "left out %d gold attributions whose content span is reversed (end < start)%n",
                    reversed);
        }
        out.printf(Locale.ROOT, "articles %d, gold %d, predicted %d, found %d, source correct %d%n",
                items.size(), gold, predicted, foundCount, sourceOk);
        out.printf(Locale.ROOT, "precision %.4f  recall %.4f  f1 %.4f  source accuracy %.4f%n",
                precision, recall, f1, sourceAccuracy);
        out.printf(Locale.ROOT, "extraction time %.2f ms per article%n", nanos / 1e6 / Math.max(1, items.size()));
        out.printf(Locale.ROOT,
                "{\"task\":\"attribution\",\"n\":%d,\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f,\"source_accuracy\":%.4f}%n",
                gold, precision, recall, f1, sourceAccuracy);
        return 0;
    }

    static double coverage(Span predicted, Span gold) {
        return AttributionMatching.coverage(predicted, gold);
    }

    static boolean sourceMatches(Span predicted, Span gold) {
        return AttributionMatching.sourceMatches(predicted, gold);
    }

    static List<Item> read(Path data) throws IOException, FormatException {
        ObjectMapper json = new ObjectMapper();
        return JsonLines.read(data, (line, number) -> parse(json, line, number));
    }

    private static Item parse(ObjectMapper json, String line, long number) throws FormatException {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new FormatException(number, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new FormatException(number, "expected one JSON object per line");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            throw new FormatException(number, "missing string field \"text\"");
        }
        JsonNode list = node.get("attributions");
        if (list == null || !list.isArray()) {
            throw new FormatException(number, "missing array field \"attributions\"");
        }
        String body = text.asText();
        String id = node.hasNonNull("id") ? node.get("id").asText() : "line " + number;
        List<Attribution> gold = new ArrayList<>();
        int reversed = 0;
        for (int i = 0; i < list.size(); i++) {
            JsonNode a = list.get(i);
            String where = "attribution " + (i + 1);
            if (reversedContent(a.get("content"))) {
                // PolNeAR's export writes some discontinuous contents as [end of first piece, start of
                // the gap] with end < start; the real extent is lost, so these are counted and left out
                reversed++;
                continue;
            }
            Span source = a.hasNonNull("source") ? span(a.get("source"), body, number, where + " source") : null;
            Span cue = span(a.get("cue"), body, number, where + " cue");
            Span content = span(a.get("content"), body, number, where + " content");
            gold.add(new Attribution(source, cue, content, null, false));
        }
        return new Item(id, body, gold, reversed);
    }

    private static boolean reversedContent(JsonNode node) {
        return node != null && node.isArray() && node.size() == 2 && node.get(0).isInt() && node.get(1).isInt()
                && node.get(1).asInt() < node.get(0).asInt() && node.get(1).asInt() >= 0;
    }

    private static Span span(JsonNode node, String text, long line, String what) throws FormatException {
        if (node == null || !node.isArray() || node.size() != 2 || !node.get(0).isInt() || !node.get(1).isInt()) {
            throw new FormatException(line, what + " must be [start, end] character offsets");
        }
        int s = node.get(0).asInt();
        int e = node.get(1).asInt();
        if (s < 0 || e < s || e > text.length()) {
            throw new FormatException(line, what + " [" + s + ", " + e + "] lies outside the text (length "
                    + text.length() + ")");
        }
        return new Span(s, e);
    }

    private static String describe(Item item, Attribution g, List<Attribution> pred) {
        StringBuilder sb = new StringBuilder(item.id()).append(": ")
                .append(quote(item.text(), g.source())).append(" / ").append(quote(item.text(), g.cue()))
                .append(" / ").append(clip(quote(item.text(), g.content())));
        for (Attribution p : pred) {
            if (p.cue().overlaps(g.cue())) {
                sb.append("\n      predicted content ").append(clip(quote(item.text(), p.content())));
            }
        }
        return sb.toString();
    }

    private static String quote(String text, Span span) {
        return span == null ? "-" : "[" + text.substring(span.start(), span.end()).replace('\n', ' ') + "]";
    }

    private static String clip(String s) {
        return s.length() <= 140 ? s : s.substring(0, 100) + " ... " + s.substring(s.length() - 35);
    }

    private static void printExamples(PrintStream out, String title, List<String> lines) {
        out.println(title + ":");
        for (String l : lines) {
            out.println("  " + l);
        }
    }
}
