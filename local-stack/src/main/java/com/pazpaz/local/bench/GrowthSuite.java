package com.pazpaz.local.bench;

import com.pazpaz.local.DemoPractice;
import com.pazpaz.local.LocalStack;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The second part of the suite, on a stack of its own (the first part leaves tens of thousands of events behind,
 * more than the smallest size measured here): fills the store level by level with {@link EventSeeder}; at each
 * growth size measures {@link StoreGrowthScenario}, at each replay size the full rebuild; finally the memory of
 * each service in a JVM of its own.
 */
final class GrowthSuite {

    private static final Logger log = LoggerFactory.getLogger(GrowthSuite.class);
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofHours(2);

    private final int rounds;
    private final Duration window;
    private final Report report;
    private final List<Long> growthSizes;
    private final List<Long> replaySizes;
    private final List<String> serviceJvm;

    GrowthSuite(
            int rounds,
            Duration window,
            Report report,
            List<Long> growthSizes,
            List<Long> replaySizes,
            List<String> serviceJvm) {
        this.rounds = rounds;
        this.window = window;
        this.report = report;
        this.growthSizes = growthSizes;
        this.replaySizes = replaySizes;
        this.serviceJvm = serviceJvm;
    }

    void run() throws Exception {
        try (LocalStack stack = BenchContext.startDurableStack("pazpaz-bench-growth-")) {
            BenchContext bench = new BenchContext(stack, rounds, window, report, DemoPractice.ensure(stack));
            MachineCpu.watch(stack.dataDirectory().resolve("postgres"), false);
            rawPageReads(bench);
            EventSeeder seeder = new EventSeeder(bench);
            StoreGrowthScenario growth = new StoreGrowthScenario(bench, seeder, serviceJvm);
            TreeSet<Long> levels = new TreeSet<>(growthSizes);
            levels.addAll(replaySizes);
            int step = 0;
            for (long level : levels) {
                log.info("Growth part, size {} of {}: seeding up to {} events", ++step, levels.size(), level);
                EventSeeder.Seeding seeded = seeder.seedUpTo(level);
                long stored = seeder.storedEvents();
                double caughtUp = Processors.awaitCaughtUp(
                        stored, CATCH_UP_TIMEOUT, stack.commandService(), stack.queryService());
                report.seeding(stored, seeded, caughtUp);
                if (growthSizes.contains(level)) {
                    log.info("Growth part: measuring with {} events stored", stored);
                    growth.measure(stored);
                }
                if (replaySizes.contains(level)) {
                    log.info("Growth part: {} rebuilds of about {} events", rounds, seeder.storedEvents());
                    report.replay(
                            "rebuild all read tables, growth stack",
                            Replay.rebuilds(bench.admin(), stack.queryBaseUrl(), rounds));
                }
            }
            log.info("Growth part: memory of each service in a JVM of its own");
            new ServiceMemory(bench, seeder, serviceJvm).run();
        }
    }

    /**
     * Only when the first part did not run: fills the raw table (an untimed insert load) and reads pages of it on
     * this stack's PostgreSQL, the rate the rebuilds are compared with.
     */
    private void rawPageReads(BenchContext bench) throws Exception {
        if (report.hasRawPageReads()) {
            return;
        }
        LocalStack stack = bench.stack;
        try (RawPostgres raw = new RawPostgres(stack.jdbcUrl(), stack.jdbcUser(), stack.jdbcPassword())) {
            raw.inserts(16, window);
            report.rawPageReadsOfGrowthStack(bench.repeat(() -> raw.pageReads(1, window)));
        }
    }
}
