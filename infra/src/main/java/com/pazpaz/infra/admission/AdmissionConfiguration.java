package com.pazpaz.infra.admission;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pazpaz.infra.eventstore.EventStoreProperties;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Admission control for a service's commands (decision 294); command-service imports it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdmissionProperties.class)
@ConditionalOnProperty(name = "pazpaz.admission.enabled", matchIfMissing = true)
public class AdmissionConfiguration {

    @Bean
    CommandAdmission commandAdmission(
            AdmissionProperties properties, JdbcTemplate jdbc, EventStoreProperties eventStore) {
        PipelineDistance pipeline = new PipelineDistance(
                jdbc,
                eventStore.table("domain_event_entry"),
                eventStore.table("token_entry"),
                properties,
                System::nanoTime);
        return new CommandAdmission(properties, pipeline::eventsBehind);
    }

    @Bean
    FilterRegistrationBean<CommandAdmissionFilter> commandAdmissionFilter(
            CommandAdmission admission, ObjectMapper objectMapper) {
        FilterRegistrationBean<CommandAdmissionFilter> registration =
                new FilterRegistrationBean<>(new CommandAdmissionFilter(admission, objectMapper));
        // after Spring Security (which names the caller) and the idempotency filter (which answers retries)
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }

    /** {@code pazpaz_admission_*}: commands executing and waiting now, held for the pipeline and refused. */
    @Bean
    MeterBinder admissionMeters(CommandAdmission admission) {
        return registry -> {
            Gauge.builder("pazpaz.admission.executing", admission, CommandAdmission::executing)
                    .description("commands executing now")
                    .register(registry);
            Gauge.builder("pazpaz.admission.waiting", admission, CommandAdmission::waiting)
                    .description("commands waiting for their turn now")
                    .register(registry);
            FunctionCounter.builder("pazpaz.admission.held", admission, CommandAdmission::held)
                    .description("commands that waited for the event pipeline to catch up")
                    .register(registry);
            FunctionCounter.builder("pazpaz.admission.refused", admission, CommandAdmission::refused)
                    .description("commands refused with 503 because no turn came within the queue timeout")
                    .register(registry);
        };
    }
}
