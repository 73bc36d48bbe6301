package com.pazpaz.command.session;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

/** R-RL-2: a sliding window of 60 seconds per user and note; refused requests are not counted. */
class AutosaveRateLimiterTest {

    private static final UserId USER = UserId.of(UUID.randomUUID());
    private static final SessionId NOTE = SessionId.of(UUID.randomUUID());

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-03T09:00:00Z"));
    private final AutosaveRateLimiter limiter = new AutosaveRateLimiter(clock, new SessionProperties(3, "-", 10, 0));

    @Test
    void theRequestPastTheLimitIsRefusedUntilTheOldestLeavesTheWindow() {
        limiter.acquire(USER, NOTE);
        clock.advance(Duration.ofSeconds(20));
        limiter.acquire(USER, NOTE);
        limiter.acquire(USER, NOTE);
        assertThatThrownBy(() -> limiter.acquire(USER, NOTE))
                .isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("Maximum 3 autosave requests per minute per session");
        clock.advance(Duration.ofSeconds(41));
        assertThatCode(() -> limiter.acquire(USER, NOTE)).doesNotThrowAnyException();
        assertThatThrownBy(() -> limiter.acquire(USER, NOTE)).isInstanceOf(ResponseStatusException.class);
    }

    @Test
    void eachUserAndNoteHasItsOwnWindow() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire(USER, NOTE);
        }
        assertThatCode(() -> limiter.acquire(USER, SessionId.of(UUID.randomUUID())))
                .doesNotThrowAnyException();
        assertThatCode(() -> limiter.acquire(UserId.of(UUID.randomUUID()), NOTE))
                .doesNotThrowAnyException();
    }

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
