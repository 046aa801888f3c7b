package org.factdesk.extract.attribution;

import java.util.Arrays;
import java.util.List;
import org.factdesk.model.Attribution;
import org.factdesk.model.Span;

/**
 * The attribution metric of EVALUATION.md in one place, shared by the evaluation and the trainer: a
 * predicted attribution finds a gold one when its cue overlaps the gold cue and its content covers at
 * least half of the gold content's characters; each prediction finds at most one gold attribution.
 */
public final class AttributionMatching {
    static final double MIN_COVERAGE = 0.5;

    private AttributionMatching() {
    }

    /** For each gold attribution, the index of the prediction that finds it, or -1. */
    public static int[] match(List<Attribution> gold, List<Attribution> predicted) {
        int[] found = new int[gold.size()];
        Arrays.fill(found, -1);
        boolean[] used = new boolean[predicted.size()];
        for (int g = 0; g < gold.size(); g++) {
            double bestCover = 0;
            for (int p = 0; p < predicted.size(); p++) {
                if (used[p] || !predicted.get(p).cue().overlaps(gold.get(g).cue())) {
                    continue;
                }
                double cover = coverage(predicted.get(p).content(), gold.get(g).content());
                if (cover >= MIN_COVERAGE && cover > bestCover) {
                    found[g] = p;
                    bestCover = cover;
                }
            }
            if (found[g] >= 0) {
                used[found[g]] = true;
            }
        }
        return found;
    }

    /** Share of the gold content's characters that the predicted content covers. */
    public static double coverage(Span predicted, Span gold) {
        if (gold.length() == 0) {
            return predicted.overlaps(gold) || predicted.contains(gold.start()) ? 1 : 0;
        }
        int overlap = Math.min(predicted.end(), gold.end()) - Math.max(predicted.start(), gold.start());
        return Math.max(0, overlap) / (double) gold.length();
    }

    /** Sources match when both are absent, or both present and overlapping. */
    public static boolean sourceMatches(Span predicted, Span gold) {
        if (gold == null || predicted == null) {
            return gold == null && predicted == null;
        }
        return predicted.overlaps(gold);
    }
}
