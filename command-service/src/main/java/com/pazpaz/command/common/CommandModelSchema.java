package com.pazpaz.command.common;

import com.pazpaz.infra.schema.SchemaOwner;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates the command-side lookup tables (schema {@code command_model}). Declared here rather than through
 * Boot's Flyway auto-configuration, which backs off as soon as the event store's migration exists.
 */
@Configuration(proxyBeanMethods = false)
class CommandModelSchema {

    /** As the owner, after the event store, whose afterMigrate script creates the roles this one grants to. */
    @Bean(initMethod = "migrate")
    Flyway commandModelMigration(SchemaOwner owner, Flyway eventStoreMigration) {
        return owner.migration("command_model", "command-model");
    }
}
