package org.factdesk.archive;

import org.factdesk.model.Evidence;
import org.factdesk.task.Progress;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Trains the {@link Reranker}'s linear model: the evidence finder's first {@code depth} results for each
 * training claim (re-ranker off), their {@link RerankFeatures}, and pairwise logistic regression (RankNet
 * with a linear scorer: each relevant candidate against each other one of the same claim, every claim
 * weighing the same), fitted by Newton's method with an L2 penalty; a bias is then fitted pointwise so
 * that the shown score reads as a probability of relevance.
 *
 * <p>Rebuild the shipped models (after {@code mvn -o -q -DskipTests package}; the archive folder is
 * reused between runs; embedding the dense one takes a few minutes). The lexical model (shown) uses
 * {@code --depth 10}; the dense one {@code --dense --depth 20 --l2 0.1 --out .../reranker-dense.tsv} and another
 * folder (the exact commands are in each model file's {@code about} line; L2 chosen by 5-fold CV on train, decision 12):
 * <pre>
 * java --add-modules jdk.incubator.vector -cp target/factdesk-lab.jar org.factdesk.archive.RerankerTrainer \
 *     --collection ../shared/data/claim-retrieval/clef2020/collection.jsonl \
 *     --queries ../shared/data/claim-retrieval/clef2020/train-queries.tsv \
 *     --qrels ../shared/data/claim-retrieval/clef2020/train-qrels.tsv \
 *     --archive /tmp/clef-archive --depth 10 --out src/main/resources/org/factdesk/archive/reranker-lexical.tsv
 * </pre>
 * {@code --eval-queries Q --eval-qrels R} also prints MAP@5 of the model on other queries of the same collection;
 * {@code --dump FILE} writes the candidates' features (to try a signal offline); {@code --time QUERIES} prints
 * the cost per claim of the first stage and of the re-ranking; {@code --tuning SPEC} ("k1=0.9,b=0.4", see
 * {@link EvidenceFinder.Tuning#parse}) ranks the first stage with other settings than the shipped ones.
 */
public final class RerankerTrainer {
    /** One claim's candidates: their ids, feature rows, which are relevant, and how many relevant documents it has. */
    record Group(String queryId, List<String> ids, double[][] x, boolean[] relevant, int relevantCount) {
    }

    private RerankerTrainer() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--dense")) {
                a.put("dense", "true");
            } else {
                a.put(args[i].substring(2), args[++i]);
            }
        }
        boolean dense = a.containsKey("dense");
        int depth = Integer.parseInt(a.getOrDefault("depth", "20"));
        double l2 = Double.parseDouble(a.getOrDefault("l2", "1"));
        PrintStream out = System.out;
        try (Archive archive = Archive.open(Path.of(a.get("archive")), dense ? Archive.Vectors.ALL : Archive.Vectors.NONE)) {
            if (archive.size() == 0) {
                out.println("importing " + a.get("collection"));
                archive.importPath(Path.of(a.get("collection")), Progress.NONE);
            }
            EvidenceFinder.Tuning tuning = EvidenceFinder.Tuning.parse(a.get("tuning"));
            Reranker untrained = Reranker.untrained(archive, dense, depth);
            List<Group> train = groups(archive, tuning, untrained, Path.of(a.get("queries")), Path.of(a.get("qrels")), depth);
            if (a.containsKey("dump")) {
                dump(train, RerankFeatures.names(dense), Path.of(a.get("dump")));
            }
            Reranker.Model model = fit(train, RerankFeatures.names(dense), l2, depth, "");
            out.printf(Locale.ROOT, "train: %d claims, MAP@5 first stage %.4f, re-ranked %.4f%n", train.size(),
                    map5(train, null), map5(train, model));
            String about = String.format(Locale.ROOT, "pairwise logistic regression (l2=%s) on %s + %s, %s, first %d"
                            + " results of the evidence finder%s; train MAP@5 %.4f -> %.4f; made %s by: java"
                            + " org.factdesk.archive.RerankerTrainer %s", a.getOrDefault("l2", "1"),
                    Path.of(a.get("queries")).getFileName(), Path.of(a.get("qrels")).getFileName(),
                    dense ? "dense archive" : "lexical archive", depth,
                    a.get("tuning") == null ? "" : " (tuning " + a.get("tuning") + ")",
                    map5(train, null), map5(train, model), LocalDate.now(), String.join(" ", args));
            model = new Reranker.Model(model.features(), model.mean(), model.scale(), model.weights(), model.bias(),
                    depth, about);
            for (int i = 0; i < model.features().size(); i++) {
                out.printf(Locale.ROOT, "  %-15s %8.4f%n", model.features().get(i), model.weights()[i]);
            }
            if (a.containsKey("eval-queries")) {
                List<Group> eval = groups(archive, tuning, untrained, Path.of(a.get("eval-queries")),
                        Path.of(a.get("eval-qrels")), depth);
                out.printf(Locale.ROOT, "eval: %d claims, MAP@5 first stage %.4f, re-ranked %.4f%n", eval.size(),
                        map5(eval, null), map5(eval, model));
            }
            if (a.containsKey("time")) {
                time(archive, tuning, new Reranker(archive, model), Path.of(a.get("time")), out);
            }
            if (a.containsKey("out")) {
                Files.writeString(Path.of(a.get("out")), model.write(), StandardCharsets.UTF_8);
                out.println("wrote " + a.get("out"));
            }
        }
    }

    /**
     * Per-claim cost of the first stage (at the re-ranker's depth and at 10 results) and of the re-ranking,
     * over the queries of a file, measured in a second pass; the re-ranking also in the first pass, where a
     * dense claim's E5 embedding is computed (it is cached after); prints mean and 95th percentile.
     */
    static void time(Archive archive, EvidenceFinder.Tuning tuning, Reranker reranker, Path queries, PrintStream out)
            throws IOException {
        EvidenceFinder finder = new EvidenceFinder(archive, tuning, null);
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(queries, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab > 0 && !line.startsWith("id\t")) {
                texts.add(line.substring(tab + 1));
            }
        }
        long[] first10 = new long[texts.size()], first = new long[texts.size()], rerank = new long[texts.size()];
        long[] coldRerank = new long[texts.size()]; // the first pass: a dense claim's embeddings not yet cached
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < texts.size(); i++) {
                var claim = TextClaims.of("q" + i, texts.get(i));
                long t0 = System.nanoTime();
                finder.find(claim, null, 10);
                long t1 = System.nanoTime();
                List<Evidence> hits = finder.find(claim, null, reranker.depth());
                long t2 = System.nanoTime();
                reranker.rerank(EvidenceFinder.cleanText(texts.get(i)), hits, Reranker.Policy.NONE);
                long t3 = System.nanoTime();
                first10[i] = t1 - t0;
                first[i] = t2 - t1;
                (pass == 0 ? coldRerank : rerank)[i] = t3 - t2;
            }
        }
        out.printf(Locale.ROOT, "per claim (ms, mean / p95): first stage k=10 %s, first stage k=%d %s, re-ranking %s"
                        + " (first time a claim is seen: %s)%n", stats(first10), reranker.depth(), stats(first),
                stats(rerank), stats(coldRerank));
    }

    private static String stats(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        double mean = Arrays.stream(s).average().orElse(0) / 1e6;
        return String.format(Locale.ROOT, "%.2f / %.2f", mean, s.length == 0 ? 0 : s[(int) (s.length * 0.95)] / 1e6);
    }

    /** The candidates of every judged query, as the finder without re-ranker returns them. */
    static List<Group> groups(Archive archive, EvidenceFinder.Tuning tuning, Reranker features, Path queries,
                              Path qrels, int depth) throws IOException {
        Map<String, Set<String>> judged = new HashMap<>();
        for (String line : Files.readAllLines(qrels, StandardCharsets.UTF_8)) {
            String[] p = line.strip().split("\t");
            if (p.length == 2 && !p[0].equals("query_id")) {
                judged.computeIfAbsent(p[0], x -> new LinkedHashSet<>()).add(p[1]);
            }
        }
        EvidenceFinder finder = new EvidenceFinder(archive, tuning, null);
        List<Group> out = new ArrayList<>();
        for (String line : Files.readAllLines(queries, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab <= 0 || line.startsWith("id\t")) {
                continue;
            }
            String id = line.substring(0, tab).strip();
            String text = line.substring(tab + 1);
            Set<String> relevant = judged.get(id);
            if (relevant == null) {
                continue;
            }
            out.add(group(archive, finder, features, id, text, relevant, depth));
        }
        return out;
    }

    static Group group(Archive archive, EvidenceFinder finder, Reranker features, String id, String text,
                       Set<String> relevant, int depth) throws IOException {
        List<Evidence> candidates = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        Set<String> found = new LinkedHashSet<>();
        for (Evidence e : finder.find(TextClaims.of(id, text), null, depth)) {
            // as the evaluation counts them: the query's own document is skipped, a folded duplicate is its copy
            List<String> ids = archive.sourceIds(e.docId());
            if (ids.contains(id)) {
                continue;
            }
            String hit = ids.stream().filter(relevant::contains).filter(x -> !found.contains(x)).findFirst().orElse(null);
            if (hit != null) {
                found.add(hit);
            }
            candidates.add(e);
            labels.add(hit != null);
        }
        boolean[] rel = new boolean[labels.size()];
        for (int i = 0; i < rel.length; i++) {
            rel[i] = labels.get(i);
        }
        return new Group(id, candidates.stream().map(Evidence::docId).toList(),
                features.features(EvidenceFinder.cleanText(text), candidates), rel, relevant.size());
    }

    /** Pairwise logistic regression over standardised features, then a pointwise bias. */
    static Reranker.Model fit(List<Group> groups, List<String> names, double l2, int depth, String about) {
        int d = names.size();
        double[] mean = new double[d], scale = new double[d];
        long rows = 0;
        for (Group g : groups) {
            for (double[] x : g.x()) {
                for (int j = 0; j < d; j++) {
                    mean[j] += x[j];
                }
                rows++;
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= Math.max(1, rows);
        }
        for (Group g : groups) {
            for (double[] x : g.x()) {
                for (int j = 0; j < d; j++) {
                    scale[j] += (x[j] - mean[j]) * (x[j] - mean[j]);
                }
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = Math.max(1e-6, Math.sqrt(scale[j] / Math.max(1, rows)));
        }
        // the pairs: relevant minus other, standardised, each claim's pairs weighing 1 in all
        List<double[]> diffs = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Group g : groups) {
            int pos = 0;
            for (boolean r : g.relevant()) {
                pos += r ? 1 : 0;
            }
            int pairs = pos * (g.relevant().length - pos);
            if (pairs == 0) {
                continue;
            }
            for (int i = 0; i < g.x().length; i++) {
                if (!g.relevant()[i]) {
                    continue;
                }
                for (int k = 0; k < g.x().length; k++) {
                    if (g.relevant()[k]) {
                        continue;
                    }
                    double[] diff = new double[d];
                    for (int j = 0; j < d; j++) {
                        diff[j] = (g.x()[i][j] - g.x()[k][j]) / scale[j];
                    }
                    diffs.add(diff);
                    weights.add(1.0 / pairs);
                }
            }
        }
        if (diffs.isEmpty()) {
            throw new IllegalArgumentException("no training claim has both a relevant and an irrelevant candidate"
                    + " among its first " + depth + " results: nothing to learn from");
        }
        double[] w = newton(diffs, weights, l2);
        // the bias: pointwise, with the pairwise weights fixed, so that sigmoid(score) estimates relevance
        double bias = 0;
        for (int it = 0; it < 50; it++) {
            double grad = 0, hess = 1e-9;
            for (Group g : groups) {
                for (int i = 0; i < g.x().length; i++) {
                    double s = bias;
                    for (int j = 0; j < d; j++) {
                        s += w[j] * (g.x()[i][j] - mean[j]) / scale[j];
                    }
                    double p = 1 / (1 + Math.exp(-s));
                    grad += p - (g.relevant()[i] ? 1 : 0);
                    hess += p * (1 - p);
                }
            }
            bias -= grad / hess;
            if (Math.abs(grad / hess) < 1e-8) {
                break;
            }
        }
        return new Reranker.Model(names, mean, scale, w, bias, depth, about);
    }

    /** Logistic regression with all labels 1 (the pairs), no intercept, by Newton's method. */
    private static double[] newton(List<double[]> xs, List<Double> weights, double l2) {
        int d = xs.isEmpty() ? 0 : xs.getFirst().length;
        double[] w = new double[d];
        for (int it = 0; it < 30; it++) {
            double[] grad = new double[d];
            double[][] hess = new double[d][d];
            for (int j = 0; j < d; j++) {
                grad[j] = l2 * w[j];
                hess[j][j] = l2;
            }
            for (int n = 0; n < xs.size(); n++) {
                double[] x = xs.get(n);
                double c = weights.get(n);
                double s = 0;
                for (int j = 0; j < d; j++) {
                    s += w[j] * x[j];
                }
                double p = 1 / (1 + Math.exp(-s));
                for (int j = 0; j < d; j++) {
                    grad[j] -= c * (1 - p) * x[j];
                    for (int k = 0; k < d; k++) {
                        hess[j][k] += c * p * (1 - p) * x[j] * x[k];
                    }
                }
            }
            double[] step = solve(hess, grad);
            double size = 0;
            for (int j = 0; j < d; j++) {
                w[j] -= step[j];
                size += step[j] * step[j];
            }
            if (size < 1e-14) {
                break;
            }
        }
        return w;
    }

    /** Gaussian elimination with partial pivoting (the matrix is small and positive definite). */
    static double[] solve(double[][] m, double[] b) {
        int n = b.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = Arrays.copyOf(m[i], n + 1);
            a[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
                    p = r;
                }
            }
            double[] t = a[c];
            a[c] = a[p];
            a[p] = t;
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int k = c; k <= n; k++) {
                    a[r][k] -= f * a[c][k];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = a[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= a[r][k] * x[k];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }

    /** MAP@5 (AP divided by the number of relevant documents), in the first stage's order when model is null. */
    static double map5(List<Group> groups, Reranker.Model model) {
        double sum = 0;
        for (Group g : groups) {
            Integer[] order = new Integer[g.x().length];
            double[] s = new double[order.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
                s[i] = model == null ? -i : model.score(g.x()[i]);
            }
            Arrays.sort(order, (x, y) -> Double.compare(s[y], s[x]));
            double hits = 0, ap = 0;
            for (int r = 0; r < Math.min(5, order.length); r++) {
                if (g.relevant()[order[r]]) {
                    hits++;
                    ap += hits / (r + 1);
                }
            }
            sum += ap / Math.max(1, g.relevantCount());
        }
        return groups.isEmpty() ? 0 : sum / groups.size();
    }

    private static void dump(List<Group> groups, List<String> names, Path file) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            w.println("query\tdoc\trelevant_count\tlabel\t" + String.join("\t", names));
            for (Group g : groups) {
                for (int i = 0; i < g.x().length; i++) {
                    StringBuilder b = new StringBuilder(g.queryId() + "\t" + g.ids().get(i) + "\t" + g.relevantCount() + "\t"
                            + (g.relevant()[i] ? 1 : 0));
                    for (double v : g.x()[i]) {
                        b.append('\t').append(String.format(Locale.ROOT, "%.6f", v));
                    }
                    w.println(b);
                }
            }
        }
    }
}
