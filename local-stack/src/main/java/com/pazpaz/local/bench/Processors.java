package com.pazpaz.local.bench;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/** Waits until every tracking processor of the given services (projections, Kafka relay) has reached a position. */
final class Processors {

    private static final Logger log = LoggerFactory.getLogger(Processors.class);

    private Processors() {}

    /** Returns the seconds it took; logs progress every 10 s, so that a long catch-up shows it is moving. */
    static double awaitCaughtUp(long position, Duration timeout, ConfigurableApplicationContext... services)
            throws InterruptedException {
        long start = System.nanoTime();
        long nextLog = start + Duration.ofSeconds(10).toNanos();
        LongSupplier slowest = () -> slowestPosition(services);
        while (slowest.getAsLong() < position) {
            long now = System.nanoTime();
            if (now - start > timeout.toNanos()) {
                throw new IllegalStateException("processors not at " + position + " after " + timeout);
            }
            if (now > nextLog) {
                log.info("Processors catching up: slowest at {} of {}", slowest.getAsLong(), position);
                nextLog = now + Duration.ofSeconds(10).toNanos();
            }
            Thread.sleep(200);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static long slowestPosition(ConfigurableApplicationContext... services) {
        long slowest = Long.MAX_VALUE;
        for (ConfigurableApplicationContext service : services) {
            for (var processor : service.getBean(EventProcessingConfiguration.class)
                    .eventProcessors()
                    .values()) {
                if (processor instanceof TrackingEventProcessor tracking) {
                    slowest = Math.min(slowest, positionOf(tracking));
                }
            }
        }
        return slowest;
    }

    private static long positionOf(TrackingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(-1))
                .min()
                .orElse(-1);
    }
}
