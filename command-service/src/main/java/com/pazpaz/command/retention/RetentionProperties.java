package com.pazpaz.command.retention;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retention policy.
 *
 * @param period    how long an archived client's record is kept after its last activity (ISO-8601, e.g. P7Y)
 * @param cron      when the retention job runs (UTC)
 * @param batchSize clients erased at most per run (the rest follow on the next run)
 */
@ConfigurationProperties("pazpaz.retention")
public record RetentionProperties(
        @DefaultValue("P7Y") Period period,
        @DefaultValue("0 30 3 * * *") String cron,
        @DefaultValue("500") int batchSize) {}
