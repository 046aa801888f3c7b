package org.factdesk.app.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.extract.quantity.QuantityExtractor;
import org.factdesk.extract.quantity.Units;
import org.factdesk.model.Quantity;

/**
 * Measures {@link QuantityExtractor} on a NewsQuant-style file: a JSON list of {@code {text,
 * quantities:[{value, unit, normalized_unit, change}]}}. A gold quantity is found when an unmatched
 * prediction has the same value (ranges: both ends; relative tolerance 1e-6); for value+unit the
 * unit must also match: the predicted unit, or its canonical name ({@link Units#canonical}), equals
 * the gold {@code unit} or {@code normalized_unit}, ignoring case and a plural s (no unit matches
 * "-"); for value+change the qualifier must equal the gold {@code change} ("<=" and ">=" count as "<"
 * and ">"). A change "from X to Y" is counted as its two numbers ({@link #asCounted}). Last output line: JSON.
 *
 * <p>Run: {@code java -cp target/classes:... org.factdesk.app.eval.QuantityEvaluation FILE.json}
 */
public final class QuantityEvaluation {
    private static final Pattern VALUE = Pattern.compile(
            "^\\s*(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)\\s*(?:-\\s*(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?))?\\s*$");

    private QuantityEvaluation() {
    }

    record Gold(double value, Double upper, String unit, String normalizedUnit, String change) {
    }

    record Item(long line, String text, List<Gold> gold) {
    }

    /** Thrown for a malformed input file; the message is "FILE:LINE: what is wrong". */
    static final class MalformedInput extends Exception {
        MalformedInput(Path file, long line, String message) {
            super(file + ":" + line + ": " + message);
        }
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: QuantityEvaluation FILE.json");
            System.exit(2);
        }
        System.exit(run(Path.of(args[0]), System.out, System.err));
    }

    public static int run(Path data, PrintStream out, PrintStream err) {
        List<Item> items;
        try {
            items = read(data);
        } catch (MalformedInput e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println(data + ":0: cannot read the file: " + e.getMessage());
            return 2;
        }
        QuantityExtractor extractor = new QuantityExtractor();
        Score value = new Score();
        Score valueUnit = new Score();
        Score valueChange = new Score();
        List<String[]> errors = new ArrayList<>();
        List<String> unitErrors = new ArrayList<>();
        List<String> changeErrors = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Item item : items) {
            List<Quantity> predicted = asCounted(extractor.extract(item.text()));
            int v = value.add(item.gold(), predicted, QuantityEvaluation::sameValue);
            int vu = valueUnit.add(item.gold(), predicted, (g, p) -> sameValue(g, p) && sameUnit(g, p));
            int vc = valueChange.add(item.gold(), predicted, (g, p) -> sameValue(g, p) && sameChange(g, p));
            mismatches(item, predicted, unitErrors, changeErrors);
            int missed = (item.gold().size() - v) + (predicted.size() - v);
            int wrongDetail = (v - vu) + (v - vc);
            if (missed + wrongDetail > 0) {
                errors.add(new String[] {Integer.toString(missed * 10 + wrongDetail), describe(item, predicted)});
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        errors.sort(Comparator.comparingInt((String[] e) -> Integer.parseInt(e[0])).reversed());
        out.println("Worst errors (gold: value unit change | predicted: value unit qualifier):");
        errors.stream().limit(40).forEach(e -> out.println(e[1]));
        out.println("\nRight value, wrong unit (gold unit / normalized | predicted):");
        unitErrors.stream().limit(60).forEach(out::println);
        out.println("\nRight value, wrong change (gold | predicted):");
        changeErrors.stream().limit(40).forEach(out::println);
        out.printf(Locale.ROOT, "%n%-12s %9s %9s %9s%n", "measure", "precision", "recall", "f1");
        out.printf(Locale.ROOT, "%-12s %9.3f %9.3f %9.3f%n", "value", value.precision(), value.recall(), value.f1());
        out.printf(Locale.ROOT, "%-12s %9.3f %9.3f %9.3f%n", "value+unit", valueUnit.precision(), valueUnit.recall(), valueUnit.f1());
        out.printf(Locale.ROOT, "%-12s %9.3f %9.3f %9.3f%n", "value+change", valueChange.precision(), valueChange.recall(), valueChange.f1());
        out.printf(Locale.ROOT, "%d sentences, %d gold, %d predicted quantities, %.1f ms%n",
                items.size(), value.gold, value.predicted, ms);
        out.printf(Locale.ROOT, "{\"task\":\"quantities\",\"n\":%d,\"gold\":%d,\"predicted\":%d,"
                        + "\"value_precision\":%.4f,\"value_recall\":%.4f,\"value_f1\":%.4f,"
                        + "\"value_unit_precision\":%.4f,\"value_unit_recall\":%.4f,\"value_unit_f1\":%.4f,"
                        + "\"value_change_precision\":%.4f,\"value_change_recall\":%.4f,\"value_change_f1\":%.4f}%n",
                items.size(), value.gold, value.predicted,
                value.precision(), value.recall(), value.f1(),
                valueUnit.precision(), valueUnit.recall(), valueUnit.f1(),
                valueChange.precision(), valueChange.recall(), valueChange.f1());
        return 0;
    }

    /**
     * The quantities as a one-number-per-mention gold list counts them: a change "from 6,004 to 600"
     * (one quantity with {@code from}) states two numbers, the earlier figure and the new one, both
     * in the change's direction.
     */
    static List<Quantity> asCounted(List<Quantity> extracted) {
        List<Quantity> out = new ArrayList<>(extracted.size());
        for (Quantity q : extracted) {
            if (q.from() != null) {
                out.add(new Quantity(q.surface(), q.start(), q.end(), q.from(), null, q.unit(), q.qualifier(), q.vague()));
            }
            out.add(q);
        }
        return out;
    }

    /** Pairs whose value matched but whose unit or change did not, for the error listing. */
    private static void mismatches(Item item, List<Quantity> predicted, List<String> units, List<String> changes) {
        boolean[] used = new boolean[predicted.size()];
        for (Gold g : item.gold()) {
            for (int k = 0; k < predicted.size(); k++) {
                Quantity p = predicted.get(k);
                if (!used[k] && sameValue(g, p)) {
                    used[k] = true;
                    String where = String.format(Locale.ROOT, "  line %d %s: ", item.line(), num(g.value(), g.upper()));
                    if (!sameUnit(g, p)) {
                        units.add(where + g.unit() + " / " + g.normalizedUnit() + " | " + (p.unit().isEmpty() ? "-" : p.unit())
                                + "   << " + p.surface());
                    }
                    if (!sameChange(g, p)) {
                        changes.add(where + g.change() + " | " + p.qualifier() + "   << " + context(item.text(), p));
                    }
                    break;
                }
            }
        }
    }

    private static String context(String text, Quantity p) {
        int from = Math.max(0, p.start() - 40);
        int to = Math.min(text.length(), p.end() + 15);
        return text.substring(from, to).replace('\n', ' ');
    }

    private static String describe(Item item, List<Quantity> predicted) {
        StringBuilder sb = new StringBuilder();
        sb.append("  line ").append(item.line()).append(": ").append(item.text()).append('\n');
        sb.append("    gold:");
        for (Gold g : item.gold()) {
            sb.append(String.format(Locale.ROOT, " [%s %s %s]", num(g.value(), g.upper()), g.unit(), g.change()));
        }
        sb.append("\n    pred:");
        for (Quantity p : predicted) {
            sb.append(String.format(Locale.ROOT, " [%s %s %s]", num(p.value(), p.upper()), p.unit().isEmpty() ? "-" : p.unit(), p.qualifier()));
        }
        return sb.toString();
    }

    private static String num(double v, Double upper) {
        String s = java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return upper == null ? s : s + "-" + java.math.BigDecimal.valueOf(upper).stripTrailingZeros().toPlainString();
    }

    static boolean sameValue(Gold g, Quantity p) {
        if (!close(g.value(), p.value())) {
            return false;
        }
        if (g.upper() == null || p.upper() == null) {
            return g.upper() == null && p.upper() == null;
        }
        return close(g.upper(), p.upper());
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    static boolean sameUnit(Gold g, Quantity p) {
        String pred = norm(p.unit());
        String canonical = norm(Units.canonical(p.unit()));
        String unit = norm(g.unit());
        String normalized = norm(g.normalizedUnit());
        return pred.equals(unit) || pred.equals(normalized) || canonical.equals(unit) || canonical.equals(normalized);
    }

    private static String norm(String unit) {
        String u = unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT);
        if (u.equals("-")) {
            return "";
        }
        return u.endsWith("s") && u.length() > 1 ? u.substring(0, u.length() - 1) : u;
    }

    static boolean sameChange(Gold g, Quantity p) {
        String q = switch (p.qualifier()) {
            case "<=" -> "<";
            case ">=" -> ">";
            default -> p.qualifier();
        };
        return q.equals(g.change().strip());
    }

    /** Counts matches greedily: each gold quantity takes the first unmatched prediction that fits. */
    private static final class Score {
        int gold;
        int predicted;
        int matched;

        int add(List<Gold> golds, List<Quantity> preds, BiPredicate<Gold, Quantity> fits) {
            boolean[] used = new boolean[preds.size()];
            int m = 0;
            for (Gold g : golds) {
                for (int k = 0; k < preds.size(); k++) {
                    if (!used[k] && fits.test(g, preds.get(k))) {
                        used[k] = true;
                        m++;
                        break;
                    }
                }
            }
            gold += golds.size();
            predicted += preds.size();
            matched += m;
            return m;
        }

        double precision() {
            return predicted == 0 ? 0 : (double) matched / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    // ---------------------------------------------------------------------------------------------

    static List<Item> read(Path file) throws IOException, MalformedInput {
        ObjectMapper mapper = new ObjectMapper();
        List<Item> items = new ArrayList<>();
        try (JsonParser parser = new JsonFactory(mapper).createParser(Files.newBufferedReader(file))) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw new MalformedInput(file, line(parser), "expected a JSON list of {text, quantities} objects");
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                long line = line(parser);
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    throw new MalformedInput(file, line, "expected an object {text, quantities}, found " + parser.currentToken());
                }
                JsonNode node = mapper.readTree(parser);
                items.add(item(file, line, node));
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new MalformedInput(file, line, "not valid JSON: " + e.getOriginalMessage());
        }
        return items;
    }

    private static long line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static Item item(Path file, long line, JsonNode node) throws MalformedInput {
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            throw new MalformedInput(file, line, "item has no \"text\" string");
        }
        JsonNode qs = node.get("quantities");
        if (qs == null || !qs.isArray()) {
            throw new MalformedInput(file, line, "item has no \"quantities\" list (use [] when there are none)");
        }
        List<Gold> gold = new ArrayList<>();
        for (JsonNode q : qs) {
            String raw = q.path("value").asText("");
            Matcher m = VALUE.matcher(raw);
            if (!m.matches()) {
                throw new MalformedInput(file, line, "quantity value '" + raw + "' is not a number or a range like 8000-10000");
            }
            gold.add(new Gold(Double.parseDouble(m.group(1)), m.group(2) == null ? null : Double.valueOf(m.group(2)),
                    q.path("unit").asText(""), q.path("normalized_unit").asText(""), q.path("change").asText("=")));
        }
        return new Item(line, text.asText(), gold);
    }
}
