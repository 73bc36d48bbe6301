package com.pazpaz.local.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Collects the figures of one run and writes them as a Markdown report naming the machine, JVM and commit. */
final class Report {

    private final List<String> raw = new ArrayList<>();
    private final List<String> commands = new ArrayList<>();
    private final List<String> lags = new ArrayList<>();
    private final List<String> queries = new ArrayList<>();
    private final List<String> rowSecurity = new ArrayList<>();
    private final List<String> replays = new ArrayList<>();
    private final List<String> growth = new ArrayList<>();
    private final List<String> seeding = new ArrayList<>();
    private final List<String> storeGrowth = new ArrayList<>();
    private final List<String> serviceMemory = new ArrayList<>();
    private final List<String> peers = new ArrayList<>();
    private final List<String> sideBySide = new ArrayList<>();
    private static final String ROW_SECURITY_NOTE = "(a) is the tables' owner, a superuser, to which PostgreSQL"
            + " applies no row policy; (a′) sends, still as the owner, the `set_config('app.workspace_id', …, true)`"
            + " that query-service sends at each transaction's begin (one more round trip per read); (b) is"
            + " query-service's own role, so the policy `workspace_isolation` also filters every row read: (a′)/(a)"
            + " is the setting statement's cost, (b)/(a′) the policy's, (b)/(a) what row-level security costs a"
            + " read. CPU here includes the JDBC client's work (the JVM column), as a request thread's would.";
    /** The figures the targets table is made of, by key (see {@link Targets}). */
    final Map<String, List<LoadResult>> measured = new HashMap<>();

    final Map<String, Double> rawLimits = new HashMap<>();
    final Map<String, String> backlogs = new HashMap<>();
    final Map<String, Long> largestBacklogs = new HashMap<>();
    final List<double[]> rebuilds = new ArrayList<>();
    final Map<String, Long> serviceMegabytes = new HashMap<>();
    private double rawRowsPerSecond;
    private String memory = "n/a";
    private String warmUp = "n/a";

    void raw(List<LoadResult> one, List<LoadResult> sixteen, List<LoadResult> pages) {
        rawRowsPerSecond = Figures.median(pages, LoadResult::perSecond) * 1000;
        measured.put("raw@1", one);
        measured.put("raw@16", sixteen);
        sideBySide.add(rawRow(1, one));
        sideBySide.add(rawRow(16, sixteen));
        raw.add(row("single-row INSERT + commit, 1 connection", one));
        raw.add(row("single-row INSERT + commit, 16 connections", sixteen));
        raw.add(row("read a page of 1,000 rows, 1 connection (pages/s)", pages));
    }

    /** A command row; {@code behind}: each consumer's backlog at the end of each round (none at 1 caller). */
    void command(String name, int callers, List<LoadResult> results, double rawLimit, List<Map<String, Long>> behind) {
        String key = name + "@" + callers;
        measured.put(key, results);
        rawLimits.put(key, rawLimit);
        if (!behind.isEmpty()) {
            backlogs.put(key, Backlog.describe(behind));
            largestBacklogs.put(key, Backlog.largest(behind));
        }
        commands.add("| " + name + " | " + callers + " | " + latencies(results) + " | "
                + Figures.percent(Figures.median(results, LoadResult::perSecond), rawLimit) + " | "
                + cpu(results) + " | " + backlogs.getOrDefault(key, "—") + " | "
                + results.stream().mapToLong(LoadResult::errors).sum() + " |");
        if ("register-client".equals(name) && callers != 64) {
            sideBySide.add("| ours: register-client over HTTP | " + callers + " | "
                    + Figures.spread(results, LoadResult::perSecond, "%.0f") + " | "
                    + Figures.percent(Figures.median(results, LoadResult::perSecond), rawLimit) + " | "
                    + Figures.spread(results, LoadResult::p99, "%.1f") + " | " + cpu(results) + " |");
        }
    }

    /** The Axon peer's register-client through the CommandGateway (no HTTP), beside raw and ours. */
    void peer(int callers, List<LoadResult> results, double rawLimit, List<Long> behind) {
        measured.put("peer@" + callers, results);
        String row = " | " + callers + " | " + Figures.spread(results, LoadResult::perSecond, "%.0f") + " | "
                + Figures.percent(Figures.median(results, LoadResult::perSecond), rawLimit) + " | "
                + Figures.spread(results, LoadResult::p99, "%.1f") + " | " + cpu(results) + " |";
        peers.add("| register a client (Axon defaults, CommandGateway) | " + callers + " | " + latencies(results)
                + " | " + Figures.percent(Figures.median(results, LoadResult::perSecond), rawLimit) + " | "
                + cpu(results) + " | "
                + behind.stream().mapToLong(Long::longValue).max().orElse(0) + " |");
        sideBySide.add("| Axon peer: register a client through the CommandGateway | " + row.substring(3));
    }

    /** Projection lag samples; the condition names the load ("idle" or under load). */
    void lag(String condition, long[] nanos) {
        LoadResult result = LoadResult.of(nanos, 0, 1);
        measured.put("lag:" + condition, List.of(result));
        lags.add(String.format(
                "| %s | %d | %.1f | %.1f | %.1f |", condition, nanos.length, result.p50(), result.p95(), result.p99()));
    }

    /** A query under 32 readers; the key names it for the targets, the label says what and how much data. */
    void query(String key, String label, List<LoadResult> results) {
        measured.put("query:" + key, results);
        queries.add("| " + label + " | 32 | " + latencies(results) + " | " + cpu(results) + " |");
    }

    /**
     * One read without and with row-level security ({@link RowSecurityCost}): a row per variant, each but the
     * first also as a share of the first (rate, p50, machine CPU per read).
     */
    void rowSecurity(String key, String label, Map<RowSecurityCost.Variant, List<LoadResult>> variants) {
        List<LoadResult> baseline = variants.values().iterator().next();
        variants.forEach((variant, results) -> {
            measured.put(rowSecurityKey(variant, key), results);
            rowSecurity.add("| " + label + " | " + variant.label + " | " + latencies(results) + " | " + cpu(results)
                    + " | " + (results == baseline ? "—" : ratios(results, baseline)) + " |");
        });
    }

    /** The key of a row-security figure: the variant and the key of the same read over HTTP. */
    static String rowSecurityKey(RowSecurityCost.Variant variant, String read) {
        return "rls:" + variant.name() + ":" + read;
    }

    /** "×rate · ×p50 · ×CPU" of the medians against the baseline's. */
    private static String ratios(List<LoadResult> results, List<LoadResult> baseline) {
        List<String> ratios = new ArrayList<>();
        for (ToDoubleFunction<LoadResult> figure : List.<ToDoubleFunction<LoadResult>>of(
                LoadResult::perSecond, LoadResult::p50, LoadResult::machineMicrosPerOp)) {
            ratios.add(String.format("×%.2f", Figures.median(results, figure) / Figures.median(baseline, figure)));
        }
        return String.join(" · ", ratios);
    }

    /** "machine | JVM | PostgreSQL" CPU µs per operation, medians of the rounds; n/a when not measured. */
    static String cpu(List<LoadResult> results) {
        if (results.stream().anyMatch(r -> r.cpu() == null)) {
            return "n/a | n/a | n/a";
        }
        return Figures.spread(results, LoadResult::machineMicrosPerOp, "%,.0f") + " | "
                + String.format(
                        "%,.0f | %,.0f",
                        Figures.median(results, LoadResult::jvmMicrosPerOp),
                        Figures.median(results, LoadResult::postgresMicrosPerOp));
    }

    void growth(String operation, String note, List<LoadResult> results) {
        growth.add("| " + operation + " | " + note + " | " + latencies(results) + " |");
    }

    /** "per second | p50 | p95 | p99", each median (min–max). */
    private static String latencies(List<LoadResult> results) {
        return Figures.spread(results, LoadResult::perSecond, "%.0f") + " | "
                + Figures.spread(results, LoadResult::p50, "%.1f") + " | "
                + Figures.spread(results, LoadResult::p95, "%.1f") + " | "
                + Figures.spread(results, LoadResult::p99, "%.1f");
    }

    /** Full rebuilds, each {events, seconds}; compared with the raw page-read rate in rows per second. */
    void replay(String label, List<double[]> runs) {
        double[] rates = runs.stream().mapToDouble(r -> r[0] / r[1]).sorted().toArray();
        double median = rates[rates.length / 2];
        rebuilds.add(new double[] {runs.get(0)[0], median});
        replays.add(String.format(
                "| %s (%.0f events) | %.0f (%.0f–%.0f) | %s |",
                label,
                runs.get(0)[0],
                median,
                rates[0],
                rates[rates.length - 1],
                Figures.percent(median, rawRowsPerSecond)));
    }

    boolean hasRawPageReads() {
        return rawRowsPerSecond > 0;
    }

    /** The growth stack's own raw page reads, when the base part did not run: the replay compares with them. */
    void rawPageReadsOfGrowthStack(List<LoadResult> pages) {
        rawRowsPerSecond = Figures.median(pages, LoadResult::perSecond) * 1000;
        raw.add(row("read a page of 1,000 rows, 1 connection (pages/s; growth stack)", pages));
    }

    void seeding(long stored, EventSeeder.Seeding step, double catchUpSeconds) {
        seeding.add(String.format(
                "| %,d | %,d | %.1f | %.0f | %.1f |",
                stored, step.events(), step.seconds(), step.perSecond(), catchUpSeconds));
    }

    void storeGrowth(String operation, long stored, int callers, List<LoadResult> results) {
        storeGrowth.add(String.format(
                "| %s | %,d | %d | %s | %d |",
                operation,
                stored,
                callers,
                latencies(results),
                results.stream().mapToLong(LoadResult::errors).sum()));
    }

    void serviceMemory(String service, String workload, long megabytes) {
        serviceMegabytes.merge(service, megabytes, Math::max);
        serviceMemory.add("| " + service + " | " + workload + " | " + megabytes + " MB |");
    }

    void memory() throws IOException {
        memory = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmHWM"))
                .findFirst()
                .orElse("VmHWM: n/a")
                .replaceAll("\\s+", " ");
    }

    /** How long the stack was warmed up before the first measured window, and how busy the JIT still was. */
    void warmUp(long seconds, double compilerShare, double settledShare, Duration limit) {
        warmUp = String.format(
                "%d s of 16 callers registering and listing, until the JIT compilers used %.2f of a core"
                        + " (settled below %.2f, or at most %d s; decision 292)",
                seconds, compilerShare, settledShare, limit.toSeconds());
    }

    void write(Path out) throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "# Benchmark report",
                "",
                "Generated by `com.pazpaz.local.bench.BenchmarkSuite` (docs/benchmarks/README.md). Medians of the"
                        + " rounds with (min–max); latencies in ms; CPU in µs per operation: the machine's (the"
                        + " services' JVM without the benchmark's own HTTP driver, plus every process of the"
                        + " stack's PostgreSQL, from /proc), then the JVM's and PostgreSQL's shares. Both services"
                        + " ran in one JVM with a durable PostgreSQL (fsync and synchronous_commit on) and the Kafka"
                        + " broker, except where a table says \"own JVM\"; the growth tables come from a second"
                        + " stack of the same kind.",
                "",
                "* run at: " + Instant.now(),
                "* machine: " + machine(),
                "* JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                "* commit: " + commit(),
                "* warm-up: " + warmUp));
        section(
                lines,
                "## Targets of issue 12, and what row-level security costs (issue 13; generated from the figures below)",
                "| target | measured | raw limit, same run | met? | machine CPU per operation: the most the target"
                        + " allows on these cores → measured (docs/benchmarks/floor.md) |",
                new Targets(this, Runtime.getRuntime().availableProcessors()).rows());
        section(
                lines,
                "## Side by side: the raw limit, ours and the Axon peer (same PostgreSQL, same run)",
                "| what | callers | per second | of raw | p99 | CPU/op machine | JVM | PostgreSQL |",
                sideBySide);
        section(
                lines,
                "## The physical limit (plain JDBC, same PostgreSQL)",
                "| operation | per second | p50 | p95 | p99 | CPU/op machine | JVM | PostgreSQL |",
                raw);
        section(
                lines,
                "## Commands over HTTP (each appends events, projects and publishes to Kafka)",
                "| command | callers | per second | p50 | p95 | p99 | of raw inserts (1 or 16 conn.) | CPU/op machine"
                        + " | JVM | PostgreSQL | behind at the end (events, worst round) | errors |",
                commands);
        section(
                lines,
                "## The Axon peer (own JVM, own database on the same server; see README)",
                "| command | callers | per second | p50 | p95 | p99 | of raw inserts | CPU/op machine | JVM |"
                        + " PostgreSQL | projection behind at the end (events) |",
                peers);
        section(
                lines,
                "## Projection lag: command answered → its row committed in the read table",
                "| condition | samples | p50 | p95 | p99 |",
                lags);
        section(
                lines,
                "## Queries (32 concurrent readers; each read also appends its access event)",
                "| query | readers | per second | p50 | p95 | p99 | CPU/op machine | JVM | PostgreSQL |",
                queries);
        section(
                lines,
                "## Row-level security: query-service's reads in plain JDBC, without and with it (same PostgreSQL,"
                        + " 1 connection, one read-only transaction per read)",
                "| read | as | per second | p50 | p95 | p99 | CPU/op machine | JVM | PostgreSQL |"
                        + " against (a): per second · p50 · CPU/op |",
                rowSecurity);
        if (!rowSecurity.isEmpty()) {
            lines.addAll(List.of("", ROW_SECURITY_NOTE));
        }
        section(lines, "## Replay", "| run | events per second | of raw page-read rows/s |", replays);
        section(
                lines,
                "## Growth: a note's length (snapshots every 50 events: a command replays at most that" + " many)",
                "| operation (1 caller) | note | per second | p50 | p95 | p99 |",
                growth);
        if (!commands.isEmpty()) {
            lines.addAll(List.of(
                    "",
                    "## Memory",
                    "",
                    "Peak resident set of the one JVM running both services, the" + " broker and the benchmark client: "
                            + memory));
        }
        lines.addAll(growthSections());
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, lines);
    }

    /** A table with its title, left out when the part that fills it did not run. */
    private static void section(List<String> lines, String title, String header, List<String> rows) {
        if (!rows.isEmpty()) {
            lines.addAll(List.of("", title, "", header, header.replaceAll("[^|]+", "---")));
            lines.addAll(rows);
        }
    }

    /** The second stack's sections (docs/benchmarks/README.md, "Replay, growth and memory per service"). */
    private List<String> growthSections() {
        List<String> lines = new ArrayList<>();
        section(
                lines,
                "## Seeding the growth stack (batched appends through Axon's event store; the services"
                        + " project and relay every event)",
                "| stored after | events appended | seconds | events/s | processors at the head after (s) |",
                seeding);
        section(
                lines,
                "## Growth: the same operations with more events stored (a practice of its own;"
                        + " snapshots every 50 events unless said)",
                "| operation | events stored | callers | per second | p50 | p95 | p99 | errors |",
                storeGrowth);
        section(
                lines,
                "## Memory per service (each in a JVM of its own with the production settings of"
                        + " docs/runbook.md unless --service-jvm was given)",
                "| service | workload | peak RSS (VmHWM) |",
                serviceMemory);
        lines.add("");
        return lines;
    }

    private static String row(String name, List<LoadResult> results) {
        return "| " + name + " | " + Figures.spread(results, LoadResult::perSecond, "%.0f") + " | "
                + Figures.spread(results, LoadResult::p50, "%.2f") + " | "
                + Figures.spread(results, LoadResult::p95, "%.2f")
                + " | " + Figures.spread(results, LoadResult::p99, "%.2f") + " | " + cpu(results) + " |";
    }

    private static String rawRow(int connections, List<LoadResult> results) {
        return "| raw: single-row INSERT + commit, plain JDBC | " + connections + " | "
                + Figures.spread(results, LoadResult::perSecond, "%.0f") + " | 100 % | "
                + Figures.spread(results, LoadResult::p99, "%.2f") + " | " + cpu(results) + " |";
    }

    double rawRowsPerSecond() {
        return rawRowsPerSecond;
    }

    private static String machine() {
        try {
            String model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.split(":", 2)[1].trim())
                    .orElse("unknown CPU");
            return Runtime.getRuntime().availableProcessors() + " cores, " + model + ", "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB max heap";
        } catch (IOException e) {
            return Runtime.getRuntime().availableProcessors() + " cores";
        }
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").start();
            String hash = new String(git.getInputStream().readAllBytes()).trim();
            return hash.isEmpty() ? "unknown" : hash;
        } catch (IOException e) {
            return "unknown";
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        Arrays.stream(args)
                .filter(a -> a.startsWith("--") && a.contains("="))
                .forEach(a -> options.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1)));
        return options;
    }
}
