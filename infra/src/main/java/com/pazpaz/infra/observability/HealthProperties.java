package com.pazpaz.infra.observability;

import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the readiness probe.
 *
 * @param maxProcessorLag           how far behind (age of its oldest unprocessed event) an event processor may
 *                                  fall before the service reports itself not ready
 * @param processorsOutsideReadiness processors whose trouble shows in the health details and metrics but does not
 *                                  make the service unready: the Kafka relay, because commands work while the
 *                                  broker is away and taking the command side out of service would not help it
 */
@ConfigurationProperties("pazpaz.health")
public record HealthProperties(
        @DefaultValue("60s") Duration maxProcessorLag,
        @DefaultValue("kafka-publisher") Set<String> processorsOutsideReadiness) {}
