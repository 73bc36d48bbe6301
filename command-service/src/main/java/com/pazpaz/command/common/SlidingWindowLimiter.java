package com.pazpaz.command.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} requests per key in any sliding window; only allowed requests are counted. Kept in
 * memory, so each command-service instance counts its own requests: behind a load balancer the effective limit
 * is the limit per instance (the reference kept its counters in Redis). Good enough to stop a runaway client; a
 * shared store is the step up if a limit must ever be exact across instances.
 */
public final class SlidingWindowLimiter {

    private static final int SWEEP_THRESHOLD = 10_000;

    private final Map<String, Deque<Instant>> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int limit;
    private final Duration window;

    public SlidingWindowLimiter(Clock clock, int limit, Duration window) {
        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    public int limit() {
        return limit;
    }

    /** Counts this request and answers true, or answers false when the key's window is full. */
    public boolean tryAcquire(String key) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(window);
        boolean allowed;
        Deque<Instant> requests = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (requests) {
            dropBefore(requests, windowStart);
            allowed = requests.size() < limit;
            if (allowed) {
                requests.addLast(now);
            }
        }
        if (windows.size() > SWEEP_THRESHOLD) {
            sweep(windowStart);
        }
        return allowed;
    }

    private void sweep(Instant windowStart) {
        windows.values().removeIf(requests -> {
            synchronized (requests) {
                dropBefore(requests, windowStart);
                return requests.isEmpty();
            }
        });
    }

    private static void dropBefore(Deque<Instant> requests, Instant start) {
        while (!requests.isEmpty() && !requests.peekFirst().isAfter(start)) {
            requests.removeFirst();
        }
    }
}
