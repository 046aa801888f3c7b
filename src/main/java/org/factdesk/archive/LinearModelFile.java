package org.factdesk.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The file format of the archive's standardised linear models (the relevance cut-off and the re-ranker): tab-separated
 * lines about, features, mean, scale, weights, bias, then the one setting of the model's own (cutoff, depth).
 * One writer and one reader, so the two model files cannot drift apart.
 */
final class LinearModelFile {
    private LinearModelFile() {
    }

    /** The model as its file's text; {@code setting} and {@code value} are the last line. */
    static String write(String about, List<String> features, double[] mean, double[] scale, double[] weights, double bias,
                        String setting, Object value) {
        StringBuilder b = new StringBuilder();
        b.append("about\t").append(about.replace('\t', ' ').replace('\n', ' ')).append('\n');
        b.append("features\t").append(String.join("\t", features)).append('\n');
        b.append("mean").append(row(mean)).append('\n');
        b.append("scale").append(row(scale)).append('\n');
        b.append("weights").append(row(weights)).append('\n');
        b.append("bias\t").append(bias).append('\n');
        b.append(setting).append('\t').append(value).append('\n');
        return b.toString();
    }

    private static String row(double[] v) {
        StringBuilder b = new StringBuilder();
        for (double x : v) {
            b.append('\t').append(x);
        }
        return b.toString();
    }

    /** A model file's lines by their first field; blank lines and lines starting with # are skipped. */
    static Lines read(InputStream in) throws IOException {
        Map<String, String[]> rows = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] p = line.split("\t");
                rows.put(p[0], Arrays.copyOfRange(p, 1, p.length));
            }
        }
        return new Lines(rows);
    }

    record Lines(Map<String, String[]> rows) {
        List<String> features() {
            return List.of(rows.get("features"));
        }

        double[] numbers(String key) {
            return Arrays.stream(rows.get(key)).mapToDouble(Double::parseDouble).toArray();
        }

        /** The first value of a line, e.g. bias, cutoff, depth. */
        String first(String key) {
            return rows.get(key)[0];
        }

        String about() {
            return String.join(" ", rows.get("about"));
        }
    }
}
