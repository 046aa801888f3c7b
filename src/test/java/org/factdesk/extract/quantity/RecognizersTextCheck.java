package org.factdesk.extract.quantity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.factdesk.model.Quantity;

/**
 * Development tool (not a test): runs {@link QuantityExtractor} over Microsoft Recognizers-Text's
 * English specifications (a folder of {@code *Model.json}: {@code [{Input, Results:[{Text,
 * Resolution:{value}}]}]}) and prints, per file, how many expected values were found (ranges: both
 * ends) and the misses. Their conventions differ from NewsQuant's (every bare number is a result in
 * NumberModel, ordinals too), so the figures guide development; they are not a score to report.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:... RecognizersTextCheck DIR [FILE-SUBSTRING]}
 */
public final class RecognizersTextCheck {
    private static final Pattern INTERVAL = Pattern.compile("^([\\[(])\\s*([-\\d.eE+]*)\\s*,\\s*([-\\d.eE+]*)\\s*([\\])])$");

    private RecognizersTextCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String only = args.length > 1 ? args[1] : "";
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json") && p.getFileName().toString().contains(only)).sorted().toList();
        }
        QuantityExtractor extractor = new QuantityExtractor();
        ObjectMapper mapper = new ObjectMapper();
        int allExpected = 0;
        int allFound = 0;
        for (Path file : files) {
            int expected = 0;
            int found = 0;
            int spurious = 0;
            int unitsExpected = 0;
            int unitsFound = 0;
            List<String> misses = new ArrayList<>();
            List<String> unitMisses = new ArrayList<>();
            for (JsonNode item : mapper.readTree(file.toFile())) {
                String input = item.path("Input").asText();
                List<Quantity> predicted = extractor.extract(input);
                boolean[] used = new boolean[predicted.size()];
                JsonNode results = item.path("Results");
                if (results.isEmpty() && !predicted.isEmpty() && file.getFileName().toString().startsWith("Number")) {
                    spurious += predicted.size();
                    misses.add("  extra " + describe(predicted) + "  << " + input);
                }
                for (JsonNode r : results) {
                    double[] want = expectedValue(r.path("Resolution").path("value").asText());
                    if (want == null) {
                        continue;
                    }
                    expected++;
                    int hit = -1;
                    for (int k = 0; k < predicted.size() && hit < 0; k++) {
                        if (!used[k] && matches(want, predicted.get(k))) {
                            hit = k;
                        }
                    }
                    if (hit >= 0) {
                        used[hit] = true;
                        found++;
                        String wantUnit = r.path("Resolution").path("unit").asText("");
                        if (!wantUnit.isEmpty()) {
                            unitsExpected++;
                            if (sameUnit(wantUnit, predicted.get(hit).unit())) {
                                unitsFound++;
                            } else {
                                unitMisses.add("  unit  " + r.path("Text").asText() + " = " + wantUnit + " | got '"
                                        + predicted.get(hit).unit() + "' (" + Units.canonical(predicted.get(hit).unit()) + ")");
                            }
                        }
                    } else {
                        misses.add("  miss  " + r.path("Text").asText() + " = " + r.path("Resolution").path("value").asText()
                                + " | got " + describe(predicted) + "  << " + input);
                    }
                }
            }
            allExpected += expected;
            allFound += found;
            System.out.printf(Locale.ROOT, "%s: %d of %d expected values found (%.3f); %d extra in sentences with none%n",
                    file.getFileName(), found, expected, expected == 0 ? 0 : (double) found / expected, spurious);
            if (unitsExpected > 0) {
                System.out.printf(Locale.ROOT, "  units right for %d of %d found values with a unit%n", unitsFound, unitsExpected);
            }
            misses.stream().limit(args.length > 2 ? Integer.parseInt(args[2]) : 25).forEach(System.out::println);
            unitMisses.stream().limit(args.length > 2 ? Integer.parseInt(args[2]) : 25).forEach(System.out::println);
        }
        System.out.printf(Locale.ROOT, "all: %d of %d (%.3f)%n", allFound, allExpected, allExpected == 0 ? 0 : (double) allFound / allExpected);
    }

    /** Their unit names ("Dollar", "Kilometer", "Square meter") against ours, ignoring spelling (-er/-re) and case. */
    private static boolean sameUnit(String theirs, String ours) {
        String a = theirs.toLowerCase(Locale.ROOT).replace("meter", "metre").replace("liter", "litre");
        String b = Units.canonical(ours).toLowerCase(Locale.ROOT);
        return !b.isEmpty() && (a.equals(b) || a.contains(b) || b.contains(a) || a.equals("c") && b.contains("celsius")
                || a.equals("f") && b.contains("fahrenheit"));
    }

    private static String describe(List<Quantity> qs) {
        StringBuilder sb = new StringBuilder("[");
        for (Quantity q : qs) {
            sb.append(' ').append(q.value()).append(q.upper() == null ? "" : ".." + q.upper()).append(' ').append(q.unit())
                    .append(' ').append(q.qualifier()).append(" '").append(q.surface()).append("';");
        }
        return sb.append(" ]").toString();
    }

    /** [value] or [low, high] (NaN for an open end) from "5", "100%", "(20,35]", "[,30)". */
    static double[] expectedValue(String v) {
        String s = v.strip().replace("%", "").replace(",", v.startsWith("[") || v.startsWith("(") ? "," : "");
        Matcher m = INTERVAL.matcher(s);
        if (m.matches()) {
            return new double[] {parse(m.group(2)), parse(m.group(3))};
        }
        double d = parse(s);
        return Double.isNaN(d) ? null : new double[] {d};
    }

    private static double parse(String s) {
        try {
            return s.isBlank() ? Double.NaN : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static boolean matches(double[] want, Quantity q) {
        if (want.length == 1) {
            return close(want[0], q.value()) && q.upper() == null;
        }
        if (Double.isNaN(want[0])) {
            return close(want[1], q.upper() != null ? q.upper() : q.value());
        }
        if (Double.isNaN(want[1])) {
            return close(want[0], q.value());
        }
        return close(want[0], q.value()) && q.upper() != null && close(want[1], q.upper());
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
