package com.pazpaz.local.bench.peer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The peer's Spring Boot application: Axon's starter with its defaults, except where a default would not be what
 * a team runs on PostgreSQL (each said here). It scans only this package, so none of the services' beans exist.
 * <ul>
 * <li>Axon's JDBC event store and token store ({@code JdbcAutoConfiguration}): its JPA ones would store every
 * event and token as a PostgreSQL large object ({@code @Lob byte[]} becomes {@code oid} under Hibernate 6),
 * which Axon's own guide warns against; the JDBC tables are Axon's default schema for PostgreSQL
 * ({@code bytea}).</li>
 * <li>Jackson for every message: XStream, the starter's default, needs an allow-list of types.</li>
 * <li>The read model through Spring Data JPA, Hibernate creating its table; the pool as large as the
 * services' (20), so that 16 callers do not queue for connections.</li>
 * </ul>
 */
@SpringBootApplication(
        excludeName = {
            "org.axonframework.springboot.autoconfig.JpaAutoConfiguration",
            "org.axonframework.springboot.autoconfig.JpaEventStoreAutoConfiguration",
            "org.axonframework.springboot.autoconfig.UpdateCheckerAutoConfiguration",
            "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration"
        })
public class AxonPeerApplication {

    /** The tracking processor of the read model. */
    public static final String PROCESSOR = "peer-clients";

    /** A context of this application on the database at {@code jdbcUrl}, creating Axon's tables first. */
    public static SpringApplicationBuilder builder(String jdbcUrl, String user, String password) {
        createAxonSchema(jdbcUrl, user, password);
        return new SpringApplicationBuilder(AxonPeerApplication.class)
                .properties(
                        "spring.config.name=axon-peer",
                        "spring.main.web-application-type=none",
                        "spring.main.banner-mode=off",
                        "spring.datasource.url=" + jdbcUrl,
                        "spring.datasource.username=" + user,
                        "spring.datasource.password=" + password,
                        "spring.datasource.hikari.maximum-pool-size=20",
                        "spring.jpa.hibernate.ddl-auto=update",
                        "spring.jpa.open-in-view=false",
                        "axon.serializer.general=jackson",
                        "axoniq.update-checker.disabled=true");
    }

    /** Axon's default tables, as its PostgreSQL table factories create them (idempotent). */
    private static void createAxonSchema(String jdbcUrl, String user, String password) {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            if (!db.getMetaData()
                    .getTables(null, null, "domainevententry", null)
                    .next()) {
                EventSchema events = EventSchema.builder().build();
                PostgresEventTableFactory.INSTANCE
                        .createDomainEventTable(db, events)
                        .executeUpdate();
                PostgresEventTableFactory.INSTANCE
                        .createSnapshotEventTable(db, events)
                        .executeUpdate();
                PostgresTokenTableFactory.INSTANCE
                        .createTable(db, TokenSchema.builder().build())
                        .executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create Axon's tables for the peer", e);
        }
    }
}
