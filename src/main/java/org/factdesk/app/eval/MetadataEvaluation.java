package org.factdesk.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.model.Article;

/**
 * Title, byline, site and date accuracy on saved pages with known metadata (Mozilla Readability's test
 * pages): the share of pages whose gold field is not null and whose extracted field equals it, ignoring
 * case and runs of white space; dates are compared by their day as written.
 */
public final class MetadataEvaluation {
    private static final String[] FIELDS = {"title", "byline", "siteName", "publishedTime"};
    private static final String[] METRICS = {"title_accuracy", "byline_accuracy", "site_accuracy", "date_accuracy"};

    private MetadataEvaluation() {
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
        int[] right = new int[FIELDS.length];
        int[] total = new int[FIELDS.length];
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : truth.entrySet()) {
            String key = e.getKey();
            byte[] html;
            try {
                html = PageEvaluation.page(pages, key);
            } catch (PageEvaluation.BadInput ex) {
                err.println(ex.getMessage());
                return 2;
            }
            Article a = PageEvaluation.read(html, null, key, err);
            ObjectNode predicted = PageEvaluation.prediction(mapper, a);
            predictions.set(key, predicted);
            for (int f = 0; f < FIELDS.length; f++) {
                String gold = PageEvaluation.text(e.getValue(), FIELDS[f]);
                if (gold == null) {
                    continue;
                }
                total[f]++;
                String got = PageEvaluation.text(predicted, FIELDS[f]);
                if (same(FIELDS[f], gold, got)) {
                    right[f]++;
                } else {
                    misses.add(String.format("  %-13s %-28s gold %s | got %s", FIELDS[f], key, quote(gold), quote(got)));
                }
            }
        }
        PageEvaluation.writeOut(out, predictions);
        stdout.println("Misses:");
        misses.forEach(stdout::println);
        StringBuilder json = new StringBuilder("{\"task\":\"metadata\",\"n\":" + truth.size());
        for (int f = 0; f < FIELDS.length; f++) {
            double acc = total[f] == 0 ? 0 : (double) right[f] / total[f];
            stdout.printf(Locale.ROOT, "%-15s %.3f (%d of %d)%n", METRICS[f], acc, right[f], total[f]);
            json.append(String.format(Locale.ROOT, ",\"%s\":%.4f", METRICS[f], acc));
        }
        stdout.println(json.append('}'));
        return 0;
    }

    static boolean same(String field, String gold, String got) {
        if (got == null) {
            return false;
        }
        if (field.equals("publishedTime")) {
            return day(gold).equals(day(got));
        }
        return norm(gold).equals(norm(got));
    }

    private static String day(String s) {
        String t = s.strip();
        return t.length() >= 10 ? t.substring(0, 10) : t;
    }

    private static String norm(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String quote(String s) {
        if (s == null) {
            return "null";
        }
        return "\"" + (s.length() > 60 ? s.substring(0, 57) + "..." : s) + "\"";
    }
}
