package org.factdesk.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.factdesk.model.Article;

/**
 * Measures claim extraction per 1,000-word article, warm, single thread (issue 3's speed target:
 * at most 20 ms). Not a unit test: timings depend on the machine. Run after {@code mvn -o -q
 * test-compile}:
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.factdesk.extract.ClaimExtractionBenchmark [ARTICLE.txt]
 * </pre>
 * where cp.txt comes from {@code mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt}. The
 * article (default: the demo seed article) is repeated to about 1,000 words.
 */
public final class ClaimExtractionBenchmark {
    private ClaimExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "resources/demo/seed-article.txt");
        String one = Files.readString(file);
        StringBuilder sb = new StringBuilder();
        while (sb.toString().split("\\s+").length < 1000) {
            sb.append(one).append('\n');
        }
        String text = sb.toString();
        int words = text.split("\\s+").length;
        Article article = new Article("bench", "", text, "", java.time.LocalDate.of(2024, 11, 1), "");
        ClaimExtractor extractor = ClaimExtractor.createDefault();
        for (int i = 0; i < 300; i++) {
            extractor.extract(article);
        }
        int runs = 300;
        long t0 = System.nanoTime();
        int claims = 0;
        for (int i = 0; i < runs; i++) {
            claims = extractor.extract(article).size();
        }
        double ms = (System.nanoTime() - t0) / 1e6 / runs;
        System.out.printf(Locale.ROOT, "%d words, %d claims: %.2f ms per article, %.2f ms per 1,000 words%n",
                words, claims, ms, ms * 1000 / words);
    }
}
