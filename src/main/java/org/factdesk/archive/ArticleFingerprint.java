package org.factdesk.archive;

import org.factdesk.model.Article;

import java.util.Arrays;
import java.util.Locale;

/**
 * What an import remembers of an article to tell, when a later record in the same import carries its
 * id, a revision of it (the same title, or mostly the same words) from a different article that collided
 * on the id (a placeholder such as "empty" or "0" in the source). A one-permutation MinHash of the words
 * of the article's beginning: 128 bytes, so that every article written since the last refresh can keep one.
 */
record ArticleFingerprint(String title, int[] minHashes) {
    /** Words read from the text's beginning: a revision keeps most of its lede. */
    static final int CHARS = 2_000;
    private static final int BUCKETS = 32;
    /** At least this share of the words' buckets equal: the same article, revised. */
    static final double SAME_TEXT = 0.5;

    static ArticleFingerprint of(Article a) {
        int[] mins = new int[BUCKETS];
        Arrays.fill(mins, Integer.MAX_VALUE);
        String text = a.text();
        int end = Math.min(text.length(), CHARS);
        int hash = 0;
        boolean inWord = false;
        for (int i = 0; i <= end; i++) {
            char c = i < end ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                hash = 31 * hash + Character.toLowerCase(c);
                inWord = true;
            } else if (inWord) {
                int h = hash * 0x9E3779B9; // Fibonacci hashing: the top bits (the bucket) depend on all of the word
                h ^= h >>> 15;
                int bucket = h >>> 27; // top five bits: 32 buckets
                mins[bucket] = Math.min(mins[bucket], h & 0x7FFFFFF);
                hash = 0;
                inWord = false;
            }
        }
        return new ArticleFingerprint(normalised(a.title()), mins);
    }

    /** A revision of the same article: the same (non-blank) title, or at least half its words' buckets equal. */
    boolean sameArticle(ArticleFingerprint other) {
        if (!title.isEmpty() && title.equals(other.title)) {
            return true;
        }
        int filled = 0, equal = 0;
        for (int i = 0; i < BUCKETS; i++) {
            if (minHashes[i] == Integer.MAX_VALUE && other.minHashes[i] == Integer.MAX_VALUE) {
                continue;
            }
            filled++;
            if (minHashes[i] == other.minHashes[i]) {
                equal++;
            }
        }
        return filled == 0 || equal >= SAME_TEXT * filled;
    }

    private static String normalised(String title) {
        return title.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
