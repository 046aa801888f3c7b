package org.factdesk.extract;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained check-worthiness model: one or more logistic-regression members over hashed features, whose
 * probabilities are averaged, plus the decision threshold chosen on dev data and the metadata saying how it
 * was made (data files, command, date, dev F1).
 *
 * <p>File format (gzip): magic {@code CWM2}, metadata JSON, then per member its feature configuration and
 * its weights as IEEE half floats (small and precise enough for a linear model).
 */
public final class CheckWorthinessModel {

    /** One linear member: its feature configuration and one weight per feature slot. */
    public record Member(CheckWorthinessFeatures features, float[] weights) {
        public Member {
            if (weights.length != features.dimension())
                throw new IllegalArgumentException("weights " + weights.length + " != dimension " + features.dimension());
        }

        public double probability(String sentence) {
            return sigmoid(margin(features.extract(sentence)));
        }

        double margin(CheckWorthinessFeatures.Sparse x) {
            double z = 0;
            int[] idx = x.index();
            float[] val = x.value();
            for (int i = 0; i < idx.length; i++) z += weights[idx[i]] * val[i];
            return z;
        }
    }

    private static final int MAGIC = 0x43574D32; // "CWM2": feature configs with shape n-grams
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<Member> members;
    private final double threshold;
    private final Map<String, Object> metadata;

    public CheckWorthinessModel(List<Member> members, double threshold, Map<String, Object> metadata) {
        if (members.isEmpty()) throw new IllegalArgumentException("a model needs at least one member");
        this.members = List.copyOf(members);
        this.threshold = threshold;
        this.metadata = new LinkedHashMap<>(metadata);
        this.metadata.put("threshold", threshold);
    }

    public double score(String sentence) {
        double sum = 0;
        for (Member m : members) sum += m.probability(sentence);
        return sum / members.size();
    }

    public double threshold() {
        return threshold;
    }

    public List<Member> members() {
        return members;
    }

    /** How the model was made: data files, command, date, dev F1, hyper-parameters. */
    public Map<String, Object> metadata() {
        return java.util.Collections.unmodifiableMap(metadata);
    }

    public String metadataJson() {
        try {
            return JSON.writeValueAsString(metadata);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    public void write(OutputStream target) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(target), 1 << 16))) {
            out.writeInt(MAGIC);
            byte[] meta = JSON.writeValueAsBytes(metadata);
            out.writeInt(meta.length);
            out.write(meta);
            out.writeInt(members.size());
            for (Member m : members) {
                CheckWorthinessFeatures f = m.features();
                out.writeInt(f.hashBits());
                out.writeInt(f.wordNgramMax());
                out.writeInt(f.charNgramMin());
                out.writeInt(f.charNgramMax());
                out.writeInt(f.shapeNgramMax());
                float[] w = m.weights();
                out.writeInt(w.length);
                ByteBuffer buf = ByteBuffer.allocate(w.length * 2).order(ByteOrder.BIG_ENDIAN);
                for (float v : w) buf.putShort(Float.floatToFloat16(v));
                out.write(buf.array());
            }
        }
    }

    public static CheckWorthinessModel read(InputStream source) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 1 << 16), 1 << 16))) {
            if (in.readInt() != MAGIC) throw new IOException("not a check-worthiness model file (bad magic)");
            byte[] meta = new byte[in.readInt()];
            in.readFully(meta);
            Map<String, Object> metadata = JSON.readValue(new String(meta, StandardCharsets.UTF_8), new TypeReference<>() {});
            int n = in.readInt();
            List<Member> members = new java.util.ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                CheckWorthinessFeatures f = new CheckWorthinessFeatures(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt());
                int dim = in.readInt();
                byte[] raw = new byte[dim * 2];
                in.readFully(raw);
                ByteBuffer buf = ByteBuffer.wrap(raw).order(ByteOrder.BIG_ENDIAN);
                float[] w = new float[dim];
                for (int i = 0; i < dim; i++) w[i] = Float.float16ToFloat(buf.getShort());
                members.add(new Member(f, w));
            }
            Object t = metadata.get("threshold");
            if (!(t instanceof Number threshold)) throw new IOException("model metadata has no numeric 'threshold'");
            return new CheckWorthinessModel(members, threshold.doubleValue(), metadata);
        }
    }
}
