package com.pazpaz.command.attachment;

import com.pazpaz.command.common.SlidingWindowLimiter;
import com.pazpaz.kernel.ids.UserId;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** R-RL-3: at most N uploads per user in any 60-second window, notes and clients sharing the count. */
@Component
@EnableConfigurationProperties(AttachmentProperties.class)
class UploadRateLimiter {

    static final String MESSAGE = "Upload rate limit exceeded. Maximum %d uploads per minute.";

    private final SlidingWindowLimiter limiter;

    UploadRateLimiter(Clock clock, AttachmentProperties properties) {
        this.limiter = new SlidingWindowLimiter(clock, properties.uploadsPerMinute(), Duration.ofSeconds(60));
    }

    void acquire(UserId userId) {
        if (!limiter.tryAcquire(userId.toString())) {
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, MESSAGE.formatted(limiter.limit()));
        }
    }
}
