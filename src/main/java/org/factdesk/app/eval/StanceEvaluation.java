package org.factdesk.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.factdesk.archive.TextStance;

/**
 * Accuracy of the text stance judge on claim/evidence pairs labelled SUPPORTS or REFUTES
 * (FEVER-Symmetric format: one JSON object a line with {@code id, claim, evidence, label}).
 */
public final class StanceEvaluation {
    private StanceEvaluation() {
    }

    public static void main(String[] args) {
        System.exit(run(Path.of(args[0]), System.out, System.err));
    }

    public static int run(Path data, PrintStream out, PrintStream err) {
        ObjectMapper mapper = new ObjectMapper();
        int n = 0;
        int correct = 0;
        int[][] confusion = new int[2][2]; // [gold supports?][predicted supports?]
        try (BufferedReader r = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
            String line;
            long lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row;
                try {
                    row = mapper.readTree(line);
                } catch (IOException e) {
                    err.println(data + ":" + lineNo + ": not a JSON object (" + e.getMessage().lines().findFirst().orElse("") + ")");
                    return 2;
                }
                String claim = text(row, "claim");
                String evidence = text(row, "evidence");
                String label = text(row, "label");
                if (claim == null || evidence == null || label == null
                        || !(label.equals("SUPPORTS") || label.equals("REFUTES"))) {
                    err.println(data + ":" + lineNo + ": needs string fields claim, evidence and label (SUPPORTS or REFUTES)");
                    return 2;
                }
                boolean gold = label.equals("SUPPORTS");
                boolean predicted = TextStance.judge(claim, evidence).supports();
                confusion[gold ? 1 : 0][predicted ? 1 : 0]++;
                correct += gold == predicted ? 1 : 0;
                n++;
            }
        } catch (IOException e) {
            err.println(data + ": cannot read (" + e.getMessage() + ")");
            return 2;
        }
        if (n == 0) {
            err.println(data + ":1: no labelled pairs in the file");
            return 2;
        }
        out.printf(Locale.ROOT, "pairs %d%n               predicted SUPPORTS  predicted REFUTES%n", n);
        out.printf(Locale.ROOT, "gold SUPPORTS  %18d  %17d%n", confusion[1][1], confusion[1][0]);
        out.printf(Locale.ROOT, "gold REFUTES   %18d  %17d%n", confusion[0][1], confusion[0][0]);
        out.printf(Locale.ROOT, "{\"task\":\"stance\",\"n\":%d,\"accuracy\":%.4f}%n", n, (double) correct / n);
        return 0;
    }

    private static String text(JsonNode row, String field) {
        JsonNode v = row.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }
}
