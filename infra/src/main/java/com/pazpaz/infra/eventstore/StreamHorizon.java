package com.pazpaz.infra.eventstore;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.eventhandling.TrackingToken;

/**
 * What the event streams of this process already know they have read, so that a fetch that cannot find anything
 * is not sent (decision 295). Axon's streams fetch again after every batch until one comes back empty, and again
 * on every wake-up: per event appended that was two or three reads, each a query, a transaction and a plan.
 *
 * <p>Why skipping is safe: every commit of events is announced to this process after it committed, by the local
 * commit's wake-up ({@link WakeableEventStore}) or by the chainer's {@code NOTIFY} once it has linked them
 * ({@link EventAppendedListener}). A read that saw everything its statement could see (it reached the store's
 * head, gaps included) is remembered with the number of announcements made before it started. A later fetch
 * from exactly the token that read ended at, with no announcement since, would see the same rows: an event
 * committed after the read's snapshot was announced after the read started. An announcement lost (the listener's
 * connection down, no chainer running) costs latency only: a remembered read is trusted for one fetch delay at
 * most, so the streams' idle poll still queries, as it did before.
 */
final class StreamHorizon {

    private final AtomicLong announcements = new AtomicLong();
    private final AtomicReference<CompleteRead> lastCompleteRead = new AtomicReference<>();
    private final long trustedNanos;

    /** @param trusted how long a complete read is trusted without announcements; zero: never (always query) */
    StreamHorizon(Duration trusted) {
        this.trustedNanos = trusted.toNanos();
    }

    /** Events have committed (or may have): every remembered read is out of date. */
    void announce() {
        announcements.incrementAndGet();
    }

    /** Taken before a read's query: the announcements it can be sure to have seen. */
    long mark() {
        return announcements.get();
    }

    /** Whether a fetch from {@code from} would find nothing a complete read has not already answered. */
    boolean nothingNewAfter(TrackingToken from) {
        CompleteRead read = lastCompleteRead.get();
        return read != null
                && read.announcements == announcements.get()
                && System.nanoTime() - read.startedNanos < trustedNanos
                && Objects.equals(read.endedAt, from);
    }

    /**
     * A read that started at {@code mark} (and at {@code startedNanos}) saw every event its statement could see;
     * the stream's next fetch starts at {@code endedAt}.
     */
    void readToTheHead(TrackingToken endedAt, long mark, long startedNanos) {
        lastCompleteRead.set(new CompleteRead(endedAt, mark, startedNanos));
    }

    private record CompleteRead(TrackingToken endedAt, long announcements, long startedNanos) {}
}
