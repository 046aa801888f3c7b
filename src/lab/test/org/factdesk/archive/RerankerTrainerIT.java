package org.factdesk.archive;

import org.factdesk.model.Article;
import org.factdesk.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The re-ranker's trainer (a lab tool) on a small real archive: it refuses data without contrast and fits what it sees. */
class RerankerTrainerIT {
    @TempDir
    Path tmp;

    /** The product test's fact-checked claims, a sentence each. */
    private static final List<Article> CHECKS = RerankerIT.CHECKS;

    @Test
    void refusesToTrainWithoutContrast() throws IOException {
        try (Archive archive = Archive.open(tmp.resolve("none"), Archive.Vectors.NONE)) {
            archive.importDocuments(CHECKS, Progress.NONE);
            var g = RerankerTrainer.group(archive, new EvidenceFinder(archive, EvidenceFinder.Tuning.DEFAULT, null),
                    Reranker.untrained(archive, false, 10), "q", "Minecraft", java.util.Set.of("2"), 10);

            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> RerankerTrainer.fit(List.of(g), RerankFeatures.LEXICAL, 1.0, 10, "test"))
                    .hasMessageContaining("nothing to learn from");
        }
    }

    @Test
    void trainerLearnsToPreferTheRelevantCandidate() throws IOException {
        // the features of two real searches; the fitted model must rank their relevant documents first
        try (Archive archive = Archive.open(tmp.resolve("train"), Archive.Vectors.NONE)) {
            archive.importDocuments(CHECKS, Progress.NONE);
            Reranker features = Reranker.untrained(archive, false, 10);
            EvidenceFinder finder = new EvidenceFinder(archive, EvidenceFinder.Tuning.DEFAULT, null);
            var g1 = RerankerTrainer.group(archive, finder, features, "q1", "Iran offers a bounty for the head of Trump",
                    java.util.Set.of("1"), 10);
            var g2 = RerankerTrainer.group(archive, finder, features, "q2", "Trump: Iran will pay a big price",
                    java.util.Set.of("5"), 10);

            Reranker.Model model = RerankerTrainer.fit(List.of(g1, g2), RerankFeatures.LEXICAL, 1.0, 10, "test");

            assertThat(RerankerTrainer.map5(List.of(g1, g2), model)).isEqualTo(1.0);
            assertThat(model.weights()).hasSize(RerankFeatures.LEXICAL.size());
        }
    }
}
