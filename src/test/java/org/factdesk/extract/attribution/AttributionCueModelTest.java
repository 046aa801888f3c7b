package org.factdesk.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class AttributionCueModelTest {

    @Test
    void shippedModelIsSmallLoadsAndSaysHowItWasMade() throws IOException {
        try (InputStream in = AttributionCueModel.class.getResourceAsStream(AttributionCueModel.RESOURCE)) {
            assertThat(in).isNotNull();
            assertThat(in.readAllBytes().length).isLessThan(5 * 1024 * 1024);
        }
        long t0 = System.nanoTime();
        AttributionCueModel model = AttributionCueModel.loadDefault();
        assertThat((System.nanoTime() - t0) / 1e6).isLessThan(2000); // generous: shared CI machine
        assertThat(model).isNotNull();
        assertThat(model.keep()).isLessThan(model.add());
        assertThat(model.metadataJson()).contains("polnear-train.jsonl", "\"devF1\"", "AttributionTrainer", "\"date\"");
    }

    @Test
    void shippedModelRatesASpeechVerbAboveAnOrdinaryWord() {
        AttributionCueModel model = AttributionCueModel.loadDefault();
        AttributionText t = new AttributionText("The minister said that the bridge would reopen in May.");
        double[] p = model.probabilities(t);
        assertThat(p[2]).isGreaterThan(model.add());   // said
        assertThat(p[5]).isLessThan(model.keep() + 0.2); // bridge
    }

    @Test
    void writtenModelReadsBackWithItsWeightsAndThresholds() throws IOException {
        CueFeatures features = new CueFeatures(10);
        float[] w = new float[features.dimension()];
        Random random = new Random(7);
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) random.nextGaussian();
        }
        AttributionCueModel model = new AttributionCueModel(features, w, 0.1, 0.4, "{\"devF1\":0.5}");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        AttributionCueModel back = AttributionCueModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(back.keep()).isEqualTo(0.1);
        assertThat(back.add()).isEqualTo(0.4);
        assertThat(back.metadataJson()).isEqualTo("{\"devF1\":0.5}");
        AttributionText t = new AttributionText("Officials said the talks had failed.");
        double[] a = model.probabilities(t);
        double[] b = back.probabilities(t);
        for (int i = 0; i < a.length; i++) {
            assertThat(b[i]).isCloseTo(a[i], within(0.02));
        }
    }

    @Test
    void fileOfAnotherKindIsRejectedWithAClearMessage() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }
        assertThatThrownBy(() -> AttributionCueModel.read(new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(IOException.class).hasMessageContaining("not an attribution cue model");
    }
}
