package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.security.Actor;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A command's answer ({@code version}, {@code position}) is what the event store holds after it, read from the
 * append itself; and a command is one transaction: a refused command leaves nothing behind, not even the data key
 * its edge made for it (decision #83).
 */
class CommandAnswersEndToEndTest {

    private static Actor owner;
    private static Api commands;

    @BeforeAll
    static void openPractice() {
        owner = StackFixture.newPractice(
                "Answers Practice " + UUID.randomUUID().toString().substring(0, 8));
        commands = StackFixture.commands(owner);
    }

    @Test
    void theAnswerNamesTheStoredVersionAndPositionOfTheRecord() throws SQLException {
        Api.Response registered = commands.post("/api/v1/clients", Map.of("first_name", "Ada", "last_name", "Ng"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.json().get("version").asLong()).isEqualTo(1);
        assertThat(registered.position()).isEqualTo(StackFixture.latestPosition(registered.id()));
        assertThat(StackFixture.count("key_vault.data_keys WHERE owner_id = '" + registered.id() + "'"))
                .isEqualTo(1);

        Api.Response revised = commands.put("/api/v1/clients/" + registered.id(), Map.of("last_name", "Ngo"));
        assertThat(revised.json().get("version").asLong()).isEqualTo(2);
        assertThat(revised.position())
                .isEqualTo(StackFixture.latestPosition(registered.id()))
                .isGreaterThan(registered.position());
    }

    /** The headers every command answer carries (CommandAnswers, decision 241): the new version as the ETag. */
    @Test
    void aCreateNamesTheRecordOnQueryServiceAndEveryAnswerTagsTheNewVersion() {
        Api.Response created = commands.post(
                "/api/v1/services", Map.of("name", "Massage " + UUID.randomUUID(), "default_duration_minutes", 60));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location"))
                .isEqualTo(StackFixture.stack().queryBaseUrl() + "/api/v1/services/" + created.id());
        assertThat(created.header("ETag")).isEqualTo("\"1\"");

        Api.Response revised = commands.put("/api/v1/services/" + created.id(), Map.of("description", "Deep tissue"));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.header("ETag")).isEqualTo("\"2\"");
        assertThat(revised.header("Location")).isNull();
    }

    @Test
    void aCommandThatChangesNothingAnswersTheCurrentVersionAndPosition() throws SQLException {
        String client = commands.post("/api/v1/clients", Map.of("first_name", "Bo", "last_name", "Li"))
                .id();
        Api.Response archived = commands.delete("/api/v1/clients/" + client);
        Api.Response again = commands.delete("/api/v1/clients/" + client);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("version").asLong())
                .isEqualTo(archived.json().get("version").asLong());
        assertThat(again.position()).isEqualTo(archived.position()).isEqualTo(StackFixture.latestPosition(client));
    }

    @Test
    void theAnswerCoversTheEventsTheRequestCausedForOtherRecords() throws SQLException {
        String client = commands.post("/api/v1/clients", Map.of("first_name", "Cy", "last_name", "Ro"))
                .id();
        String appointment = StackFixture.book(commands, client, "2033-03-01T09:00:00Z", 60);
        String note = commands.post(
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
        Api.Response deleted = commands.send(
                "DELETE",
                "/api/v1/appointments/" + appointment,
                Map.of("session_note_action", "delete", "deletion_reason", "Booked by mistake"));
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(deleted.position())
                .isGreaterThanOrEqualTo(StackFixture.latestPosition(note))
                .isGreaterThanOrEqualTo(StackFixture.latestPosition(appointment));
    }

    @Test
    void aRefusedNoteLeavesNoDataKeyBehind() throws SQLException {
        Actor stranger = StackFixture.newPractice(
                "Answers Stranger " + UUID.randomUUID().toString().substring(0, 6));
        String foreignClient = StackFixture.commands(stranger)
                .post("/api/v1/clients", Map.of("first_name", "S", "last_name", "T"))
                .id();
        long keysUnderIt = StackFixture.count("key_vault.data_keys WHERE parent_id = '" + foreignClient + "'");

        Api.Response refused = commands.post(
                "/api/v1/sessions",
                Map.of("client_id", foreignClient, "session_date", "2026-01-05T10:00:00Z", "subjective", "x"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
        assertThat(StackFixture.count("key_vault.data_keys WHERE parent_id = '" + foreignClient + "'"))
                .isEqualTo(keysUnderIt);
    }
}
