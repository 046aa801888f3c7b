package org.factdesk.app.eval;

import org.factdesk.archive.Archive;
import org.factdesk.archive.ArticleArchive;
import org.factdesk.archive.EvidenceFinder;
import org.factdesk.archive.EvidenceSettings;
import org.factdesk.archive.TextClaims;
import org.factdesk.task.Progress;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Chooses ranking settings by cross-validation on training sets only (decision 49): each set is imported once into a
 * kept archive folder, each tuning searched over it (BM25's k1 and b and the feedback settings change at search time,
 * so one import serves all), and every query's AP@5 and R@10 (a 10-result search, as the workbench asks) written down.
 * Then, for each of {@code --folds} seeded folds, the tuning with the best mean MAP@5 over the sets (each set weighs the
 * same; R@10 breaks ties) on the other folds is scored on the held-out fold: the held-out figures say what choosing
 * this way is worth, against the shipped tuning's. The tuning chosen on all queries is printed last.
 * <pre>
 * java --add-modules jdk.incubator.vector -cp target/factdesk-lab.jar org.factdesk.app.eval.RetrievalCrossValidation \
 *     --set clef-lex,COLLECTION,QUERIES,QRELS,ARCHIVE_DIR,none --set ledes,...,short \
 *     --tunings "k1=0.9,b=0.4;k1=1.2,b=0.75" --folds 5 --seed 1 --rows rows.tsv [--from earlier-rows.tsv]
 * </pre>
 * A set and tuning already in a {@code --from} file is not searched again (a run stopped half-way goes on).
 * The first tuning is the reference (give "" for the shipped one). Never give it a dev or test split.
 */
public final class RetrievalCrossValidation {
    /** One query's measures under one tuning. */
    record Row(String set, String tuning, String query, double ap5, double r10) {
    }

    private RetrievalCrossValidation() {
    }

    public static void main(String[] args) throws IOException {
        org.factdesk.LabArgs parsed = org.factdesk.LabArgs.parse(args);
        Map<String, String> a = parsed.options();
        List<String> tunings = new ArrayList<>(List.of(a.getOrDefault("tunings", "").split(";", -1)));
        tunings.replaceAll(String::strip);
        for (String t : tunings) {
            EvidenceFinder.Tuning.parse(t); // a bad spec fails before any search
        }
        List<Row> rows = new ArrayList<>();
        if (a.containsKey("from")) {
            for (String f : a.get("from").split(",")) {
                rows.addAll(read(Path.of(f)));
            }
        }
        Path rowsFile = a.containsKey("rows") ? Path.of(a.get("rows")) : null;
        Set<String> measured = new java.util.HashSet<>();
        rows.forEach(r -> measured.add(r.set() + "\t" + r.tuning()));
        for (String set : parsed.sets()) {
            rows.addAll(search(set, tunings, measured, rowsFile, System.out));
        }
        crossValidate(rows, tunings, Integer.parseInt(a.getOrDefault("folds", "5")),
                Long.parseLong(a.getOrDefault("seed", "1")), System.out);
    }

    /** "NAME,COLLECTION,QUERIES,QRELS,ARCHIVE_DIR,short|none|all": every tuning over one import. */
    static List<Row> search(String spec, List<String> tunings, Set<String> measured, Path rowsFile, PrintStream out)
            throws IOException {
        String[] p = spec.split(",");
        if (p.length != 6) {
            throw new IllegalArgumentException("--set NAME,COLLECTION,QUERIES,QRELS,ARCHIVE_DIR,short|none|all: " + spec);
        }
        Archive.Vectors vectors = Archive.Vectors.valueOf(p[5].strip().toUpperCase(Locale.ROOT));
        List<RetrievalEvaluation.Query> queries;
        Map<String, Set<String>> qrels;
        try {
            queries = RetrievalEvaluation.readQueries(Path.of(p[2]));
            qrels = RetrievalEvaluation.readQrels(Path.of(p[3]));
        } catch (RetrievalEvaluation.MalformedInput e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        List<Row> rows = new ArrayList<>();
        try (Archive archive = Archive.open(Path.of(p[4]), vectors)) {
            if (archive.size() == 0) {
                out.println("importing " + p[1] + " into " + p[4]);
                archive.importPath(Path.of(p[1]), Progress.NONE);
            }
            for (String t : tunings) {
                if (measured.contains(p[0] + "\t" + t)) {
                    continue; // read with --from
                }
                long t0 = System.nanoTime();
                ArticleArchive.ClaimSearch finder = archive.evidenceFinder(
                        EvidenceSettings.of(EvidenceFinder.Tuning.parse(t)));
                List<Row> these = new ArrayList<>();
                for (RetrievalEvaluation.Query q : queries) {
                    Set<String> relevant = qrels.get(q.id());
                    if (relevant == null || relevant.isEmpty()) {
                        continue;
                    }
                    var m = RetrievalEvaluation.Metrics.of(RetrievalEvaluation.ranked(finder, archive,
                            TextClaims.of(q.id(), q.text()), null, q.id(), relevant,
                            RetrievalEvaluation.WORKBENCH_RESULTS + 1), relevant);
                    these.add(new Row(p[0], t, q.id(), m.ap5(), m.r10()));
                }
                out.printf(Locale.ROOT, "%s [%s]: MAP@5 %.4f R@10 %.4f (%d queries, %.0f s)%n", p[0], t,
                        these.stream().mapToDouble(Row::ap5).average().orElse(0),
                        these.stream().mapToDouble(Row::r10).average().orElse(0), these.size(),
                        (System.nanoTime() - t0) / 1e9);
                if (rowsFile != null) {
                    List<String> lines = new ArrayList<>();
                    for (Row r : these) {
                        lines.add(String.join("\t", r.set(), r.tuning(), r.query(), Double.toString(r.ap5()),
                                Double.toString(r.r10())));
                    }
                    Files.write(rowsFile, lines, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND);
                }
                rows.addAll(these);
            }
        }
        return rows;
    }

    static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length == 5) {
                rows.add(new Row(f[0], f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4])));
            }
        }
        return rows;
    }

    /** Queries are numbered per set in the order met (a repeated id is a separate query) and split into seeded folds. */
    static void crossValidate(List<Row> rows, List<String> tunings, int folds, long seed, PrintStream out) {
        // set -> tuning -> rows in query order
        Map<String, Map<String, List<Row>>> by = new LinkedHashMap<>();
        for (Row r : rows) {
            by.computeIfAbsent(r.set(), s -> new LinkedHashMap<>()).computeIfAbsent(r.tuning(), t -> new ArrayList<>())
                    .add(r);
        }
        List<String> candidates = new ArrayList<>(tunings.stream()
                .filter(t -> by.values().stream().allMatch(m -> m.containsKey(t))).toList());
        if (candidates.isEmpty()) {
            out.println("no tuning was measured on every set");
            return;
        }
        Map<String, int[]> foldOf = new LinkedHashMap<>();
        for (var e : by.entrySet()) {
            int n = e.getValue().get(candidates.getFirst()).size();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(seed));
            int[] fold = new int[n];
            for (int i = 0; i < n; i++) {
                fold[order.get(i)] = i % folds;
            }
            foldOf.put(e.getKey(), fold);
        }
        out.println("all train queries, per set MAP@5 / R@10:");
        for (String t : candidates) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-40s", "[" + t + "]"));
            for (String set : by.keySet()) {
                line.append(String.format(Locale.ROOT, "  %s %.4f / %.4f", set, mean(by, set, t, null, -1, true),
                        mean(by, set, t, null, -1, false)));
            }
            line.append(String.format(Locale.ROOT, "  objective %.4f", objective(by, foldOf, t, -1)));
            out.println(line);
        }
        Map<String, double[]> heldChosen = new LinkedHashMap<>();
        Map<String, double[]> heldReference = new LinkedHashMap<>();
        for (int f = 0; f < folds; f++) {
            String best = null;
            double bestScore = -1;
            for (String t : candidates) {
                double score = objective(by, foldOf, t, f);
                if (score > bestScore + 1e-12) {
                    best = t;
                    bestScore = score;
                }
            }
            out.printf(Locale.ROOT, "fold %d: chosen on the other folds [%s]%n", f, best);
            for (String set : by.keySet()) {
                double[] c = heldChosen.computeIfAbsent(set, s -> new double[3]);
                double[] r = heldReference.computeIfAbsent(set, s -> new double[3]);
                List<Row> chosenRows = by.get(set).get(best);
                List<Row> refRows = by.get(set).get(candidates.getFirst());
                int[] fold = foldOf.get(set);
                for (int i = 0; i < fold.length; i++) {
                    if (fold[i] == f) {
                        c[0] += chosenRows.get(i).ap5();
                        c[1] += chosenRows.get(i).r10();
                        c[2]++;
                        r[0] += refRows.get(i).ap5();
                        r[1] += refRows.get(i).r10();
                        r[2]++;
                    }
                }
            }
        }
        out.printf(Locale.ROOT, "held-out (each query scored by the tuning chosen without it) vs the reference [%s]:%n",
                candidates.getFirst());
        for (String set : by.keySet()) {
            double[] c = heldChosen.get(set), r = heldReference.get(set);
            out.printf(Locale.ROOT, "  %s: MAP@5 %.4f vs %.4f, R@10 %.4f vs %.4f (%d queries)%n", set, c[0] / c[2],
                    r[0] / r[2], c[1] / c[2], r[1] / r[2], (int) c[2]);
        }
        String best = null;
        double bestScore = -1;
        for (String t : candidates) {
            double score = objective(by, foldOf, t, -1);
            if (score > bestScore + 1e-12) {
                best = t;
                bestScore = score;
            }
        }
        out.printf(Locale.ROOT, "chosen on all train queries: [%s] (objective %.4f)%n", best, bestScore);
    }

    /** Mean MAP@5 over the sets (each the same weight) plus a thousandth of mean R@10, on fold f's queries or the others. */
    private static double objective(Map<String, Map<String, List<Row>>> by, Map<String, int[]> foldOf, String t, int f) {
        double sum = 0;
        for (String set : by.keySet()) {
            sum += mean(by, set, t, foldOf.get(set), f, true) + 0.001 * mean(by, set, t, foldOf.get(set), f, false);
        }
        return sum / by.size();
    }

    private static double mean(Map<String, Map<String, List<Row>>> by, String set, String t, int[] fold, int f,
                               boolean ap) {
        List<Row> rs = by.get(set).get(t);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < rs.size(); i++) {
            if (fold != null && f >= 0 && fold[i] == f) {
                continue; // the held-out fold is not looked at while choosing
            }
            sum += ap ? rs.get(i).ap5() : rs.get(i).r10();
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }
}
