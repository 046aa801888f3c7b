package org.factdesk.app.eval;

import org.factdesk.archive.Archive;
import org.factdesk.archive.EvidenceFinder;
import org.factdesk.task.Progress;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Development tool (not a test): imports a collection once and prints the retrieval metrics for each
 * tuning given ("title=1.5,k1=0.9" ...). Use on train/dev splits only.
 */
public final class RetrievalTuning {
    public static void main(String[] args) throws Exception {
        Path tmp = Files.createTempDirectory("factdesk-tuning-");
        try (Archive archive = Archive.open(tmp.resolve("archive"))) {
            archive.importPath(Path.of(args[0]), Progress.NONE);
            var queries = RetrievalEvaluation.readQueries(Path.of(args[1]));
            var qrels = RetrievalEvaluation.readQrels(Path.of(args[2]));
            for (int i = 3; i < args.length; i++) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                RetrievalEvaluation.evaluate(archive, queries, qrels, EvidenceFinder.Tuning.parse(args[i]),
                        new PrintStream(buf, true, StandardCharsets.UTF_8));
                String[] lines = buf.toString(StandardCharsets.UTF_8).strip().split("\n");
                System.out.println(args[i] + "\t" + lines[lines.length - 1]);
            }
        }
    }
}
