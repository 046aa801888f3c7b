package org.factdesk.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Scores how worth checking a sentence is, from 0 to 1, with the trained model shipped as the classpath
 * resource {@code org/factdesk/extract/checkworthiness-model.bin} (built by {@link CheckWorthinessTrainer}).
 * A sentence is check-worthy when {@code score(s) >= threshold()}. Thread-safe; {@link #load()} reads the
 * model once and shares it.
 */
public final class CheckWorthinessScorer {
    static final String RESOURCE = "checkworthiness-model.bin";

    private final CheckWorthinessModel model;

    private CheckWorthinessScorer(CheckWorthinessModel model) {
        this.model = model;
    }

    /** The shipped model (loaded on first use, then shared). */
    public static CheckWorthinessScorer load() {
        return Shipped.INSTANCE;
    }

    /** A scorer over another model, e.g. one just trained or read from a file. */
    public static CheckWorthinessScorer of(CheckWorthinessModel model) {
        return new CheckWorthinessScorer(model);
    }

    public double score(String sentence) {
        if (sentence == null || sentence.isBlank()) return 0;
        return model.score(sentence);
    }

    public double threshold() {
        return model.threshold();
    }

    public boolean isCheckWorthy(String sentence) {
        return score(sentence) >= threshold();
    }

    /** How the model was made: training data, command, date, dev F1. */
    public Map<String, Object> metadata() {
        return model.metadata();
    }

    private static final class Shipped {
        static final CheckWorthinessScorer INSTANCE = new CheckWorthinessScorer(readResource());

        private static CheckWorthinessModel readResource() {
            try (InputStream in = CheckWorthinessScorer.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("check-worthiness model missing from the classpath: "
                        + "org/factdesk/extract/" + RESOURCE + " (rebuild it with CheckWorthinessTrainer)");
                return CheckWorthinessModel.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the check-worthiness model " + RESOURCE, e);
            }
        }
    }
}
