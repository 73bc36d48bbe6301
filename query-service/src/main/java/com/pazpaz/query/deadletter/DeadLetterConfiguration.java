package com.pazpaz.query.deadletter;

import com.pazpaz.query.common.ReadModel;
import com.pazpaz.query.common.ReadModelRows;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The read model's dead-letter queue: its interceptor on the projectors' processor, and its metric. */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    static final String METRIC = "pazpaz.read_model.dead_letters";

    /** Built when Axon configures the processor, so that the beans it needs need not exist before Axon's. */
    @Bean
    ConfigurerModule deadLetteringReadModel(
            ObjectProvider<DeadLetters> letters,
            ObjectProvider<ReadModelRows> rows,
            ObjectProvider<JdbcTemplate> jdbc) {
        return configurer -> configurer
                .eventProcessing()
                .registerHandlerInterceptor(
                        ReadModel.PROCESSING_GROUP,
                        c -> new DeadLetteringInterceptor(
                                letters.getObject(), rows.getObject(), jdbc.getObject(), System::nanoTime));
    }

    /** {@code pazpaz_read_model_dead_letters{processing_group}}: parked events, alerted on when above 0. */
    @Bean
    MeterBinder deadLetterGauge(DeadLetters letters) {
        return registry -> Gauge.builder(METRIC, letters, DeadLetters::count)
                .description("Events of the read model parked in the dead-letter queue (failed, or behind a failed "
                        + "event of the same practice); docs/runbook.md, \"Dead letters\"")
                .tag("processing_group", ReadModel.PROCESSING_GROUP)
                .register(registry);
    }
}
