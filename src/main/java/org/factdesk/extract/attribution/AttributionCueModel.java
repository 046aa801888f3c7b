package org.factdesk.extract.attribution;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The trained cue classifier: logistic regression over {@link CueFeatures} that says how likely a
 * token is to be the cue of an attribution ("said", "according", "believes", "poll showed"). The
 * extractor uses two thresholds: a word from its speech-verb lexicon stays a cue unless the
 * probability falls below {@link #keep()}, any other word becomes one from {@link #add()} up.
 *
 * <p>File format (gzip): magic {@code ACM1}, hash bits, keep and add thresholds, metadata JSON
 * (data, command, date, dev F1; written by the lab's {@code AttributionTrainer}), then the weights as IEEE
 * half floats.
 */
public final class AttributionCueModel {
    static final String RESOURCE = "/org/factdesk/extract/attribution-cue-model.bin";
    private static final int MAGIC = 0x41434D31; // "ACM1"

    private final CueFeatures features;
    private final float[] weights;
    private final double keep;
    private final double add;
    private final String metadataJson;

    AttributionCueModel(CueFeatures features, float[] weights, double keep, double add, String metadataJson) {
        if (weights.length != features.dimension()) {
            throw new IllegalArgumentException("weights " + weights.length + " != dimension " + features.dimension());
        }
        this.features = features;
        this.weights = weights;
        this.keep = keep;
        this.add = add;
        this.metadataJson = metadataJson;
    }

    AttributionCueModel withThresholds(double keep, double add, String metadataJson) {
        return new AttributionCueModel(features, weights, keep, add, metadataJson);
    }

    /** Lexicon cues below this probability are dropped. */
    public double keep() {
        return keep;
    }

    /** Words outside the lexicon become cues from this probability up. */
    public double add() {
        return add;
    }

    /** How the model was made (JSON): data, command, date, hyper-parameters, dev scores. */
    public String metadataJson() {
        return metadataJson;
    }

    CueFeatures features() {
        return features;
    }

    float[] weights() {
        return weights;
    }

    /** Cue probability of every token of the article (0 for tokens that are never cues). */
    double[] probabilities(AttributionText t) {
        CueFeatures.Prepared p = new CueFeatures.Prepared(t);
        double[] out = new double[t.size()];
        int[] idx = new int[CueFeatures.MAX];
        for (int i = 0; i < t.size(); i++) {
            if (!CueFeatures.candidate(t, i)) {
                continue;
            }
            int n = features.extract(p, i, idx);
            double z = 0;
            for (int k = 0; k < n; k++) {
                z += weights[idx[k]];
            }
            out[i] = sigmoid(z);
        }
        return out;
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /** The model shipped in the resources, or null when the jar has none (rules alone then). */
    static AttributionCueModel loadDefault() {
        try (InputStream in = AttributionCueModel.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the attribution cue model " + RESOURCE + ": " + e.getMessage()
                    + " (rebuild it with AttributionTrainer)", e);
        }
    }

    void write(OutputStream target) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(target), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(features.bits());
            out.writeDouble(keep);
            out.writeDouble(add);
            byte[] meta = metadataJson.getBytes(StandardCharsets.UTF_8);
            out.writeInt(meta.length);
            out.write(meta);
            ByteBuffer buf = ByteBuffer.allocate(weights.length * 2).order(ByteOrder.BIG_ENDIAN);
            for (float v : weights) {
                buf.putShort(Float.floatToFloat16(v));
            }
            out.write(buf.array());
        }
    }

    static AttributionCueModel read(InputStream source) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 1 << 16), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not an attribution cue model of this version (bad magic)");
            }
            int bits = in.readInt();
            if (bits < 10 || bits > 24) {
                throw new IOException("hash bits out of range: " + bits);
            }
            double keep = in.readDouble();
            double add = in.readDouble();
            byte[] meta = new byte[in.readInt()];
            in.readFully(meta);
            byte[] raw = new byte[(1 << bits) * 2];
            in.readFully(raw);
            ByteBuffer buf = ByteBuffer.wrap(raw).order(ByteOrder.BIG_ENDIAN);
            float[] w = new float[1 << bits];
            for (int i = 0; i < w.length; i++) {
                w[i] = Float.float16ToFloat(buf.getShort());
            }
            return new AttributionCueModel(new CueFeatures(bits), w, keep, add, new String(meta, StandardCharsets.UTF_8));
        }
    }
}
