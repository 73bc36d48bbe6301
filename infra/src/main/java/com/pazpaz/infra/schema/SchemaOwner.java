package com.pazpaz.infra.schema;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Connections as the schema's owner, for the migrations and for the few statements only the owner may run (the
 * read-model rebuild's shadow schema). Deliberately not a {@link DataSource} bean: nothing that merely reads or
 * writes rows can be handed the owner by accident.
 *
 * @param dataSource unpooled; opened only by migrations and rebuilds
 */
public record SchemaOwner(DataSource dataSource) {

    /**
     * The services' database roles, created before any migration (its {@code beforeMigrate}), so that each
     * location's {@code afterMigrate} grants have a grantee whichever schema a database gets first.
     */
    static final String SERVICE_ROLES = "classpath:db/service-roles";

    /** The migration of {@code schema} from {@code classpath:db/<location>}, run as the owner. */
    public Flyway migration(String schema, String location) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .locations("classpath:db/" + location, SERVICE_ROLES)
                .load();
    }
}
