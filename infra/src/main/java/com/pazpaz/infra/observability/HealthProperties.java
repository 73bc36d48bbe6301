package com.pazpaz.infra.observability;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the readiness probe.
 *
 * @param maxProcessorLag how far behind (age of its oldest unprocessed event) an event processor may fall
 *                        before the service reports itself not ready
 */
@ConfigurationProperties("pazpaz.health")
public record HealthProperties(@DefaultValue("60s") Duration maxProcessorLag) {
}
