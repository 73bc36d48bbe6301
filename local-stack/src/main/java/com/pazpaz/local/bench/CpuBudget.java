package com.pazpaz.local.bench;

/**
 * The machine CPU one operation may use at most for a target to be reachable on this machine's cores, shown
 * against what it used (docs/benchmarks/floor.md). Both bounds hold whatever the scheduling, since the cores can
 * be at most fully busy:
 *
 * <ul>
 *   <li>a rate of R operations per second needs at most {@code cores ÷ R} of CPU per operation;
 *   <li>N callers that each wait for their answer before the next request wait on average N ÷ rate (Little's
 *       law), so a mean wait below L needs at most {@code L × cores ÷ N} per operation. The targets bound a p95
 *       or p99, which lay above the mean (readers ÷ rate) in every run in report.md, so the bound holds for them too.
 * </ul>
 *
 * A figure above its budget says that no tuning of the waits can meet the target: the operation itself must cost
 * less.
 */
final class CpuBudget {

    private static final double MICROS = 1e6;

    private final int cores;

    CpuBudget(int cores) {
        this.cores = cores;
    }

    /** The budget of a rate target, in µs per operation. */
    double forRate(double perSecond) {
        return cores * MICROS / perSecond;
    }

    /** The budget of a latency target of {@code limitMillis} with {@code callers} in a closed loop, in µs. */
    double forLatency(double limitMillis, int callers) {
        return limitMillis * 1e3 * cores / callers;
    }

    /** "≤ budget → measured (× over)" for the report; the measured figure may be NaN (not measured). */
    static String against(double budgetMicros, double measuredMicros) {
        if (Double.isNaN(measuredMicros)) {
            return String.format("≤ %,.0f µs", budgetMicros);
        }
        String verdict =
                measuredMicros <= budgetMicros ? "within" : String.format("×%.1f over", measuredMicros / budgetMicros);
        return String.format("≤ %,.0f µs → %,.0f µs (%s)", budgetMicros, measuredMicros, verdict);
    }
}
