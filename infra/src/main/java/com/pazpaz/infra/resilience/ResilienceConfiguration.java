package com.pazpaz.infra.resilience;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pazpaz.infra.eventstore.chain.EventChainer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Fail fast while PostgreSQL is away, and resume every processor as soon as it is back (docs/runbook.md). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProbeProperties.class)
public class ResilienceConfiguration {

    @Bean
    DatabaseAvailability databaseAvailability(
            DataSourceProperties dataSource, DatabaseProbeProperties properties, Clock clock) {
        return new DatabaseAvailability(
                dataSource.determineUrl(),
                dataSource.determineUsername(),
                dataSource.determinePassword(),
                properties,
                clock);
    }

    /** {@code pazpaz_database_reachable}: 1 while the probe reaches PostgreSQL, 0 while it does not. */
    @Bean
    MeterBinder databaseReachableGauge(DatabaseAvailability availability) {
        return registry -> Gauge.builder("pazpaz.database.reachable", availability, a -> a.isAvailable() ? 1 : 0)
                .description("1 while the database probe reaches PostgreSQL, 0 while requests are refused with 503")
                .register(registry);
    }

    /** Puts {@link FailFastDataSource} in front of the pool, for every user of the data source. */
    @Bean
    static BeanPostProcessor failFastDataSourceWrapper(ObjectProvider<DatabaseAvailability> availability) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource pool && !(bean instanceof FailFastDataSource)) {
                    return new FailFastDataSource(pool, availability.getObject());
                }
                return bean;
            }
        };
    }

    @Bean
    ProcessorSupervisor processorSupervisor(
            EventProcessingConfiguration processing,
            DatabaseAvailability database,
            ObjectProvider<EventChainer> chainer,
            DatabaseProbeProperties properties,
            MeterRegistry registry) {
        return new ProcessorSupervisor(processing, database, chainer.getIfAvailable(), properties, registry);
    }

    @Bean
    FilterRegistrationBean<StoreUnavailableFilter> storeUnavailableFilter(
            DatabaseAvailability availability, ObjectMapper objectMapper) {
        FilterRegistrationBean<StoreUnavailableFilter> registration =
                new FilterRegistrationBean<>(new StoreUnavailableFilter(availability, objectMapper));
        // right after the correlation id, before security (whose token check may read the database)
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Health component {@code databaseProbe}, part of the readiness group. */
    @Bean
    DatabaseProbeHealthIndicator databaseProbeHealthIndicator(DatabaseAvailability availability) {
        return new DatabaseProbeHealthIndicator(availability);
    }
}
