package org.factdesk.archive;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings with a bundled encoder (quantised ONNX, offline): 384 floats, unit length, so a
 * dot product is the cosine. One inference thread: the workbench shares the machine. Two encoders:
 * all-MiniLM-L6-v2 ({@link #get()}, the dense fusion's) and E5-small-v2 ({@link #e5()}, twice the layers,
 * a second opinion for the re-ranker), which reads queries and passages with the prefixes it was trained with.
 */
public final class DenseEncoder {
    public static final int DIMENSION = 384;
    /** The encoders read 256 or 512 word pieces at most; longer text costs time for nothing, so it is cut first. */
    static final int MAX_CHARS = 1000;

    private static volatile DenseEncoder shared;
    private static volatile DenseEncoder sharedE5;

    private final EmbeddingModel model;
    private final String queryPrefix;
    private final String passagePrefix;

    private DenseEncoder(String onnx, String tokenizer, String queryPrefix, String passagePrefix) {
        this.model = org.factdesk.extract.OnnxSentenceModel.load(onnx, tokenizer, DIMENSION);
        this.queryPrefix = queryPrefix;
        this.passagePrefix = passagePrefix;
    }

    /** Why the encoders cannot run here, once known; "" while they can. */
    private static volatile String unavailable;

    /**
     * Why the bundled encoders cannot run on this machine (the ONNX runtime's native library did not load, a
     * model is missing from the classpath), or null when they can: they are loaded to find out (about 1 s, once).
     */
    static String unavailable() {
        String u = unavailable;
        if (u == null) {
            try {
                get();
                e5();
                u = "";
            } catch (IllegalStateException | UncheckedIOException | LinkageError e) {
                u = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
            }
            unavailable = u;
        }
        return u.isEmpty() ? null : u;
    }

    /** Tests: behave as on a machine where the encoders cannot run (null: as they really are). */
    static void simulateUnavailable(String reason) {
        unavailable = reason;
    }

    /** The MiniLM encoder, loaded once per process on first use (about 1 s). */
    public static DenseEncoder get() {
        DenseEncoder e = shared;
        if (e == null) {
            synchronized (DenseEncoder.class) {
                if (shared == null) {
                    shared = new DenseEncoder("/all-minilm-l6-v2-q.onnx", "/all-minilm-l6-v2-q-tokenizer.json", "", "");
                }
                e = shared;
            }
        }
        return e;
    }

    /** The E5-small-v2 encoder, loaded once per process on first use. */
    public static DenseEncoder e5() {
        DenseEncoder e = sharedE5;
        if (e == null) {
            synchronized (DenseEncoder.class) {
                if (sharedE5 == null) {
                    sharedE5 = new DenseEncoder("/e5-small-v2-q.onnx", "/e5-small-v2-q-tokenizer.json", "query: ",
                            "passage: ");
                }
                e = sharedE5;
            }
        }
        return e;
    }

    /** A search's text (a claim), as the encoder reads queries. */
    public float[] embedQuery(String text) {
        return embedAll(List.of(queryPrefix + strip(text))).getFirst();
    }

    /** A document's text, as the encoder reads passages. */
    public float[] embedPassage(String text) {
        return embedAll(List.of(passagePrefix + strip(text))).getFirst();
    }

    private static String strip(String t) {
        return t == null ? "" : t.strip();
    }

    public float[] embed(String text) {
        return embedAll(List.of(text)).getFirst();
    }

    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) {
            String s = t == null || t.isBlank() ? " " : t.strip();
            segments.add(TextSegment.from(s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) : s));
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (Embedding e : model.embedAll(segments).content()) {
            out.add(unit(e.vector()));
        }
        return out;
    }

    static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        if (n == 0) {
            return v;
        }
        float inv = (float) (1 / Math.sqrt(n));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * inv;
        }
        return out;
    }

    public static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
