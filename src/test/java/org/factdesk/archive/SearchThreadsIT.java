package org.factdesk.archive;

import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** An evidence search split over several threads ranks exactly as on one thread. */
class SearchThreadsIT {
    @TempDir
    Path tmp;

    /** Made-up words of two or three syllables: no stop words, and a vocabulary whose frequencies we control. */
    private static final List<String> WORDS = words(600);

    @Test
    void evidenceSearchOnSeveralThreadsRanksAndScoresAsOnOne() throws IOException {
        Path dir = tmp.resolve("archive");
        List<Claim> claims = new ArrayList<>();
        try (Archive archive = Archive.open(dir, Archive.Vectors.NONE, new SearchThreads(1))) {
            SplittableRandom random = new SplittableRandom(7);
            List<Article> first = articles(0, 400, random);
            archive.importDocuments(first, null);
            for (int batch = 1; batch <= 3; batch++) { // small imports: no compaction, several segments
                archive.importDocuments(articles(400 * batch, 400 * batch + 30, random), null);
            }
            assertThat(archive.segmentCount()).isGreaterThan(1);
            for (int i = 0; i < 25; i++) {
                claims.add(claimFrom(first.get(random.nextInt(first.size())), random));
            }
        }
        List<List<Evidence>> serial = findAll(dir, new SearchThreads(1), claims);
        List<List<Evidence>> parallel = findAll(dir, new SearchThreads(3), claims);

        assertThat(serial).allSatisfy(found -> assertThat(found).hasSize(10));
        for (int c = 0; c < claims.size(); c++) {
            List<Evidence> one = serial.get(c), several = parallel.get(c);
            assertThat(several).extracting(Evidence::docId).isEqualTo(one.stream().map(Evidence::docId).toList());
            assertThat(several).extracting(Evidence::passage).isEqualTo(one.stream().map(Evidence::passage).toList());
            for (int i = 0; i < one.size(); i++) {
                assertThat(several.get(i).score()).isCloseTo(one.get(i).score(), offset(1e-9));
            }
        }
    }

    @Test
    void splitsDocumentsIntoRunsThatCoverThemInOrder() {
        try (SearchThreads threads = new SearchThreads(3)) {
            int[] docs = IntStream.range(0, 1000).map(i -> i * 7).toArray();
            List<int[]> runs = threads.split(docs);
            assertThat(runs).hasSize(3);
            assertThat(runs.stream().flatMapToInt(java.util.Arrays::stream).toArray()).isEqualTo(docs);
            // too few documents to be worth handing over: one run
            assertThat(threads.split(new int[]{1, 5, 9})).hasSize(1);
        }
    }

    private static List<List<Evidence>> findAll(Path dir, SearchThreads threads, List<Claim> claims) throws IOException {
        try (Archive archive = Archive.open(dir, Archive.Vectors.NONE, threads)) {
            EvidenceFinder finder = new EvidenceFinder(archive);
            List<List<Evidence>> out = new ArrayList<>();
            for (Claim c : claims) {
                out.add(finder.find(c, null, 10));
            }
            return out;
        }
    }

    private static List<Article> articles(int from, int to, SplittableRandom random) {
        List<Article> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < 3; p++) {
                text.append(p == 0 ? "" : "\n\n").append(sentence(30, random)).append('.');
            }
            out.add(new Article("a" + i, sentence(5, random), text.toString(), "Outlet " + random.nextInt(12),
                    LocalDate.of(2024, 1, 1).plusDays(random.nextInt(300)), ""));
        }
        return out;
    }

    /** Twelve words of one of the article's sentences and three others. */
    private static Claim claimFrom(Article a, SplittableRandom random) {
        String[] words = a.text().split("\n\n")[random.nextInt(3)].replace(".", "").split(" ");
        int start = random.nextInt(words.length - 12);
        String text = String.join(" ", List.of(words).subList(start, start + 12)) + " " + sentence(3, random) + ".";
        return new Claim(Claim.idFor("review", text), "review", text, ClaimKind.ASSERTION, 0, text.length(), 0.5,
                List.of(), null, null, List.of());
    }

    /** Words drawn with a skewed (Zipf-like) frequency, as in real text: a few common, most rare. */
    private static String sentence(int n, SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int w = (int) Math.floor(Math.pow(WORDS.size(), random.nextDouble())) - 1;
            s.append(i == 0 ? "" : " ").append(WORDS.get(Math.max(0, w)));
        }
        return s.toString();
    }

    private static List<String> words(int n) {
        String[] consonants = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z"};
        String[] vowels = {"a", "e", "i", "o", "u"};
        SplittableRandom random = new SplittableRandom(11);
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        while (out.size() < n) {
            StringBuilder w = new StringBuilder();
            int syllables = 2 + random.nextInt(2);
            for (int s = 0; s < syllables; s++) {
                w.append(consonants[random.nextInt(consonants.length)]).append(vowels[random.nextInt(vowels.length)]);
            }
            out.add(w.toString());
        }
        return new ArrayList<>(out);
    }
}
