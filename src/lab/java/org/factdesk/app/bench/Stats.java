package org.factdesk.app.bench;

import java.util.Arrays;

/** Percentiles of timings (nearest-rank), in milliseconds. */
public record Stats(int count, double medianMs, double p95Ms, double meanMs, double maxMs) {

    public static Stats ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (long n : sorted) {
            sum += n;
        }
        return new Stats(sorted.length, ms(percentile(sorted, 50)), ms(percentile(sorted, 95)),
                ms(sum / sorted.length), ms(sorted[sorted.length - 1]));
    }

    /** Nearest-rank percentile of a sorted array. */
    static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
    }

    private static double ms(double nanos) {
        return nanos / 1e6;
    }
}
