package org.factdesk.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains the check-worthiness head ({@link CheckWorthinessHead}): sentence vectors from a bundled encoder
 * plus the n-gram model's log-odds, a logistic-regression head, the settings and the threshold chosen by
 * <b>blocked</b> k-fold cross-validation on the training file (folds of consecutive ids, so that each
 * debate's sentences stay in one fold; the n-gram log-odds of a training sentence come from a model trained
 * on the other folds, so the head learns how far to trust it on unseen debates).
 *
 * <p>Rebuild the shipped head (after {@code mvn -o -q -DskipTests package}; about 10 minutes, most of it
 * encoding 22,500 sentences):
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -cp target/factdesk-lab.jar org.factdesk.extract.CheckWorthinessHeadTrainer \
 *     --train ../shared/data/checkworthiness/ct24-train.tsv --encoder e5 --folds 5 --l2 0.01 --epochs 10 \
 *     --band 0.10,0.80 --out src/main/resources/org/factdesk/extract/checkworthiness-head.bin
 * </pre>
 * The command, the data, the date, the settings and the cross-validated P/R/F1 are written into the
 * model's metadata. {@code --l2 a,b,c} (and {@code --epochs}, {@code --hidden}, {@code --encoder}) with
 * several values and no {@code --out} prints the cross-validated F1 of each setting; {@code --vectors DIR}
 * keeps the encoded sentences between runs.
 */
public final class CheckWorthinessHeadTrainer {
    private CheckWorthinessHeadTrainer() {
    }

    /** Cross-validated scores of one setting, and the threshold (log-odds) chosen on its out-of-fold margins. */
    record Validation(double precision, double recall, double f1, double thresholdLogit, double encoded) {}

    public static void main(String[] args) {
        System.exit(main(args, System.out, System.err));
    }

    public static int main(String[] args, PrintStream out, PrintStream err) {
        Path train = null;
        Path model = null;
        Path vectorsDir = null;
        List<String> encoders = List.of("e5");
        List<Double> l2s = List.of(0.01);
        List<Integer> epochs = List.of(10);
        List<Integer> hidden = List.of(0);
        int folds = 5;
        double bandLow = 0;
        double bandHigh = 1.01;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (i + 1 >= args.length) {
                    return usage(err, a + " needs a value");
                }
                String v = args[++i];
                switch (a) {
                    case "--train" -> train = Path.of(v);
                    case "--out" -> model = Path.of(v);
                    case "--vectors" -> vectorsDir = Path.of(v);
                    case "--encoder" -> encoders = List.of(v.split(","));
                    case "--l2" -> l2s = java.util.Arrays.stream(v.split(",")).map(Double::valueOf).toList();
                    case "--epochs" -> epochs = java.util.Arrays.stream(v.split(",")).map(Integer::valueOf).toList();
                    case "--hidden" -> hidden = java.util.Arrays.stream(v.split(",")).map(Integer::valueOf).toList();
                    case "--folds" -> folds = Integer.parseInt(v);
                    case "--band" -> {
                        String[] ends = v.split(",");
                        if (ends.length != 2) {
                            return usage(err, "--band needs LOW,HIGH (n-gram probabilities between which sentences are encoded)");
                        }
                        bandLow = Double.parseDouble(ends[0]);
                        bandHigh = Double.parseDouble(ends[1]);
                    }
                    default -> {
                        return usage(err, "unknown argument " + a);
                    }
                }
            }
        } catch (NumberFormatException e) {
            return usage(err, "not a number: " + e.getMessage());
        }
        if (train == null) {
            return usage(err, "give --train FILE.tsv");
        }
        if (folds < 2) {
            return usage(err, "--folds needs at least 2");
        }
        boolean grid = encoders.size() * l2s.size() * epochs.size() * hidden.size() > 1;
        if (model == null && !grid) {
            return usage(err, "give --out MODEL.bin (or several settings to compare)");
        }
        try {
            List<CheckWorthinessDataset.Example> data = CheckWorthinessDataset.read(train);
            if (data.size() < folds * 10) {
                err.println(train + ": " + data.size() + " examples are too few for " + folds + " folds");
                return 2;
            }
            int[] fold = blockedFolds(data, folds);
            int[] y = CheckWorthinessTrainer.labels(data);
            out.printf(Locale.ROOT, "%d training sentences, %d check-worthy; %d blocked folds of consecutive ids%n",
                    data.size(), java.util.Arrays.stream(y).sum(), folds);
            double[] ngramOof = ngramOutOfFold(data, fold, folds, out);
            Validation best = null;
            String bestEncoder = null;
            double bestL2 = 0;
            int bestEpochs = 0;
            int bestHidden = 0;
            for (String encoder : encoders) {
                float[][] vectors = vectors(data, BundledSentenceEncoders.named(encoder), vectorsDir, train, out);
                double[][] x = rows(vectors, ngramOof);
                for (double l2 : l2s) {
                    for (int e : epochs) {
                        for (int h : hidden) {
                            Validation v = crossValidate(x, y, fold, folds, h, l2, e, ngramOof, bandLow, bandHigh);
                            out.printf(Locale.ROOT, "encoder %s l2 %.4g epochs %d hidden %d band [%.2f, %.2f]: blocked %d-fold CV"
                                            + " P %.3f R %.3f F1 %.3f, %.1f%% of sentences encoded%n",
                                    encoder, l2, e, h, bandLow, bandHigh, folds, v.precision(), v.recall(), v.f1(), 100 * v.encoded());
                            if (best == null || v.f1() > best.f1()) {
                                best = v;
                                bestEncoder = encoder;
                                bestL2 = l2;
                                bestEpochs = e;
                                bestHidden = h;
                            }
                        }
                    }
                }
            }
            if (model == null) {
                return 0;
            }
            SentenceEncoder encoder = BundledSentenceEncoders.named(bestEncoder);
            double[][] x = rows(vectors(data, encoder, vectorsDir, train, out), ngramOof);
            ClassifierHead head = ClassifierHead.fit(x, y, bestHidden > 0 ? "mlp" : "lr", bestHidden, bestL2, bestEpochs, 7);
            double[][] logOdds = new double[ngramOof.length][];
            for (int i = 0; i < logOdds.length; i++) {
                logOdds[i] = new double[] {CheckWorthinessHead.logit(ngramOof[i])};
            }
            ClassifierHead calibration = ClassifierHead.fit(logOdds, y, "lr", 0, 0, 5, 7);
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("model", "check-worthiness head over " + encoder.name() + " sentence vectors and the n-gram model's log-odds");
            meta.put("train", train.getFileName().toString());
            meta.put("trainRows", data.size());
            meta.put("command", "java --enable-native-access=ALL-UNNAMED -cp target/factdesk-lab.jar "
                    + CheckWorthinessHeadTrainer.class.getName() + " " + recordedArguments(args));
            meta.put("date", LocalDate.now().toString());
            meta.put("head", bestHidden > 0 ? "mlp" : "logistic regression");
            meta.put("hidden", bestHidden);
            meta.put("l2", bestL2);
            meta.put("epochs", bestEpochs);
            meta.put("thresholdChosenBy", "pooled out-of-fold margins of blocked " + folds + "-fold cross-validation on " + train.getFileName());
            meta.put("blockedCvPrecision", round(best.precision()));
            meta.put("blockedCvRecall", round(best.recall()));
            meta.put("blockedCvF1", round(best.f1()));
            meta.put("encodedShareOfTraining", round(best.encoded()));
            CheckWorthinessHead shipped = new CheckWorthinessHead(encoder.name(), head,
                    ClassifierHead.sigmoid(best.thresholdLogit()), bandLow, bandHigh, calibration, meta);
            Files.createDirectories(model.toAbsolutePath().getParent());
            try (OutputStream o = Files.newOutputStream(model)) {
                shipped.write(o);
            }
            out.printf(Locale.ROOT, "wrote %s (%d bytes): threshold %.3f, blocked CV F1 %.3f%n", model, Files.size(model),
                    shipped.threshold(), best.f1());
            return 0;
        } catch (CheckWorthinessDataset.MalformedDataException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("cannot write or read: " + e.getMessage());
            return 2;
        }
    }

    /** The arguments as the model records them: without {@code --vectors DIR}, a cache that changes nothing. */
    static String recordedArguments(String[] args) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--vectors") && i + 1 < args.length) {
                i++;
                continue;
            }
            kept.add(args[i]);
        }
        return String.join(" ", kept);
    }

    private static int usage(PrintStream err, String problem) {
        err.println("CheckWorthinessHeadTrainer: " + problem);
        err.println("usage: --train FILE.tsv [--encoder e5|minilm] [--folds 5] [--l2 X[,Y..]] [--epochs N[,M..]] [--hidden 0[,H..]]"
                + " [--band LOW,HIGH] [--vectors DIR] --out HEAD.bin");
        return 2;
    }

    /** Folds of consecutive ids: the sentences sorted by id and cut into k runs of equal size. */
    static int[] blockedFolds(List<CheckWorthinessDataset.Example> data, int k) {
        Integer[] byId = new Integer[data.size()];
        for (int i = 0; i < byId.length; i++) {
            byId[i] = i;
        }
        java.util.Arrays.sort(byId, Comparator.comparingLong((Integer i) -> numericId(data.get(i))).thenComparing(i -> data.get(i).id()));
        int[] fold = new int[data.size()];
        for (int r = 0; r < byId.length; r++) {
            fold[byId[r]] = (int) ((long) r * k / byId.length);
        }
        return fold;
    }

    private static long numericId(CheckWorthinessDataset.Example e) {
        try {
            return Long.parseLong(e.id().strip());
        } catch (NumberFormatException ex) {
            return Long.MAX_VALUE; // ids that are not numbers keep their file order at the end
        }
    }

    /** The n-gram model's probability for each sentence, from a model trained on the other folds. */
    static double[] ngramOutOfFold(List<CheckWorthinessDataset.Example> data, int[] fold, int k, PrintStream out) {
        double[] p = new double[data.size()];
        for (int f = 0; f < k; f++) {
            List<CheckWorthinessDataset.Example> tr = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                if (fold[i] != f) {
                    tr.add(data.get(i));
                }
            }
            CheckWorthinessModel m = CheckWorthinessTrainer.trainModel(tr, CheckWorthinessTrainer.defaultEnsemble(), 0.5, Map.of());
            for (int i = 0; i < data.size(); i++) {
                if (fold[i] == f) {
                    p[i] = m.score(data.get(i).text());
                }
            }
            out.printf(Locale.ROOT, "n-gram model for fold %d of %d trained%n", f + 1, k);
        }
        return p;
    }

    static double[][] rows(float[][] vectors, double[] ngram) {
        double[][] x = new double[vectors.length][];
        for (int i = 0; i < x.length; i++) {
            x[i] = CheckWorthinessHead.input(vectors[i], ngram[i]);
        }
        return x;
    }

    /**
     * Blocked CV of one setting: pooled P/R/F1 where each fold is cut at the threshold best on the other
     * folds' out-of-fold margins, and the threshold best on all of them (the one a model trained on all
     * folds ships with).
     */
    static Validation crossValidate(double[][] x, int[] y, int[] fold, int k, int hidden, double l2, int epochs,
                                   double[] ngram, double bandLow, double bandHigh) {
        double[] oof = new double[x.length];
        for (int f = 0; f < k; f++) {
            List<Integer> tr = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                if (fold[i] != f) {
                    tr.add(i);
                }
            }
            double[][] xt = new double[tr.size()][];
            int[] yt = new int[tr.size()];
            for (int j = 0; j < xt.length; j++) {
                xt[j] = x[tr.get(j)];
                yt[j] = y[tr.get(j)];
            }
            ClassifierHead h = ClassifierHead.fit(xt, yt, hidden > 0 ? "mlp" : "lr", hidden, l2, epochs, 7);
            for (int i = 0; i < x.length; i++) {
                if (fold[i] == f) {
                    oof[i] = h.logit(x[i]);
                }
            }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int f = 0; f < k; f++) {
            List<Integer> others = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                if (fold[i] != f) {
                    others.add(i);
                }
            }
            double t = CheckWorthinessTrainer.bestThreshold(others.stream().mapToDouble(i -> oof[i]).toArray(),
                    others.stream().mapToInt(i -> y[i]).toArray()).threshold();
            for (int i = 0; i < x.length; i++) {
                if (fold[i] == f) {
                    // outside the band the n-gram probability decides: below not worthy, above worthy
                    boolean p = ngram[i] < bandLow ? false : ngram[i] > bandHigh || oof[i] >= t;
                    tp += p && y[i] == 1 ? 1 : 0;
                    fp += p && y[i] == 0 ? 1 : 0;
                    fn += !p && y[i] == 1 ? 1 : 0;
                }
            }
        }
        double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        long encoded = java.util.Arrays.stream(ngram).filter(p -> p >= bandLow && p <= bandHigh).count();
        return new Validation(precision, recall, f1, CheckWorthinessTrainer.bestThreshold(oof, y).threshold(),
                encoded / (double) ngram.length);
    }

    /** The sentences' vectors, read from {@code dir} when an earlier run kept them there. */
    static float[][] vectors(List<CheckWorthinessDataset.Example> data, SentenceEncoder encoder, Path dir, Path source,
                             PrintStream out) throws IOException {
        Path cache = dir == null ? null : dir.resolve(encoder.name() + "-" + source.getFileName() + ".vectors");
        if (cache != null && Files.exists(cache)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
                int n = in.readInt();
                int d = in.readInt();
                if (n == data.size() && d == encoder.dimension()) {
                    float[][] v = new float[n][d];
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < d; j++) {
                            v[i][j] = in.readFloat();
                        }
                    }
                    return v;
                }
            }
        }
        long t0 = System.nanoTime();
        float[][] v = new float[data.size()][];
        for (int i = 0; i < data.size(); i += 64) {
            List<String> batch = new ArrayList<>();
            for (int j = i; j < Math.min(data.size(), i + 64); j++) {
                batch.add(data.get(j).text());
            }
            List<float[]> e = encoder.embedAll(batch);
            for (int j = 0; j < e.size(); j++) {
                v[i + j] = e.get(j);
            }
            if (i % 4096 == 0) {
                out.printf(Locale.ROOT, "encoding with %s: %d of %d (%.0f s)%n", encoder.name(), i, data.size(), (System.nanoTime() - t0) / 1e9);
            }
        }
        if (cache != null) {
            Files.createDirectories(dir);
            try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(cache)))) {
                o.writeInt(v.length);
                o.writeInt(encoder.dimension());
                for (float[] row : v) {
                    for (float f : row) {
                        o.writeFloat(f);
                    }
                }
            }
        }
        return v;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
