package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.infra.security.Actor;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every write and every read of PHI through the API leaves exactly the expected audit row, without PHI. */
class AuditTrailTest {

    private static final String MARKER =
            "AUDITMARKER" + UUID.randomUUID().toString().replace("-", "");
    private static Actor owner;
    private static String clientId;

    @BeforeAll
    static void writeAndReadAClient() {
        owner = StackFixture.newPractice("Audit Practice " + MARKER.substring(11, 19));
        Api commands = StackFixture.commands(owner);
        Api.Response registered = commands.post(
                "/api/v1/clients",
                Map.of("first_name", MARKER, "last_name", "Audited", "medical_history", MARKER + " history"));
        clientId = registered.id();
        commands.put("/api/v1/clients/" + clientId, Map.of("notes", MARKER + " notes"));
        Api.Response archived = commands.delete("/api/v1/clients/" + clientId);
        Api queries =
                StackFixture.queries(owner).withHeader("X-Consistency-Position", Long.toString(archived.position()));
        assertThat(queries.get("/api/v1/clients/" + clientId).status()).isEqualTo(200);
        assertThat(queries.get("/api/v1/clients?include_inactive=true").status())
                .isEqualTo(200);
    }

    @Test
    void eachWriteAndEachPhiReadHasItsRowWithActorAndOrigin() {
        List<JsonNode> rows = awaitRows(r -> r.size() >= 5);
        assertThat(rows)
                .extracting(r -> r.get("event_type").asText())
                .contains("client.create", "client.update", "client.delete", "client.read");
        JsonNode created = only(rows, "client.create");
        assertThat(created.get("resource_id").asText()).isEqualTo(clientId);
        assertThat(created.get("resource_type").asText()).isEqualTo("Client");
        assertThat(created.get("user_id").asText()).isEqualTo(owner.userId().toString());
        assertThat(created.get("ip_address").asText()).isEqualTo("127.0.0.1");
        assertThat(created.get("user_agent").asText()).isEqualTo("pazpaz-e2e-test");
        assertThat(created.get("metadata").get("correlation_id").asText()).isNotBlank();
        List<JsonNode> reads = rows.stream()
                .filter(r -> r.get("action").asText().equals("READ"))
                .toList();
        assertThat(reads)
                .extracting(r -> r.get("resource_id").isNull()
                        ? "list"
                        : r.get("resource_id").asText())
                .containsExactlyInAnyOrder(clientId, "list");
        assertThat(rows).allSatisfy(row -> assertThat(row.toString()).doesNotContain(MARKER));
    }

    @Test
    void readsOfANoteAreRecordedWithTheNoteAndTheKindOfRead() {
        Api commands = StackFixture.commands(owner);
        Api.Response note = commands.post(
                "/api/v1/sessions",
                Map.of(
                        "client_id",
                        clientId,
                        "session_date",
                        "2026-01-05T10:00:00Z",
                        "subjective",
                        MARKER + " subjective"));
        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        Api reads = StackFixture.queries(owner).withHeader("X-Consistency-Position", Long.toString(note.position()));
        assertThat(reads.get("/api/v1/sessions/" + note.id()).status()).isEqualTo(200);
        assertThat(reads.get("/api/v1/sessions/" + note.id() + "/history").status())
                .isEqualTo(200);
        assertThat(reads.get("/api/v1/sessions?client_id=" + clientId + "&search=" + MARKER)
                        .status())
                .isEqualTo(200);
        List<JsonNode> rows = awaitRows("Session", r -> r.size() >= 4);
        assertThat(rows)
                .extracting(r ->
                        r.get("event_type").asText() + ":" + r.get("metadata").get("operation"))
                .contains(
                        "session.create:null",
                        "session.read:\"read\"",
                        "session.read:\"history\"",
                        "session.read:\"search\"");
        assertThat(rows)
                .filteredOn(r -> r.get("action").asText().equals("READ")
                        && !r.get("resource_id").isNull())
                .allSatisfy(r -> assertThat(r.get("resource_id").asText()).isEqualTo(note.id()));
        assertThat(rows).allSatisfy(row -> assertThat(row.toString()).doesNotContain(MARKER));
    }

    @Test
    void readsOfAnAppointmentTheCalendarAndTheConflictCheckAreRecorded() throws InterruptedException {
        Api commands = StackFixture.commands(owner);
        Api.Response booked = commands.post(
                "/api/v1/appointments",
                Map.of(
                        "client_id",
                        clientId,
                        "scheduled_start",
                        "2031-03-04T09:00:00Z",
                        "scheduled_end",
                        "2031-03-04T10:00:00Z",
                        "location_type",
                        "online",
                        "notes",
                        MARKER + " appointment"));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        Thread.sleep(30);
        Instant afterBooking = Instant.now();
        Api reads = StackFixture.queries(owner).withHeader("X-Consistency-Position", Long.toString(booked.position()));
        assertThat(reads.get("/api/v1/appointments/" + booked.id()).status()).isEqualTo(200);
        assertThat(reads.get("/api/v1/appointments/" + booked.id() + "?as_of=" + afterBooking)
                        .status())
                .isEqualTo(200);
        assertThat(reads.get("/api/v1/appointments?client_id=" + clientId).status())
                .isEqualTo(200);
        assertThat(reads.get("/api/v1/appointments/conflicts?scheduled_start=2031-03-04T09:30:00Z"
                                + "&scheduled_end=2031-03-04T10:30:00Z")
                        .status())
                .isEqualTo(200);
        List<JsonNode> rows = awaitRows("Appointment", r -> reads(r).size() >= 4);
        assertThat(reads(rows))
                .extracting(r ->
                        r.get("event_type").asText() + ":" + r.get("metadata").get("operation") + ":"
                                + (r.get("resource_id").isNull()
                                        ? "-"
                                        : r.get("resource_id").asText()))
                .contains(
                        "appointment.read:\"read\":" + booked.id(),
                        "appointment.read:\"read_as_of\":" + booked.id(),
                        "appointment.read:\"list\":-",
                        "appointment.read:\"conflicts\":-");
        assertThat(reads(rows))
                .allSatisfy(r -> assertThat(r.get("user_id").asText())
                        .isEqualTo(owner.userId().toString()));
        assertThat(rows).allSatisfy(row -> assertThat(row.toString()).doesNotContain(MARKER));
    }

    @Test
    void practiceWritesLeaveTheirRowsWithTheCreatedIds() {
        Api commands = StackFixture.commands(owner);
        Api.Response appointment = commands.post(
                "/api/v1/appointments",
                Map.of(
                        "client_id",
                        clientId,
                        "scheduled_start",
                        "2031-02-03T09:00:00Z",
                        "scheduled_end",
                        "2031-02-03T10:00:00Z",
                        "location_type",
                        "online"));
        assertThat(appointment.status()).as(appointment.toString()).isEqualTo(201);
        Api.Response service =
                commands.post("/api/v1/services", Map.of("name", "Audit " + MARKER, "default_duration_minutes", 50));
        assertThat(service.status()).as(service.toString()).isEqualTo(201);
        // the rows of this test's own records: other tests of the class leave appointment and service rows too
        List<JsonNode> appointments = awaitRows("Appointment", r -> hasResource(r, appointment.id()));
        assertThat(appointments)
                .extracting(r -> r.get("event_type").asText() + ":"
                        + r.get("resource_id").asText())
                .contains("appointment.create:" + appointment.id());
        List<JsonNode> services = awaitRows("Service", r -> hasResource(r, service.id()));
        assertThat(services)
                .extracting(r -> r.get("event_type").asText() + ":"
                        + r.get("resource_id").asText())
                .contains("service.create:" + service.id());
        assertThat(services).allSatisfy(row -> assertThat(row.toString()).doesNotContain(MARKER));
    }

    @Test
    void filtersPhiOnlyAndValidatesEnums() {
        awaitRows(r -> r.size() >= 5);
        Api api = StackFixture.queries(owner);
        JsonNode phi = api.get("/api/v1/audit-events?phi_only=true").json();
        assertThat(phi.get("items"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("action").asText()).isEqualTo("READ"));
        assertThat(api.get("/api/v1/audit-events?resource_type=Nonsense").status())
                .isEqualTo(422);
        assertThat(api.get("/api/v1/audit-events?action=READ&resource_id=" + clientId)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        String id = phi.get("items").get(0).get("id").asText();
        assertThat(api.get("/api/v1/audit-events/" + id).status()).isEqualTo(200);
        Actor stranger = StackFixture.newPractice(
                "Audit Stranger " + UUID.randomUUID().toString().substring(0, 6));
        assertThat(StackFixture.queries(stranger)
                        .get("/api/v1/audit-events/" + id)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void onlyTheOwnerSeesTheAuditTrail() {
        Actor assistant = StackFixture.addAssistant(owner);
        Api.Response refused = StackFixture.queries(assistant).get("/api/v1/audit-events");
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void anExportListsThePeriodAsJsonLinesOrCsv() {
        awaitRows(r -> r.size() >= 5);
        Api api = StackFixture.queries(owner);
        String period = "?start_date=2000-01-01T00:00:00Z&end_date=2100-01-01T00:00:00Z";
        Api.Response jsonl = api.get("/api/v1/audit-events/export" + period);
        assertThat(jsonl.status()).isEqualTo(200);
        assertThat(jsonl.body().lines().count()).isGreaterThanOrEqualTo(5);
        Api.Response csv = api.get("/api/v1/audit-events/export" + period + "&format=csv");
        assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("id,workspace_id,user_id");
        assertThat(csv.body()).doesNotContain(MARKER);
    }

    @Test
    void anExportIsItselfRecordedBeforeItIsSentAndARefusedOneIsNot() {
        String from = "2001-02-03T04:05:06Z"; // a period no other test exports, so its rows are this test's only
        String period = "?start_date=" + from + "&end_date=2100-01-01T00:00:00Z";
        Actor assistant = StackFixture.addAssistant(owner);
        assertThat(StackFixture.queries(assistant)
                        .get("/api/v1/audit-events/export" + period)
                        .status())
                .isEqualTo(403);
        Api api = StackFixture.queries(owner);
        assertThat(api.get("/api/v1/audit-events/export" + period).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/audit-events/export" + period + "&format=csv")
                        .status())
                .isEqualTo(200);
        List<JsonNode> exports = exportsFrom(
                from, awaitRows("Workspace", r -> exportsFrom(from, r).size() >= 2));
        assertThat(exports)
                .extracting(r -> r.get("event_type").asText() + ":"
                        + r.get("metadata").get("format").asText())
                .containsExactlyInAnyOrder("workspace.export:jsonl", "workspace.export:csv");
        assertThat(exports).allSatisfy(r -> {
            assertThat(r.get("user_id").asText()).isEqualTo(owner.userId().toString());
            assertThat(r.get("resource_id").asText())
                    .isEqualTo(owner.workspaceId().toString());
            assertThat(r.get("metadata").get("end_date").asText()).isEqualTo("2100-01-01T00:00:00Z");
        });
    }

    @Test
    void auditRowsCannotBeChangedOrDeleted() throws SQLException {
        awaitRows(r -> !r.isEmpty());
        try (Connection db = StackFixture.database()) {
            assertThatThrownBy(() -> db.createStatement()
                            .executeUpdate("UPDATE audit_events SET action = 'READ' WHERE workspace_id = '"
                                    + owner.workspaceId() + "'"))
                    .hasMessageContaining("Audit events are immutable and cannot be updated");
            assertThatThrownBy(() -> db.createStatement()
                            .executeUpdate(
                                    "DELETE FROM audit_events WHERE workspace_id = '" + owner.workspaceId() + "'"))
                    .hasMessageContaining("Audit events are immutable and cannot be deleted");
        }
    }

    private static List<JsonNode> reads(List<JsonNode> rows) {
        return rows.stream()
                .filter(r -> r.get("action").asText().equals("READ"))
                .toList();
    }

    private static List<JsonNode> exportsFrom(String startDate, List<JsonNode> rows) {
        return rows.stream()
                .filter(r -> r.get("action").asText().equals("EXPORT")
                        && r.get("metadata").get("start_date").asText().equals(startDate))
                .toList();
    }

    private static JsonNode only(List<JsonNode> rows, String eventType) {
        List<JsonNode> matching = rows.stream()
                .filter(r -> r.get("event_type").asText().equals(eventType))
                .toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private static boolean hasResource(List<JsonNode> rows, Object id) {
        return rows.stream().anyMatch(r -> r.get("resource_id").asText().equals(String.valueOf(id)));
    }

    /** The practice's audit rows, once the projection has caught up with the reads (they are events too). */
    private static List<JsonNode> awaitRows(Predicate<List<JsonNode>> ready) {
        return awaitRows("Client", ready);
    }

    private static List<JsonNode> awaitRows(String resourceType, Predicate<List<JsonNode>> ready) {
        Api api = StackFixture.queries(owner);
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<JsonNode> rows = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            rows = new ArrayList<>();
            api.get("/api/v1/audit-events?page_size=100").json().get("items").forEach(rows::add);
            List<JsonNode> clientRows = rows.stream()
                    .filter(r -> r.get("resource_type").asText().equals(resourceType))
                    .toList();
            if (ready.test(clientRows)) {
                return clientRows;
            }
            sleep();
        }
        return rows;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
