package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.embedded.Directories;
import com.pazpaz.embedded.EmbeddedPostgresServer;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.security.TokenIssuer;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The restore drill of docs/runbook.md ("Back up and restore PostgreSQL"), on a stack of its own whose PostgreSQL
 * outlives its services: back up as the runbook says (the data without the key vault, then the vault on its own),
 * erase a client, back up again, stop the services, restore, start them, run the after-restore step
 * ({@code POST /api/v1/admin/erasures/reapply}), and read through the API. Both mixes a restore can meet:
 * <ul>
 *   <li>an older data backup with the newest vault (the usual one: the data's retention is longer): the events
 *       lack the erasure, the vault has no key; the step records the erasure again;</li>
 *   <li>newer data with an older vault (the vault's own copy was lost): the vault brought the erased key back;
 *       the step destroys it again from the erasure the events record.</li>
 * </ul>
 * Either way the erased client stays unreadable and everyone else's PHI reads as before.
 */
class RestoreDrillTest {

    private static Path directory;
    private static EmbeddedPostgresServer postgres;
    private static LocalStackConfig config;
    private static LocalStack stack;

    @BeforeAll
    static void startStack() throws Exception {
        directory = Files.createTempDirectory("pazpaz-restore-");
        postgres = EmbeddedPostgresServer.start(directory.resolve("postgres"), 0, false);
        config = new LocalStackConfig(
                directory.resolve("stack"),
                0,
                0,
                0,
                0,
                postgres.createDatabaseIfMissing("pazpaz"),
                postgres.username(),
                postgres.password(),
                null,
                false);
        stack = start();
    }

    /**
     * A key a service unwrapped before the step destroyed it again stays usable there until its cache entry
     * expires (docs/encryption.md: {@code pazpaz.encryption.key-cache-ttl}, 30 s by default); a short one here,
     * so the drill waits for that bound as the runbook does, in seconds.
     */
    private static LocalStack start() {
        return LocalStack.start(config, "--pazpaz.consistency.max-wait=2s", "--pazpaz.encryption.key-cache-ttl=1s");
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        Directories.deleteQuietly(directory);
    }

    @Test
    void anErasedClientStaysUnreadableWhicheverBackupsAreRestoredAndTheOthersReadAsBefore() throws Exception {
        Actor owner = newPractice("Restore Drill");
        String marker = "RESTOREMARK" + UUID.randomUUID().toString().replace("-", "");
        UUID erased = register(owner, "Erased" + marker, "history of " + marker);
        UUID keeper = register(owner, "Keeper" + marker, "keeper history of " + marker);

        SchemaDump dataBefore;
        SchemaDump vaultBefore;
        try (Connection db = superuser()) {
            dataBefore = SchemaDump.dataWithoutVault(db);
            vaultBefore = SchemaDump.vault(db);
        }
        assertThat(dataBefore.holdsTable("key_vault.data_keys"))
                .as("the data backup leaves the vault out")
                .isFalse();
        Api.Response erasure = commands(owner).post("/api/v1/clients/" + erased + "/erase", Map.of("confirm", erased));
        assertThat(erasure.status()).as(erasure.toString()).isEqualTo(200);
        SchemaDump dataAfter;
        SchemaDump vaultAfter;
        try (Connection db = superuser()) {
            dataAfter = SchemaDump.dataWithoutVault(db);
            vaultAfter = SchemaDump.vault(db);
        }

        restoreAndRestart(dataBefore, vaultAfter);
        assertThat(erasuresStored(erased))
                .as("the restored events do not know the erasure")
                .isZero();
        JsonNode recorded = reapplyErasures();
        assertThat(recorded.get("erasures_recorded"))
                .extracting(JsonNode::asText)
                .containsExactly(erased.toString());
        assertThat(erasuresStored(erased)).isEqualTo(1);
        assertErasedAndOthersReadable(owner, erased, keeper, marker);

        restoreAndRestart(dataAfter, vaultBefore);
        assertThat(liveKeyOf(erased))
                .as("the older vault brought the erased key back")
                .isTrue();
        JsonNode destroyed = reapplyErasures();
        assertThat(destroyed.get("keys_destroyed").asInt()).isPositive();
        assertThat(destroyed.get("erasures_recorded")).isEmpty();
        assertThat(liveKeyOf(erased)).isFalse();
        assertErasedAndOthersReadable(owner, erased, keeper, marker);

        JsonNode again = reapplyErasures();
        assertThat(again.get("keys_destroyed").asInt())
                .as("the step changes nothing the second time")
                .isZero();
        assertThat(again.get("erasures_recorded")).isEmpty();
    }

    private static void assertErasedAndOthersReadable(Actor owner, UUID erased, UUID keeper, String marker)
            throws SQLException, InterruptedException {
        JsonNode gone = readAt(owner, latestPosition(), "/api/v1/clients/" + erased);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
        while (!gone.get("erased").asBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(200); // the key cache's time to live (see start())
            gone = readAt(owner, latestPosition(), "/api/v1/clients/" + erased);
        }
        assertThat(gone.get("erased").asBoolean())
                .as("erased once the key cache's entry expired")
                .isTrue();
        assertThat(gone.get("first_name").isNull()).isTrue();
        assertThat(gone.get("medical_history").isNull()).isTrue();
        assertThat(gone.toString()).doesNotContain(marker);
        JsonNode kept = readAt(owner, latestPosition(), "/api/v1/clients/" + keeper);
        assertThat(kept.get("erased").asBoolean()).isFalse();
        assertThat(kept.get("first_name").asText()).isEqualTo("Keeper" + marker);
        assertThat(kept.get("medical_history").asText()).isEqualTo("keeper history of " + marker);
        assertThat(commands(owner)
                        .put("/api/v1/clients/" + erased, Map.of("first_name", "Back"))
                        .status())
                .as("nothing can be written for the erased client")
                .isEqualTo(410);
    }

    /** The runbook's restore: stop both services, restore the two backups, start the services again. */
    private static void restoreAndRestart(SchemaDump data, SchemaDump vault) throws Exception {
        stack.close();
        try (Connection db = superuser()) {
            data.restoreInto(db);
            vault.restoreInto(db);
        }
        stack = start();
    }

    private static JsonNode reapplyErasures() {
        Actor admin = new Actor(UserId.of(stack.platformAdminId()), null, Role.PLATFORM_ADMIN);
        Api.Response response = commands(admin).post("/api/v1/admin/erasures/reapply", null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("failed")).isEmpty();
        return response.json();
    }

    private static UUID register(Actor owner, String firstName, String history) {
        Api.Response created = commands(owner)
                .post(
                        "/api/v1/clients",
                        Map.of("first_name", firstName, "last_name", "Drill", "medical_history", history));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.id());
    }

    private static JsonNode readAt(Actor owner, long position, String path) {
        Api.Response response = new Api(stack.queryBaseUrl(), token(owner))
                .withHeader("X-Consistency-Position", Long.toString(position))
                .get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static Api commands(Actor actor) {
        return new Api(stack.commandBaseUrl(), token(actor));
    }

    private static String token(Actor actor) {
        return stack.commandService().getBean(TokenIssuer.class).issue(actor);
    }

    private static Actor newPractice(String name) {
        Actor admin = new Actor(UserId.of(stack.platformAdminId()), null, Role.PLATFORM_ADMIN);
        Api.Response created = commands(admin)
                .post(
                        "/api/v1/workspaces",
                        Map.of(
                                "name",
                                name,
                                "owner_email",
                                "owner-" + UUID.randomUUID() + "@restore.test",
                                "owner_full_name",
                                "Owner of " + name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Actor(
                UserId.of(created.json().get("owner_user_id").asText()), WorkspaceId.of(created.id()), Role.OWNER);
    }

    private static long erasuresStored(UUID client) throws SQLException {
        return longOf(
                "SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = ?"
                        + " AND payload_type = 'com.pazpaz.kernel.client.ClientErasedEvent'",
                client.toString());
    }

    private static boolean liveKeyOf(UUID owner) throws SQLException {
        return longOf(
                        "SELECT count(*) FROM key_vault.data_keys WHERE owner_id = ?::uuid AND wrapped IS NOT NULL",
                        owner.toString())
                > 0;
    }

    private static long latestPosition() throws SQLException {
        return longOf("SELECT max(global_index) FROM event_store.domain_event_entry WHERE ? = ?", "1", "1");
    }

    private static long longOf(String sql, String... parameters) throws SQLException {
        try (Connection db = superuser();
                PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Connection superuser() throws SQLException {
        return DriverManager.getConnection(config.externalJdbcUrl(), postgres.username(), postgres.password());
    }
}
