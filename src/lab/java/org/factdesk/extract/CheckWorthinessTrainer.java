package org.factdesk.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Trains the check-worthiness model: logistic regression over {@link CheckWorthinessFeatures}, fitted with
 * AdaGrad SGD (plain Java, a few seconds on one core), averaged over an ensemble of members with different
 * feature sets, and a decision threshold chosen to maximise positive-class F1 on the dev file (or, without a
 * dev file, on out-of-fold predictions of the training data).
 *
 * <p>Rebuild the shipped model (after {@code mvn -o -q -DskipTests package}):
 * <pre>
 * java -cp target/factdesk-lab.jar org.factdesk.extract.CheckWorthinessTrainer \
 *     --train ../shared/data/checkworthiness/ct24-train.tsv \
 *     --dev ../shared/data/checkworthiness/ct24-dev.tsv --newer-from-id 30000 \
 *     --out src/main/resources/org/factdesk/extract/checkworthiness-model.bin
 * </pre>
 * {@code --newer-from-id N} (ids of ct24 are chronological; 30000 starts the 2016 debates) makes the threshold the one
 * best on average over ct24-dev and over the newer training debates scored by a model trained on the older ones:
 * ct24-dev is sampled from the same debates as the training data, so on its own it picks a threshold too high
 * for debates the model has not seen (ct24-devtest comes from later debates).
 *
 * <p>Measured (model of 2026-11-29; {@code CheckWorthinessEvaluation FILE [MODEL]} prints P/R/F1):
 * <ul>
 * <li>ct24-dev F1 0.881 at the shipped threshold 0.26 (0.910 at its own best threshold); newer training debates
 *     (id >= 30000, model trained on the older ones) 0.645;</li>
 * <li>ct24-devtest: P 0.835 R 0.750 F1 0.790 (0.735 with the ct24-dev-only threshold);</li>
 * <li>ct22-tweets-dev: shipped (debate) model F1 0.357; a model trained on ct22-tweets-train alone
 *     ({@code --train ct22-tweets-train.tsv --out ct22.bin}, threshold from out-of-fold predictions) F1 0.667;</li>
 * <li>claimbuster-train 5-fold cross-validation ({@code --train claimbuster-train.tsv --cv 5}): F1 0.761.</li>
 * </ul>
 * Other modes: {@code --cv 5 --train FILE} prints k-fold cross-validated P/R/F1; {@code --search} with
 * {@code --train} and {@code --dev} prints dev F1 for a grid of hyper-parameters ({@code --grid} adds settings).
 * Note that ClaimBuster's training file contains about two thirds of ct24-dev, so it must not be added to the
 * training data when ct24-dev is used for tuning.
 */
public final class CheckWorthinessTrainer {

    /** Hyper-parameters of one linear member. */
    public record Params(CheckWorthinessFeatures features, int epochs, double learningRate, double l2,
                         double positiveWeight, long seed) {
        String describe() {
            return String.format(Locale.ROOT, "bits=%d words<=%d chars=%d-%d shapes<=%d epochs=%d lr=%.3f l2=%.1e posw=%.2f",
                    features.hashBits(), features.wordNgramMax(), features.charNgramMin(), features.charNgramMax(),
                    features.shapeNgramMax(),
                    epochs, learningRate, l2, positiveWeight);
        }

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("hashBits", features.hashBits());
            m.put("wordNgramMax", features.wordNgramMax());
            m.put("charNgramMin", features.charNgramMin());
            m.put("charNgramMax", features.charNgramMax());
            m.put("shapeNgramMax", features.shapeNgramMax());
            m.put("epochs", epochs);
            m.put("learningRate", learningRate);
            m.put("l2", l2);
            m.put("positiveWeight", positiveWeight);
            m.put("seed", seed);
            return m;
        }
    }

    /** Best threshold on a set of scores and the positive-class metrics it gives. */
    public record ThresholdChoice(double threshold, double precision, double recall, double f1) {}

    /** The members of the shipped ensemble (chosen on ct24-dev, see the class comment). */
    public static List<Params> defaultEnsemble() {
        return List.of(
                new Params(new CheckWorthinessFeatures(18, 2, 0, 0, 3), 8, 0.1, 1e-3, 1.0, 1),
                new Params(new CheckWorthinessFeatures(20, 2, 2, 5, 0), 8, 0.1, 1e-3, 1.0, 2));
    }

    private CheckWorthinessTrainer() {}

    public static void main(String[] args) {
        System.exit(main(args, System.out, System.err));
    }

    /** The command line ({@code --train ... --dev ... --newer-from-id N --out ...}); returns the exit status. */
    public static int main(String[] args, PrintStream out, PrintStream err) {
        List<Path> train = new ArrayList<>();
        Path dev = null, model = null;
        int folds = 0;
        Long laterThan = null;
        boolean search = false;
        List<Params> extraSettings = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            boolean hasValue = i + 1 < args.length;
            switch (a) {
                case "--train" -> { if (!hasValue) return usage(err, "--train needs a file"); train.add(Path.of(args[++i])); }
                case "--dev" -> { if (!hasValue) return usage(err, "--dev needs a file"); dev = Path.of(args[++i]); }
                case "--out" -> { if (!hasValue) return usage(err, "--out needs a file"); model = Path.of(args[++i]); }
                case "--cv" -> {
                    if (!hasValue || !args[i + 1].matches("\\d{1,2}")) return usage(err, "--cv needs a number of folds");
                    folds = Integer.parseInt(args[++i]);
                }
                case "--search" -> search = true;
                case "--grid" -> {
                    if (!hasValue) return usage(err, "--grid needs settings");
                    try {
                        extraSettings.addAll(parseGrid(args[++i]));
                    } catch (IllegalArgumentException e) {
                        return usage(err, e.getMessage());
                    }
                }
                case "--newer-from-id" -> {
                    if (!hasValue || !args[i + 1].matches("\\d{1,18}")) return usage(err, "--newer-from-id needs a numeric id");
                    laterThan = Long.parseLong(args[++i]);
                }
                default -> { return usage(err, "unknown argument " + a); }
            }
        }
        if (train.isEmpty()) return usage(err, "give at least one --train file");
        if (folds > 1) return crossValidate(train, folds, defaultEnsemble(), out, err);
        if (search) {
            if (dev == null) return usage(err, "--search needs --dev");
            return search(train, dev, extraSettings, out, err);
        }
        if (!extraSettings.isEmpty()) return usage(err, "--grid goes with --search");
        if (model == null) return usage(err, "give --out for the model file");
        return run(train, dev, laterThan, model, out, err, commandLine(args));
    }

    private static int usage(PrintStream err, String problem) {
        err.println("CheckWorthinessTrainer: " + problem);
        err.println("usage: --train FILE.tsv [--train FILE.tsv ...] [--dev FILE.tsv [--newer-from-id N]] --out MODEL.bin");
        err.println("       --train FILE.tsv --cv K          (k-fold cross-validation)");
        err.println("       --train FILE.tsv --dev FILE.tsv --search [--grid SETTINGS]   (hyper-parameter grid on dev)");
        err.println("       SETTINGS: extra members to try, ';' between them, each"
                + " BITS,WORDS,CHARMIN,CHARMAX,SHAPES,EPOCHS,LR,L2,POSWEIGHT[,SEED]");
        return 2;
    }

    private static String commandLine(String[] args) {
        return "java -cp target/factdesk-lab.jar " + CheckWorthinessTrainer.class.getName() + " " + String.join(" ", args);
    }

    /**
     * Trains the default ensemble on the train files, chooses the threshold on dev (or out-of-fold on train when
     * {@code devTsv} is null), writes the model to {@code modelOut} and returns 0 (2 on malformed data).
     */
    public static int run(List<Path> trainTsvs, Path devTsv, Path modelOut, PrintStream out) {
        return run(trainTsvs, devTsv, null, modelOut, out);
    }

    /**
     * As {@link #run(List, Path, Path, PrintStream)}; with {@code newerFromId} (may be null) the threshold is the one
     * best on average over dev and over the training sentences with id >= newerFromId scored by a model trained on
     * the older ones (how the shipped model is built, with 30000 for ct24).
     */
    public static int run(List<Path> trainTsvs, Path devTsv, Long newerFromId, Path modelOut, PrintStream out) {
        String command = "CheckWorthinessTrainer.run(train=" + trainTsvs + ", dev=" + devTsv + ", newerFromId=" + newerFromId
                + ", out=" + modelOut + ")";
        return run(trainTsvs, devTsv, newerFromId, modelOut, out, out, command);
    }

    static int run(List<Path> trainTsvs, Path devTsv, Long laterThanId, Path modelOut, PrintStream out, PrintStream err,
                   String command) {
        long t0 = System.nanoTime();
        List<CheckWorthinessDataset.Example> train, dev;
        try {
            train = readAll(trainTsvs);
            dev = devTsv == null ? null : CheckWorthinessDataset.read(devTsv);
        } catch (CheckWorthinessDataset.MalformedDataException e) {
            err.println(e.getMessage());
            return 2;
        }
        List<Params> ensemble = defaultEnsemble();
        out.printf(Locale.ROOT, "training %d members on %d sentences (%d check-worthy)%n", ensemble.size(), train.size(),
                train.stream().filter(e -> e.label() == 1).count());
        CheckWorthinessModel provisional = trainModel(train, ensemble, 0.5, Map.of());
        ThresholdChoice choice;
        String thresholdFrom;
        Map<String, Object> laterSlice = new LinkedHashMap<>();
        if (dev != null && laterThanId != null) {
            // ct24-dev is a random sample of the same debates as the training data, so a threshold tuned on it
            // alone is over-confident on newer debates; also ask a model trained on the older debates how it
            // does on the newer ones, and take the threshold best on average over both.
            List<CheckWorthinessDataset.Example> older = new ArrayList<>(), newer = new ArrayList<>();
            for (CheckWorthinessDataset.Example e : train) (numericId(e) >= laterThanId ? newer : older).add(e);
            CheckWorthinessModel olderModel = trainModel(older, ensemble, 0.5, Map.of());
            double[] devScores = scores(provisional, dev), newerScores = scores(olderModel, newer);
            int[] devY = labels(dev), newerY = labels(newer);
            double bestMean = -1, bestT = 0.5;
            for (double t = 0.02; t < 0.98; t += 0.005) {
                double mean = (evaluateAt(devScores, devY, t).f1() + evaluateAt(newerScores, newerY, t).f1()) / 2;
                if (mean > bestMean) {
                    bestMean = mean;
                    bestT = t;
                }
            }
            choice = evaluateAt(devScores, devY, bestT);
            ThresholdChoice onNewer = evaluateAt(newerScores, newerY, bestT);
            thresholdFrom = "max mean F1 of " + devTsv.getFileName() + " and of the training sentences with id >= "
                    + laterThanId + " (" + newer.size() + ", scored by a model trained on the " + older.size() + " older ones)";
            laterSlice.put("idFrom", laterThanId);
            laterSlice.put("sentences", newer.size());
            laterSlice.put("f1", round(onNewer.f1()));
            laterSlice.put("bestPossibleF1", round(bestThreshold(newerScores, newerY).f1()));
            out.printf(Locale.ROOT, "newer training debates (id >= %d): F1 %.4f at %.3f (best possible %.4f)%n", laterThanId,
                    onNewer.f1(), bestT, bestThreshold(newerScores, newerY).f1());
            out.printf(Locale.ROOT, "dev: F1 %.4f at %.3f (best possible %.4f)%n", choice.f1(), bestT,
                    bestThreshold(devScores, devY).f1());
        } else if (dev != null) {
            choice = bestThreshold(scores(provisional, dev), labels(dev));
            thresholdFrom = "max F1 on " + devTsv.getFileName();
        } else {
            double[] oof = outOfFoldScores(train, 5, ensemble);
            choice = bestThreshold(oof, labels(train));
            thresholdFrom = "max F1 on 5-fold out-of-fold predictions of the training data";
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("task", "checkworthiness");
        meta.put("created", LocalDate.now().toString());
        meta.put("command", command);
        meta.put("trainFiles", trainTsvs.stream().map(p -> p.getFileName().toString()).toList());
        meta.put("trainSentences", train.size());
        meta.put("devFile", devTsv == null ? null : devTsv.getFileName().toString());
        meta.put("thresholdFrom", thresholdFrom);
        meta.put(devTsv == null ? "outOfFoldF1" : "devF1", round(choice.f1()));
        meta.put(devTsv == null ? "outOfFoldPrecision" : "devPrecision", round(choice.precision()));
        meta.put(devTsv == null ? "outOfFoldRecall" : "devRecall", round(choice.recall()));
        if (!laterSlice.isEmpty()) meta.put("newerDebatesCheck", laterSlice);
        meta.put("members", ensemble.stream().map(Params::toMap).toList());
        meta.put("featureVersion", 1);
        CheckWorthinessModel model = new CheckWorthinessModel(provisional.members(), choice.threshold(), meta);
        try {
            if (modelOut.getParent() != null) Files.createDirectories(modelOut.getParent());
            try (OutputStream os = Files.newOutputStream(modelOut)) {
                model.write(os);
            }
            out.printf(Locale.ROOT, "threshold %.4f (%s): P %.4f R %.4f F1 %.4f%n", choice.threshold(), thresholdFrom,
                    choice.precision(), choice.recall(), choice.f1());
            out.printf(Locale.ROOT, "wrote %s (%d bytes) in %.1f s%n", modelOut, Files.size(modelOut), (System.nanoTime() - t0) / 1e9);
        } catch (IOException e) {
            err.println(modelOut + ": cannot write the model: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private static long numericId(CheckWorthinessDataset.Example e) {
        try {
            return Long.parseLong(e.id().strip());
        } catch (NumberFormatException ex) {
            return Long.MIN_VALUE; // not chronological: counts as older
        }
    }

    static List<CheckWorthinessDataset.Example> readAll(List<Path> files) throws CheckWorthinessDataset.MalformedDataException {
        List<CheckWorthinessDataset.Example> all = new ArrayList<>();
        for (Path p : files) all.addAll(CheckWorthinessDataset.read(p));
        return all;
    }

    public static CheckWorthinessModel trainModel(List<CheckWorthinessDataset.Example> train, List<Params> ensemble,
                                                  double threshold, Map<String, Object> meta) {
        Map<CheckWorthinessFeatures, List<CheckWorthinessFeatures.Sparse>> cache = new HashMap<>();
        List<CheckWorthinessModel.Member> members = new ArrayList<>();
        int[] y = labels(train);
        for (Params p : ensemble) {
            List<CheckWorthinessFeatures.Sparse> xs = cache.computeIfAbsent(p.features(), f -> featurise(f, train));
            members.add(new CheckWorthinessModel.Member(p.features(), fit(xs, y, p)));
        }
        return new CheckWorthinessModel(members, threshold, meta);
    }

    static List<CheckWorthinessFeatures.Sparse> featurise(CheckWorthinessFeatures f, List<CheckWorthinessDataset.Example> data) {
        return data.parallelStream().map(e -> f.extract(e.text())).collect(Collectors.toList());
    }

    /** Logistic regression by AdaGrad SGD with L2 applied to the touched weights; returns the weights. */
    static float[] fit(List<CheckWorthinessFeatures.Sparse> xs, int[] y, Params p) {
        int dim = p.features().dimension();
        float[] w = new float[dim];
        float[] g2 = new float[dim];
        Integer[] order = new Integer[xs.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Random rnd = new Random(p.seed());
        for (int epoch = 0; epoch < p.epochs(); epoch++) {
            java.util.Collections.shuffle(Arrays.asList(order), rnd);
            for (int i : order) {
                CheckWorthinessFeatures.Sparse x = xs.get(i);
                int[] idx = x.index();
                float[] val = x.value();
                double z = 0;
                for (int k = 0; k < idx.length; k++) z += w[idx[k]] * val[k];
                double err = CheckWorthinessModel.sigmoid(z) - y[i];
                if (y[i] == 1) err *= p.positiveWeight();
                for (int k = 0; k < idx.length; k++) {
                    int j = idx[k];
                    double g = err * val[k] + p.l2() * w[j];
                    g2[j] += (float) (g * g);
                    w[j] -= (float) (p.learningRate() * g / Math.sqrt(g2[j] + 1e-8));
                }
            }
        }
        return w;
    }

    static double[] scores(CheckWorthinessModel m, List<CheckWorthinessDataset.Example> data) {
        return data.parallelStream().mapToDouble(e -> m.score(e.text())).toArray();
    }

    static int[] labels(List<CheckWorthinessDataset.Example> data) {
        return data.stream().mapToInt(CheckWorthinessDataset.Example::label).toArray();
    }

    /** The threshold (midway between neighbouring scores) that maximises positive-class F1. */
    public static ThresholdChoice bestThreshold(double[] scores, int[] labels) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        int positives = Arrays.stream(labels).sum();
        int tp = 0;
        ThresholdChoice best = new ThresholdChoice(1.0, 0, 0, 0);
        for (int k = 0; k < order.length; k++) {
            tp += labels[order[k]];
            if (k + 1 < order.length && scores[order[k + 1]] == scores[order[k]]) continue; // ties decide together
            double precision = tp / (double) (k + 1), recall = positives == 0 ? 0 : tp / (double) positives;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            if (f1 > best.f1()) {
                double next = k + 1 < order.length ? scores[order[k + 1]] : 0;
                best = new ThresholdChoice((scores[order[k]] + next) / 2, precision, recall, f1);
            }
        }
        return best;
    }

    /** Positive-class precision, recall and F1 of {@code score >= threshold}. */
    public static ThresholdChoice evaluateAt(double[] scores, int[] labels, double threshold) {
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean predicted = scores[i] >= threshold;
            if (predicted && labels[i] == 1) tp++;
            else if (predicted) fp++;
            else if (labels[i] == 1) fn++;
        }
        double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp), r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        return new ThresholdChoice(threshold, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    static double[] outOfFoldScores(List<CheckWorthinessDataset.Example> data, int k, List<Params> ensemble) {
        int[] fold = foldAssignment(data.size(), k);
        double[] oof = new double[data.size()];
        for (int f = 0; f < k; f++) {
            List<CheckWorthinessDataset.Example> tr = new ArrayList<>();
            List<Integer> te = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                if (fold[i] == f) te.add(i);
                else tr.add(data.get(i));
            }
            CheckWorthinessModel m = trainModel(tr, ensemble, 0.5, Map.of());
            for (int i : te) oof[i] = m.score(data.get(i).text());
        }
        return oof;
    }

    private static int[] foldAssignment(int n, int k) {
        Integer[] perm = new Integer[n];
        for (int i = 0; i < n; i++) perm[i] = i;
        java.util.Collections.shuffle(Arrays.asList(perm), new Random(42));
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) fold[perm[i]] = i % k;
        return fold;
    }

    /**
     * k-fold cross-validation: in each fold the ensemble is trained on the other folds and its threshold chosen
     * on their out-of-fold predictions (an inner 5-fold split would cost 5x; instead the threshold comes from a
     * 10% slice held out of the training folds), then measured on the held-out fold. Prints pooled P/R/F1.
     */
    static int crossValidate(List<Path> files, int k, List<Params> ensemble, PrintStream out, PrintStream err) {
        List<CheckWorthinessDataset.Example> data;
        try {
            data = readAll(files);
        } catch (CheckWorthinessDataset.MalformedDataException e) {
            err.println(e.getMessage());
            return 2;
        }
        int[] fold = foldAssignment(data.size(), k);
        int tp = 0, fp = 0, fn = 0;
        for (int f = 0; f < k; f++) {
            List<CheckWorthinessDataset.Example> tr = new ArrayList<>(), tune = new ArrayList<>(), te = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                if (fold[i] == f) te.add(data.get(i));
                else if (i % 10 == 0) tune.add(data.get(i));
                else tr.add(data.get(i));
            }
            CheckWorthinessModel tuneModel = trainModel(tr, ensemble, 0.5, Map.of());
            double threshold = bestThreshold(scores(tuneModel, tune), labels(tune)).threshold();
            List<CheckWorthinessDataset.Example> all = new ArrayList<>(tr);
            all.addAll(tune);
            CheckWorthinessModel m = trainModel(all, ensemble, threshold, Map.of());
            double[] s = scores(m, te);
            int[] y = labels(te);
            ThresholdChoice r = evaluateAt(s, y, threshold);
            for (int i = 0; i < s.length; i++) {
                boolean p = s[i] >= threshold;
                if (p && y[i] == 1) tp++;
                else if (p) fp++;
                else if (y[i] == 1) fn++;
            }
            out.printf(Locale.ROOT, "fold %d: n=%d threshold %.3f P %.4f R %.4f F1 %.4f%n", f + 1, te.size(), threshold,
                    r.precision(), r.recall(), r.f1());
        }
        double p = tp / (double) (tp + fp), r = tp / (double) (tp + fn);
        out.printf(Locale.ROOT, "%d-fold cross-validation on %s (n=%d): P %.4f R %.4f F1 %.4f%n", k, files, data.size(),
                p, r, 2 * p * r / (p + r));
        return 0;
    }

    /**
     * The settings of {@code --grid}: "BITS,WORDS,CHARMIN,CHARMAX,SHAPES,EPOCHS,LR,L2,POSWEIGHT[,SEED]", ';' between
     * them (the seed is 1 when left out).
     */
    static List<Params> parseGrid(String spec) {
        List<Params> grid = new ArrayList<>();
        for (String item : spec.split(";")) {
            if (item.isBlank()) continue;
            String[] v = item.strip().split("\\s*,\\s*");
            if (v.length != 9 && v.length != 10) {
                throw new IllegalArgumentException("--grid setting '" + item.strip() + "' has " + v.length
                        + " values; give BITS,WORDS,CHARMIN,CHARMAX,SHAPES,EPOCHS,LR,L2,POSWEIGHT[,SEED]");
            }
            try {
                grid.add(new Params(new CheckWorthinessFeatures(Integer.parseInt(v[0]), Integer.parseInt(v[1]),
                        Integer.parseInt(v[2]), Integer.parseInt(v[3]), Integer.parseInt(v[4])), Integer.parseInt(v[5]),
                        Double.parseDouble(v[6]), Double.parseDouble(v[7]), Double.parseDouble(v[8]),
                        v.length > 9 ? Long.parseLong(v[9]) : 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--grid setting '" + item.strip() + "': " + e.getMessage());
            }
        }
        return grid;
    }

    /**
     * Prints dev F1 (best threshold) for the default ensemble's members and {@code extra} settings, one at a time; for
     * choosing {@link #defaultEnsemble()}.
     */
    static int search(List<Path> trainFiles, Path devFile, List<Params> extra, PrintStream out, PrintStream err) {
        List<CheckWorthinessDataset.Example> train, dev;
        try {
            train = readAll(trainFiles);
            dev = CheckWorthinessDataset.read(devFile);
        } catch (CheckWorthinessDataset.MalformedDataException e) {
            err.println(e.getMessage());
            return 2;
        }
        List<Params> grid = new ArrayList<>();
        for (Params base : defaultEnsemble()) grid.add(base);
        grid.addAll(extra);
        int[] y = labels(dev);
        double[] ensembleSum = new double[dev.size()];
        for (Params p : grid) {
            long t0 = System.nanoTime();
            CheckWorthinessModel m = trainModel(train, List.of(p), 0.5, Map.of());
            double[] s = scores(m, dev);
            for (int i = 0; i < s.length; i++) ensembleSum[i] += s[i];
            ThresholdChoice c = bestThreshold(s, y);
            ThresholdChoice at5 = evaluateAt(s, y, 0.5);
            out.printf(Locale.ROOT, "%-70s devF1 %.4f (t=%.3f P %.3f R %.3f) F1@0.5 %.4f  %.1fs%n", p.describe(), c.f1(),
                    c.threshold(), c.precision(), c.recall(), at5.f1(), (System.nanoTime() - t0) / 1e9);
        }
        ThresholdChoice e = bestThreshold(ensembleSum, y);
        out.printf(Locale.ROOT, "average of all %d: devF1 %.4f (t=%.3f)%n", grid.size(), e.f1(), e.threshold() / grid.size());
        return 0;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
