package com.pazpaz.infra.observability;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Readiness of this service's event processors: every one runs, none is failing, and none is further behind
 * than {@code pazpaz.health.max-processor-lag}. A query-service whose projection is stuck is not ready. A
 * processor named in {@code pazpaz.health.processors-outside-readiness} (the Kafka relay) shows its trouble in the
 * details but leaves the service ready: commands work while the broker is away.
 */
class ProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final ProcessorLag lag;
    private final Duration maxLag;
    private final Set<String> outsideReadiness;

    ProcessorsHealthIndicator(ProcessorLag lag, Duration maxLag, Set<String> outsideReadiness) {
        super("Event processor health check failed");
        this.lag = lag;
        this.maxLag = maxLag;
        this.outsideReadiness = outsideReadiness;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up();
        for (Map.Entry<String, ProcessorLag.Lag> entry : lag.current().entrySet()) {
            ProcessorLag.Lag current = entry.getValue();
            String problem = problemOf(current);
            if (problem != null && outsideReadiness.contains(entry.getKey())) {
                problem = problem + " (not part of readiness)";
            } else if (problem != null) {
                builder.down();
            }
            builder.withDetail(
                    entry.getKey(),
                    Map.of(
                            "lag_events", current.events(),
                            "lag_ms", current.age().toMillis(),
                            "status",
                                    problem != null
                                            ? problem
                                            : current.claimed() ? "ok" : "processed by another instance"));
        }
    }

    private String problemOf(ProcessorLag.Lag current) {
        if (!current.running()) {
            return "not running";
        }
        if (!current.claimed()) {
            return null;
        }
        if (current.errored()) {
            return "failing and retrying";
        }
        if (current.age().compareTo(maxLag) > 0) {
            return "more than " + maxLag.toSeconds() + " s behind";
        }
        return null;
    }
}
