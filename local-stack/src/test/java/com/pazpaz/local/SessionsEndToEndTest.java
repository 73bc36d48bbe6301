package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.command.session.SessionPurgeJob;
import com.pazpaz.infra.security.Actor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Clinical notes through both services over HTTP: the lifecycle, the history, deletion and the purge job. */
class SessionsEndToEndTest {

    private static Actor owner;
    private static Actor assistant;
    private static Api ownerCommands;
    private static Api assistantCommands;
    private static String clientId;

    @BeforeAll
    static void openPractice() throws Exception {
        owner = StackFixture.newPractice(
                "Notes Practice " + UUID.randomUUID().toString().substring(0, 8));
        assistant = StackFixture.addAssistant(owner);
        ownerCommands = StackFixture.commands(owner);
        assistantCommands = StackFixture.commands(assistant);
        clientId = ownerCommands
                .post("/api/v1/clients", Map.of("first_name", "Noa", "last_name", "Peretz"))
                .id();
    }

    @Test
    void aNoteIsDraftedFinalizedAmendedTwiceAndItsHistoryKeepsEveryVersionAfterUnfinalize() {
        Api.Response created = ownerCommands.post(
                "/api/v1/sessions",
                Map.of(
                        "client_id",
                        clientId,
                        "session_date",
                        "2026-01-05T10:00:00Z",
                        "subjective",
                        "Neck stiffness",
                        "duration_minutes",
                        50));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.id();
        assertThat(created.header("Location")).endsWith("/api/v1/sessions/" + id);
        Api.Response draft = read(created, "/api/v1/sessions/" + id);
        assertThat(draft.header("ETag")).isEqualTo("\"1\"");
        JsonNode note = draft.json();
        assertThat(note.get("is_draft").asBoolean()).isTrue();
        assertThat(note.get("version").asInt()).isEqualTo(1);
        assertThat(note.get("subjective").asText()).isEqualTo("Neck stiffness");
        assertThat(note.get("created_by_user_id").asText())
                .isEqualTo(owner.userId().toString());
        assertThat(note.get("attachment_count").asInt()).isZero();

        Api.Response autosaved = ownerCommands.send(
                "PATCH",
                "/api/v1/sessions/" + id + "/draft",
                Map.of("subjective", "Neck stiffness, worse mornings", "plan", "Mobilisation"));
        assertThat(autosaved.status()).as(autosaved.toString()).isEqualTo(200);
        assertThat(autosaved.json().get("version").asLong()).isEqualTo(2);
        Api.Response finalized = ownerCommands.post("/api/v1/sessions/" + id + "/finalize", null);
        assertThat(finalized.status()).as(finalized.toString()).isEqualTo(200);
        JsonNode afterFinalize = read(finalized, "/api/v1/sessions/" + id).json();
        assertThat(afterFinalize.get("is_draft").asBoolean()).isFalse();
        assertThat(afterFinalize.get("finalized_at").isNull()).isFalse();
        assertThat(afterFinalize.get("version").asInt()).isEqualTo(3);
        assertThat(ownerCommands
                        .send("PATCH", "/api/v1/sessions/" + id + "/draft", Map.of("plan", "sneaky"))
                        .status())
                .isEqualTo(409);

        Api.Response firstAmendment = assistantCommands.post(
                "/api/v1/sessions/" + id + "/amend",
                Map.of("plan", "Mobilisation and home exercises", "reason", "Plan was incomplete"));
        assertThat(firstAmendment.status()).as(firstAmendment.toString()).isEqualTo(200);
        Api.Response plainSave = ownerCommands.put("/api/v1/sessions/" + id, Map.of("assessment", "Mechanical"));
        assertThat(plainSave.status())
                .as("an amendment says why (decision 180)")
                .isEqualTo(422);
        Api.Response secondAmendment = ownerCommands.post(
                "/api/v1/sessions/" + id + "/amend",
                Map.of("assessment", "Mechanical neck pain", "reason", "Assessment sharpened"));
        assertThat(secondAmendment.status()).as(secondAmendment.toString()).isEqualTo(200);
        JsonNode amended = read(secondAmendment, "/api/v1/sessions/" + id).json();
        assertThat(amended.get("amendment_count").asInt()).isEqualTo(2);
        assertThat(amended.get("version").asInt()).isEqualTo(5);
        assertThat(amended.get("assessment").asText()).isEqualTo("Mechanical neck pain");
        JsonNode versions =
                read(secondAmendment, "/api/v1/sessions/" + id + "/versions").json();
        assertThat(versions.findValuesAsText("version_number")).containsExactly("3", "2", "1");
        assertThat(versions.get(0).get("plan").asText()).isEqualTo("Mobilisation and home exercises");
        assertThat(versions.get(0).get("created_by_user_id").asText())
                .isEqualTo(owner.userId().toString());
        assertThat(versions.get(1).get("plan").asText()).isEqualTo("Mobilisation");
        assertThat(versions.get(1).get("created_by_user_id").asText())
                .isEqualTo(assistant.userId().toString());

        JsonNode history =
                read(secondAmendment, "/api/v1/sessions/" + id + "/history").json();
        assertFourTextVersions(history);
        Api.Response unfinalized = ownerCommands.post(
                "/api/v1/sessions/" + id + "/unfinalize", Map.of("reason", "Finalized the wrong visit"));
        assertThat(unfinalized.status()).isEqualTo(200);
        assertThat(read(unfinalized, "/api/v1/sessions/" + id + "/versions").json())
                .isEmpty();
        JsonNode afterUnfinalize =
                read(unfinalized, "/api/v1/sessions/" + id + "/history").json();
        assertFourTextVersions(afterUnfinalize);
        assertThat(afterUnfinalize.get("events").findValuesAsText("event"))
                .containsExactly(
                        "SessionDraftCreated",
                        "SessionDraftSaved",
                        "SessionFinalized",
                        "SessionAmended",
                        "SessionAmended",
                        "SessionUnfinalized");
        JsonNode firstAmendmentEntry = afterUnfinalize.get("events").get(3);
        assertThat(firstAmendmentEntry.get("reason").asText()).isEqualTo("Plan was incomplete");
        assertThat(firstAmendmentEntry.get("version_number").asInt()).isEqualTo(2);
        assertThat(firstAmendmentEntry.get("version_content").get("plan").asText())
                .isEqualTo("Mobilisation");

        Instant beforeFinalize = Instant.parse(
                        afterUnfinalize.get("events").get(2).get("recorded_at").asText())
                .minusNanos(1000);
        JsonNode asOf = read(unfinalized, "/api/v1/sessions/" + id + "?as_of=" + beforeFinalize)
                .json();
        assertThat(asOf.get("is_draft").asBoolean()).isTrue();
        assertThat(asOf.get("version").asInt()).isEqualTo(2);
        assertThat(asOf.get("plan").asText()).isEqualTo("Mobilisation");
        assertThat(read(unfinalized, "/api/v1/sessions/" + id + "?as_of=2000-01-01T00:00:00Z")
                        .status())
                .isEqualTo(404);
    }

    private static void assertFourTextVersions(JsonNode history) {
        JsonNode texts = history.get("text_versions");
        assertThat(texts).hasSize(4);
        assertThat(texts.findValuesAsText("actor_user_id"))
                .containsExactly(
                        owner.userId().toString(),
                        owner.userId().toString(),
                        assistant.userId().toString(),
                        owner.userId().toString());
        assertThat(texts.get(0).get("content").get("subjective").asText()).isEqualTo("Neck stiffness");
        assertThat(texts.get(1).get("content").get("plan").asText()).isEqualTo("Mobilisation");
        assertThat(texts.get(2).get("content").get("plan").asText()).isEqualTo("Mobilisation and home exercises");
        assertThat(texts.get(3).get("content").get("assessment").asText()).isEqualTo("Mechanical neck pain");
    }

    @Test
    void aDeletedNoteIsHiddenAndCanBeRestored() {
        String id = newNote("Restorable");
        Api.Response deleted = ownerCommands.send("DELETE", "/api/v1/sessions/" + id, Map.of("reason", "Wrong client"));
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(read(deleted, "/api/v1/sessions/" + id).status()).isEqualTo(404);
        assertThat(read(deleted, "/api/v1/sessions?client_id=" + clientId)
                        .json()
                        .get("items")
                        .findValuesAsText("id"))
                .doesNotContain(id);
        JsonNode listed = findItem(
                read(deleted, "/api/v1/sessions?include_deleted=true&client_id=" + clientId)
                        .json(),
                id);
        assertThat(listed.get("deleted_reason").asText()).isEqualTo("Wrong client");
        assertThat(listed.get("deleted_by_user_id").asText())
                .isEqualTo(owner.userId().toString());
        assertThat(Duration.between(
                        Instant.parse(listed.get("deleted_at").asText()),
                        Instant.parse(listed.get("permanent_delete_after").asText())))
                .isEqualTo(Duration.ofDays(30));
        assertThat(ownerCommands.send("DELETE", "/api/v1/sessions/" + id, null).status())
                .isEqualTo(404);

        Api.Response restored = assistantCommands.post("/api/v1/sessions/" + id + "/restore", null);
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        JsonNode back = read(restored, "/api/v1/sessions/" + id).json();
        assertThat(back.get("deleted_at").isNull()).isTrue();
        assertThat(back.get("deleted_reason").isNull()).isTrue();
        assertThat(back.get("permanent_delete_after").isNull()).isTrue();
        Api.Response again = ownerCommands.post("/api/v1/sessions/" + id + "/restore", null);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.json().get("detail").asText()).isEqualTo("Session is not deleted");
    }

    @Test
    void afterTheGracePeriodThePurgeJobErasesTheNoteFromEveryReadTableAndItsTextDecryptsNowhere() throws Exception {
        String marker = "PURGEMARKER" + java.util.UUID.randomUUID().toString().replace("-", "");
        String id = newNote(marker);
        ownerCommands.post("/api/v1/sessions/" + id + "/finalize", null);
        ownerCommands.post("/api/v1/sessions/" + id + "/amend", Map.of("plan", "Changed", "reason", "Update"));
        Api.Response deleted = ownerCommands.send("DELETE", "/api/v1/sessions/" + id, null);
        assertThat(read(deleted, "/api/v1/sessions?include_deleted=true&client_id=" + clientId)
                        .json()
                        .get("items")
                        .findValuesAsText("id"))
                .contains(id);
        assertThat(StackFixture.count("session_versions WHERE session_id = '" + id + "'"))
                .isEqualTo(2);

        SessionPurgeJob job = StackFixture.stack().commandService().getBean(SessionPurgeJob.class);
        assertThat(job.purgeExpired(Instant.now().plus(Duration.ofDays(29))).purged())
                .doesNotContain(id);
        SessionPurgeJob.PurgeReport report = job.purgeExpired(Instant.now().plus(Duration.ofDays(31)));
        assertThat(report.ran()).isTrue();
        assertThat(report.purged()).contains(id);
        assertThat(report.failed()).isEmpty();

        long purgePosition = StackFixture.latestPosition(id);
        Api reads = StackFixture.queries(owner).withHeader("X-Consistency-Position", Long.toString(purgePosition));
        assertThat(reads.get("/api/v1/sessions?include_deleted=true&client_id=" + clientId)
                        .json()
                        .get("items")
                        .findValuesAsText("id"))
                .doesNotContain(id);
        assertThat(StackFixture.count("sessions WHERE id = '" + id + "'")).isZero();
        assertThat(StackFixture.count("session_versions WHERE session_id = '" + id + "'"))
                .isZero();
        assertThat(StackFixture.count("session_attachments WHERE session_id = '" + id + "'"))
                .isZero();
        assertThat(StackFixture.count("command_model.session_directory WHERE session_id = '" + id + "'"))
                .isZero();
        assertThat(reads.get("/api/v1/sessions/" + id + "/history").status()).isEqualTo(404);
        assertThat(reads.get("/api/v1/sessions/" + id + "?as_of=" + Instant.now())
                        .status())
                .isEqualTo(404);
        assertThat(ownerCommands
                        .post("/api/v1/sessions/" + id + "/restore", null)
                        .status())
                .isEqualTo(404);
        try (java.sql.Connection db = StackFixture.database()) {
            StoredCiphertexts stored = new StoredCiphertexts().addEvents(db, java.util.UUID.fromString(id));
            assertThat(stored.size()).isPositive();
            assertThat(stored.anyDecryptsTo(marker, LiveKeys.all())).isFalse();
        }
        assertThat(read(deleted, "/api/v1/clients/" + clientId).status())
                .as("the client stays readable")
                .isEqualTo(200);
    }

    @Test
    void permanentDeletionNeedsASoftDeleteFirst() {
        String id = newNote("Permanent");
        Api.Response refused = ownerCommands.send("DELETE", "/api/v1/sessions/" + id + "/permanent", null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asText())
                .isEqualTo("Session must be soft-deleted before permanent deletion. Use DELETE /sessions/{id} first.");
        ownerCommands.send("DELETE", "/api/v1/sessions/" + id, null);
        Api.Response purged = ownerCommands.send("DELETE", "/api/v1/sessions/" + id + "/permanent", null);
        assertThat(purged.status()).as(purged.toString()).isEqualTo(200);
        assertThat(read(purged, "/api/v1/sessions?include_deleted=true&client_id=" + clientId)
                        .json()
                        .get("items")
                        .findValuesAsText("id"))
                .doesNotContain(id);
        assertThat(ownerCommands
                        .send("DELETE", "/api/v1/sessions/" + id + "/permanent", null)
                        .status())
                .isEqualTo(404);
    }

    private static String newNote(String subjective) {
        Api.Response created = ownerCommands.post(
                "/api/v1/sessions",
                Map.of("client_id", clientId, "session_date", "2026-01-06T10:00:00Z", "subjective", subjective));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private static JsonNode findItem(JsonNode page, String id) {
        List<JsonNode> found = new ArrayList<>();
        page.get("items").forEach(item -> {
            if (item.get("id").asText().equals(id)) {
                found.add(item);
            }
        });
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static Api.Response read(Api.Response command, String path) {
        return StackFixture.queries(owner)
                .withHeader("X-Consistency-Position", Long.toString(command.position()))
                .get(path);
    }
}
