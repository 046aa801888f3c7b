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

        @Option(names = "--dense", arity = "0..1", fallbackValue = "on", paramLabel = "on|off", description = "on"
                + " (or alone): embed every document, news articles too; much slower import. off: embed none (lexical"
                + " search). Left out: only the documents the encoder reads whole, such as claims and posts, as the"
                + " workbench's archive.")
        String dense;

        @Option(names = "--tuning", paramLabel = "SPEC", description = "Ranking settings over the shipped ones, e.g."
                + " k1=0.9,b=0.4,prfWeight=2 (names: EvidenceFinder.Tuning). Given several times: each is measured in"
                + " turn over one import; the last one is the one --drop-relevant measures.")
        java.util.List<String> tunings;

        @Option(names = "--dense-sweep", paramLabel = "SPECS", description = "Dense fusions to measure in turn over one"
                + " import, e.g. \"lin:0.85;rrf:60:1\" (each tuning with each fusion).")
        String denseSweep;

        @Option(names = "--rerank", paramLabel = "on|off", defaultValue = "on", description = "The learned re-ranking"
                + " stage (default: ${DEFAULT-VALUE}); off ranks by the first stages alone, for comparisons.")
        String rerank;

        @Option(names = "--keep-archive", paramLabel = "DIR", description = "Keep the imported archive in DIR and reuse"
                + " it in later runs (delete DIR to import again); tuning runs on large or dense collections.")
        Path keepArchive;

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

        @picocli.CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            RetrievalEvaluation.Options options;
            try {
                options = RetrievalEvaluation.Options.defaults().withVectors(vectors()).withInArticle(inArticle)
                        .withDrop(dropRelevant == null ? null : new RetrievalEvaluation.Drop(dropRelevant, seed))
                        .withCluster(evaluate == null || evaluate.parent == null ? null : evaluate.parent.archive)
                        .withKeepArchive(keepArchive).withSettings(settings());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            return RetrievalEvaluation.run(collection, queries, qrels, options, System.out, System.err);
        }

        private org.factdesk.archive.Archive.Vectors vectors() {
            if (dense == null) {
                return org.factdesk.archive.Archive.Vectors.SHORT;
            }
            return switch (dense.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "on" -> org.factdesk.archive.Archive.Vectors.ALL;
                case "off" -> org.factdesk.archive.Archive.Vectors.NONE;
                default -> throw new IllegalArgumentException("--dense takes on or off (it was '" + dense + "')");
            };
        }

        /** Each tuning with each dense fusion, in the order given (the shipped ones when none is given). */
        private java.util.List<org.factdesk.archive.EvidenceSettings> settings() {
            boolean on = switch (rerank.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "on" -> true;
                case "off" -> false;
                default -> throw new IllegalArgumentException("--rerank takes on or off (it was '" + rerank + "')");
            };
            java.util.List<String> ts = tunings == null || tunings.isEmpty() ? java.util.List.of("") : tunings;
            java.util.List<String> fs = denseSweep == null || denseSweep.isBlank() ? java.util.List.of("")
                    : java.util.List.of(denseSweep.split(";"));
            java.util.List<org.factdesk.archive.EvidenceSettings> out = new java.util.ArrayList<>();
            for (String t : ts) {
                for (String f : fs) {
                    out.add(org.factdesk.archive.EvidenceSettings.DEFAULT
                            .withTuning(org.factdesk.archive.EvidenceFinder.Tuning.parse(t))
                            .withFusion(org.factdesk.archive.DenseFusion.Params.parse(f)).withRerank(on));
                }
            }
            return out;
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
