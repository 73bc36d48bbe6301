package com.pazpaz.infra.resilience;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Health component {@code databaseProbe}, part of readiness: DOWN the moment the probe loses PostgreSQL, without
 * waiting for a pool. Says since when, and why (an exception class and SQL state, never data).
 */
class DatabaseProbeHealthIndicator extends AbstractHealthIndicator {

    private final DatabaseAvailability availability;

    DatabaseProbeHealthIndicator(DatabaseAvailability availability) {
        super("Database probe health check failed");
        this.availability = availability;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (availability.isAvailable()) {
            builder.up().withDetail("reachable_since", availability.changedAt().toString());
        } else {
            builder.down()
                    .withDetail("unreachable_since", availability.changedAt().toString())
                    .withDetail("problem", String.valueOf(availability.problem()));
        }
    }
}
