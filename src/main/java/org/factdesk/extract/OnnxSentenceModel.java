package org.factdesk.extract;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * One bundled ONNX sentence encoder (model and tokenizer from the classpath) on a single-threaded session, mean
 * pooled: the claim finder's check-worthiness head and the archive's dense re-ranker load the same files this way.
 */
public final class OnnxSentenceModel {
    private OnnxSentenceModel() {
    }

    /** Loads the encoder (about 1 s); texts given to {@code embedAll} run one after another on the caller's thread. */
    public static EmbeddingModel load(String onnxResource, String tokenizerResource, int dimension) {
        try (InputStream onnx = resource(onnxResource); InputStream tokenizer = resource(tokenizerResource)) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = env.createSession(onnx.readAllBytes(), options);
            return new Model(new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN), dimension);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the bundled sentence encoder: " + e.getMessage(), e);
        } catch (OrtException e) {
            throw new IllegalStateException("could not start the sentence encoder (ONNX runtime): " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = OnnxSentenceModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the classpath (a langchain4j-embeddings model artifact is missing)");
        }
        return in;
    }

    /** langchain4j's in-process model around a single-threaded session. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;
        private final int dimension;

        Model(OnnxBertBiEncoder encoder, int dimension) {
            super(Runnable::run);
            this.encoder = encoder;
            this.dimension = dimension;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return dimension;
        }
    }
}
