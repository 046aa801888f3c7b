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
 * Fits the {@link Relevance} model: each training claim is searched as the workbench searches it (ten passages,
 * re-ranked), once with its evidence in the archive and once with its relevant articles left out; every passage
 * shown is a row of {@link Relevance#ALL_FEATURES} labelled relevant or not. A logistic regression (L2, Newton's
 * method, every search weighing the same) gives the probability; the cut-off is the lowest first-passage relevance
 * that keeps the share of answerable training claims said to have nothing close at or under {@code --max-flagged}
 * (default 0.03, under the target's 0.05).
 *
 * <p>Several training sets may be given ({@code --set COLLECTION,QUERIES,QRELS,ARCHIVE_DIR[,dense]}), each imported
 * once into its own kept archive folder. The shipped model's exact command is in its {@code about} line. With
 * {@code --dump FILE} the rows are written as TSV to try a signal offline; {@code --features a,b,c} picks the
 * model's features; {@code --passage-cosines true} also computes the claim-passage cosine ("passageCosine").
 */
public final class RelevanceTrainer {
    /** One search's passages: feature rows, labels, whether the claim's evidence was left out, its set. */
    record Search(String queryId, String set, boolean leftOut, double[][] x, boolean[] relevant, List<String> ids) {
    }

    private RelevanceTrainer() {
    }

    public static void main(String[] args) throws IOException {
        org.factdesk.LabArgs parsed = org.factdesk.LabArgs.parse(args);
        List<String> sets = parsed.sets();
        Map<String, String> a = parsed.options();
        PrintStream out = System.out;
        if (a.containsKey("build-lede-set")) {
            buildLedeSet(List.of(a.get("build-lede-set").split(",")), Path.of(a.get("to")),
                    Integer.parseInt(a.getOrDefault("queries", "400")), Long.parseLong(a.getOrDefault("seed", "1")),
                    "story".equals(a.getOrDefault("shape", "lede")), out);
            return;
        }
        List<Search> searches = new ArrayList<>();
        for (String set : sets) {
            searches.addAll(searches(set, Boolean.parseBoolean(a.getOrDefault("passage-cosines", "false")), out));
        }
        if (a.containsKey("from-dump")) {
            for (String f : a.get("from-dump").split(",")) {
                searches.addAll(readDump(Path.of(f)));
            }
        }
        if (a.containsKey("cutoff-sets")) {
            cutoffSets = Set.of(a.get("cutoff-sets").split(","));
        }
        if (a.containsKey("dump")) {
            dump(searches, Path.of(a.get("dump")));
            out.println("wrote " + a.get("dump"));
        }
        if (a.containsKey("cutoff-cv")) {
            cutoffByKindCrossValidation(searches, Integer.parseInt(a.get("cutoff-cv")),
                    Double.parseDouble(a.getOrDefault("max-flagged", "0.03")), Long.parseLong(a.getOrDefault("seed", "1")),
                    out);
        }
        if (a.containsKey("fit-cv")) {
            List<String> features = List.of(a.getOrDefault("features", String.join(",", Relevance.shipped().features()))
                    .split(","));
            Set<String> fitSets = a.containsKey("fit-sets") ? Set.of(a.get("fit-sets").split(",")) : null;
            fitCrossValidation(searches, features, fitSets, Integer.parseInt(a.get("fit-cv")),
                    Double.parseDouble(a.getOrDefault("max-flagged", "0.03")), Long.parseLong(a.getOrDefault("seed", "1")),
                    out);
            return;
        }
        if (a.containsKey("features")) {
            if (a.containsKey("fit-sets")) {
                Set<String> fitSets = Set.of(a.get("fit-sets").split(","));
                searches = searches.stream().filter(x -> fitSets.contains(x.set())).toList();
            }
            List<String> features = List.of(a.get("features").split(","));
            double l2 = Double.parseDouble(a.getOrDefault("l2", "1"));
            double maxFlagged = Double.parseDouble(a.getOrDefault("max-flagged", "0.03"));
            Relevance.Model model = fit(searches, features, l2);
            double cutoff = cutoff(searches, model, maxFlagged);
            String about = String.format(Locale.ROOT, "logistic regression (l2=%s) over %d searches of %s (each claim with"
                            + " its evidence and with it left out), cut-off at %.1f%% answerable flagged; made %s by: java"
                            + " org.factdesk.archive.RelevanceTrainer %s", l2, searches.size(), String.join(" + ",
                            searches.stream().map(Search::set).distinct().toList()), 100 * maxFlagged,
                    LocalDate.now(), String.join(" ", args));
            model = new Relevance.Model(model.features(), model.mean(), model.scale(), model.weights(), model.bias(),
                    cutoff, about);
            for (int i = 0; i < features.size(); i++) {
                out.printf(Locale.ROOT, "  %-15s %8.4f%n", features.get(i), model.weights()[i]);
            }
            report(searches, model, out);
            if (a.containsKey("out")) {
                Files.writeString(Path.of(a.get("out")), model.write(), StandardCharsets.UTF_8);
                out.println("wrote " + a.get("out"));
            }
        }
    }

    /**
     * Builds a same-story collection from news or press-release JSONL files ({@code {id, title?, text, ...}}): for a
     * sample of articles the lede (the first paragraph after a headline line, else the first sentences up to about
     * 50 words) becomes a query, and the article without its lede the one relevant document; every other article
     * stays whole. Writes collection.jsonl, queries.tsv and qrels.tsv into {@code dir}. A lede is a story told
     * again in other words by the rest of its article, and the archive's other articles on the same subject are
     * the near misses, as in a newsroom archive: the other side of what CLEF 2020's tweets and fact-checks teach.
     * <p>
     * {@code story} shape ({@code --shape story}): the shape of a same-event set such as BASIL, where the lede's own
     * article is archived too (and skipped when scored, having the query's id) and the relevant documents are other
     * reports of the event. Here the own article ({@code q-ID}) keeps headline, lede and the first half of the rest's
     * paragraphs; the relevant document ({@code ID}) is the second half alone, without a headline: another telling
     * of the same story that shares its names and little of its wording.
     */
    static void buildLedeSet(List<String> sources, Path dir, int queries, long seed, boolean storyShape, PrintStream out)
            throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<com.fasterxml.jackson.databind.node.ObjectNode> docs = new ArrayList<>();
        for (String source : sources) {
            for (String line : Files.readAllLines(Path.of(source), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    docs.add((com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(line));
                }
            }
        }
        java.util.Random random = new java.util.Random(seed);
        List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, docs.size()).boxed().toList());
        java.util.Collections.shuffle(order, random);
        Files.createDirectories(dir);
        Set<Integer> chosen = new java.util.HashSet<>();
        List<String> queryLines = new ArrayList<>(List.of("id\ttext"));
        List<String> qrelLines = new ArrayList<>(List.of("query_id\tdoc_id"));
        Map<Integer, String[]> split = new HashMap<>();
        for (int i : order) {
            if (chosen.size() >= queries) {
                break;
            }
            String[] lede = lede(docs.get(i).path("title").asText(""), docs.get(i).path("text").asText(""));
            if (lede != null && storyShape) {
                lede = storySplit(lede);
            }
            if (lede != null) {
                chosen.add(i);
                split.put(i, lede);
                String id = docs.get(i).path("id").asText();
                queryLines.add("q-" + id + "\t" + lede[1].replaceAll("\\s+", " "));
                qrelLines.add("q-" + id + "\t" + id);
            }
        }
        List<String> collection = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            var d = docs.get(i).deepCopy();
            if (split.containsKey(i) && storyShape) {
                var own = d.deepCopy();
                own.put("id", "q-" + d.path("id").asText());
                own.put("title", split.get(i)[0]);
                own.put("text", split.get(i)[1] + "\n\n" + split.get(i)[3]);
                own.remove("attributions");
                collection.add(json.writeValueAsString(own));
                d.put("title", "");
                d.put("text", split.get(i)[2]);
            } else if (split.containsKey(i)) {
                d.put("title", split.get(i)[0]);
                d.put("text", split.get(i)[2]);
            }
            if (!d.has("source") && d.has("outlet")) {
                d.put("source", d.path("outlet").asText());
            }
            d.remove("attributions");
            collection.add(json.writeValueAsString(d));
        }
        Files.write(dir.resolve("collection.jsonl"), collection, StandardCharsets.UTF_8);
        Files.write(dir.resolve("queries.tsv"), queryLines, StandardCharsets.UTF_8);
        Files.write(dir.resolve("qrels.tsv"), qrelLines, StandardCharsets.UTF_8);
        out.printf(Locale.ROOT, "%d documents, %d lede queries in %s%n", collection.size(), chosen.size(), dir);
    }

    /**
     * [headline, lede, second half of the rest, first half of the rest] of a {@link #lede} split, the halves at a
     * paragraph boundary near the middle by words; null when the rest has fewer than four paragraphs or a half is
     * under 60 words.
     */
    static String[] storySplit(String[] lede) {
        List<String> paragraphs = new ArrayList<>();
        for (String p : lede[2].split("\n\\s*\n")) {
            if (!p.isBlank()) {
                paragraphs.add(p.strip());
            }
        }
        if (paragraphs.size() < 4) {
            return null;
        }
        int total = words(lede[2]);
        int cut = 0;
        int seen = 0;
        while (cut < paragraphs.size() - 1 && seen + words(paragraphs.get(cut)) <= total / 2) {
            seen += words(paragraphs.get(cut++));
        }
        cut = Math.max(1, cut);
        String first = String.join("\n\n", paragraphs.subList(0, cut));
        String second = String.join("\n\n", paragraphs.subList(cut, paragraphs.size()));
        return words(first) >= 60 && words(second) >= 60 ? new String[] {lede[0], lede[1], second, first} : null;
    }

    /** [headline, lede, the rest] of an article, or null when it is too short to lose its lede. */
    static String[] lede(String title, String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String p : text.split("\n\\s*\n")) {
            if (!p.isBlank()) {
                paragraphs.add(p.strip());
            }
        }
        if (paragraphs.isEmpty()) {
            return null;
        }
        String headline = title;
        if (headline.isBlank() && paragraphs.size() > 2 && words(paragraphs.get(0)) <= 20
                && !paragraphs.get(0).endsWith(".")) {
            headline = paragraphs.remove(0); // a headline line above the story (PolNeAR)
        }
        String lede;
        String rest;
        if (paragraphs.size() >= 3 && words(paragraphs.get(0)) >= 15) {
            lede = paragraphs.get(0);
            rest = String.join("\n\n", paragraphs.subList(1, paragraphs.size()));
        } else {
            // one long paragraph (a press release): its first sentences up to about 50 words
            String all = String.join(" ", paragraphs);
            var m = java.util.regex.Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})").matcher(all);
            int end = -1;
            while (m.find()) {
                end = m.start();
                if (words(all.substring(0, end)) >= 35) {
                    break;
                }
            }
            if (end < 0 || words(all.substring(0, end)) < 15) {
                return null;
            }
            lede = all.substring(0, end).strip();
            rest = all.substring(end).strip();
        }
        return words(rest) >= 80 && words(lede) <= 120 ? new String[] {headline, lede, rest} : null;
    }

    private static int words(String s) {
        return Reranker.wordCount(s);
    }

    /** The searches of one set: "COLLECTION,QUERIES,QRELS,ARCHIVE_DIR[,dense|lexical]" (lexical: no vectors at all). */
    /** @param passageCosines also compute "passageCosine" ({@code --passage-cosines true}: a MiniLM embedding a passage) */
    static List<Search> searches(String spec, boolean passageCosines, PrintStream out) throws IOException {
        String[] p = spec.split(",");
        boolean dense = p.length > 4 && p[4].equals("dense");
        Map<String, Set<String>> judged = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(p[2]), StandardCharsets.UTF_8)) {
            String[] f = line.strip().split("\t");
            if (f.length == 2 && !f[0].equals("query_id")) {
                judged.computeIfAbsent(f[0], x -> new LinkedHashSet<>()).add(f[1]);
            }
        }
        List<Search> found = new ArrayList<>();
        boolean lexical = p.length > 4 && p[4].equals("lexical");
        try (Archive archive = Archive.open(Path.of(p[3]), dense ? Archive.Vectors.ALL
                : lexical ? Archive.Vectors.NONE : Archive.Vectors.SHORT)) {
            if (archive.size() == 0) {
                out.println("importing " + p[0] + " into " + p[3]);
                archive.importPath(Path.of(p[0]), Progress.NONE);
            }
            boolean denseSearch = archive.denseSearch();
            EvidenceFinder finder = new EvidenceFinder(archive);
            Relevance features = new Relevance(archive, null, passageCosines);
            String name = Path.of(p[1]).getFileName().toString() + (lexical ? " (lexical)" : "");
            int n = 0;
            for (String line : Files.readAllLines(Path.of(p[1]), StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab <= 0 || line.startsWith("id\t")) {
                    continue;
                }
                String id = line.substring(0, tab).strip();
                Set<String> relevant = judged.get(id);
                if (relevant == null) {
                    continue;
                }
                String text = line.substring(tab + 1);
                Set<String> leftOut = new LinkedHashSet<>();
                for (String r : relevant) {
                    leftOut.addAll(archive.articleIdsFor(r));
                }
                for (boolean drop : new boolean[] {false, true}) {
                    List<Evidence> shown = finder.find(TextClaims.of(id, text), null, 10, drop ? leftOut : Set.of());
                    List<Evidence> kept = new ArrayList<>();
                    List<Boolean> labels = new ArrayList<>();
                    Set<String> hit = new LinkedHashSet<>();
                    for (Evidence e : shown) {
                        // as the evaluation counts them: the query's own article is skipped
                        List<String> ids = archive.sourceIds(e.docId());
                        if (ids.contains(id) && !relevant.contains(id)) {
                            continue;
                        }
                        String r = ids.stream().filter(relevant::contains).filter(x -> !hit.contains(x)).findFirst()
                                .orElse(null);
                        if (r != null) {
                            hit.add(r);
                        }
                        kept.add(e);
                        labels.add(r != null);
                    }
                    boolean[] rel = new boolean[labels.size()];
                    for (int i = 0; i < rel.length; i++) {
                        rel[i] = labels.get(i);
                    }
                    var claim = TextClaims.of(id, text);
                    found.add(new Search(id, name, drop, features.features(EvidenceFinder.cleanText(text), kept,
                            denseSearch, finder.coverage(claim)), rel, kept.stream().map(Evidence::docId).toList()));
                }
                if (++n % 100 == 0) {
                    out.println("  " + n + " claims of " + name);
                }
            }
        }
        return found;
    }

    /** Pointwise logistic regression over the chosen features, standardised; every search weighs the same. */
    static Relevance.Model fit(List<Search> searches, List<String> features, double l2) {
        int d = features.size();
        int[] idx = features.stream().mapToInt(Relevance.ALL_FEATURES::indexOf).toArray();
        List<double[]> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        List<Double> ws = new ArrayList<>();
        for (Search s : searches) {
            for (int i = 0; i < s.x().length; i++) {
                double[] row = new double[d];
                for (int j = 0; j < d; j++) {
                    row[j] = s.x()[i][idx[j]];
                }
                xs.add(row);
                ys.add(s.relevant()[i] ? 1.0 : 0.0);
                ws.add(1.0 / s.x().length);
            }
        }
        double[] mean = new double[d], scale = new double[d];
        for (double[] r : xs) {
            for (int j = 0; j < d; j++) {
                mean[j] += r[j] / xs.size();
            }
        }
        for (double[] r : xs) {
            for (int j = 0; j < d; j++) {
                scale[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / xs.size();
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = scale[j] < 1e-12 ? 1 : Math.sqrt(scale[j]);
        }
        // Newton's method on [bias, weights]
        double[] w = new double[d + 1];
        for (int iter = 0; iter < 50; iter++) {
            double[] grad = new double[d + 1];
            double[][] hess = new double[d + 1][d + 1];
            for (int k = 0; k < xs.size(); k++) {
                double[] z = new double[d + 1];
                z[0] = 1;
                for (int j = 0; j < d; j++) {
                    z[j + 1] = (xs.get(k)[j] - mean[j]) / scale[j];
                }
                double s = 0;
                for (int j = 0; j <= d; j++) {
                    s += w[j] * z[j];
                }
                double p = 1 / (1 + Math.exp(-s));
                double wt = ws.get(k);
                for (int j = 0; j <= d; j++) {
                    grad[j] += wt * (p - ys.get(k)) * z[j];
                    for (int m = 0; m <= d; m++) {
                        hess[j][m] += wt * p * (1 - p) * z[j] * z[m];
                    }
                }
            }
            for (int j = 1; j <= d; j++) {
                grad[j] += l2 * w[j];
                hess[j][j] += l2;
            }
            hess[0][0] += 1e-9;
            double[] step = solve(hess, grad);
            double change = 0;
            for (int j = 0; j <= d; j++) {
                w[j] -= step[j];
                change = Math.max(change, Math.abs(step[j]));
            }
            if (change < 1e-8) {
                break;
            }
        }
        return new Relevance.Model(features, mean, scale, Arrays.copyOfRange(w, 1, d + 1), w[0], 0.5, "");
    }

    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            for (int r = 0; r < n; r++) {
                if (r != c && m[c][c] != 0) {
                    double f = m[r][c] / m[c][c];
                    for (int k = c; k <= n; k++) {
                        m[r][k] -= f * m[c][k];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][i] == 0 ? 0 : m[i][n] / m[i][i];
        }
        return x;
    }

    /** The first passage's relevance as shown (the model's probability; later ones never exceed it). */
    static double top(Search s, Relevance.Model model) {
        return s.x().length == 0 ? 0 : model.probability(s.x()[0]);
    }

    /**
     * The highest cut-off under which at most {@code maxFlagged} of the answerable searches (evidence in the archive,
     * found among the ten) fall.
     */
    /** The sets whose answerable searches choose the cut-off (all when null). */
    private static Set<String> cutoffSets;

    static double cutoff(List<Search> searches, Relevance.Model model, double maxFlagged) {
        List<Double> answerable = new ArrayList<>();
        for (Search s : searches) {
            if (!s.leftOut() && (cutoffSets == null || cutoffSets.contains(s.set()))) {
                answerable.add(top(s, model));
            }
        }
        answerable.sort(null);
        int allowed = (int) Math.floor(maxFlagged * answerable.size());
        return answerable.isEmpty() ? 0.5 : answerable.get(Math.min(allowed, answerable.size() - 1));
    }

    static void report(List<Search> searches, Relevance.Model model, PrintStream out) {
        Map<String, int[]> bySet = new java.util.LinkedHashMap<>();
        for (Search s : searches) {
            int[] c = bySet.computeIfAbsent(s.set(), x -> new int[4]);
            boolean flagged = top(s, model) < model.cutoff();
            if (s.leftOut()) {
                c[0]++;
                c[1] += flagged ? 1 : 0;
            } else {
                c[2]++;
                c[3] += flagged ? 1 : 0;
            }
        }
        bySet.forEach((set, c) -> out.printf(Locale.ROOT, "%s: cut-off %.3f: flagged_unanswerable %.3f (%d), "
                        + "flagged_answerable %.3f (%d)%n", set, model.cutoff(), (double) c[1] / Math.max(1, c[0]), c[0],
                (double) c[3] / Math.max(1, c[2]), c[2]));
    }

    /** Searches written by {@code --dump} (their features as computed then). */
    static List<Search> readDump(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] head = lines.getFirst().split("\t");
        int first = java.util.Arrays.asList(head).indexOf(Relevance.ALL_FEATURES.getFirst());
        Map<String, List<String[]>> bySearch = new java.util.LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            bySearch.computeIfAbsent(f[0] + "\t" + f[1] + "\t" + f[2], k -> new ArrayList<>()).add(f);
        }
        List<Search> out = new ArrayList<>();
        for (List<String[]> rows : bySearch.values()) {
            double[][] x = new double[rows.size()][Relevance.ALL_FEATURES.size()];
            boolean[] rel = new boolean[rows.size()];
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                String[] f = rows.get(i);
                for (int j = 0; j < Relevance.ALL_FEATURES.size() && first + j < f.length; j++) {
                    int col = java.util.Arrays.asList(head).indexOf(Relevance.ALL_FEATURES.get(j));
                    x[i][j] = col < 0 ? 0 : Double.parseDouble(f[col]);
                }
                rel[i] = f[4].equals("1");
                ids.add(f[5]);
            }
            String[] k = rows.getFirst();
            out.add(new Search(k[1], k[0], k[2].equals("1"), x, rel, ids));
        }
        return out;
    }

    private static void dump(List<Search> searches, Path file) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            w.println("set\tquery\tleft_out\trank\trelevant\tdoc\t" + String.join("\t", Relevance.ALL_FEATURES));
            for (Search s : searches) {
                for (int i = 0; i < s.x().length; i++) {
                    StringBuilder b = new StringBuilder();
                    b.append(s.set()).append('\t').append(s.queryId()).append('\t').append(s.leftOut() ? 1 : 0)
                            .append('\t').append(i + 1).append('\t').append(s.relevant()[i] ? 1 : 0).append('\t').append(s.ids().get(i));
                    for (double v : s.x()[i]) {
                        b.append('\t').append(String.format(Locale.ROOT, "%.5f", v));
                    }
                    w.println(b);
                }
            }
        }
    }

    /**
     * Which training sets the model should learn from (decision 78): by cross-validation over claims (a claim's two
     * searches in one fold), the model is fitted on the other folds' searches of {@code fitSets} (all sets when null),
     * its cut-off chosen there as shipped ({@link #cutoffSets}, {@code maxFlagged}), and the held-out fold of every set
     * scored with it.
     */
    static void fitCrossValidation(List<Search> searches, List<String> features, Set<String> fitSets, int folds,
                                   double maxFlagged, long seed, PrintStream out) {
        Map<String, Integer> foldOf = new HashMap<>();
        List<String> claims = new ArrayList<>(searches.stream().map(x -> x.set() + "\t" + x.queryId()).distinct().toList());
        java.util.Collections.shuffle(claims, new java.util.Random(seed));
        for (int i = 0; i < claims.size(); i++) {
            foldOf.put(claims.get(i), i % folds);
        }
        Map<String, int[]> counts = new java.util.LinkedHashMap<>();
        for (int f = 0; f < folds; f++) {
            final int fold = f;
            List<Search> train = searches.stream().filter(x -> foldOf.get(x.set() + "\t" + x.queryId()) != fold)
                    .filter(x -> fitSets == null || fitSets.contains(x.set())).toList();
            Relevance.Model m = fit(train, features, 1);
            double cut = cutoff(train, m, maxFlagged);
            for (Search x : searches) {
                if (foldOf.get(x.set() + "\t" + x.queryId()) == fold) {
                    int[] c = counts.computeIfAbsent(x.set(), y -> new int[4]);
                    boolean flagged = top(x, m) < cut;
                    c[x.leftOut() ? 0 : 2]++;
                    c[x.leftOut() ? 1 : 3] += flagged ? 1 : 0;
                }
            }
        }
        out.printf(Locale.ROOT, "held-out, %d folds, fitted on %s, at most %.1f%% answerable flagged on the training"
                + " folds:%n", folds, fitSets == null ? "every set" : String.join(" + ", fitSets), 100 * maxFlagged);
        counts.forEach((set, c) -> out.printf(Locale.ROOT, "  %-32s flagged_unanswerable %.3f (%d), flagged_answerable"
                        + " %.3f (%d)%n", set, (double) c[1] / Math.max(1, c[0]), c[0], (double) c[3] / Math.max(1, c[2]),
                c[2]));
    }

    /** Whether a search ran on an archive searched by meaning as well as words (the "denseArchive" feature). */
    static boolean dense(Search s) {
        return s.x().length > 0 && s.x()[0][Relevance.ALL_FEATURES.indexOf("denseArchive")] > 0.5;
    }

    /**
     * Decision 49: one cut-off for every archive against one per kind (dense, lexical), and against a model and
     * cut-off fitted per kind, by cross-validation over claims: a claim's two searches (evidence in, left out) fall in
     * the same fold; on the other folds each cut-off is the highest that says "nothing close" for at most
     * {@code maxFlagged} of the answerable searches (of its kind), and the held-out fold is scored with it. The model
     * of the first two is the shipped one (its features as dumped); the third refits the shipped features per kind.
     */
    static void cutoffByKindCrossValidation(List<Search> searches, int folds, double maxFlagged, long seed,
                                            PrintStream out) {
        Relevance.Model shippedModel = Relevance.shipped();
        Map<String, Integer> foldOf = new HashMap<>();
        List<String> claims = new ArrayList<>(searches.stream().map(x -> x.set() + "\t" + x.queryId()).distinct().toList());
        java.util.Collections.shuffle(claims, new java.util.Random(seed));
        for (int i = 0; i < claims.size(); i++) {
            foldOf.put(claims.get(i), i % folds);
        }
        String[] variants = {"shipped cut-off", "one cut-off", "a cut-off per kind", "a model and cut-off per kind"};
        // variant -> set -> {unanswerable, flagged, answerable, flagged}
        Map<String, Map<String, int[]>> counts = new java.util.LinkedHashMap<>();
        for (int f = 0; f < folds; f++) {
            final int fold = f;
            List<Search> train = searches.stream().filter(x -> foldOf.get(x.set() + "\t" + x.queryId()) != fold).toList();
            List<Search> held = searches.stream().filter(x -> foldOf.get(x.set() + "\t" + x.queryId()) == fold).toList();
            double one = cutoff(train, shippedModel, maxFlagged);
            Map<Boolean, Double> perKind = new HashMap<>();
            Map<Boolean, Relevance.Model> models = new HashMap<>();
            Map<Boolean, Double> modelCut = new HashMap<>();
            for (boolean kind : new boolean[] {true, false}) {
                List<Search> ofKind = train.stream().filter(x -> dense(x) == kind).toList();
                perKind.put(kind, cutoff(ofKind, shippedModel, maxFlagged));
                List<String> features = shippedModel.features().stream().filter(x -> !x.equals("denseArchive")).toList();
                Relevance.Model m = fit(ofKind, features, 1);
                models.put(kind, m);
                modelCut.put(kind, cutoff(ofKind, m, maxFlagged));
            }
            for (Search x : held) {
                boolean k = dense(x);
                double shippedTop = top(x, shippedModel);
                boolean[] flagged = {shippedTop < shippedModel.cutoff(), shippedTop < one, shippedTop < perKind.get(k),
                        top(x, models.get(k)) < modelCut.get(k)};
                for (int v = 0; v < variants.length; v++) {
                    int[] c = counts.computeIfAbsent(variants[v], y -> new java.util.LinkedHashMap<>())
                            .computeIfAbsent(x.set(), y -> new int[4]);
                    c[x.leftOut() ? 0 : 2]++;
                    c[x.leftOut() ? 1 : 3] += flagged[v] ? 1 : 0;
                }
            }
            out.printf(Locale.ROOT, "fold %d: one cut-off %.4f; per kind dense %.4f, lexical %.4f%n", f, one,
                    perKind.get(true), perKind.get(false));
        }
        out.printf(Locale.ROOT, "held-out, %d folds, at most %.1f%% answerable flagged on the training folds:%n", folds,
                100 * maxFlagged);
        counts.forEach((variant, bySet) -> bySet.forEach((set, c) -> out.printf(Locale.ROOT,
                "  %-30s %-32s flagged_unanswerable %.3f (%d), flagged_answerable %.3f (%d)%n", variant, set,
                (double) c[1] / Math.max(1, c[0]), c[0], (double) c[3] / Math.max(1, c[2]), c[2])));
        double[] all = {cutoff(searches, shippedModel, maxFlagged),
                cutoff(searches.stream().filter(RelevanceTrainer::dense).toList(), shippedModel, maxFlagged),
                cutoff(searches.stream().filter(x -> !dense(x)).toList(), shippedModel, maxFlagged)};
        out.printf(Locale.ROOT, "on all searches: one cut-off %.4f; per kind dense %.4f, lexical %.4f%n", all[0], all[1],
                all[2]);
    }
}
