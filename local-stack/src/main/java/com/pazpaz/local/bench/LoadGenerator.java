package com.pazpaz.local.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs an operation from N concurrent callers for a fixed time (or until the operation throws {@link Exhausted}:
 * its prepared inputs ran out) and records every latency, and the machine's CPU over the window when a stack is
 * watched ({@link MachineCpu#watch}).
 */
final class LoadGenerator {

    /** Thrown by an operation whose prepared inputs are used up: that caller stops, without an error. */
    static final class Exhausted extends RuntimeException {
        Exhausted() {
            super("prepared inputs used up", null, false, false);
        }
    }

    /** One call of the measured operation; false or an exception counts as an error. */
    @FunctionalInterface
    interface Operation {
        boolean call(int caller) throws Exception;
    }

    private LoadGenerator() {}

    static LoadResult run(int callers, Duration duration, Operation operation) throws Exception {
        AtomicInteger threads = new AtomicInteger();
        // named, so that MachineCpu can tell the driver's CPU from the services'
        ExecutorService pool = Executors.newFixedThreadPool(
                callers, task -> new Thread(task, "bench-caller-" + threads.incrementAndGet()));
        AtomicLong errors = new AtomicLong();
        MachineCpu cpu = MachineCpu.watched();
        MachineCpu.Sample cpuBefore = cpu == null ? null : cpu.sample();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<long[]>> workers = new ArrayList<>();
        for (int caller = 0; caller < callers; caller++) {
            int id = caller;
            workers.add(pool.submit(() -> {
                long[] latencies = new long[1024];
                int count = 0;
                while (System.nanoTime() < end) {
                    long before = System.nanoTime();
                    boolean ok;
                    try {
                        ok = operation.call(id);
                    } catch (Exhausted e) {
                        break;
                    } catch (Exception e) {
                        ok = false;
                    }
                    if (!ok) {
                        errors.incrementAndGet();
                        continue;
                    }
                    if (count == latencies.length) {
                        latencies = java.util.Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = System.nanoTime() - before;
                }
                return java.util.Arrays.copyOf(latencies, count);
            }));
        }
        List<long[]> parts = new ArrayList<>();
        for (Future<long[]> worker : workers) {
            parts.add(worker.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // before shutdown: the callers' threads still exist, so their CPU is still in /proc
        MachineCpu.Usage used = cpu == null ? null : cpu.between(cpuBefore, cpu.sample());
        pool.shutdown();
        long[] all = parts.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        return LoadResult.of(all, errors.get(), seconds).withCpu(used);
    }
}
