package com.pazpaz.infra.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pazpaz.embedded.TestInfrastructure;
import com.pazpaz.infra.schema.SchemaOwner;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The service roles the afterMigrate scripts grant, tried by connecting as them: neither can rewrite, remove or
 * truncate an event, nor disable the triggers that guard the events, and each reaches only the key-vault rows
 * its service needs.
 */
class ServiceRolesTest {

    private static final String PASSWORD = "roles-test-" + UUID.randomUUID();
    private static String url;

    @BeforeAll
    static void migrateAsOwner() throws SQLException {
        var postgres = TestInfrastructure.postgres();
        url = TestInfrastructure.freshDatabase();
        for (String location : new String[] {"event-store:event_store", "key-vault:key_vault"}) {
            String[] parts = location.split(":");
            new SchemaOwner(new DriverManagerDataSource(url, postgres.username(), postgres.password()))
                    .migration(parts[1], parts[0])
                    .migrate();
        }
        // what the local stack and a DBA do: the migration created the roles NOLOGIN, logging in is granted apart
        try (Connection owner = DriverManager.getConnection(url, postgres.username(), postgres.password());
                Statement sql = owner.createStatement()) {
            sql.execute("ALTER ROLE pazpaz_command LOGIN PASSWORD '" + PASSWORD + "'");
            sql.execute("ALTER ROLE pazpaz_query LOGIN PASSWORD '" + PASSWORD + "'");
        }
    }

    @Test
    void theCommandRoleAppendsButCannotRewriteRemoveOrUnguardEvents() throws SQLException {
        try (Connection command = as("pazpaz_command");
                Statement sql = command.createStatement()) {
            assertThat(sql.executeQuery("SELECT count(*) FROM event_store.domain_event_entry")
                            .next())
                    .isTrue();
            assertDenied(sql, "UPDATE event_store.domain_event_entry SET payload = 'x'");
            assertDenied(sql, "DELETE FROM event_store.domain_event_entry");
            assertDenied(sql, "TRUNCATE event_store.domain_event_entry");
            assertDenied(sql, "ALTER TABLE event_store.domain_event_entry DISABLE TRIGGER ALL");
            assertDenied(sql, "DELETE FROM event_store.event_chain");
            assertDenied(sql, "CREATE TABLE event_store.sneaky (id int)");
            assertDenied(sql, "SELECT * FROM key_vault.search_keys");
        }
    }

    @Test
    void theQueryRoleReadsDataKeysButCannotChangeThem() throws SQLException {
        try (Connection query = as("pazpaz_query");
                Statement sql = query.createStatement()) {
            assertThat(sql.executeQuery("SELECT count(*) FROM key_vault.data_keys")
                            .next())
                    .isTrue();
            assertThat(sql.executeQuery("SELECT count(*) FROM key_vault.search_keys")
                            .next())
                    .isTrue();
            assertDenied(sql, "UPDATE key_vault.data_keys SET master_version = 0");
            assertDenied(sql, "DELETE FROM key_vault.data_keys");
            assertDenied(sql, "UPDATE event_store.domain_event_entry SET payload = 'x'");
            assertDenied(sql, "ALTER TABLE event_store.domain_event_entry DISABLE TRIGGER ALL");
            assertDenied(sql, "TRUNCATE event_store.event_chain");
        }
    }

    /** It shreds its retired search keys' data keys (decision 102), and only theirs: a client's key is out of reach. */
    @Test
    void theQueryRoleCreatesAndShredsOnlySearchKeysDataKeys() throws SQLException {
        UUID client = UUID.randomUUID();
        UUID searchKey = UUID.randomUUID();
        try (Connection command = as("pazpaz_command");
                Statement sql = command.createStatement()) {
            sql.execute("INSERT INTO key_vault.data_keys (id, owner_id, master_version, wrapped) VALUES"
                    + " (nextval('key_vault.data_key_ids'), '" + client + "', 1, '\\x01')");
        }
        try (Connection query = as("pazpaz_query");
                Statement sql = query.createStatement()) {
            assertThatThrownBy(() -> sql.execute("INSERT INTO key_vault.data_keys (id, owner_id, master_version,"
                            + " wrapped) VALUES (nextval('key_vault.data_key_ids'), '" + UUID.randomUUID()
                            + "', 1, '\\x01')"))
                    .isInstanceOfSatisfying(
                            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            sql.execute("INSERT INTO key_vault.search_keys (workspace_id, generation, key_owner) VALUES ('"
                    + UUID.randomUUID() + "', 1, '" + searchKey + "')");
            sql.execute("INSERT INTO key_vault.data_keys (id, owner_id, master_version, wrapped) VALUES"
                    + " (nextval('key_vault.data_key_ids'), '" + searchKey + "', 1, '\\x01')");
            assertThat(sql.executeUpdate("UPDATE key_vault.data_keys SET wrapped = NULL, destroyed_at = now()"))
                    .isEqualTo(1);
            var left = sql.executeQuery("SELECT count(*) FROM key_vault.data_keys WHERE owner_id = '" + client
                    + "' AND wrapped IS NOT NULL");
            left.next();
            assertThat(left.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void noServiceRoleIsASuperuserOrOwnsATable() throws SQLException {
        var postgres = TestInfrastructure.postgres();
        try (Connection owner = DriverManager.getConnection(url, postgres.username(), postgres.password());
                Statement sql = owner.createStatement()) {
            var roles = sql.executeQuery("SELECT count(*) FROM pg_roles WHERE rolname IN ('pazpaz_command',"
                    + " 'pazpaz_query') AND NOT rolsuper AND NOT rolbypassrls AND NOT rolcreaterole");
            roles.next();
            assertThat(roles.getInt(1)).isEqualTo(2);
            var owned = sql.executeQuery(
                    "SELECT count(*) FROM pg_tables WHERE tableowner IN ('pazpaz_command'," + " 'pazpaz_query')");
            owned.next();
            assertThat(owned.getInt(1)).isZero();
        }
    }

    private static Connection as(String role) throws SQLException {
        return DriverManager.getConnection(url, role, PASSWORD);
    }

    /** 42501 insufficient_privilege; ALTER TABLE by a non-owner answers 42501 too ("must be owner"). */
    private static void assertDenied(Statement sql, String statement) {
        assertThatThrownBy(() -> sql.execute(statement))
                .isInstanceOfSatisfying(
                        SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
    }
}
