package org.factdesk.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.factdesk.extract.CheckWorthinessTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Rebuilds the shipped check-worthiness model; the options are the trainer's (see its --help). */
@Command(name = "train-checkworthiness", description = {
        "Train the check-worthiness model from labelled TSV files (id, text, label).",
        "The shipped model: train-checkworthiness --train ../shared/data/checkworthiness/ct24-train.tsv "
                + "--dev ../shared/data/checkworthiness/ct24-dev.tsv --newer-from-id 30000 "
                + "--out src/main/resources/org/factdesk/extract/checkworthiness-model.bin"})
public final class TrainCheckWorthinessCommand implements Callable<Integer> {
    /** Handed to the trainer as they are: --train FILE... [--dev FILE] [--newer-from-id N] --out FILE | --cv K. */
    @Unmatched
    List<String> args = List.of();

    @Override
    public Integer call() {
        return CheckWorthinessTrainer.main(args.toArray(String[]::new), System.out, System.err);
    }
}
