package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.security.Actor;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Another practice's record answers 404 before any other check, in every endpoint family (issue 13): no 412
 * naming its version, no 410 saying it was erased, no rule about its notes, no key made for it.
 */
class CrossPracticeOracleTest {

    private static Api stranger;
    private static Api owner;
    private static Actor ownerActor;

    @BeforeAll
    static void openTwoPractices() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        ownerActor = StackFixture.newPractice("Oracle Owner " + suffix);
        owner = StackFixture.commands(ownerActor);
        stranger = StackFixture.commands(StackFixture.newPractice("Oracle Stranger " + suffix));
    }

    @Test
    void ifMatchOnAnotherPracticesClientIsNotFoundNotAStaleVersion() {
        String client = owner.post("/api/v1/clients", Map.of("first_name", "Ora", "last_name", "Cle"))
                .id();
        Api guessing = stranger.withHeader("If-Match", "\"99\"");

        Api.Response revised = guessing.put("/api/v1/clients/" + client, Map.of("consent_status", true));
        Api.Response archived = guessing.delete("/api/v1/clients/" + client);

        assertThat(revised.status()).as(revised.toString()).isEqualTo(404);
        assertThat(revised.body()).doesNotContain("version");
        assertThat(archived.status()).as(archived.toString()).isEqualTo(404);
        Api.Response own =
                owner.withHeader("If-Match", "\"99\"").put("/api/v1/clients/" + client, Map.of("consent_status", true));
        assertThat(own.status())
                .as("the owner still learns the record moved on")
                .isEqualTo(412);
    }

    @Test
    void ifMatchOnAnotherPracticesServiceOrLocationIsNotFound() {
        Api.Response service = owner.post(
                "/api/v1/services", Map.of("name", "Massage " + UUID.randomUUID(), "default_duration_minutes", 60));
        Api.Response location =
                owner.post("/api/v1/locations", Map.of("name", "Room " + UUID.randomUUID(), "location_type", "online"));
        assertThat(service.status()).as(service.toString()).isEqualTo(201);
        assertThat(location.status()).as(location.toString()).isEqualTo(201);
        Api guessing = stranger.withHeader("If-Match", "\"99\"");

        assertThat(guessing.delete("/api/v1/services/" + service.id()).status()).isEqualTo(404);
        assertThat(guessing.delete("/api/v1/locations/" + location.id()).status())
                .isEqualTo(404);
    }

    @Test
    void anotherPracticesAppointmentRevealsNothingAboutItsNotes() {
        String client = owner.post("/api/v1/clients", Map.of("first_name", "Ap", "last_name", "Pt"))
                .id();
        String appointment = owner.post(
                        "/api/v1/appointments",
                        Map.of(
                                "client_id",
                                client,
                                "scheduled_start",
                                "2027-06-01T09:00:00Z",
                                "scheduled_end",
                                "2027-06-01T09:45:00Z",
                                "location_type",
                                "clinic",
                                "notes",
                                "private"))
                .id();
        String note = owner.post(
                        "/api/v1/sessions",
                        Map.of(
                                "client_id",
                                client,
                                "appointment_id",
                                appointment,
                                "session_date",
                                "2026-01-05T10:00:00Z",
                                "subjective",
                                "x"))
                .id();
        assertThat(owner.post("/api/v1/sessions/" + note + "/finalize", null).status())
                .isEqualTo(200);
        assertThat(owner.post("/api/v1/sessions/" + note + "/amend", Map.of("plan", "p", "reason", "r"))
                        .status())
                .isEqualTo(200);

        Api.Response deleted =
                stranger.send("DELETE", "/api/v1/appointments/" + appointment, Map.of("session_note_action", "delete"));
        Api.Response revised = stranger.withHeader("If-Match", "\"99\"")
                .put("/api/v1/appointments/" + appointment, Map.of("notes", "mine now"));

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(404);
        assertThat(deleted.body()).doesNotContain("amended");
        assertThat(revised.status()).as(revised.toString()).isEqualTo(404);
    }

    @Test
    void anotherPracticesErasedClientIsNotFoundNotGone() throws SQLException {
        String client = owner.post("/api/v1/clients", Map.of("first_name", "Er", "last_name", "Ased"))
                .id();
        assertThat(owner.post("/api/v1/clients/" + client + "/erase", Map.of("confirm", client))
                        .status())
                .isEqualTo(200);
        long keys = StackFixture.count("key_vault.data_keys WHERE parent_id = '" + client + "'");

        Api.Response note = stranger.post(
                "/api/v1/sessions",
                Map.of("client_id", client, "session_date", "2026-01-05T10:00:00Z", "subjective", "x"));
        Api.Response revised = stranger.put("/api/v1/clients/" + client, Map.of("first_name", "Mine"));
        Api.Response plan = stranger.post("/api/v1/clients/" + client + "/care-plans", Map.of("title", "t"));

        assertThat(note.status()).as(note.toString()).isEqualTo(404);
        assertThat(revised.status()).as(revised.toString()).isEqualTo(404);
        assertThat(plan.status()).as(plan.toString()).isIn(404, 422);
        assertThat(StackFixture.count("key_vault.data_keys WHERE parent_id = '" + client + "'"))
                .isEqualTo(keys);
    }

    @Test
    void anotherPracticesNoteIsNotFoundWithOrWithoutIfMatch() {
        String client = owner.post("/api/v1/clients", Map.of("first_name", "No", "last_name", "Te"))
                .id();
        String note = owner.post(
                        "/api/v1/sessions",
                        Map.of("client_id", client, "session_date", "2026-01-05T10:00:00Z", "subjective", "x"))
                .id();
        Api guessing = stranger.withHeader("If-Match", "\"99\"");

        assertThat(guessing.post("/api/v1/sessions/" + note + "/finalize", null).status())
                .isEqualTo(404);
        assertThat(guessing.delete("/api/v1/sessions/" + note + "/permanent").status())
                .isEqualTo(404);
        assertThat(guessing.put("/api/v1/sessions/" + note, Map.of("plan", "p")).status())
                .isEqualTo(404);
    }

    @Test
    void anotherPracticesRecordsAreNotFoundOnTheQuerySide() {
        String client = owner.post("/api/v1/clients", Map.of("first_name", "Qu", "last_name", "Ery"))
                .id();
        Api.Response erased = owner.post("/api/v1/clients/" + client + "/erase", Map.of("confirm", client));
        Api reads = StackFixture.queries(StackFixture.newPractice("Oracle Reader " + UUID.randomUUID()))
                .withHeader("X-Consistency-Position", Long.toString(erased.position()));

        assertThat(reads.get("/api/v1/clients/" + client).status()).isEqualTo(404);
        assertThat(reads.withHeader("If-None-Match", "\"1\"")
                        .get("/api/v1/clients/" + client)
                        .status())
                .isEqualTo(404);
    }
}
