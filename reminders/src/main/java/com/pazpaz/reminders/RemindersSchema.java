package com.pazpaz.reminders;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates the reminders' own tables into a schema of their own ({@code reminders}, with its own Flyway history),
 * so that the consumer can share a PostgreSQL server with PazPaz Core, as on the local stack, without touching or
 * depending on any of Core's tables. Connections use that schema as their search path
 * ({@code spring.datasource.hikari.schema} in reminders.yml), hence the unqualified table names in the queries.
 */
@Configuration(proxyBeanMethods = false)
class RemindersSchema {

    static final String SCHEMA = "reminders";

    @Bean(initMethod = "migrate")
    Flyway remindersMigration(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .locations("classpath:db/reminders")
                .load();
    }
}
