package com.pazpaz.command.session;

import com.pazpaz.command.common.SlidingWindowLimiter;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.UserId;
import java.time.Clock;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** R-RL-2: at most N autosaves per user and note in any 60-second sliding window (per instance). */
@Component
class AutosaveRateLimiter {

    static final String MESSAGE = "Rate limit exceeded. Maximum %d autosave requests per minute per session.";

    private final SlidingWindowLimiter limiter;

    AutosaveRateLimiter(Clock clock, SessionProperties properties) {
        this.limiter = new SlidingWindowLimiter(clock, properties.autosavesPerMinute(), Duration.ofSeconds(60));
    }

    /** Counts this autosave, or refuses it with 429 when the window is full. */
    void acquire(UserId userId, SessionId sessionId) {
        if (!limiter.tryAcquire(userId + ":" + sessionId)) {
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, MESSAGE.formatted(limiter.limit()));
        }
    }
}
