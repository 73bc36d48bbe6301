package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pazpaz.query.isolation.EveryPractice;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The running services reach PostgreSQL as their own roles, not as the owner the stack migrates with, and those
 * roles are held by the grants: through the very data source each service uses, nothing that changes the schema,
 * the guarding triggers or another service's tables is allowed (docs/decisions.md 99, 100).
 */
class ServiceDatabaseUsersTest {

    @Test
    void eachServiceConnectsAsItsOwnRoleNeverAsTheOwner() throws SQLException {
        assertThat(single(StackFixture.stack().commandService(), "SELECT current_user"))
                .isEqualTo("pazpaz_command");
        assertThat(single(StackFixture.stack().queryService(), "SELECT current_user"))
                .isEqualTo("pazpaz_query");
        assertThat(
                        single(
                                StackFixture.stack().queryService(),
                                "SELECT count(*) FROM pg_tables WHERE tableowner IN ('pazpaz_command', 'pazpaz_query', 'pazpaz_projection')"))
                .isEqualTo("0");
    }

    /**
     * The stack's PostgreSQL runs on the same machine, so every service reaches it through its Unix-domain socket,
     * not loopback TCP (decision 299): PostgreSQL knows no client address for such a connection.
     */
    @Test
    void everyServiceReachesTheStacksPostgresThroughItsSocket() throws SQLException {
        String throughTheSocket = "SELECT inet_client_addr() IS NULL";
        assertThat(single(StackFixture.stack().commandService(), throughTheSocket))
                .isEqualTo("t");
        assertThat(single(StackFixture.stack().queryService(), throughTheSocket))
                .isEqualTo("t");
        assertThat(single(StackFixture.stack().reminders(), throughTheSocket)).isEqualTo("t");
        DataSource processing = StackFixture.stack().queryService().getBean(DataSource.class);
        try (Connection db = EveryPractice.call(() -> connect(processing))) {
            assertThat(single(db, "SELECT current_user")).isEqualTo("pazpaz_projection");
            assertThat(single(db, throughTheSocket)).isEqualTo("t");
        }
    }

    @Test
    void queryServicesRoleWritesRowsButCannotChangeTheSchemaOrTheEvents() throws SQLException {
        try (Connection db = connection(StackFixture.stack().queryService());
                Statement sql = db.createStatement()) {
            assertDenied(sql, "ALTER TABLE public.clients DISABLE ROW LEVEL SECURITY");
            assertDenied(sql, "ALTER TABLE public.clients NO FORCE ROW LEVEL SECURITY");
            assertDenied(sql, "DROP POLICY workspace_isolation ON public.clients");
            assertDenied(sql, "ALTER POLICY workspace_isolation ON public.clients USING (true)");
            assertDenied(sql, "SET ROLE pazpaz_projection");
            assertDenied(sql, "ALTER TABLE public.clients ADD COLUMN sneaky text");
            assertDenied(sql, "TRUNCATE public.audit_events");
            assertDenied(sql, "ALTER TABLE event_store.domain_event_entry DISABLE TRIGGER ALL");
            assertDenied(sql, "UPDATE event_store.domain_event_entry SET payload = payload");
            assertDenied(sql, "DELETE FROM key_vault.data_keys");
            assertDenied(sql, "SELECT count(*) FROM command_model.user_accounts");
            assertDenied(sql, "CREATE TABLE public.sneaky (id int)");
        }
    }

    /** The event processing's role sees every practice through a policy, yet can no more turn the policies off. */
    @Test
    void theEventProcessingsRoleCannotTurnRowSecurityOff() throws SQLException {
        DataSource service = StackFixture.stack().queryService().getBean(DataSource.class);
        // taken while marked: a connection of the processing pool, as the projectors get
        try (Connection db = EveryPractice.call(() -> connect(service));
                Statement sql = db.createStatement()) {
            assertThat(single(db, "SELECT current_user")).isEqualTo("pazpaz_projection");
            assertDenied(sql, "ALTER TABLE public.clients DISABLE ROW LEVEL SECURITY");
            assertDenied(sql, "ALTER TABLE public.clients NO FORCE ROW LEVEL SECURITY");
            assertDenied(sql, "DROP POLICY workspace_isolation ON public.clients");
            assertDenied(sql, "TRUNCATE public.audit_events");
            assertDenied(sql, "DELETE FROM key_vault.data_keys");
            assertDenied(sql, "SELECT count(*) FROM command_model.user_accounts");
        }
    }

    private static Connection connect(DataSource dataSource) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void commandServicesRoleReachesOnlyItsOwnTablesAndTheEventStore() throws SQLException {
        try (Connection db = connection(StackFixture.stack().commandService());
                Statement sql = db.createStatement()) {
            assertDenied(sql, "SELECT count(*) FROM public.clients");
            assertDenied(sql, "SELECT public.swap_in_rebuilt_read_model()");
            assertDenied(sql, "ALTER TABLE command_model.user_accounts DISABLE TRIGGER ALL");
            assertDenied(sql, "TRUNCATE command_model.name_reservations");
            assertDenied(sql, "ALTER TABLE event_store.domain_event_entry DISABLE TRIGGER ALL");
            assertDenied(sql, "DELETE FROM event_store.domain_event_entry");
        }
    }

    private static String single(ConfigurableApplicationContext service, String query) throws SQLException {
        try (Connection db = connection(service)) {
            return single(db, query);
        }
    }

    private static String single(Connection db, String query) throws SQLException {
        try (Statement sql = db.createStatement();
                var rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Test
    void theRemindersConsumerOwnsItsOwnTablesAndReachesNothingOfPazPazCore() throws SQLException {
        ConfigurableApplicationContext reminders = StackFixture.stack().reminders();
        assertThat(single(reminders, "SELECT current_user")).isEqualTo("pazpaz_reminders");
        assertThat(single(reminders, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user"))
                .isEqualTo("false");
        assertThat(single(
                        reminders,
                        "SELECT count(*) FROM pg_tables WHERE schemaname = 'reminders'"
                                + " AND tableowner <> 'pazpaz_reminders'"))
                .isEqualTo("0");
        try (Connection db = connection(reminders);
                Statement sql = db.createStatement()) {
            assertDenied(sql, "SELECT count(*) FROM event_store.domain_event_entry");
            assertDenied(sql, "SELECT count(*) FROM key_vault.data_keys");
            assertDenied(sql, "SELECT count(*) FROM public.clients");
            assertDenied(sql, "SELECT count(*) FROM command_model.user_accounts");
        }
    }

    /** A connection from the service's own data source, unmarked: exactly what its requests are given. */
    private static Connection connection(ConfigurableApplicationContext service) throws SQLException {
        return service.getBean(DataSource.class).getConnection();
    }

    /** 42501 insufficient_privilege, which is also what a non-owner's ALTER TABLE answers ("must be owner"). */
    private static void assertDenied(Statement sql, String statement) {
        assertThatThrownBy(() -> sql.execute(statement))
                .isInstanceOfSatisfying(
                        SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
    }
}
