package com.pazpaz.reminders.observability;

import com.pazpaz.reminders.inbox.ContractRecordConsumer;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The reminders' meters (reminders/README.md, "Health and metrics"):
 * <ul>
 *   <li>{@code pazpaz_reminders_queue_depth}: pending reminders, due or not;</li>
 *   <li>{@code pazpaz_reminders_due}: pending reminders whose next attempt is due now (a backlog when it grows);</li>
 *   <li>{@code pazpaz_reminders_sent_total}, {@code pazpaz_reminders_failed_total},
 *       {@code pazpaz_reminders_skipped_total}: outcomes recorded so far, counted in the table (the same on every
 *       instance: aggregate with {@code max}, not {@code sum});</li>
 *   <li>{@code pazpaz_reminders_consumer_lag}: records of the topic this instance's consumer has yet to read.</li>
 * </ul>
 */
@Component
class ReminderMetrics {

    ReminderMetrics(MeterRegistry registry, ReminderCounts counts, ContractRecordConsumer consumer) {
        Gauge.builder("pazpaz.reminders.queue.depth", counts, c -> c.now().of("pending"))
                .description("Pending reminders, due or not")
                .register(registry);
        Gauge.builder("pazpaz.reminders.due", counts, c -> c.now().due())
                .description("Pending reminders whose next attempt is due now")
                .register(registry);
        for (String outcome : new String[] {"sent", "failed", "skipped"}) {
            FunctionCounter.builder(
                            "pazpaz.reminders." + outcome, counts, c -> c.now().of(outcome))
                    .description("Reminders recorded as " + outcome)
                    .register(registry);
        }
        Gauge.builder("pazpaz.reminders.consumer.lag", consumer, ContractRecordConsumer::lag)
                .description("Records of the topic the reminders consumer has not read yet")
                .register(registry);
    }
}
