package com.pazpaz.infra.schema;

import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The owner's connections: {@code spring.flyway.url}, {@code .user} and {@code .password}, each falling back to
 * the service's own {@code spring.datasource} value (a deployment that has not split the roles yet migrates as
 * the one user it has).
 */
@Configuration(proxyBeanMethods = false)
public class SchemaOwnerConfiguration {

    @Bean
    SchemaOwner schemaOwner(DataSourceProperties service, Environment environment) {
        return new SchemaOwner(DataSourceBuilder.create()
                .type(SimpleDriverDataSource.class)
                .driverClassName(service.determineDriverClassName())
                .url(environment.getProperty("spring.flyway.url", service.determineUrl()))
                .username(environment.getProperty("spring.flyway.user", service.determineUsername()))
                .password(environment.getProperty("spring.flyway.password", service.determinePassword()))
                .build());
    }
}
