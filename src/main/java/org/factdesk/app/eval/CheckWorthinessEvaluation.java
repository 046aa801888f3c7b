package org.factdesk.app.eval;

import org.factdesk.extract.CheckWorthinessDataset;
import org.factdesk.extract.CheckWorthinessDataset.Example;
import org.factdesk.extract.CheckWorthinessModel;
import org.factdesk.extract.CheckWorthinessScorer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * {@code evaluate checkworthiness --data FILE.tsv}: scores every sentence with the shipped
 * {@link CheckWorthinessScorer} (the same scorer the claim finder uses), compares {@code score >= threshold}
 * with the gold label and prints a confusion table, the worst errors, and as the last line the JSON metrics of
 * EVALUATION.md. A malformed file prints {@code FILE:LINE: message} on err and returns 2.
 */
public final class CheckWorthinessEvaluation {
    private static final int SHOWN_ERRORS = 8;

    private CheckWorthinessEvaluation() {}

    /** {@code CheckWorthinessEvaluation FILE.tsv [MODEL.bin]}: the second argument evaluates another model file. */
    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: CheckWorthinessEvaluation FILE.tsv [MODEL.bin]   (TSV with header id, text, label)");
            System.exit(2);
        }
        System.exit(run(Path.of(args[0]), args.length == 2 ? Path.of(args[1]) : null, System.out, System.err));
    }

    public static int run(Path tsv, PrintStream out, PrintStream err) {
        return run(tsv, null, out, err);
    }

    /** Evaluates the model in {@code modelFile}, or the shipped one when it is null. */
    public static int run(Path tsv, Path modelFile, PrintStream out, PrintStream err) {
        long t0 = System.nanoTime();
        List<Example> data;
        try {
            data = CheckWorthinessDataset.read(tsv);
        } catch (CheckWorthinessDataset.MalformedDataException e) {
            err.println(e.getMessage());
            return 2;
        }
        long read = System.nanoTime();
        CheckWorthinessScorer scorer;
        if (modelFile == null) scorer = CheckWorthinessScorer.load();
        else {
            try (InputStream in = Files.newInputStream(modelFile)) {
                scorer = CheckWorthinessScorer.of(CheckWorthinessModel.read(in));
            } catch (IOException e) {
                err.println(modelFile + ": cannot read the model: " + e.getMessage());
                return 2;
            }
        }
        long loaded = System.nanoTime();
        double[] scores = new double[data.size()];
        for (int from = 0; from < data.size(); from += 64) {
            int to = Math.min(data.size(), from + 64);
            double[] batch = scorer.scoreAll(data.subList(from, to).stream().map(Example::text).toList());
            System.arraycopy(batch, 0, scores, from, batch.length);
        }
        double threshold = scorer.threshold();
        long scored = System.nanoTime();

        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean predicted = scores[i] >= threshold, gold = data.get(i).label() == 1;
            if (predicted && gold) tp++;
            else if (predicted) fp++;
            else if (gold) fn++;
            else tn++;
        }
        double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

        out.printf(Locale.ROOT, "check-worthiness on %s: %d sentences, %d check-worthy%n", tsv, data.size(), tp + fn);
        out.printf(Locale.ROOT, "n-gram model: trained %s on %s (dev F1 %s)%n",
                scorer.metadata().get("created"), scorer.metadata().get("trainFiles"),
                scorer.metadata().getOrDefault("devF1", scorer.metadata().get("outOfFoldF1")));
        if (scorer.readsMeaning() && scorer.metadata().get("head") instanceof java.util.Map<?, ?> head) {
            out.printf(Locale.ROOT, "decides: the head over %s vectors, trained %s on %s (blocked CV F1 %s), threshold %.4f%n",
                    head.get("encoder"), head.get("date"), head.get("train"), head.get("blockedCvF1"), threshold);
        } else {
            out.printf(Locale.ROOT, "decides: the n-gram model alone (%s), threshold %.4f%n", scorer.whyNgramsOnly(), threshold);
        }
        out.println();
        out.println("                 gold worthy   gold not");
        out.printf(Locale.ROOT, "predicted worthy %11d %10d%n", tp, fp);
        out.printf(Locale.ROOT, "predicted not    %11d %10d%n", fn, tn);
        out.println();
        out.printf(Locale.ROOT, "precision %.4f  recall %.4f  F1 %.4f  accuracy %.4f%n", precision, recall, f1,
                (tp + tn) / (double) data.size());
        printErrors(out, "false positives (highest scores, gold 0)", data, scores, threshold, 0,
                Comparator.comparingDouble(i -> -scores[i]));
        printErrors(out, "false negatives (lowest scores, gold 1)", data, scores, threshold, 1,
                Comparator.comparingDouble(i -> scores[i]));
        out.printf(Locale.ROOT, "%ntime: reading %.0f ms, model load %.0f ms, scoring %.0f ms (%.3f ms a sentence)%n",
                (read - t0) / 1e6, (loaded - read) / 1e6, (scored - loaded) / 1e6, (scored - loaded) / 1e6 / data.size());
        out.printf(Locale.ROOT, "{\"task\":\"checkworthiness\",\"n\":%d,\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f}%n",
                data.size(), precision, recall, f1);
        return 0;
    }

    private static void printErrors(PrintStream out, String title, List<Example> data, double[] scores, double threshold,
                                    int goldLabel, Comparator<Integer> worstFirst) {
        List<Integer> errors = IntStream.range(0, data.size()).boxed()
                .filter(i -> data.get(i).label() == goldLabel && (scores[i] >= threshold) == (goldLabel == 0))
                .sorted(worstFirst).limit(SHOWN_ERRORS).toList();
        if (errors.isEmpty()) return;
        out.println();
        out.println(title + ":");
        for (int i : errors) {
            Example e = data.get(i);
            String text = e.text().length() > 110 ? e.text().substring(0, 107) + "..." : e.text();
            out.printf(Locale.ROOT, "  %.3f  line %d  %s%n", scores[i], e.line(), text);
        }
    }
}
