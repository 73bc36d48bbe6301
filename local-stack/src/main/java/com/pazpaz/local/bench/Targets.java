package com.pazpaz.local.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The targets of issue 12, each with the measured figure (median of the rounds), the raw limit of the same run
 * where there is one, whether it is met, and the machine CPU per operation it leaves ({@link CpuBudget}); a figure
 * this run did not measure says so. Generated from the report's figures, never typed in.
 */
final class Targets {

    static final String LAG_UNDER_LOAD = "under 16-caller register load";
    private static final String[] OTHER_COMMANDS = {"schedule-appointment", "save-draft", "finalize", "amend"};
    private static final String[] CPU_COMMANDS = {
        "register-client", "schedule-appointment", "save-draft", "finalize", "amend"
    };
    private static final long MILLION = 1_000_000;
    /** The reads the row-security section measures ({@link RowSecurityReads}), by their HTTP read's key. */
    private static final String[][] ROW_SECURITY_READS = {
        {"client", "a client by id"}, {"client-list", "a page of 50 clients"}, {"calendar-1000", "a week's calendar"}
    };
    /** Decision 287: below this share of the read over HTTP, the cost is within the spread of the HTTP reads. */
    private static final double ROW_SECURITY_SHARE = 0.10;
    /** The callers of the latency targets' loads: 16 commanders, 32 readers (QueryScenarios, SearchScenarios). */
    private static final int COMMANDERS = 16;

    private static final int READERS = 32;

    private final Report report;
    private final CpuBudget budget;
    private final List<String> rows = new ArrayList<>();

    Targets(Report report, int cores) {
        this.report = report;
        this.budget = new CpuBudget(cores);
    }

    List<String> rows() {
        if (report.measured.isEmpty() && report.rebuilds.isEmpty() && report.serviceMegabytes.isEmpty()) {
            return rows;
        }
        share("register-client, 1 caller: ≥ 20 % of raw", "register-client@1", 0.20);
        latency("register-client, 1 caller: p99 < 5 ms", "register-client@1", LoadResult::p99, 5, 1);
        share("register-client, 16 callers, sustained: ≥ 15 % of raw", "register-client@16", 0.15);
        latency("register-client, 16 callers: p99 < 20 ms", "register-client@16", LoadResult::p99, 20, COMMANDERS);
        for (String command : OTHER_COMMANDS) {
            share(command + ", 16 callers: ≥ 10 % of raw", command + "@16", 0.10);
        }
        for (String command : CPU_COMMANDS) {
            cpu(command + ", 16 callers: machine CPU per command ≤ 0.5 ms", command + "@16");
        }
        latency(
                "one client, 32 readers (read audit included): p95 < 15 ms",
                "query:client",
                LoadResult::p95,
                15,
                READERS);
        latency("one note, 32 readers (read audit included): p95 < 15 ms", "query:note", LoadResult::p95, 15, READERS);
        latency(
                "client list, page of 50, practice of 10,000 clients: p95 < 30 ms",
                "query:client-list",
                LoadResult::p95,
                30,
                READERS);
        for (String size : new String[] {"50", "500", "1000"}) {
            latency(
                    "week calendar (" + size + " appointments), 32 readers: p95 < 20 ms",
                    "query:calendar-" + size,
                    LoadResult::p95,
                    20,
                    READERS);
        }
        latency(
                "week calendar (weekly series), 32 readers: p95 < 20 ms",
                "query:calendar-series",
                LoadResult::p95,
                20,
                READERS);
        latency("a client's notes, page of 50: p95 < 30 ms", "query:notes-page", LoadResult::p95, 30, READERS);
        latency(
                "client search, 10,000 clients, 32 readers: p95 < 20 ms",
                "query:search-clients",
                LoadResult::p95,
                20,
                READERS);
        latency(
                "note search, 100,000 notes, 32 readers: p95 < 20 ms",
                "query:search-notes",
                LoadResult::p95,
                20,
                READERS);
        for (String[] read : ROW_SECURITY_READS) {
            rowSecurity(read[0], read[1]);
        }
        lag();
        rebuild();
        memory("command-service");
        memory("query-service");
        return rows;
    }

    /** A rate as a share of the raw insert rate of the same run, with the consumers' backlog where measured. */
    private void share(String target, String key, double share) {
        List<LoadResult> results = report.measured.get(key);
        if (results == null) {
            notMeasured(target);
            return;
        }
        double rate = Figures.median(results, LoadResult::perSecond);
        double raw = report.rawLimits.getOrDefault(key, Double.NaN);
        String measured = String.format("%.0f/s (%s)", rate, Figures.percent(rate, raw));
        boolean met = rate >= share * raw;
        String backlog = report.backlogs.get(key);
        if (backlog != null) {
            measured += "; behind at the end: " + backlog;
            // sustained: the consumers kept up, i.e. less than a second of this rate was left behind
            met &= report.largestBacklogs.get(key) <= rate;
        }
        String cpu =
                CpuBudget.against(budget.forRate(share * raw), Figures.median(results, LoadResult::machineMicrosPerOp));
        rows.add(row(target, measured, String.format("%.0f/s", raw), met, cpu));
    }

    /** A latency percentile of a load of {@code callers} in a closed loop, with the CPU budget it implies. */
    private void latency(String target, String key, ToDoubleFunction<LoadResult> figure, double limit, int callers) {
        List<LoadResult> results = report.measured.get(key);
        if (results == null) {
            notMeasured(target);
            return;
        }
        double value = Figures.median(results, figure);
        String cpu = CpuBudget.against(
                budget.forLatency(limit, callers), Figures.median(results, LoadResult::machineMicrosPerOp));
        rows.add(row(target, String.format("%.1f ms", value), "—", value < limit, cpu));
    }

    /** The lag is a wait of the pipeline, not of a caller: it has no CPU budget of its own. */
    private void lag() {
        String target = "projection lag under the 16-caller load: p99 < 50 ms";
        List<LoadResult> results = report.measured.get("lag:" + LAG_UNDER_LOAD);
        if (results == null) {
            notMeasured(target);
            return;
        }
        double p99 = Figures.median(results, LoadResult::p99);
        rows.add(row(target, String.format("%.1f ms", p99), "—", p99 < 50, "—"));
    }

    private void cpu(String target, String key) {
        List<LoadResult> results = report.measured.get(key);
        List<LoadResult> raw = report.measured.get("raw@16");
        if (results == null || results.get(0).cpu() == null) {
            notMeasured(target);
            return;
        }
        double micros = Figures.median(results, LoadResult::machineMicrosPerOp);
        String rawCpu = raw == null || raw.get(0).cpu() == null
                ? "—"
                : String.format("%,.0f µs per raw insert", Figures.median(raw, LoadResult::machineMicrosPerOp));
        rows.add(row(
                target,
                String.format(
                        "%,.0f µs (JVM %,.0f, PostgreSQL %,.0f)",
                        micros,
                        Figures.median(results, LoadResult::jvmMicrosPerOp),
                        Figures.median(results, LoadResult::postgresMicrosPerOp)),
                rawCpu,
                micros <= 500,
                CpuBudget.against(500, micros)));
    }

    /**
     * What row-level security adds to a read's machine CPU ((b) − (a) of {@link RowSecurityCost}), against the
     * whole read over HTTP of the same run (32 readers; its CPU per read hardly depends on the readers).
     */
    private void rowSecurity(String read, String name) {
        String target = "row-level security (issue 13), " + name + ": CPU it adds to a read, (b) − (a), ≤ "
                + Math.round(100 * ROW_SECURITY_SHARE) + " % of the read over HTTP";
        List<LoadResult> without = report.measured.get(Report.rowSecurityKey(RowSecurityCost.Variant.OWNER, read));
        List<LoadResult> with = report.measured.get(Report.rowSecurityKey(RowSecurityCost.Variant.QUERY_SERVICE, read));
        List<LoadResult> http = report.measured.get("query:" + read);
        if (without == null || with == null || http == null || without.get(0).cpu() == null) {
            notMeasured(target);
            return;
        }
        double before = Figures.median(without, LoadResult::machineMicrosPerOp);
        double added = Figures.median(with, LoadResult::machineMicrosPerOp) - before;
        double overHttp = Figures.median(http, LoadResult::machineMicrosPerOp);
        rows.add(row(
                target,
                String.format(
                        "%+,.0f µs (×%.2f the SQL read's; %s of the HTTP read's %,.0f µs)",
                        added, (before + added) / before, Figures.percent(added, overHttp), overHttp),
                String.format("(a) %,.0f µs per SQL read", before),
                added <= ROW_SECURITY_SHARE * overHttp,
                "—"));
    }

    /** The fastest measured store's rate against 50,000 events/s; 1M within 30 s from the largest store. */
    private void rebuild() {
        String raw = report.rawRowsPerSecond() > 0
                ? String.format("%,.0f rows/s (page reads)", report.rawRowsPerSecond())
                : "—";
        if (report.rebuilds.isEmpty()) {
            notMeasured("rebuild of all read models: ≥ 50,000 events/s");
            notMeasured("rebuild of 1M events: < 30 s");
            return;
        }
        double[] largest = report.rebuilds.stream()
                .max((a, b) -> Double.compare(a[0], b[0]))
                .orElseThrow();
        double rate = report.rebuilds.stream().mapToDouble(r -> r[1]).min().orElseThrow();
        rows.add(row(
                "rebuild of all read models: ≥ 50,000 events/s",
                String.format("%,.0f events/s (slowest" + " store measured)", rate),
                raw,
                rate >= 50_000,
                CpuBudget.against(budget.forRate(50_000), Double.NaN)));
        double seconds = MILLION / largest[1];
        String how = largest[0] >= MILLION
                ? String.format("%.0f s for %,.0f events", largest[0] / largest[1], largest[0])
                : String.format(
                        "≈ %.0f s, estimated from the rate at %,.0f events (1M not measured in" + " this run)",
                        seconds, largest[0]);
        rows.add(row(
                "rebuild of 1M events: < 30 s",
                how,
                raw,
                (largest[0] >= MILLION ? largest[0] / largest[1] : seconds) < 30,
                CpuBudget.against(budget.forRate(MILLION / 30.0), Double.NaN)));
    }

    private void memory(String service) {
        Long megabytes = report.serviceMegabytes.get(service);
        String target = service + " memory under load, rebuild included: < 512 MB RSS";
        if (megabytes == null) {
            notMeasured(target + " (the growth part measures it)");
            return;
        }
        rows.add(row(target, megabytes + " MB", "—", megabytes < 512, "—"));
    }

    private void notMeasured(String target) {
        rows.add("| " + target + " | not measured in this run | — | — | — |");
    }

    private static String row(String target, String measured, String raw, boolean met, String cpuBudget) {
        return "| " + target + " | " + measured + " | " + raw + " | " + (met ? "met" : "**not met**") + " | "
                + cpuBudget + " |";
    }
}
