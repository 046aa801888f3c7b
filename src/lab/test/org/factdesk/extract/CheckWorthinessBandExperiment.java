package org.factdesk.extract;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Development tool (not a test): how much blocked-CV F1 the head keeps when only sentences whose n-gram
 * probability lies in a band [lo, hi] are encoded (below: not check-worthy, above: check-worthy), and
 * what share of sentences that encodes. Args: {@code TRAIN.tsv VECTORS_DIR}.
 */
public final class CheckWorthinessBandExperiment {
    private CheckWorthinessBandExperiment() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        Path train = Path.of(args[0]);
        List<CheckWorthinessDataset.Example> data = CheckWorthinessDataset.read(train);
        int[] fold = CheckWorthinessHeadTrainer.blockedFolds(data, 5);
        int[] y = CheckWorthinessTrainer.labels(data);
        double[] ngram = CheckWorthinessHeadTrainer.ngramOutOfFold(data, fold, 5, out);
        double[][] x = CheckWorthinessHeadTrainer.rows(CheckWorthinessHeadTrainer.vectors(data, BundledSentenceEncoders.e5(),
                Path.of(args[1]), train, out), ngram);
        double[] oof = new double[x.length];
        for (int f = 0; f < 5; f++) {
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
            ClassifierHead h = ClassifierHead.fit(xt, yt, "lr", 0, 0.01, 10, 7);
            for (int i = 0; i < x.length; i++) {
                if (fold[i] == f) {
                    oof[i] = h.logit(x[i]);
                }
            }
        }
        double t = CheckWorthinessTrainer.bestThreshold(oof, y).threshold();
        for (double lo : new double[] {0.1, 0.15, 0.2, 0.25, 0.3}) {
            for (double hi : new double[] {0.8, 0.7, 0.6, 0.5}) {
                int tp = 0;
                int fp = 0;
                int fn = 0;
                int encoded = 0;
                for (int i = 0; i < x.length; i++) {
                    boolean p;
                    if (ngram[i] < lo) {
                        p = false;
                    } else if (ngram[i] > hi) {
                        p = true;
                    } else {
                        p = oof[i] >= t;
                        encoded++;
                    }
                    tp += p && y[i] == 1 ? 1 : 0;
                    fp += p && y[i] == 0 ? 1 : 0;
                    fn += !p && y[i] == 1 ? 1 : 0;
                }
                double pr = tp / (double) (tp + fp);
                double rc = tp / (double) (tp + fn);
                out.printf(Locale.ROOT, "band [%.2f, %.2f]: encoded %.1f%%, F1 %.3f%n", lo, hi, 100.0 * encoded / x.length,
                        2 * pr * rc / (pr + rc));
            }
        }
    }
}
