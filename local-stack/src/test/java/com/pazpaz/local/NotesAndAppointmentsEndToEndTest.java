package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.security.Actor;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where notes and appointments meet: D9 (a note names an appointment of its workspace), auto-complete (R-SES-3),
 * a completed appointment with a note cannot be cancelled (R-APT-5), and deleting an appointment deletes or
 * unlinks its notes, never an amended one (R-APD-1..6).
 */
class NotesAndAppointmentsEndToEndTest {

    private static Actor owner;
    private static Api commands;
    private static Api queries;
    private static String clientId;
    private static int hour;

    @BeforeAll
    static void openPractice() {
        owner = StackFixture.newPractice(
                "Linked Practice " + UUID.randomUUID().toString().substring(0, 8));
        commands = StackFixture.commands(owner);
        queries = StackFixture.queries(owner);
        clientId = commands.post("/api/v1/clients", Map.of("first_name", "Li", "last_name", "Nked"))
                .id();
    }

    @Test
    void aNoteCompletesItsScheduledAppointmentWhichThenCannotBeCancelled() {
        String appointment = schedule();
        Api.Response note = note(appointment);
        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        assertThat(read(note, "/api/v1/appointments/" + appointment)
                        .get("status")
                        .asText())
                .isEqualTo("completed");
        Api.Response cancel = commands.put("/api/v1/appointments/" + appointment, Map.of("status", "cancelled"));
        assertThat(cancel.status()).as(cancel.toString()).isEqualTo(400);
        assertThat(read(note, "/api/v1/sessions/" + note.id())
                        .get("appointment_id")
                        .asText())
                .isEqualTo(appointment);
    }

    @Test
    void aNoteCannotNameAnUnknownOrForeignAppointment() {
        assertThat(note(UUID.randomUUID().toString()).status()).isEqualTo(404);
        Actor stranger = StackFixture.newPractice(
                "Linked Stranger " + UUID.randomUUID().toString().substring(0, 6));
        Api strangerCommands = StackFixture.commands(stranger);
        String strangerClient = strangerCommands
                .post("/api/v1/clients", Map.of("first_name", "S", "last_name", "T"))
                .id();
        Api.Response foreign = strangerCommands.post(
                "/api/v1/sessions",
                Map.of(
                        "client_id",
                        strangerClient,
                        "appointment_id",
                        schedule(),
                        "session_date",
                        "2026-01-05T10:00:00Z",
                        "subjective",
                        "x"));
        assertThat(foreign.status()).isEqualTo(404);
    }

    @Test
    void deletingAnAppointmentWithDeleteSoftDeletesItsNotes() {
        String appointment = schedule();
        Api.Response note = note(appointment);
        Api.Response deleted = commands.send(
                "DELETE",
                "/api/v1/appointments/" + appointment,
                Map.of("session_note_action", "delete", "deletion_reason", "Booked by mistake"));
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        Api reads = queries.withHeader("X-Consistency-Position", Long.toString(deleted.position()));
        assertThat(reads.get("/api/v1/sessions/" + note.id()).status()).isEqualTo(404);
        var listed = reads.get("/api/v1/sessions?client_id=" + clientId + "&include_deleted=true")
                .json()
                .get("items");
        var mine = java.util.stream.StreamSupport.stream(listed.spliterator(), false)
                .filter(n -> n.get("id").asText().equals(note.id()))
                .findFirst()
                .orElseThrow();
        assertThat(mine.get("deleted_reason").asText()).isEqualTo("Booked by mistake");
        assertThat(commands.post("/api/v1/sessions/" + note.id() + "/restore", null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void keepingNotesUnlinksThemAndAnAmendedNoteRefusesDeletion() {
        String kept = schedule();
        Api.Response keptNote = note(kept);
        Api.Response deleted = commands.delete("/api/v1/appointments/" + kept);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(read(deleted, "/api/v1/sessions/" + keptNote.id())
                        .get("appointment_id")
                        .isNull())
                .isTrue();

        String amendedAppointment = schedule();
        String amended = note(amendedAppointment).id();
        assertThat(commands.post("/api/v1/sessions/" + amended + "/finalize", null)
                        .status())
                .isEqualTo(200);
        assertThat(commands.post(
                                "/api/v1/sessions/" + amended + "/amend",
                                Map.of("plan", "Changed", "reason", "Correction"))
                        .status())
                .isEqualTo(200);
        Api.Response refused = commands.send(
                "DELETE", "/api/v1/appointments/" + amendedAppointment, Map.of("session_note_action", "delete"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(queries.get("/api/v1/appointments/" + amendedAppointment).status())
                .isEqualTo(200);
    }

    private static String schedule() {
        hour++;
        String start = String.format("2027-03-%02dT%02d:00:00Z", 1 + hour / 10, 8 + hour % 10);
        String end = start.replace(":00:00Z", ":45:00Z");
        Api.Response scheduled = commands.post(
                "/api/v1/appointments",
                Map.of(
                        "client_id",
                        clientId,
                        "scheduled_start",
                        start,
                        "scheduled_end",
                        end,
                        "location_type",
                        "clinic"));
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        return scheduled.id();
    }

    private static Api.Response note(String appointmentId) {
        return commands.post(
                "/api/v1/sessions",
                Map.of(
                        "client_id",
                        clientId,
                        "appointment_id",
                        appointmentId,
                        "session_date",
                        "2026-01-05T10:00:00Z",
                        "subjective",
                        "Linked note"));
    }

    private static com.fasterxml.jackson.databind.JsonNode read(Api.Response after, String path) {
        Api.Response response = queries.withHeader("X-Consistency-Position", Long.toString(after.position()))
                .get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
