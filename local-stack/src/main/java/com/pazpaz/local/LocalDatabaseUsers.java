package com.pazpaz.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a DBA does in production (docs/runbook.md, "Database users"), done by the local stack before its services
 * start: the service roles {@code pazpaz_command}, {@code pazpaz_query} and {@code pazpaz_projection} (whose grants the migrations keep)
 * may log in, with this data directory's passwords. The migrations still run as the owner the stack was given.
 */
final class LocalDatabaseUsers {

    static final String COMMAND = "pazpaz_command";
    static final String QUERY = "pazpaz_query";
    /** query-service's event processing: pazpaz_query's rights plus every practice's read rows (decision 101). */
    static final String PROJECTION = "pazpaz_projection";

    private LocalDatabaseUsers() {}

    /** Creates the three users, or (restart, older data directory) sets their passwords; run as the owner. */
    static void ensure(String jdbcUrl, String owner, String ownerPassword, LocalSecrets secrets) {
        try (Connection db = DriverManager.getConnection(jdbcUrl, owner, ownerPassword);
                Statement sql = db.createStatement()) {
            ensure(sql, COMMAND, secrets.commandDatabasePassword());
            ensure(sql, QUERY, secrets.queryDatabasePassword());
            ensure(sql, PROJECTION, secrets.projectionDatabasePassword());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the services' database users (as " + owner + ")", e);
        }
    }

    /** NOSUPERUSER, NOBYPASSRLS: each service is held by the grants and policies like any other user. */
    private static void ensure(Statement sql, String role, String password) throws SQLException {
        // role and password are the stack's own constants and URL-safe random strings, never input
        String options = " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD '" + password + "'";
        sql.execute("DO $$ BEGIN"
                + " IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role + "') THEN ALTER ROLE " + role
                + options + "; ELSE CREATE ROLE " + role + options + "; END IF; END $$");
    }
}
