package com.pazpaz.infra.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The progress of one run of a long job (replay, key rotation, purge, retention). The job calls
 * {@link #advance} as items are done and {@link #complete} or {@link #fail} at the end; progress is logged
 * every {@code logInterval}, exported as metrics and listed by {@code GET /api/v1/admin/jobs}.
 * Thread-safe: workers of one run may advance it concurrently.
 */
public final class JobProgress {

    private static final Logger log = LoggerFactory.getLogger(JobProgress.class);

    private final UUID id = UUID.randomUUID();
    private final String name;
    private final Clock clock;
    private final Duration logInterval;
    private final Instant startedAt;
    private final AtomicLong done = new AtomicLong();
    private volatile long total;
    private volatile JobState state = JobState.RUNNING;
    private volatile Instant finishedAt;
    private volatile String failure;
    private volatile Instant lastLogged;

    JobProgress(String name, long total, Clock clock, Duration logInterval) {
        this.name = name;
        this.total = total;
        this.clock = clock;
        this.logInterval = logInterval;
        this.startedAt = clock.instant();
        this.lastLogged = startedAt;
        log.info("Job {} ({}) started: {} items", name, id, total < 0 ? "unknown" : total);
    }

    /** Records {@code items} more done, and logs the progress if the last log line is older than the interval. */
    public void advance(long items) {
        done.addAndGet(items);
        Instant now = clock.instant();
        if (Duration.between(lastLogged, now).compareTo(logInterval) >= 0) {
            lastLogged = now;
            log.info("Job {} ({}): {}", name, id, describe(status()));
        }
    }

    /** Sets the number of items, when the job learns it only after it started. */
    public void total(long items) {
        total = items;
    }

    /** The job finished all its items. */
    public void complete() {
        finish(JobState.COMPLETED, null);
        log.info("Job {} ({}) completed: {}", name, id, describe(status()));
    }

    /** The job stopped on an error; only the error's type is kept, as messages may quote data. */
    public void fail(Throwable cause) {
        finish(JobState.FAILED, cause.getClass().getSimpleName());
        log.error("Job {} ({}) failed with {}: {}", name, id, failure, describe(status()));
    }

    public String name() {
        return name;
    }

    /** Where the run stands now. */
    public JobStatus status() {
        Instant end = finishedAt != null ? finishedAt : clock.instant();
        long doneNow = done.get();
        double seconds = Math.max(Duration.between(startedAt, end).toMillis(), 1) / 1000.0;
        double rate = doneNow / seconds;
        Long etaSeconds = state != JobState.RUNNING || total < 0 || rate <= 0
                ? null
                : (long) Math.ceil(Math.max(0, total - doneNow) / rate);
        return new JobStatus(
                id,
                name,
                state,
                doneNow,
                total < 0 ? null : total,
                Math.round(rate * 10) / 10.0,
                etaSeconds,
                startedAt,
                finishedAt,
                failure);
    }

    private synchronized void finish(JobState outcome, String failureType) {
        if (state == JobState.RUNNING) {
            failure = failureType;
            finishedAt = clock.instant();
            state = outcome;
        }
    }

    private static String describe(JobStatus status) {
        String of = status.total() == null ? "" : "/" + status.total() + " (" + percent(status) + "%)";
        String eta = status.etaSeconds() == null ? "" : ", about " + status.etaSeconds() + " s left";
        return status.done() + of + " at " + status.ratePerSecond() + "/s" + eta;
    }

    private static long percent(JobStatus status) {
        return status.total() == 0 ? 100 : Math.min(100, status.done() * 100 / status.total());
    }
}
