package com.pazpaz.command.common;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates the command-side lookup tables (schema {@code command_model}). Declared here rather than through
 * Boot's Flyway auto-configuration, which backs off as soon as the event store's migration exists.
 */
@Configuration(proxyBeanMethods = false)
class CommandModelSchema {

    @Bean(initMethod = "migrate")
    Flyway commandModelMigration(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas("command_model")
                .defaultSchema("command_model")
                .locations("classpath:db/command-model")
                .load();
    }
}
