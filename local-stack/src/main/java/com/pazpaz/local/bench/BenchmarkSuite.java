package com.pazpaz.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.local.DemoPractice;
import com.pazpaz.local.LocalStack;
import com.pazpaz.local.LocalStackConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 *     [--rounds=3] [--seconds=5] [--out=docs/benchmarks/report.md]
 * </pre>
 */
public final class BenchmarkSuite {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkSuite.class);

    private final int rounds;
    private final Duration window;
    private final Report report = new Report();
    private LocalStack stack;
    private BenchContext bench;
    private Http owner;

    private BenchmarkSuite(int rounds, Duration window) {
        this.rounds = rounds;
        this.window = window;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Report.options(args);
        BenchmarkSuite suite = new BenchmarkSuite(Integer.parseInt(options.getOrDefault("rounds", "3")),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "5"))));
        Path out = Path.of(options.getOrDefault("out", "docs/benchmarks/report.md"));
        suite.run(out);
        System.exit(0);
    }

    private void run(Path out) throws Exception {
        Path directory = Files.createTempDirectory("pazpaz-bench-");
        LocalStackConfig config = new LocalStackConfig(directory, 0, 0, 0, 0, null, "postgres", "postgres", null, true);
        try (LocalStack started = LocalStack.start(config)) {
            stack = started;
            bench = new BenchContext(stack, rounds, window, report, DemoPractice.ensure(stack));
            owner = bench.owner;
            warmUp();
            double[] rawInserts = rawPostgres();
            new CommandScenarios(bench, rawInserts).run();
            projectionLag();
            new QueryScenarios(bench).run();
            new GrowthScenario(bench).run();
            replay();
            report.memory();
        }
        report.write(out);
        log.info("Benchmark report written to {}", out.toAbsolutePath());
    }

    /** Lets the JIT, connection pools and caches settle so that the first measured round is not the cold one. */
    private void warmUp() throws Exception {
        String url = stack.commandBaseUrl() + "/api/v1/clients";
        LoadGenerator.run(4, window.multipliedBy(2), caller -> {
            JsonNode created = owner.post(url, Seeder.registerBody(caller));
            return created != null && owner.get(stack.queryBaseUrl() + "/api/v1/clients?page_size=5") == 200;
        });
    }

    /** Raw single-row insert transactions at 1 and 16 connections; returns their medians (per second). */
    private double[] rawPostgres() throws Exception {
        try (RawPostgres raw = new RawPostgres(stack.jdbcUrl(), stack.jdbcUser(), stack.jdbcPassword())) {
            List<LoadResult> one = bench.repeat(() -> raw.inserts(1, window));
            List<LoadResult> sixteen = bench.repeat(() -> raw.inserts(16, window));
            List<LoadResult> pages = bench.repeat(() -> raw.pageReads(1, window));
            report.raw(one, sixteen, pages);
            return new double[] {Figures.median(one, LoadResult::perSecond),
                Figures.median(sixteen, LoadResult::perSecond), Figures.median(pages, LoadResult::perSecond) * 1000};
        }
    }

    /** Time from a command's response until query-service answers the new record, idle and under load. */
    private void projectionLag() throws Exception {
        report.lag("idle", lagSamples(200));
        AtomicBoolean loading = new AtomicBoolean(true);
        Thread load = new Thread(() -> {
            try {
                LoadGenerator.run(16, window.multipliedBy(4), caller -> loading.get()
                        && owner.post(stack.commandBaseUrl() + "/api/v1/clients", Seeder.registerBody(caller)) != null);
            } catch (Exception e) {
                log.warn("background load failed: {}", e.getMessage());
            }
        });
        load.start();
        report.lag("under 16-caller register load", lagSamples(100));
        loading.set(false);
        load.join();
    }

    private long[] lagSamples(int samples) throws Exception {
        long[] lags = new long[samples];
        for (int i = 0; i < samples; i++) {
            JsonNode created = owner.post(stack.commandBaseUrl() + "/api/v1/clients", Seeder.registerBody(i));
            long answered = System.nanoTime();
            String read = stack.queryBaseUrl() + "/api/v1/clients/" + created.get("id").asText();
            while (owner.get(read) != 200) {
                Thread.onSpinWait();
            }
            lags[i] = System.nanoTime() - answered;
        }
        return lags;
    }

    private void replay() throws Exception {
        Http admin = bench.admin();
        String url = stack.queryBaseUrl() + "/api/v1/admin/read-model/rebuild";
        List<double[]> runs = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            admin.post(url, "");
            JsonNode status = admin.getJson(url);
            while (!List.of("done", "failed").contains(status.get("state").asText())) {
                Thread.sleep(50);
                status = admin.getJson(url);
            }
            double seconds = Duration.between(Instant.parse(status.get("started_at").asText()),
                    Instant.parse(status.get("finished_at").asText())).toMillis() / 1000.0;
            runs.add(new double[] {status.get("events_processed").asLong(), seconds});
        }
        report.replay(runs);
    }
}
