package org.factdesk.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Scores how worth checking a sentence is, from 0 to 1. Two trained models are shipped as classpath
 * resources: the n-gram model {@code org/factdesk/extract/checkworthiness-model.bin} (built by
 * the lab's {@code CheckWorthinessTrainer}) and the head that reads meaning, {@code checkworthiness-head.bin}
 * (the lab's {@code CheckWorthinessHeadTrainer}: a sentence encoder's vector plus the n-gram model's log-odds). The
 * head decides when its encoder runs here; where it cannot (no ONNX runtime for the platform, or
 * {@code -Dfactdesk.meaning=false}), the n-gram model decides alone, with its own threshold.
 * A sentence is check-worthy when {@code score(s) >= threshold()}. Thread-safe.
 */
public final class CheckWorthinessScorer {
    static final String RESOURCE = "checkworthiness-model.bin";
    static final String HEAD_RESOURCE = "checkworthiness-head.bin";

    private final CheckWorthinessModel model;
    private final CheckWorthinessHead head;
    private final Supplier<SentenceEncoder> encoderSupplier;
    private volatile SentenceEncoder encoder;
    /** Why the head is not used (null while it is, or until first tried). */
    private volatile String meaningOff;

    private CheckWorthinessScorer(CheckWorthinessModel model, CheckWorthinessHead head, Supplier<SentenceEncoder> encoder) {
        this.model = model;
        this.head = head;
        this.encoderSupplier = encoder;
        this.meaningOff = head == null ? "no head model" : null;
    }

    /** The shipped models (loaded on first use, then shared). */
    public static CheckWorthinessScorer load() {
        return Shipped.INSTANCE;
    }

    /** A scorer over an n-gram model alone, e.g. one just trained or read from a file. */
    public static CheckWorthinessScorer of(CheckWorthinessModel model) {
        return new CheckWorthinessScorer(model, null, null);
    }

    /** A scorer over an n-gram model and a head with the encoder it reads (a test's stand-in, or a bundled one). */
    public static CheckWorthinessScorer of(CheckWorthinessModel model, CheckWorthinessHead head, Supplier<SentenceEncoder> encoder) {
        return new CheckWorthinessScorer(model, head, encoder);
    }

    public double score(String sentence) {
        return scoreAll(List.of(sentence == null ? "" : sentence))[0];
    }

    /** Scores many sentences at once: the encoder reads them as one batch. */
    public double[] scoreAll(List<String> sentences) {
        double[] ngram = new double[sentences.size()];
        List<String> texts = new ArrayList<>(sentences.size());
        for (int i = 0; i < ngram.length; i++) {
            String s = sentences.get(i);
            ngram[i] = s == null || s.isBlank() ? 0 : model.score(s);
            texts.add(s == null ? "" : s);
        }
        SentenceEncoder e = encoder();
        if (e == null || sentences.isEmpty()) {
            return ngram;
        }
        try {
            double[] out = head.probabilities(e, texts, ngram);
            for (int i = 0; i < out.length; i++) {
                if (texts.get(i).isBlank()) {
                    out[i] = 0;
                }
            }
            return out;
        } catch (RuntimeException | LinkageError ex) {
            meaningOff = "the sentence encoder failed: " + ex.getMessage();
            return ngram;
        }
    }

    /**
     * The n-gram model's scores alone: microseconds a sentence and never waits for the encoder to load, so a
     * window can list the claims at once and replace these scores when {@link #scoreAll} has read meaning.
     */
    public double[] scoreAllQuickly(List<String> sentences) {
        double[] ngram = new double[sentences.size()];
        for (int i = 0; i < ngram.length; i++) {
            String s = sentences.get(i);
            ngram[i] = s == null || s.isBlank() ? 0 : model.score(s);
        }
        return ngram;
    }

    /** The threshold that goes with {@link #scoreAllQuickly}. */
    public double quickThreshold() {
        return model.threshold();
    }

    /**
     * Whether {@link #scoreAll} may read meaning, i.e. differ from {@link #scoreAllQuickly}; unlike
     * {@link #readsMeaning()} this never loads the encoder (true until loading it has failed).
     */
    public boolean mayReadMeaning() {
        return head != null && meaningOff == null
                && meaningAllowed;
    }

    /** The threshold of the model that decides: the head's while its encoder runs, else the n-gram model's. */
    public double threshold() {
        return encoder() != null ? head.threshold() : model.threshold();
    }

    public boolean isCheckWorthy(String sentence) {
        return score(sentence) >= threshold();
    }

    /** Whether the head that reads meaning decides (false: the n-gram model alone; see {@link #whyNgramsOnly()}). */
    public boolean readsMeaning() {
        return encoder() != null;
    }

    /** Why only the n-gram model decides, or null when the head does. */
    public String whyNgramsOnly() {
        encoder();
        return meaningOff;
    }

    /** How the models were made: training data, command, date, dev or cross-validated F1. */
    public Map<String, Object> metadata() {
        if (head == null) {
            return model.metadata();
        }
        Map<String, Object> m = new LinkedHashMap<>(model.metadata());
        m.put("head", head.metadata());
        m.put("readsMeaning", readsMeaning());
        return m;
    }

    /** Off: no scorer runs its sentence encoder (the start's configuration, -Dfactdesk.meaning=false; decision 0076). */
    private static volatile boolean meaningAllowed = true;

    /** Set once at start-up by the launcher, before the first claim is scored. */
    public static void allowMeaning(boolean allowed) {
        meaningAllowed = allowed;
    }

    private SentenceEncoder encoder() {
        SentenceEncoder e = encoder;
        if (e != null || meaningOff != null) {
            return meaningOff != null ? null : e;
        }
        synchronized (this) {
            if (encoder == null && meaningOff == null) {
                if (!meaningAllowed) {
                    meaningOff = "switched off (-Dfactdesk.meaning=false)";
                } else {
                    try {
                        encoder = encoderSupplier.get();
                    } catch (RuntimeException | LinkageError ex) {
                        meaningOff = "the sentence encoder cannot run here: " + ex.getMessage();
                    }
                }
            }
            return meaningOff != null ? null : encoder;
        }
    }

    private static final class Shipped {
        static final CheckWorthinessScorer INSTANCE = create();

        private static CheckWorthinessScorer create() {
            CheckWorthinessModel model = readModel();
            CheckWorthinessHead head = readHead();
            return new CheckWorthinessScorer(model, head, head == null ? null : () -> BundledSentenceEncoders.named(head.encoderName()));
        }

        private static CheckWorthinessModel readModel() {
            try (InputStream in = CheckWorthinessScorer.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("check-worthiness model missing from the classpath: "
                        + "org/factdesk/extract/" + RESOURCE + " (rebuild it with CheckWorthinessTrainer)");
                return CheckWorthinessModel.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the check-worthiness model " + RESOURCE, e);
            }
        }

        /** The head, or null when none is shipped (the n-gram model then decides alone). */
        private static CheckWorthinessHead readHead() {
            try (InputStream in = CheckWorthinessScorer.class.getResourceAsStream(HEAD_RESOURCE)) {
                return in == null ? null : CheckWorthinessHead.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the check-worthiness head " + HEAD_RESOURCE, e);
            }
        }
    }
}
