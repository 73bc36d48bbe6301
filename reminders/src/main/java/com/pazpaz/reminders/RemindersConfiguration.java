package com.pazpaz.reminders;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reminders consumer's own schema (migrated here, with its own history table). Its sense of "now" is the one
 * {@code Clock} bean of infra's WebConfiguration, which every due time, backoff and outcome is computed from, so
 * that a test can put a movable primary clock in its place instead of waiting a day.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RemindersProperties.class)
class RemindersConfiguration {

    /**
     * The connections' search path is the same schema ({@code spring.datasource.hikari.schema}), so the queries
     * name tables without it and a second instance of the consumer can be given tables of its own.
     */
    @Bean(initMethod = "migrate")
    Flyway remindersMigration(DataSource dataSource, RemindersProperties properties) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(properties.schema())
                .defaultSchema(properties.schema())
                .locations("classpath:db/reminders")
                .load();
    }
}
