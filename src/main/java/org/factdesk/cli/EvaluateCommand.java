package org.factdesk.cli;

import java.nio.file.Path;
import org.factdesk.app.eval.AttributionEvaluation;
import org.factdesk.app.eval.CheckWorthinessEvaluation;
import org.factdesk.app.eval.ExtractionEvaluation;
import org.factdesk.app.eval.MetadataEvaluation;
import org.factdesk.app.eval.QuantityEvaluation;
import org.factdesk.app.eval.RetrievalEvaluation;
import org.factdesk.app.eval.StanceEvaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Benchmarks of the claim and evidence finders; each ends with one JSON line of metrics. */
@Command(name = "evaluate", description = "Measure FactDesk on labelled data (see docs/EVALUATION.md).",
        subcommands = {EvaluateCommand.CheckWorthiness.class, EvaluateCommand.Quantities.class,
                EvaluateCommand.Attribution.class, EvaluateCommand.Retrieval.class, EvaluateCommand.StanceTask.class,
                EvaluateCommand.Extraction.class, EvaluateCommand.Metadata.class})
final class EvaluateCommand implements Runnable {
    @CommandLine.ParentCommand
    FactDeskCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a task: checkworthiness, quantities, attribution, retrieval, stance, extraction or metadata");
    }

    @Command(name = "checkworthiness", description = "F1 of check-worthy sentences on a TSV (id, text, label).")
    static final class CheckWorthiness implements java.util.concurrent.Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "FILE.tsv")
        Path data;

        @Override
        public Integer call() {
            return CheckWorthinessEvaluation.run(data, System.out, System.err);
        }
    }

    @Command(name = "quantities", description = "Value, unit and change F1 on NewsQuant-style JSON.")
    static final class Quantities implements java.util.concurrent.Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "FILE.json")
        Path data;

        @Override
        public Integer call() {
            return QuantityEvaluation.run(data, System.out, System.err);
        }
    }

    @Command(name = "attribution", description = "Attribution F1 and source accuracy on PolNeAR-style JSONL.")
    static final class Attribution implements java.util.concurrent.Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "FILE.jsonl")
        Path data;

        @Override
        public Integer call() {
            return AttributionEvaluation.run(data, System.out, System.err);
        }
    }

    @Command(name = "retrieval", description = "MAP@5, MRR@5, R@10, R@100 of the evidence finder.")
    static final class Retrieval implements java.util.concurrent.Callable<Integer> {
        @Option(names = "--collection", required = true, paramLabel = "FILE.jsonl")
        Path collection;

        @Option(names = "--queries", required = true, paramLabel = "FILE.tsv")
        Path queries;

        @Option(names = "--qrels", required = true, paramLabel = "FILE.tsv")
        Path qrels;

        @Option(names = "--dense", description = "Embed every document, news articles too (by default only the"
                + " documents the encoder reads whole, such as claims and posts, are embedded); much slower import.")
        boolean dense;

        @Option(names = "--in-article", description = "Search a query that is a passage of the archived article"
                + " with its id (BASIL's ledes) as the workbench searches a claim of the article under review: that"
                + " article left out of the search, its date used.")
        boolean inArticle;

        @Option(names = "--drop-relevant", paramLabel = "FRACTION", description = "Leave the relevant documents of this"
                + " share of the queries (chosen by --seed) out of their searches, and report how often \"nothing close\""
                + " is said for them (flagged_unanswerable) and for the others (flagged_answerable).")
        Double dropRelevant;

        @Option(names = "--seed", defaultValue = "1", description = "Chooses the queries of --drop-relevant (default: ${DEFAULT-VALUE}).")
        long seed;

        @picocli.CommandLine.ParentCommand
        EvaluateCommand evaluate;

        @Override
        public Integer call() {
            RetrievalEvaluation.Drop drop = dropRelevant == null ? null : new RetrievalEvaluation.Drop(dropRelevant, seed);
            String cluster = evaluate == null || evaluate.parent == null ? null : evaluate.parent.archive;
            return RetrievalEvaluation.run(collection, queries, qrels, dense, inArticle, drop, cluster, System.out,
                    System.err);
        }
    }

    @Command(name = "stance", description = "Accuracy of the supports/refutes judge on FEVER-style JSONL.")
    static final class StanceTask implements java.util.concurrent.Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "FILE.jsonl")
        Path data;

        @Override
        public Integer call() {
            return StanceEvaluation.run(data, System.out, System.err);
        }
    }

    @Command(name = "extraction", description = "Article-body precision, recall and F1 on saved pages "
            + "(the Zyte article-extraction benchmark's shingle measure).")
    static final class Extraction implements java.util.concurrent.Callable<Integer> {
        @Option(names = "--pages", required = true, paramLabel = "DIR", description = "KEY.html.gz or KEY.html files")
        Path pages;

        @Option(names = "--truth", required = true, paramLabel = "FILE.json", description = "{KEY: {articleBody, url}}")
        Path truth;

        @Option(names = "--out", paramLabel = "PRED.json", description = "also write what was read, for other scorers")
        Path out;

        @Override
        public Integer call() {
            return ExtractionEvaluation.run(pages, truth, out, System.out, System.err);
        }
    }

    @Command(name = "metadata", description = "Title, byline, site and date accuracy on saved pages.")
    static final class Metadata implements java.util.concurrent.Callable<Integer> {
        @Option(names = "--pages", required = true, paramLabel = "DIR", description = "NAME.html.gz or NAME.html files")
        Path pages;

        @Option(names = "--truth", required = true, paramLabel = "FILE.json",
                description = "{NAME: {title, byline, siteName, publishedTime}}")
        Path truth;

        @Option(names = "--out", paramLabel = "PRED.json", description = "also write what was read, for other scorers")
        Path out;

        @Override
        public Integer call() {
            return MetadataEvaluation.run(pages, truth, out, System.out, System.err);
        }
    }
}
