package com.pazpaz.infra.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

class ProcessorsHealthIndicatorTest {

    private static final Duration MAX_LAG = Duration.ofSeconds(60);

    @Test
    void upWhenEveryProcessorRunsAndKeepsUp() {
        Health health =
                healthOf(Map.of("read-model", new ProcessorLag.Lag(3, Duration.ofMillis(40), true, false, true)));
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails().get("read-model"))
                .isEqualTo(Map.of("lag_events", 3L, "lag_ms", 40L, "status", "ok"));
    }

    @Test
    void downWhenAProcessorFailsAndRetries() {
        Health health = healthOf(Map.of(
                "read-model", new ProcessorLag.Lag(12, Duration.ofSeconds(5), true, true, true),
                "kafka-publisher", new ProcessorLag.Lag(0, Duration.ZERO, true, false, true)));
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("read-model").toString()).contains("failing and retrying");
    }

    @Test
    void aFailingRelayShowsButLeavesTheServiceReady() {
        Health health = healthOf(Map.of(
                "event-chainer", new ProcessorLag.Lag(0, Duration.ZERO, true, false, true),
                "kafka-publisher", new ProcessorLag.Lag(12, Duration.ofSeconds(75), true, true, true)));
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails().get("kafka-publisher").toString())
                .contains("failing and retrying (not part of readiness)");
    }

    @Test
    void downWhenAProcessorIsFurtherBehindThanAllowed() {
        Health health =
                healthOf(Map.of("read-model", new ProcessorLag.Lag(9000, Duration.ofSeconds(61), true, false, true)));
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("read-model").toString()).contains("more than 60 s behind");
    }

    @Test
    void downWhenAProcessorDoesNotRun() {
        Health health = healthOf(Map.of("read-model", new ProcessorLag.Lag(0, Duration.ZERO, false, false, true)));
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void upWhenAnotherInstanceProcessesEverySegment() {
        Health health = healthOf(Map.of("kafka-publisher", new ProcessorLag.Lag(0, Duration.ZERO, true, false, false)));
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails().get("kafka-publisher").toString()).contains("processed by another instance");
    }

    private static Health healthOf(Map<String, ProcessorLag.Lag> lags) {
        ProcessorLag fixed = new ProcessorLag(null, null, null) {
            @Override
            public synchronized Map<String, Lag> current() {
                return lags;
            }
        };
        return new ProcessorsHealthIndicator(fixed, MAX_LAG, Set.of("kafka-publisher")).health();
    }
}
