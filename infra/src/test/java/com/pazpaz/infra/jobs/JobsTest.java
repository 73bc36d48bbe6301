package com.pazpaz.infra.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JobsTest {

    private final MovableClock clock = new MovableClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Jobs jobs = new Jobs(registry, clock, Duration.ofSeconds(10));

    @Test
    void aRunningJobReportsDoneTotalRateAndTimeLeft() {
        JobProgress run = jobs.start("key-rotation", 1000);
        clock.advance(Duration.ofSeconds(10));
        run.advance(250);

        JobStatus status = run.status();
        assertThat(status.done()).isEqualTo(250);
        assertThat(status.total()).isEqualTo(1000);
        assertThat(status.ratePerSecond()).isEqualTo(25.0);
        assertThat(status.etaSeconds()).isEqualTo(30);
        assertThat(status.state()).isEqualTo(JobState.RUNNING);
    }

    @Test
    void theLatestRunOfAJobIsExportedAsMetricsTaggedWithItsName() {
        JobProgress run = jobs.start("purge", 10);
        clock.advance(Duration.ofSeconds(2));
        run.advance(4);

        assertThat(registry.get("pazpaz.job.done").tag("job", "purge").gauge().value())
                .isEqualTo(4);
        assertThat(registry.get("pazpaz.job.total").tag("job", "purge").gauge().value())
                .isEqualTo(10);
        assertThat(registry.get("pazpaz.job.rate").tag("job", "purge").gauge().value())
                .isEqualTo(2);
        assertThat(registry.get("pazpaz.job.eta.seconds")
                        .tag("job", "purge")
                        .gauge()
                        .value())
                .isEqualTo(3);
        assertThat(registry.get("pazpaz.job.running")
                        .tag("job", "purge")
                        .gauge()
                        .value())
                .isEqualTo(1);
    }

    @Test
    void aFinishedRunHasNoTimeLeftAndAFailedOneKeepsOnlyTheErrorType() {
        JobProgress completed = jobs.start("retention", 2);
        completed.advance(2);
        completed.complete();
        JobProgress failed = jobs.start("replay", -1);
        failed.fail(new IllegalStateException("message that might quote data"));

        assertThat(completed.status().state()).isEqualTo(JobState.COMPLETED);
        assertThat(completed.status().etaSeconds()).isNull();
        assertThat(failed.status().state()).isEqualTo(JobState.FAILED);
        assertThat(failed.status().failure()).isEqualTo("IllegalStateException");
        assertThat(failed.status().total()).isNull();
        assertThat(jobs.recent()).extracting(JobStatus::name).containsExactly("replay", "retention");
    }

    @Test
    void aJobNameThatCouldBeARecordIdIsRefused() {
        assertThatThrownBy(() -> jobs.start("a" + UUID.randomUUID(), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> jobs.start("purge-client-42", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
