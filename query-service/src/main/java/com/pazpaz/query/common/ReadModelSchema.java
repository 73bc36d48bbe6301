package com.pazpaz.query.common;

import com.pazpaz.infra.schema.SchemaOwner;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates the read tables (schema {@code public}, as the documented schema has them). Declared here rather
 * than through Boot's Flyway auto-configuration, which backs off as soon as the event store's migration exists.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelSchema {

    /** As the owner, after the event store, whose afterMigrate script creates the roles this one grants to. */
    @Bean(initMethod = "migrate")
    Flyway readModelMigration(SchemaOwner owner, Flyway eventStoreMigration) {
        return owner.migration("public", "read-model");
    }
}
