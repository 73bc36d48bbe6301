package com.pazpaz.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a DBA does in production (docs/runbook.md, "Database users"), done by the local stack before its services
 * start: the service roles {@code pazpaz_command}, {@code pazpaz_query} and {@code pazpaz_projection} (whose grants the migrations keep) and the reminders consumer's {@code pazpaz_reminders}
 * may log in, with this data directory's passwords. The migrations still run as the owner the stack was given.
 */
final class LocalDatabaseUsers {

    static final String COMMAND = "pazpaz_command";
    static final String QUERY = "pazpaz_query";
    /** query-service's event processing: pazpaz_query's rights plus every practice's read rows (decision 101). */
    static final String PROJECTION = "pazpaz_projection";
    /**
     * The reminders consumer, an outside team's service (decision 289): it may create schemas, owns only what it
     * creates (its own tables, migrated by itself) and has no grant on PazPaz Core's schemas.
     */
    static final String REMINDERS = "pazpaz_reminders";
    /** The reminders consumer's default schema ({@code pazpaz.reminders.schema}). */
    private static final String REMINDERS_SCHEMA = "reminders";

    private LocalDatabaseUsers() {}

    /** Creates the four users, or (restart, older data directory) sets their passwords; run as the owner. */
    static void ensure(String jdbcUrl, String owner, String ownerPassword, LocalSecrets secrets) {
        try (Connection db = DriverManager.getConnection(jdbcUrl, owner, ownerPassword);
                Statement sql = db.createStatement()) {
            ensure(sql, COMMAND, secrets.commandDatabasePassword());
            ensure(sql, QUERY, secrets.queryDatabasePassword());
            ensure(sql, PROJECTION, secrets.projectionDatabasePassword());
            ensure(sql, REMINDERS, secrets.remindersDatabasePassword());
            sql.execute("GRANT CREATE ON DATABASE " + db.getCatalog() + " TO " + REMINDERS);
            handOverRemindersSchema(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the services' database users (as " + owner + ")", e);
        }
    }

    /**
     * A data directory from before decision 289 holds the reminders schema as the owner's: its schema, tables and
     * sequences go to the reminders user, which migrates them from now on.
     */
    private static void handOverRemindersSchema(Statement sql) throws SQLException {
        sql.execute("DO $$ DECLARE t record; BEGIN"
                + " IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = '" + REMINDERS_SCHEMA + "') THEN"
                + " EXECUTE 'ALTER SCHEMA " + REMINDERS_SCHEMA + " OWNER TO " + REMINDERS + "';"
                + " FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = '" + REMINDERS_SCHEMA + "' AND c.relkind IN ('r', 'p')"
                + " AND pg_get_userbyid(c.relowner) <> '" + REMINDERS + "' LOOP"
                + " EXECUTE format('ALTER TABLE " + REMINDERS_SCHEMA + ".%I OWNER TO " + REMINDERS + "', t.relname);"
                + " END LOOP; END IF; END $$");
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
