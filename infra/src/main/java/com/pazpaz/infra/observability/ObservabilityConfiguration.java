package com.pazpaz.infra.observability;

import com.pazpaz.infra.eventstore.EventStoreHead;
import com.pazpaz.infra.eventstore.chain.EventChainer;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Processor lag (metrics and readiness) and the metric hooks other components report through. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HealthProperties.class)
public class ObservabilityConfiguration {

    @Bean
    ProcessorLag processorLag(
            EventProcessingConfiguration processing,
            EventStoreHead head,
            Clock clock,
            ObjectProvider<EventChainer> chainer) {
        return new ProcessorLag(processing, head, clock, chainer.getIfAvailable());
    }

    @Bean
    ProcessorLagMetrics processorLagMetrics(
            ProcessorLag lag, EventProcessingConfiguration processing, MeterRegistry registry) {
        return new ProcessorLagMetrics(lag, processing, registry);
    }

    /** Health component {@code eventProcessors}, part of the readiness group. */
    @Bean
    ProcessorsHealthIndicator eventProcessorsHealthIndicator(ProcessorLag lag, HealthProperties properties) {
        return new ProcessorsHealthIndicator(
                lag, properties.maxProcessorLag(), properties.processorsOutsideReadiness());
    }

    @Bean
    KeyCacheMetrics keyCacheMetrics(MeterRegistry registry) {
        return new KeyCacheMetrics(registry);
    }
}
