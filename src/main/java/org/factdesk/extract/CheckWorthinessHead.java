package org.factdesk.extract;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The check-worthiness model that reads meaning: a {@link ClassifierHead} over a sentence's vector from
 * a bundled encoder and the n-gram model's log-odds, with its threshold (chosen by blocked
 * cross-validation on the training data) and metadata saying how it was made (data, command, date,
 * settings, cross-validated F1).
 *
 * <p>Only sentences whose n-gram probability lies in a band are encoded (the band is chosen by the same
 * cross-validation: outside it the head's decision was the n-gram model's on the training data), which
 * halves the encoder's work on debates and more on news.
 *
 * <p>File format (gzip): magic {@code CWH1}, the encoder's name, the threshold on the probability, the
 * metadata JSON, the band's two ends, the head, then the calibration of the n-gram log-odds.
 */
public final class CheckWorthinessHead {
    private static final int MAGIC = 0x43574831; // "CWH1"

    private final String encoderName;
    private final ClassifierHead head;
    private final double threshold;
    private final double bandLow;
    private final double bandHigh;
    private final ClassifierHead calibration;
    private final Map<String, Object> metadata;

    /**
     * @param head        the head over [vector, n-gram log-odds]
     * @param threshold   the probability from which a sentence is check-worthy
     * @param bandLow     sentences whose n-gram probability is below this are not encoded, and not check-worthy
     * @param bandHigh    sentences whose n-gram probability is above this are not encoded, and check-worthy
     * @param calibration a head over the n-gram log-odds alone, for the score shown for a sentence not encoded
     */
    public CheckWorthinessHead(String encoderName, ClassifierHead head, double threshold, double bandLow, double bandHigh,
                               ClassifierHead calibration, Map<String, Object> metadata) {
        if (!(threshold > 0 && threshold < 1) || !(bandLow >= 0 && bandLow <= bandHigh && bandHigh <= 1.01)) {
            throw new IllegalArgumentException("threshold " + threshold + " or band [" + bandLow + ", " + bandHigh + "] out of range");
        }
        if (head.inputs() < 2 || calibration.inputs() != 1) {
            throw new IllegalArgumentException("a head needs a vector and the n-gram log-odds, its calibration the log-odds alone");
        }
        this.encoderName = encoderName;
        this.head = head;
        this.threshold = threshold;
        this.bandLow = bandLow;
        this.bandHigh = bandHigh;
        this.calibration = calibration;
        Map<String, Object> m = new LinkedHashMap<>(metadata);
        m.put("encoder", encoderName);
        m.put("threshold", threshold);
        m.put("encodedBand", List.of(bandLow, bandHigh));
        this.metadata = Collections.unmodifiableMap(m);
    }

    /** Whether a sentence with this n-gram probability is read by the encoder (else its place is clear already). */
    public boolean encodes(double ngramProbability) {
        return ngramProbability >= bandLow && ngramProbability <= bandHigh;
    }

    /**
     * The score of a sentence the encoder does not read: the n-gram probability on the head's scale, kept
     * on its side of the threshold (below the band: under it; above: at or over it).
     */
    public double outsideBand(double ngramProbability) {
        double p = ClassifierHead.sigmoid(calibration.logit(new double[] {logit(ngramProbability)}));
        return ngramProbability < bandLow ? Math.min(p, Math.nextDown(threshold)) : Math.max(p, threshold);
    }

    public String encoderName() {
        return encoderName;
    }

    public double threshold() {
        return threshold;
    }

    public Map<String, Object> metadata() {
        return metadata;
    }

    /** The probability that a sentence is check-worthy, from its vector and the n-gram model's probability. */
    public double probability(float[] vector, double ngramProbability) {
        return ClassifierHead.sigmoid(head.logit(input(vector, ngramProbability)));
    }

    /** The head's input row: the vector, then the n-gram model's log-odds. */
    static double[] input(float[] vector, double ngramProbability) {
        double[] x = new double[vector.length + 1];
        for (int k = 0; k < vector.length; k++) {
            x[k] = vector[k];
        }
        x[vector.length] = logit(ngramProbability);
        return x;
    }

    static double logit(double p) {
        double q = Math.min(1 - 1e-6, Math.max(1e-6, p));
        return Math.log(q / (1 - q));
    }

    public void write(OutputStream target) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(target)))) {
            out.writeInt(MAGIC);
            out.writeUTF(encoderName);
            out.writeDouble(threshold);
            byte[] meta = new ObjectMapper().writeValueAsBytes(metadata);
            out.writeInt(meta.length);
            out.write(meta);
            out.writeDouble(bandLow);
            out.writeDouble(bandHigh);
            head.write(out);
            calibration.write(out);
        }
    }

    public static CheckWorthinessHead read(InputStream source) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source)))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a check-worthiness head file of this version (bad magic)");
            }
            String encoder = in.readUTF();
            double threshold = in.readDouble();
            int length = in.readInt();
            if (length < 0 || length > 1 << 20) {
                throw new IOException("metadata of " + length + " bytes");
            }
            byte[] meta = new byte[length];
            in.readFully(meta);
            Map<String, Object> metadata = new ObjectMapper().readValue(meta, new TypeReference<LinkedHashMap<String, Object>>() {});
            double low = in.readDouble();
            double high = in.readDouble();
            ClassifierHead head = ClassifierHead.read(in);
            ClassifierHead calibration = ClassifierHead.read(in);
            try {
                return new CheckWorthinessHead(encoder, head, threshold, low, high, calibration, metadata);
            } catch (IllegalArgumentException e) {
                throw new IOException("not a usable check-worthiness head: " + e.getMessage(), e);
            }
        }
    }

    /**
     * The scores of many sentences at once: those in the band are read by the encoder as one batch, the
     * others placed by their n-gram probability ({@link #outsideBand}).
     */
    public double[] probabilities(SentenceEncoder encoder, List<String> sentences, double[] ngramProbabilities) {
        double[] out = new double[sentences.size()];
        List<String> batch = new java.util.ArrayList<>();
        List<Integer> at = new java.util.ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            if (encodes(ngramProbabilities[i])) {
                batch.add(sentences.get(i));
                at.add(i);
            } else {
                out[i] = outsideBand(ngramProbabilities[i]);
            }
        }
        if (!batch.isEmpty()) {
            List<float[]> vectors = encoder.embedAll(batch);
            for (int k = 0; k < at.size(); k++) {
                out[at.get(k)] = probability(vectors.get(k), ngramProbabilities[at.get(k)]);
            }
        }
        return out;
    }
}
