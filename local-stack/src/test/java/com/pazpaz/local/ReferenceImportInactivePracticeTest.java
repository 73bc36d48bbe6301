package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.importer.ImportReport;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.Role;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A practice the reference has closed ({@code workspaces.is_active = false}, docs/import.md, decision 274) comes
 * across whole, then is closed here at the reference's {@code updated_at}: its users are refused, its records are
 * there; a second run closes nothing twice.
 */
class ReferenceImportInactivePracticeTest {

    private static final Instant CLOSED = Instant.parse("2025-07-01T12:00:00Z");

    private static ReferencePractice practice;
    private static ImportReport firstRun;
    private static long position;

    @BeforeAll
    static void importAClosedReferencePractice() throws Exception {
        practice = ReferencePractice.create();
        practice.reference.insert(
                "UPDATE workspaces SET is_active = false, updated_at = ? WHERE id = ?",
                Timestamp.from(CLOSED),
                practice.workspace);
        firstRun = practice.importer().run();
        position = StackFixture.latestPosition(practice.workspace.toString());
    }

    @AfterAll
    static void removeTheBucketCopy() throws Exception {
        practice.deleteBucket();
    }

    private static Actor owner() {
        return new Actor(UserId.of(practice.owner), WorkspaceId.of(practice.workspace), Role.OWNER);
    }

    @Test
    void everythingIsImportedAndThePracticeIsClosedLastAtTheReferencesTime() throws Exception {
        assertThat(firstRun.imported())
                .containsEntry("workspaces", 1L)
                .containsEntry("users", 2L)
                .containsEntry("clients", 2L)
                .containsEntry("audit_events", 3L)
                .containsEntry("workspaces:deactivated", 1L);
        assertThat(StackFixture.single("SELECT payload_type FROM event_store.domain_event_entry WHERE meta_data LIKE '%"
                        + practice.workspace + "%' AND payload_type NOT LIKE '%.PhiAccessedEvent'"
                        + " ORDER BY global_index DESC LIMIT 1"))
                // of the import's events: a read by another test of this class may record an access after them
                .as("the practice's last event")
                .endsWith("WorkspaceDeactivatedEvent");
        JsonNode workspace = StackFixture.queries(StackFixture.platformAdmin())
                .withHeader("X-Consistency-Position", Long.toString(position))
                .get("/api/v1/workspaces/" + practice.workspace)
                .json();
        assertThat(workspace.get("is_active").asBoolean()).isFalse();
        assertThat(Instant.parse(workspace.get("updated_at").asText())).isEqualTo(CLOSED);
        assertThat(StackFixture.count("clients WHERE workspace_id = '" + practice.workspace + "'"))
                .isEqualTo(2);
        assertThat(StackFixture.count("audit_events WHERE workspace_id = '" + practice.workspace + "'"
                        + " AND event_type = 'workspace.update' AND metadata->>'imported_from' = 'reference'"
                        + " AND metadata->>'original_time' = '" + CLOSED + "'"))
                .as("the closing in the practice's audit trail, at the reference's time")
                .isEqualTo(1);
    }

    @Test
    void theClosedPracticesOwnerIsRefusedByBothServices() throws Exception {
        assertThat(StackFixture.commands(owner())
                        .post("/api/v1/clients", Map.of("first_name", "New", "last_name", "Client"))
                        .status())
                .isEqualTo(401);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        Api queries = StackFixture.queries(owner());
        Api.Response read = queries.get("/api/v1/clients");
        while (read.status() != 401 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            read = queries.get("/api/v1/clients");
        }
        assertThat(read.status()).as(read.toString()).isEqualTo(401);
    }

    @Test
    void aSecondRunClosesNothingTwice() throws Exception {
        long events = StackFixture.count("event_store.domain_event_entry");
        ImportReport second = practice.importer().run();
        assertThat(second.imported()).isEmpty();
        assertThat(second.alreadyImported())
                .containsEntry("workspaces", 1L)
                .containsEntry("workspaces:deactivated", 1L);
        assertThat(StackFixture.count("event_store.domain_event_entry")).isEqualTo(events);
    }
}
