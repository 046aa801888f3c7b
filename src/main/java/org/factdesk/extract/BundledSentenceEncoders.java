package org.factdesk.extract;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sentence encoders FactDesk ships (quantised ONNX from langchain4j's Maven artifacts, offline):
 * all-MiniLM-L6-v2 and E5-small-v2, each loaded once per process on first use (about 1 s) and run on
 * one thread. E5 reads a sentence to classify with the "query: " prefix it was trained with.
 */
public final class BundledSentenceEncoders {
    /** The encoders read 256 or 512 word pieces at most; a sentence longer than this is cut first. */
    private static final int MAX_CHARS = 1000;

    private static volatile SentenceEncoder miniLm;
    private static volatile SentenceEncoder e5;

    private BundledSentenceEncoders() {
    }

    /** "minilm" or "e5". */
    public static SentenceEncoder named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "minilm", "all-minilm-l6-v2-q" -> miniLm();
            case "e5", "e5-small-v2-q" -> e5();
            default -> throw new IllegalArgumentException("unknown sentence encoder '" + name + "' (minilm or e5)");
        };
    }

    public static SentenceEncoder miniLm() {
        SentenceEncoder e = miniLm;
        if (e == null) {
            synchronized (BundledSentenceEncoders.class) {
                if (miniLm == null) {
                    miniLm = new Onnx("all-minilm-l6-v2-q", "/all-minilm-l6-v2-q.onnx", "/all-minilm-l6-v2-q-tokenizer.json", "");
                }
                e = miniLm;
            }
        }
        return e;
    }

    public static SentenceEncoder e5() {
        SentenceEncoder e = e5;
        if (e == null) {
            synchronized (BundledSentenceEncoders.class) {
                if (e5 == null) {
                    e5 = new Onnx("e5-small-v2-q", "/e5-small-v2-q.onnx", "/e5-small-v2-q-tokenizer.json", "query: ");
                }
                e = e5;
            }
        }
        return e;
    }

    private static final class Onnx implements SentenceEncoder {
        private final String name;
        private final String prefix;
        private final EmbeddingModel model;

        Onnx(String name, String onnx, String tokenizer, String prefix) {
            this.name = name;
            this.prefix = prefix;
            this.model = OnnxSentenceModel.load(onnx, tokenizer, 384);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int dimension() {
            return 384;
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            List<TextSegment> segments = new ArrayList<>(texts.size());
            for (String t : texts) {
                String s = t == null || t.isBlank() ? " " : t.strip();
                s = s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) : s;
                segments.add(TextSegment.from(prefix + s));
            }
            List<float[]> out = new ArrayList<>(texts.size());
            for (Embedding e : model.embedAll(segments).content()) {
                out.add(unit(e.vector()));
            }
            return out;
        }
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
}
