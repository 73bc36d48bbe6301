package com.pazpaz.query.common;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates the read tables (schema {@code public}, as the documented schema has them). Declared here rather
 * than through Boot's Flyway auto-configuration, which backs off as soon as the event store's migration exists.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelSchema {

    @Bean(initMethod = "migrate")
    Flyway readModelMigration(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas("public")
                .defaultSchema("public")
                .locations("classpath:db/read-model")
                .load();
    }
}
