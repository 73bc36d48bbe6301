package com.pazpaz.infra.resilience;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The database probe and what depends on it.
 *
 * @param interval       how often the probe asks PostgreSQL {@code SELECT 1}
 * @param timeout        connect, login and socket timeout of the probe's own connection: a probe that takes
 *                       longer counts as "down"
 * @param recoveryWindow how long after the database came back the supervisor keeps restarting processors
 *                       that fail or hold no segment (their first attempts may still meet broken connections)
 */
@ConfigurationProperties("pazpaz.database-probe")
public record DatabaseProbeProperties(
        @DefaultValue("500ms") Duration interval,
        @DefaultValue("1s") Duration timeout,
        @DefaultValue("15s") Duration recoveryWindow) {}
