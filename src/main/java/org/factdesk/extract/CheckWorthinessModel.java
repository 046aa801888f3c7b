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
 * <p>File format (gzip): magic {@code CWM3}, the threshold, metadata JSON, then per member its feature configuration and
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

    private static final int MAGIC = 0x43574D33; // "CWM3": threshold in the header, shape n-grams

    /** Jackson is only needed for the metadata; a holder keeps its start-up cost off the scoring path. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private final List<Member> members;
    private final double threshold;
    private volatile Map<String, Object> metadata;
    private final byte[] metadataJson; // parsed on first use: keeps Jackson off the load path

    public CheckWorthinessModel(List<Member> members, double threshold, Map<String, Object> metadata) {
        this(members, threshold, withThreshold(metadata, threshold), null);
    }

    private CheckWorthinessModel(List<Member> members, double threshold, Map<String, Object> metadata, byte[] json) {
        if (members.isEmpty()) throw new IllegalArgumentException("a model needs at least one member");
        this.members = List.copyOf(members);
        this.threshold = threshold;
        this.metadata = metadata;
        this.metadataJson = json;
    }

    private static Map<String, Object> withThreshold(Map<String, Object> metadata, double threshold) {
        Map<String, Object> m = new LinkedHashMap<>(metadata);
        m.put("threshold", threshold);
        return java.util.Collections.unmodifiableMap(m);
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
        Map<String, Object> m = metadata;
        if (m == null) {
            try {
                m = java.util.Collections.unmodifiableMap(Json.MAPPER.readValue(metadataJson, new TypeReference<LinkedHashMap<String, Object>>() {}));
            } catch (IOException e) {
                throw new IllegalStateException("unreadable model metadata: " + e.getMessage(), e);
            }
            metadata = m;
        }
        return m;
    }

    public String metadataJson() {
        try {
            return Json.MAPPER.writeValueAsString(metadata());
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
            out.writeDouble(threshold);
            byte[] meta = Json.MAPPER.writeValueAsBytes(metadata());
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
            if (in.readInt() != MAGIC) throw new IOException("not a check-worthiness model file of this version (bad magic)");
            double threshold = in.readDouble();
            byte[] meta = new byte[in.readInt()];
            in.readFully(meta);
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
            if (!(threshold > 0 && threshold < 1)) throw new IOException("model threshold out of range: " + threshold);
            return new CheckWorthinessModel(members, threshold, null, meta);
        }
    }
}
