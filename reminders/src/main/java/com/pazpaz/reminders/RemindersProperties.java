package com.pazpaz.reminders;

import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reminders consumer's settings (docs/reminders.md).
 *
 * @param consumerGroup       its own Kafka consumer group
 * @param defaultLeadTime     how long before an appointment a practice without settings is reminded
 * @param pollInterval        how often the sender looks for due reminders
 * @param maxAttempts         sending attempts before a reminder is recorded as failed
 * @param firstRetry          wait after the first failed attempt; doubled after each further one
 * @param fromAddress         the reminders' sender address
 * @param queryServiceBaseUrl where the client's contact details are read at send time (an audited read)
 * @param serviceUserId       the user id the reminders service reads as: the audit trail names it
 * @param schema              the schema of its tables (its connections' search path)
 */
@ConfigurationProperties("pazpaz.reminders")
public record RemindersProperties(
        @DefaultValue("pazpaz-reminders") String consumerGroup,
        @DefaultValue("PT24H") Duration defaultLeadTime,
        @DefaultValue("PT1S") Duration pollInterval,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("PT30S") Duration firstRetry,
        @DefaultValue("reminders@pazpaz.local") String fromAddress,
        @DefaultValue("http://localhost:8082") String queryServiceBaseUrl,
        @DefaultValue(DEFAULT_SERVICE_USER_ID) UUID serviceUserId,
        @DefaultValue("reminders") String schema) {

    /**
     * The reminders service's own user id: in no practice's directory, so query-service must list it among its
     * service users ({@code pazpaz.security.jwt.service-user-ids}, decision 168) for its contact reads to pass.
     */
    public static final String DEFAULT_SERVICE_USER_ID = "00000000-0000-4000-8000-00000000e0a1";

    /** The wait before attempt {@code attempt + 1}, after {@code attempt} failed ones. */
    public Duration backoffAfter(int attempt) {
        return firstRetry.multipliedBy(1L << Math.min(attempt - 1, 16));
    }
}
