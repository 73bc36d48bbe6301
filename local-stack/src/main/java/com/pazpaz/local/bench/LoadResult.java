package com.pazpaz.local.bench;

import java.util.Arrays;

/** What one load run measured: throughput and latency percentiles (milliseconds). */
record LoadResult(long operations, long errors, double seconds, double p50, double p95, double p99) {

    static LoadResult of(long[] latenciesNanos, long errors, double seconds) {
        long[] sorted = latenciesNanos.clone();
        Arrays.sort(sorted);
        return new LoadResult(sorted.length, errors, seconds, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99));
    }

    double perSecond() {
        return operations / seconds;
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
