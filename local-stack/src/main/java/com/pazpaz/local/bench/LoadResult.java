package com.pazpaz.local.bench;

import java.util.Arrays;

/**
 * What one load run measured: throughput, latency percentiles (milliseconds) and, when a stack was watched, the
 * machine's CPU over the window ({@link MachineCpu}; null otherwise).
 */
record LoadResult(
        long operations, long errors, double seconds, double p50, double p95, double p99, MachineCpu.Usage cpu) {

    static LoadResult of(long[] latenciesNanos, long errors, double seconds) {
        long[] sorted = latenciesNanos.clone();
        Arrays.sort(sorted);
        return new LoadResult(
                sorted.length,
                errors,
                seconds,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                null);
    }

    LoadResult withCpu(MachineCpu.Usage usage) {
        return new LoadResult(operations, errors, seconds, p50, p95, p99, usage);
    }

    double perSecond() {
        return operations / seconds;
    }

    /** Machine CPU (JVM without the driver, plus PostgreSQL) per operation, in µs; NaN when not measured. */
    double machineMicrosPerOp() {
        return cpu == null || operations == 0 ? Double.NaN : 1e6 * cpu.machine() / operations;
    }

    double jvmMicrosPerOp() {
        return cpu == null || operations == 0 ? Double.NaN : 1e6 * cpu.jvm() / operations;
    }

    double postgresMicrosPerOp() {
        return cpu == null || operations == 0 ? Double.NaN : 1e6 * cpu.postgres() / operations;
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
