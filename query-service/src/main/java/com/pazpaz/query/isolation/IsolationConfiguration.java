package com.pazpaz.query.isolation;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.autoconfigure.transaction.TransactionManagerCustomizers;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two pools behind the one data source (decision 101): requests as {@code spring.datasource}'s user (the
 * {@code pazpaz_query} role, held by the read tables' row policies to the token's workspace) and the event
 * processing as {@code pazpaz.jdbc.projection}'s user (the {@code pazpaz_projection} role, which the policies
 * let see every practice). Both pools take Hikari's settings from {@code spring.datasource.hikari}.
 */
@Configuration(proxyBeanMethods = false)
class IsolationConfiguration {

    /**
     * The processing pool serves the one processor thread, the rebuild's worker and reader, the search-key
     * rotation, the access-record writer and a transaction of their own each may open inside theirs (the search
     * keys'): a few suffice.
     */
    private static final int PROCESSING_POOL_SIZE = 8;

    @Bean
    DataSource requestPool(DataSourceProperties properties, Environment environment) {
        return pool(
                properties,
                environment,
                "query-requests",
                properties.determineUsername(),
                properties.determinePassword());
    }

    @Bean
    DataSource processingPool(DataSourceProperties properties, Environment environment) {
        HikariDataSource pool = pool(
                properties,
                environment,
                "query-processing",
                environment.getProperty("pazpaz.jdbc.projection.username", properties.determineUsername()),
                environment.getProperty("pazpaz.jdbc.projection.password", properties.determinePassword()));
        pool.setMaximumPoolSize(Math.min(pool.getMaximumPoolSize(), PROCESSING_POOL_SIZE));
        return pool;
    }

    @Bean
    @Primary
    DataSource dataSource(
            @Qualifier("requestPool") DataSource requestPool, @Qualifier("processingPool") DataSource processingPool) {
        return new PracticeRoutingDataSource(requestPool, processingPool);
    }

    @Bean
    PlatformTransactionManager transactionManager(
            EntityManagerFactory entityManagerFactory, ObjectProvider<TransactionManagerCustomizers> customizers) {
        TokenWorkspaceTransactions transactions = new TokenWorkspaceTransactions(entityManagerFactory);
        customizers.ifAvailable(c -> c.customize(transactions));
        return transactions;
    }

    @Bean
    org.axonframework.common.transaction.TransactionManager axonTransactionManager(
            PlatformTransactionManager transactionManager) {
        return new EveryPracticeAxonTransactions(new SpringTransactionManager(transactionManager));
    }

    private static HikariDataSource pool(
            DataSourceProperties properties, Environment environment, String name, String username, String password) {
        HikariDataSource pool = properties
                .initializeDataSourceBuilder()
                .type(HikariDataSource.class)
                .username(username)
                .password(password)
                .build();
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
        pool.setPoolName(name);
        return pool;
    }
}
