package com.pazpaz.command.session;

import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * R-RL-2: at most N autosaves per user and note in any 60-second sliding window; only allowed requests are
 * counted. Kept in memory, so each command-service instance counts its own requests: behind a load balancer
 * the effective limit is N per instance (the reference kept it in Redis). Good enough to stop a runaway
 * editor; a shared store is the step up if it ever must be exact.
 */
@Component
class AutosaveRateLimiter {

    static final String MESSAGE = "Rate limit exceeded. Maximum %d autosave requests per minute per session.";
    private static final Duration WINDOW = Duration.ofSeconds(60);
    private static final int SWEEP_THRESHOLD = 10_000;

    private final Map<String, Deque<Instant>> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int limit;

    AutosaveRateLimiter(Clock clock, SessionProperties properties) {
        this.clock = clock;
        this.limit = properties.autosavesPerMinute();
    }

    /** Counts this autosave, or refuses it with 429 when the window is full. */
    void acquire(UserId userId, SessionId sessionId) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(WINDOW);
        boolean allowed;
        Deque<Instant> window = windows.computeIfAbsent(userId + ":" + sessionId, key -> new ArrayDeque<>());
        synchronized (window) {
            dropBefore(window, windowStart);
            allowed = window.size() < limit;
            if (allowed) {
                window.addLast(now);
            }
        }
        if (windows.size() > SWEEP_THRESHOLD) {
            sweep(windowStart);
        }
        if (!allowed) {
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, MESSAGE.formatted(limit));
        }
    }

    private void sweep(Instant windowStart) {
        windows.values().removeIf(window -> {
            synchronized (window) {
                dropBefore(window, windowStart);
                return window.isEmpty();
            }
        });
    }

    private static void dropBefore(Deque<Instant> window, Instant start) {
        while (!window.isEmpty() && !window.peekFirst().isAfter(start)) {
            window.removeFirst();
        }
    }
}
