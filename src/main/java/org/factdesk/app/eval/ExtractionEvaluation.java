package org.factdesk.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.model.Article;

/**
 * Article-body extraction measured the Zyte article-extraction benchmark's way: tokens are {@code \w+} runs,
 * a text is its multiset of 4-token shingles, TP/FP/FN are counted per page and normalised by their sum,
 * precision and recall are means over the pages, F1 their harmonic mean.
 */
public final class ExtractionEvaluation {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;

    /** One page's normalised counts. */
    record Counts(double tp, double fp, double fn) {
    }

    private ExtractionEvaluation() {
    }

    public static int run(Path pages, Path truthFile, Path out, PrintStream stdout, PrintStream err) {
        Map<String, JsonNode> truth;
        try {
            truth = PageEvaluation.truth(truthFile);
        } catch (PageEvaluation.BadInput e) {
            err.println(e.getMessage());
            return 2;
        }
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode predictions = mapper.createObjectNode();
        List<Counts> counts = new ArrayList<>();
        List<String[]> worst = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, JsonNode> e : truth.entrySet()) {
            String key = e.getKey();
            String gold = PageEvaluation.text(e.getValue(), "articleBody");
            if (gold == null) {
                err.println(truthFile + ": the entry for '" + key + "' has no articleBody");
                return 2;
            }
            byte[] html;
            try {
                html = PageEvaluation.page(pages, key);
            } catch (PageEvaluation.BadInput ex) {
                err.println(ex.getMessage());
                return 2;
            }
            Article a = PageEvaluation.read(html, PageEvaluation.text(e.getValue(), "url"), key, err);
            predictions.set(key, PageEvaluation.prediction(mapper, a));
            Counts c = match(gold, a == null ? "" : a.text());
            counts.add(c);
            double f1 = f1(c);
            worst.add(new String[] {key, String.format(Locale.ROOT, "%.3f", f1),
                    String.format(Locale.ROOT, "P %.3f R %.3f", precision(c), recall(c))});
            if (++i % 20 == 0) {
                err.printf("%d/%d pages%n", i, truth.size());
            }
        }
        PageEvaluation.writeOut(out, predictions);
        worst.sort(Comparator.comparingDouble(w -> Double.parseDouble(w[1])));
        stdout.println("Worst pages (F1, precision, recall):");
        for (String[] w : worst.subList(0, Math.min(10, worst.size()))) {
            stdout.printf("  %s  %s  %s%n", w[1], w[2], w[0]);
        }
        double p = counts.stream().filter(c -> c.tp + c.fp > 0).mapToDouble(ExtractionEvaluation::precision)
                .average().orElse(0);
        double r = counts.stream().filter(c -> c.tp + c.fn > 0).mapToDouble(ExtractionEvaluation::recall)
                .average().orElse(0);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        stdout.printf(Locale.ROOT, "{\"task\":\"extraction\",\"n\":%d,\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f}%n",
                counts.size(), p, r, f);
        return 0;
    }

    /** The benchmark's shingle matching of one page. */
    static Counts match(String gold, String predicted) {
        Map<List<String>, Integer> g = shingles(gold);
        Map<List<String>, Integer> p = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : g.entrySet()) {
            int pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), pc);
            fn += Math.max(0, e.getValue() - pc);
        }
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            fp += Math.max(0, e.getValue() - g.getOrDefault(e.getKey(), 0));
        }
        double s = tp + fp + fn;
        return s > 0 ? new Counts(tp / s, fp / s, fn / s) : new Counts(0, 0, 0);
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
            List<String> s = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
            if (!s.isEmpty()) {
                out.merge(List.copyOf(s), 1, Integer::sum);
            }
        }
        return out;
    }

    static double precision(Counts c) {
        if (c.fp == 0 && c.fn == 0) {
            return 1;
        }
        return c.tp == 0 && c.fp == 0 ? 0 : c.tp / (c.tp + c.fp);
    }

    static double recall(Counts c) {
        if (c.fp == 0 && c.fn == 0) {
            return 1;
        }
        return c.tp == 0 && c.fn == 0 ? 0 : c.tp / (c.tp + c.fn);
    }

    private static double f1(Counts c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
