package com.pazpaz.query.replay;

import com.pazpaz.infra.jobs.JobState;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Progress and, once finished, the report of a read-model rebuild.
 *
 * @param state          idle, building, indexing (the shadow tables' indexes and constraints), swapping, done or failed
 * @param eventsTotal    events in the store when the rebuild started (more may arrive while it runs)
 * @param eventsProcessed events applied to the shadow tables so far
 * @param eventsPerSecond rate so far
 * @param secondsLeft    estimate, from the rate so far
 * @param rowsWritten    rows of each rebuilt table (when done)
 * @param failure        why it failed, if it did
 */
public record RebuildStatus(
        RebuildPhase state,
        Instant startedAt,
        Instant finishedAt,
        long eventsTotal,
        long eventsProcessed,
        double eventsPerSecond,
        Long secondsLeft,
        Map<String, Long> rowsWritten,
        String failure) {

    static RebuildStatus idle() {
        return new RebuildStatus(RebuildPhase.IDLE, null, null, 0, 0, 0, null, Map.of(), null);
    }

    static RebuildStatus progress(RebuildPhase state, Instant startedAt, long total, long processed, Instant now) {
        double seconds = Math.max(0.001, Duration.between(startedAt, now).toMillis() / 1000.0);
        double rate = processed / seconds;
        Long left = rate > 0 ? Math.max(0, Math.round((total - processed) / rate)) : null;
        return new RebuildStatus(
                state, startedAt, null, total, processed, Math.round(rate * 10) / 10.0, left, Map.of(), null);
    }

    RebuildStatus finished(Instant at, Map<String, Long> rows) {
        return new RebuildStatus(
                RebuildPhase.DONE, startedAt, at, eventsTotal, eventsProcessed, eventsPerSecond, 0L, rows, null);
    }

    RebuildStatus failed(Instant at, String why) {
        return new RebuildStatus(
                RebuildPhase.FAILED,
                startedAt,
                at,
                eventsTotal,
                eventsProcessed,
                eventsPerSecond,
                null,
                rowsWritten,
                why);
    }

    boolean running() {
        return state.job() == JobState.RUNNING;
    }
}
