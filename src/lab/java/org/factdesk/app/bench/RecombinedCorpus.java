package org.factdesk.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.factdesk.model.Article;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Benchmark articles made of real text: the sentences of a JSONL archive, recombined into new
 * articles (runs of consecutive sentences from random source articles as paragraphs, a random
 * source title, a new id, date and outlet). Articles are generated lazily and deterministically from
 * a seed and their index, so an archive of a million articles never sits in memory and the FactDesk and SQLite runs
 * see exactly the same documents. Only the sentence pool (the size of the source file) is held.
 */
final class RecombinedCorpus {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“(]?[A-Z0-9])");
    private static final int MIN_SENTENCE = 20;
    private static final int MAX_SENTENCE = 800;
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    private static final String[] OUTLET_A = {"Daily", "Evening", "Morning", "National", "Global", "Metro", "Weekly",
        "Northern", "Coastal"};
    private static final String[] OUTLET_B = {"Courier", "Herald", "Tribune", "Post", "Times", "Observer", "Gazette",
        "Ledger", "Chronicle", "Wire"};

    private final Path source;
    private final List<String[]> sentencesByArticle;
    private final List<String> titles;
    private final List<Article> originals;
    private final long sourceBytes;

    /** Bytes (UTF-8, title + text) and time spent generating, so import rates can exclude generation. */
    static final class Meter {
        long articles;
        long bytes;
        long nanos;
    }

    private RecombinedCorpus(Path source, List<String[]> sentencesByArticle, List<String> titles,
                             List<Article> originals, long sourceBytes) {
        this.source = source;
        this.sentencesByArticle = sentencesByArticle;
        this.titles = titles;
        this.originals = originals;
        this.sourceBytes = sourceBytes;
    }

    /** Reads the source JSONL ({id, title, text, ...} per line); malformed lines are skipped and counted. */
    static RecombinedCorpus load(Path source) throws IOException {
        if (!Files.isRegularFile(source)) {
            throw new IllegalArgumentException("the benchmark source archive " + source.toAbsolutePath()
                    + " does not exist. Pass --source FILE.jsonl (one {\"id\",\"title\",\"text\"} object per line),"
                    + " e.g. ../shared/data/archive/press-releases-2021-2022.jsonl");
        }
        ObjectMapper json = new ObjectMapper();
        List<String[]> sentences = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<Article> originals = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader r = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n;
                try {
                    n = json.readTree(line);
                } catch (IOException e) {
                    continue; // the benchmark needs text, not every line
                }
                String text = n.path("text").asText("").strip();
                String title = n.path("title").asText("").strip();
                List<String> kept = new ArrayList<>();
                for (String s : SENTENCE_END.split(text)) {
                    String t = s.strip();
                    if (t.length() >= MIN_SENTENCE && t.length() <= MAX_SENTENCE) {
                        kept.add(t);
                    }
                }
                if (kept.isEmpty()) {
                    continue;
                }
                sentences.add(kept.toArray(String[]::new));
                if (!title.isEmpty()) {
                    titles.add(title);
                }
                originals.add(new Article(n.path("id").asText("line-" + lineNo), title, text, "", null, ""));
            }
        }
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException(source + " has no usable text (expected JSONL with a \"text\" field"
                    + " on each line)");
        }
        if (titles.isEmpty()) {
            titles.add("Untitled");
        }
        return new RecombinedCorpus(source, sentences, titles, originals, Files.size(source));
    }

    Path source() {
        return source;
    }

    long sourceBytes() {
        return sourceBytes;
    }

    int sourceArticles() {
        return sentencesByArticle.size();
    }

    int sentences() {
        return sentencesByArticle.stream().mapToInt(a -> a.length).sum();
    }

    /** The source articles as they are (to sample claims from). */
    List<Article> originals() {
        return originals;
    }

    /**
     * Articles {@code from} (inclusive) to {@code to} (exclusive) for this seed, generated as iterated.
     * Each article depends only on (seed, index), so a bigger archive extends a smaller one exactly.
     */
    Iterable<Article> articles(int from, int to, long seed, Meter meter) {
        return () -> new Iterator<>() {
            private int next = from;

            @Override
            public boolean hasNext() {
                return next < to;
            }

            @Override
            public Article next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                long t0 = System.nanoTime();
                int n = next++;
                Article a = article(n, new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n));
                meter.articles++;
                meter.bytes += utf8Length(a.title()) + utf8Length(a.text());
                meter.nanos += System.nanoTime() - t0;
                return a;
            }
        };
    }

    private Article article(int n, SplittableRandom random) {
        int paragraphs = 3 + random.nextInt(5);
        StringBuilder text = new StringBuilder(3000);
        for (int p = 0; p < paragraphs; p++) {
            String[] from = sentencesByArticle.get(random.nextInt(sentencesByArticle.size()));
            int run = Math.min(from.length, 2 + random.nextInt(4));
            int start = random.nextInt(from.length - run + 1);
            if (p > 0) {
                text.append("\n\n");
            }
            for (int s = start; s < start + run; s++) {
                if (s > start) {
                    text.append(' ');
                }
                text.append(from[s]);
            }
        }
        String id = "bench-%07d".formatted(n);
        String outlet = OUTLET_A[random.nextInt(OUTLET_A.length)] + " " + OUTLET_B[random.nextInt(OUTLET_B.length)];
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(3653));
        return new Article(id, titles.get(random.nextInt(titles.size())), text.toString(), outlet, day,
                "https://bench.example/" + id);
    }

    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
