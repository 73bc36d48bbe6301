package com.pazpaz.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.local.DemoPractice;
import com.pazpaz.local.LocalStack;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the whole suite on a durable local stack (fsync on) and writes docs/benchmarks/report.md:
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; java -cp local-stack/target/pazpaz-local-stack.jar \
 *     -Dloader.main=com.pazpaz.local.bench.BenchmarkSuite org.springframework.boot.loader.launch.PropertiesLauncher \
 *     [--rounds=3] [--seconds=5] [--out=docs/benchmarks/report.md] [--parts=base,growth]
 *     [--replay-sizes=20000] [--growth-sizes=10000,30000] [--service-jvm="-Xmx1g ..."] [--peer=false]
 *     [--search-clients=10000] [--search-notes=100000]
 * </pre>
 * The part {@code search} ({@link SearchScenarios}) runs in the base part's stack, or alone on one of its own
 * ({@code --parts=search}; a smoke run: {@code --search-clients=100 --search-notes=200}); the part {@code lag}, the
 * projection lag idle and under load, alone with {@code --parts=lag}.
 * The base part measures on one stack; the growth part (replay at the sizes, growth, memory per service) on a
 * second one ({@link GrowthSuite}). The defaults are a small smoke run; docs/benchmarks/README.md gives the full.
 */
public final class BenchmarkSuite {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkSuite.class);

    /** The JIT has settled when its compilers use less than this share of one core (decision 292). */
    private static final double SETTLED_COMPILER_SHARE = 0.10;

    /** The warm-up stops after this even if the compilers are still busy, keeping the base run within bounds. */
    private static final Duration WARM_UP_LIMIT = Duration.ofSeconds(45);

    private final int rounds;
    private final Duration window;
    private final Map<String, String> options;
    private final Report report = new Report();
    private LocalStack stack;
    private BenchContext bench;
    private Http owner;

    private BenchmarkSuite(Map<String, String> options) {
        this.options = options;
        this.rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        this.window = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "5")));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Report.options(args);
        BenchmarkSuite suite = new BenchmarkSuite(options);
        Path out = Path.of(options.getOrDefault("out", "docs/benchmarks/report.md"));
        suite.run(out);
        System.exit(0);
    }

    private void run(Path out) throws Exception {
        List<String> parts =
                List.of(options.getOrDefault("parts", "base,growth").split(","));
        if (parts.contains("base")) {
            runBase(parts.contains("search"));
        }
        if (parts.contains("search") && !parts.contains("base")) {
            runSearchAlone();
        }
        if (parts.contains("lag") && !parts.contains("base")) {
            runLagAlone();
        }
        if (parts.contains("growth")) {
            new GrowthSuite(
                            rounds,
                            window,
                            report,
                            sizes("growth-sizes", "10000,30000"),
                            sizes("replay-sizes", "20000"),
                            serviceJvmOptions())
                    .run();
        }
        report.write(out);
        log.info("Benchmark report written to {}", out.toAbsolutePath());
    }

    /**
     * The base part. Search seeds 100,000 notes (minutes of work) and would quadruple the events the replay reads, so
     * it runs only when asked for ({@code --parts=base,search}), after the replay, keeping the base run within its
     * bound and its replay comparable from run to run.
     */
    private void runBase(boolean withSearch) throws Exception {
        try (LocalStack started = ownStack("pazpaz-bench-")) {
            warmUp();
            double[] rawInserts = rawPostgres();
            new CommandScenarios(bench, rawInserts).run();
            if (!"false".equals(options.get("peer"))) {
                AxonPeer.run(bench, rawInserts);
            }
            projectionLag();
            SeededReads seeded = new QueryScenarios(bench).run();
            new RowSecurityCost(bench, seeded).run();
            new GrowthScenario(bench).run();
            replay();
            report.memory();
            if (withSearch) {
                searchScenarios();
            }
        }
    }

    /** Starts a durable stack of its own for a run and makes it the suite's, with the demo practice's owner. */
    private LocalStack ownStack(String directoryPrefix) throws Exception {
        LocalStack started = BenchContext.startDurableStack(directoryPrefix);
        try {
            stack = started;
            // every part measures the machine's CPU per operation of its stack (the search part did not, stop 38)
            MachineCpu.watch(stack.dataDirectory().resolve("postgres"), false);
            bench = new BenchContext(stack, rounds, window, report, DemoPractice.ensure(stack));
            owner = bench.owner;
            return started;
        } catch (Exception e) {
            started.close();
            throw e;
        }
    }

    private void runSearchAlone() throws Exception {
        try (LocalStack started = ownStack("pazpaz-bench-search-")) {
            warmUp();
            searchScenarios();
        }
    }

    /** The projection lag alone ({@code --parts=lag}, about 2 minutes): for tuning admission (decision 294). */
    private void runLagAlone() throws Exception {
        try (LocalStack started = ownStack("pazpaz-bench-lag-")) {
            warmUp();
            projectionLag();
        }
    }

    private void searchScenarios() throws Exception {
        new SearchScenarios(
                        bench,
                        Integer.parseInt(options.getOrDefault("search-clients", "10000")),
                        Integer.parseInt(options.getOrDefault("search-notes", "100000")))
                .run();
    }

    private List<Long> sizes(String option, String fallback) {
        return Arrays.stream(options.getOrDefault(option, fallback).split(","))
                .map(String::trim)
                .filter(size -> !size.isEmpty())
                .map(Long::parseLong)
                .toList();
    }

    /**
     * Options for the JVMs the growth part starts a service in, e.g. {@code --service-jvm="-Xmx1g"}; the production
     * settings ({@link ServiceJvm#RECOMMENDED}) when not given, {@code --service-jvm=defaults} for the JVM's own.
     */
    private List<String> serviceJvmOptions() {
        String jvm = options.getOrDefault("service-jvm", "").trim();
        if (jvm.isEmpty()) {
            return ServiceJvm.RECOMMENDED;
        }
        return jvm.equals("defaults") ? List.of() : List.of(jvm.split("\\s+"));
    }

    /**
     * Lets the JIT, connection pools and caches settle so that the first measured round is not the cold one: windows
     * of 16 callers registering and listing until the JIT compilers use less than a tenth of one core over a window,
     * or {@link #WARM_UP_LIMIT} has passed (decision 292). Only then is a service measured as it would run in
     * production, after its start.
     */
    private void warmUp() throws Exception {
        String url = stack.commandBaseUrl() + "/api/v1/clients";
        Duration slice = Duration.ofSeconds(5);
        long started = System.nanoTime();
        double compilerShare;
        do {
            double compilingBefore = MachineCpu.compilerSeconds();
            long sliceStarted = System.nanoTime();
            LoadGenerator.run(16, slice, caller -> {
                JsonNode created = owner.post(url, Seeder.registerBody(caller));
                return created != null && owner.get(stack.queryBaseUrl() + "/api/v1/clients?page_size=5") == 200;
            });
            double seconds = (System.nanoTime() - sliceStarted) / 1e9;
            compilerShare = (MachineCpu.compilerSeconds() - compilingBefore) / seconds;
        } while (compilerShare > SETTLED_COMPILER_SHARE && System.nanoTime() - started < WARM_UP_LIMIT.toNanos());
        long seconds = Math.round((System.nanoTime() - started) / 1e9);
        log.info(
                "Warmed up in {} s; the JIT compilers used {} of a core in the last {}", seconds, compilerShare, slice);
        report.warmUp(seconds, compilerShare, SETTLED_COMPILER_SHARE, WARM_UP_LIMIT);
    }

    /** Raw single-row insert transactions at 1 and 16 connections; returns their medians (per second). */
    private double[] rawPostgres() throws Exception {
        try (RawPostgres raw = new RawPostgres(stack.jdbcUrl(), stack.jdbcUser(), stack.jdbcPassword())) {
            List<LoadResult> one = bench.repeat(() -> raw.inserts(1, window));
            List<LoadResult> sixteen = bench.repeat(() -> raw.inserts(16, window));
            List<LoadResult> pages = bench.repeat(() -> raw.pageReads(1, window));
            report.raw(one, sixteen, pages);
            return new double[] {
                Figures.median(one, LoadResult::perSecond),
                Figures.median(sixteen, LoadResult::perSecond),
                Figures.median(pages, LoadResult::perSecond) * 1000
            };
        }
    }

    /** Time from a command's response until its row is in the read table, idle and under load (LagSampler). */
    private void projectionLag() throws Exception {
        try (LagSampler sampler = new LagSampler(bench)) {
            projectionLag(sampler);
        }
    }

    private void projectionLag(LagSampler sampler) throws Exception {
        report.lag("idle", sampler.samples(200));
        AtomicBoolean loading = new AtomicBoolean(true);
        Thread load = new Thread(() -> {
            try {
                LoadGenerator.run(
                        16,
                        window.multipliedBy(4),
                        caller -> loading.get()
                                && owner.post(stack.commandBaseUrl() + "/api/v1/clients", Seeder.registerBody(caller))
                                        != null);
            } catch (Exception e) {
                log.warn("background load failed: {}", e.getMessage());
            }
        });
        load.start();
        report.lag(Targets.LAG_UNDER_LOAD, sampler.samples(100));
        loading.set(false);
        load.join();
    }

    private void replay() throws Exception {
        report.replay("rebuild all read tables", Replay.rebuilds(bench.admin(), stack.queryBaseUrl(), rounds));
    }
}
