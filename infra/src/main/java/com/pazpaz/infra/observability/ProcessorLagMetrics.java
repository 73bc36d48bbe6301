package com.pazpaz.infra.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Publishes {@link ProcessorLag} as gauges tagged with the processing group; NaN on an instance that processes
 * none of the group's segments (alert on the maximum over instances). Registered once the application has
 * started, because Axon creates its processors only then.
 */
class ProcessorLagMetrics implements ApplicationListener<ApplicationStartedEvent> {

    static final String LAG_EVENTS = "pazpaz.processor.lag.events";
    static final String LAG_MILLIS = "pazpaz.processor.lag.milliseconds";
    static final String ERRORED = "pazpaz.processor.errored";

    private final ProcessorLag lag;
    private final EventProcessingConfiguration processing;
    private final MeterRegistry registry;
    private final Set<String> registered = new HashSet<>();

    ProcessorLagMetrics(ProcessorLag lag, EventProcessingConfiguration processing, MeterRegistry registry) {
        this.lag = lag;
        this.processing = processing;
        this.registry = registry;
    }

    @Override
    public synchronized void onApplicationEvent(ApplicationStartedEvent event) {
        Set<String> groups = new TreeSet<>(processing.eventProcessors().keySet());
        groups.addAll(lag.current().keySet());
        for (String group : groups) {
            if (registered.add(group)) {
                gauge(LAG_EVENTS, group, "Stored events the processor has not processed yet", null, l -> l.events());
                gauge(
                        LAG_MILLIS,
                        group,
                        "Age of the oldest event the processor has not processed yet",
                        "milliseconds",
                        l -> l.age().toMillis());
                gauge(
                        ERRORED,
                        group,
                        "1 while a segment of the processor fails and retries",
                        null,
                        l -> l.errored() ? 1 : 0);
            }
        }
    }

    private void gauge(
            String name, String group, String description, String unit, ToDoubleFunction<ProcessorLag.Lag> value) {
        Gauge.builder(name, lag, l -> {
                    ProcessorLag.Lag current = l.current().get(group);
                    return current == null || !current.claimed() ? Double.NaN : value.applyAsDouble(current);
                })
                .tag("processing_group", group)
                .description(description)
                .baseUnit(unit)
                .register(registry);
    }
}
