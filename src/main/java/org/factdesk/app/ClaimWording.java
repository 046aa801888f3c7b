package org.factdesk.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reviewer's wording of a claim when the claim is split or merged. A claim's text is the article's
 * words until the reviewer rewords it; splitting or merging must not silently throw that wording away.
 *
 * <p>Splitting lines the edited wording up with the article's words (longest common subsequence of
 * words, ignoring case and punctuation), so each part gets the edited words that belong to it. Words the
 * reviewer inserted exactly at the split point stay with the first part up to the last clause or
 * sentence mark among them (the words after it start the second part). A part the wording says nothing about gets the article's words.
 */
final class ClaimWording {
    private ClaimWording() {
    }

    /** White space collapsed and trimmed, as claim texts are stored. */
    static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    /** True when {@code wording} is not just the article's own words {@code source}. */
    static boolean edited(String wording, String source) {
        return !normalise(wording).equals(normalise(source));
    }

    /**
     * The wording of the two parts of a claim split in the article into {@code firstSource} and
     * {@code secondSource}.
     *
     * @param wording the claim's text before the split (edited or not)
     * @return two texts: the reviewer's words for each part where the wording covers it, else the article's
     */
    static List<String> split(String wording, String firstSource, String secondSource) {
        String first = normalise(firstSource);
        String second = normalise(secondSource);
        if (!edited(wording, first + " " + second)) {
            return List.of(first, second);
        }
        List<String> edited = words(wording);
        List<String> firstWords = words(first);
        List<String> original = new ArrayList<>(firstWords);
        original.addAll(words(second));
        int[] alignedTo = align(original, edited);
        int lastOfFirst = -1;
        int firstOfSecond = edited.size();
        for (int j = 0; j < edited.size(); j++) {
            if (alignedTo[j] >= 0 && alignedTo[j] < firstWords.size()) {
                lastOfFirst = j;
            }
        }
        for (int j = edited.size() - 1; j >= 0; j--) {
            if (alignedTo[j] >= firstWords.size()) {
                firstOfSecond = j;
            }
        }
        if (lastOfFirst < 0 && firstOfSecond == edited.size()) {
            // Nothing in common: the wording is a rewrite the first part (which keeps the verdict) keeps.
            return List.of(normalise(wording), second);
        }
        int cut;
        if (lastOfFirst < 0) {
            cut = 0;
        } else {
            // Words inserted at the split point go with the first part, up to its last clause or sentence mark.
            cut = firstOfSecond;
            for (int j = firstOfSecond - 1; j >= lastOfFirst; j--) {
                if (endsClause(edited.get(j))) {
                    cut = j + 1;
                    break;
                }
            }
        }
        String head = trimJoin(edited.subList(0, cut));
        String tail = trimJoin(edited.subList(cut, edited.size()));
        return List.of(head.isEmpty() ? first : head, tail.isEmpty() ? second : tail);
    }

    /**
     * The wording of two adjacent claims merged into one: the article's words when neither was edited,
     * else each claim's own wording joined by the article's words between them.
     */
    static String merge(String firstWording, String firstSource, String between, String secondWording,
                        String secondSource, String mergedSource) {
        if (!edited(firstWording, firstSource) && !edited(secondWording, secondSource)) {
            return normalise(mergedSource);
        }
        String gap = normalise(between);
        return normalise(normalise(firstWording) + " " + gap + " " + normalise(secondWording));
    }

    private static boolean endsClause(String word) {
        return word.endsWith(",") || word.endsWith(";") || word.endsWith(":") || word.endsWith(".")
                || word.endsWith("!") || word.endsWith("?");
    }

    /** Joins words; a part does not end on a dangling comma, semicolon, colon or dash. */
    private static String trimJoin(List<String> words) {
        String s = String.join(" ", words).strip();
        return s.replaceAll("[\\s,;:\\-–—]+$", "").strip();
    }

    private static List<String> words(String text) {
        String n = normalise(text);
        return n.isEmpty() ? List.of() : List.of(n.split(" "));
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** For each edited word, the index of the original word it matches in a longest common subsequence, else -1. */
    private static int[] align(List<String> original, List<String> edited) {
        int n = original.size();
        int m = edited.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = same(original.get(i), edited.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int[] alignedTo = new int[m];
        java.util.Arrays.fill(alignedTo, -1);
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (same(original.get(i), edited.get(j))) {
                alignedTo[j] = i;
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return alignedTo;
    }

    private static boolean same(String a, String b) {
        String ka = key(a);
        return !ka.isEmpty() && ka.equals(key(b));
    }
}
