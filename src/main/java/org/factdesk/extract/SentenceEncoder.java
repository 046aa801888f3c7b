package org.factdesk.extract;

import java.util.List;

/** Turns sentences into unit-length vectors that carry their meaning (a bundled ONNX encoder, or a test's stand-in). */
public interface SentenceEncoder {
    /** The encoder's name as model files record it ("e5-small-v2-q"). */
    String name();

    /** Length of each vector. */
    int dimension();

    /** One unit-length vector per text, in order. */
    List<float[]> embedAll(List<String> texts);
}
