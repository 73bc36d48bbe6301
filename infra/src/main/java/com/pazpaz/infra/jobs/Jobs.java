package com.pazpaz.infra.jobs;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * Where long jobs report their progress. {@code jobs.start("key-rotation", total)} returns the run's
 * {@link JobProgress}. The latest run of each job name is exported as metrics tagged {@code job=<name>}, which
 * is why a name is a fixed kind of job, never a record id; the recent runs are listed by the status endpoint.
 */
public class Jobs {

    /** Words of letters joined by hyphens: no digits, so that no id can pass for a name. */
    private static final Pattern NAME = Pattern.compile("[a-z]{1,30}(-[a-z]{1,30}){0,3}");

    private static final int KEPT_RUNS = 50;

    private final MeterRegistry registry;
    private final Clock clock;
    private final Duration logInterval;
    private final Map<String, JobProgress> latestByName = new ConcurrentHashMap<>();
    private final Deque<JobProgress> recent = new ArrayDeque<>();

    Jobs(MeterRegistry registry, Clock clock, Duration logInterval) {
        this.registry = registry;
        this.clock = clock;
        this.logInterval = logInterval;
    }

    /**
     * Starts tracking a run.
     *
     * @param name  the kind of job, up to four lower-case words joined by hyphens
     * @param total the number of items, or -1 when not known yet ({@link JobProgress#total} sets it later)
     */
    public JobProgress start(String name, long total) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A job name is a kind of job like key-rotation: " + name);
        }
        JobProgress run = new JobProgress(name, total, clock, logInterval);
        if (latestByName.put(name, run) == null) {
            registerMeters(name);
        }
        synchronized (recent) {
            recent.addFirst(run);
            while (recent.size() > KEPT_RUNS) {
                recent.removeLast();
            }
        }
        return run;
    }

    /** The recent runs, newest first. */
    public List<JobStatus> recent() {
        synchronized (recent) {
            return new ArrayList<>(recent).stream().map(JobProgress::status).toList();
        }
    }

    private void registerMeters(String name) {
        gauge("pazpaz.job.done", name, "Items the latest run has done", JobStatus::done);
        gauge(
                "pazpaz.job.total",
                name,
                "Items of the latest run (NaN while unknown)",
                s -> s.total() == null ? Double.NaN : s.total());
        gauge("pazpaz.job.rate", name, "Items per second of the latest run", JobStatus::ratePerSecond);
        gauge(
                "pazpaz.job.eta.seconds",
                name,
                "Estimated seconds the latest run still needs (NaN when done)",
                s -> s.etaSeconds() == null ? Double.NaN : s.etaSeconds());
        gauge(
                "pazpaz.job.running",
                name,
                "1 while the latest run is running",
                s -> s.state() == JobState.RUNNING ? 1 : 0);
        gauge("pazpaz.job.failed", name, "1 when the latest run failed", s -> s.state() == JobState.FAILED ? 1 : 0);
    }

    private void gauge(String meter, String name, String description, ToDoubleFunction<JobStatus> value) {
        Gauge.builder(
                        meter,
                        latestByName,
                        runs -> value.applyAsDouble(runs.get(name).status()))
                .tag("job", name)
                .description(description)
                .register(registry);
    }
}
