package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.session.DeleteSessionCommand;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every status code the session endpoints answer (behaviour.md §1.8 plus decisions.md): refusals, another
 * practice's notes, malformed input (422, never 500), stale versions, the autosave rate limit, list and search.
 */
class SessionEndpointsTest {

    private static Actor owner;
    private static Api commands;
    private static Api queries;
    private static String clientId;

    @BeforeAll
    static void openPractice() {
        owner = StackFixture.newPractice(
                "Note Rules " + UUID.randomUUID().toString().substring(0, 8));
        commands = StackFixture.commands(owner);
        queries = StackFixture.queries(owner);
        clientId = commands.post("/api/v1/clients", Map.of("first_name", "Rina", "last_name", "Gal"))
                .id();
    }

    @Test
    void creatingANoteRefusesBadReferencesAndBadInput() {
        assertThat(create(Map.of("client_id", UUID.randomUUID().toString(), "session_date", "2026-01-01T09:00:00Z"))
                        .status())
                .isEqualTo(404);
        Api.Response appointment = create(Map.of(
                "client_id",
                clientId,
                "session_date",
                "2026-01-01T09:00:00Z",
                "appointment_id",
                UUID.randomUUID().toString()));
        assertThat(appointment.status()).isEqualTo(404);
        assertThat(appointment.json().get("detail").asText()).isEqualTo("Resource not found");
        Api.Response future = create(Map.of(
                "client_id",
                clientId,
                "session_date",
                Instant.now().plus(1, ChronoUnit.DAYS).toString()));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.body()).contains("Session date cannot be in the future");
        assertThat(create(Map.of("session_date", "2026-01-01T09:00:00Z")).status())
                .isEqualTo(422);
        assertThat(create(Map.of("client_id", clientId)).status()).isEqualTo(422);
        assertThat(create(Map.of("client_id", clientId, "session_date", "yesterday"))
                        .status())
                .isEqualTo(422);
        assertThat(create(Map.of("client_id", "nope", "session_date", "2026-01-01T09:00:00Z"))
                        .status())
                .isEqualTo(422);
        assertThat(create(Map.of(
                                "client_id",
                                clientId,
                                "session_date",
                                "2026-01-01T09:00:00Z",
                                "plan",
                                "x".repeat(5001)))
                        .status())
                .isEqualTo(422);
        assertThat(create(Map.of(
                                "client_id", clientId, "session_date", "2026-01-01T09:00:00Z", "duration_minutes", 481))
                        .status())
                .isEqualTo(422);
        assertThat(commands.sendRaw("POST", "/api/v1/sessions", "{not json").status())
                .isEqualTo(422);
    }

    @Test
    void lifecycleRefusalsAnswerTheReferenceStatusCodes() {
        String empty = note(Map.of());
        Api.Response emptyFinalize = commands.post(path(empty, "/finalize"), null);
        assertThat(emptyFinalize.status()).isEqualTo(422);
        assertThat(emptyFinalize.json().get("detail").asText())
                .isEqualTo("Cannot finalize session: at least one SOAP field must have content");
        Api.Response draftUnfinalize = commands.post(path(empty, "/unfinalize"), Map.of("reason", "r"));
        assertThat(draftUnfinalize.status()).isEqualTo(400);
        assertThat(draftUnfinalize.json().get("detail").asText()).isEqualTo("Session is already a draft");
        assertThat(commands.post(path(empty, "/amend"), Map.of("plan", "x", "reason", "r"))
                        .status())
                .isEqualTo(422);

        String note = note(Map.of("plan", "Plan"));
        assertThat(commands.post(path(note, "/finalize"), null).status()).isEqualTo(200);
        Api.Response twice = commands.post(path(note, "/finalize"), null);
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.json().get("detail").asText()).isEqualTo("Session is already finalized");
        assertThat(commands.send("PATCH", path(note, "/draft"), Map.of("plan", "x"))
                        .status())
                .isEqualTo(409);
        Api.Response noReason = commands.post(path(note, "/amend"), Map.of("plan", "x"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().get("errors").findValuesAsText("field")).contains("reason");
        assertThat(commands.post(path(note, "/amend"), Map.of("plan", "x", "reason", "r".repeat(501)))
                        .status())
                .isEqualTo(422);
        assertThat(commands.post(path(note, "/amend"), Map.of("reason", "nothing changes"))
                        .status())
                .isEqualTo(422);
        Map<String, Object> nullDate = new HashMap<>();
        nullDate.put("session_date", null);
        assertThat(commands.put(path(note, ""), nullDate).status()).isEqualTo(422);
        assertThat(commands.send("DELETE", path(note, ""), Map.of("reason", "r".repeat(501)))
                        .status())
                .isEqualTo(422);

        assertThat(commands.send("DELETE", path(note, ""), null).status()).isEqualTo(200);
        assertThat(commands.post(path(note, "/amend"), Map.of("plan", "x", "reason", "r"))
                        .status())
                .isEqualTo(422);
        assertThat(commands.put(path(note, ""), Map.of("plan", "x")).status()).isEqualTo(404);
        assertThat(commands.send("PATCH", path(note, "/draft"), Map.of("plan", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(commands.post(path(note, "/finalize"), null).status()).isEqualTo(404);
        assertThat(commands.post(path(note, "/unfinalize"), Map.of("reason", "r"))
                        .status())
                .isEqualTo(404);
        assertThat(commands.post(path(note, "/restore"), null).status()).isEqualTo(200);
    }

    @Test
    void restoringAfterTheGracePeriodIsGone() {
        String note = note(Map.of("plan", "Old"));
        // the stack runs on the system clock, so this deletion is sent as an edge would have sent it 31 days ago
        Instant longAgo = Instant.now().minus(31, ChronoUnit.DAYS);
        StackFixture.stack()
                .commandService()
                .getBean(CommandGateway.class)
                .sendAndWait(new DeleteSessionCommand(
                        SessionId.of(note), owner.workspaceId(), owner.userId(), null, longAgo, null));
        Api.Response gone = commands.post(path(note, "/restore"), null);
        assertThat(gone.status()).as(gone.toString()).isEqualTo(410);
        assertThat(gone.json().get("detail").asText())
                .startsWith("Session cannot be restored: 30-day grace period "
                        + "has expired. Session was scheduled for permanent deletion on ");
        assertThat(commands.send("DELETE", path(note, "/permanent"), null).status())
                .isEqualTo(200);
    }

    @Test
    void anEmptyUpdateChangesNothingAndAStaleIfMatchIsRefusedWith412() {
        String note = note(Map.of("subjective", "S"));
        Api.Response unchanged = commands.put(path(note, ""), Map.of());
        assertThat(unchanged.status()).isEqualTo(200);
        assertThat(unchanged.json().get("version").asLong()).isEqualTo(1);
        assertThat(commands.withHeader("If-Match", "\"1\"")
                        .put(path(note, ""), Map.of("subjective", "S2"))
                        .status())
                .isEqualTo(200);
        Api.Response stale =
                commands.withHeader("If-Match", "1").send("PATCH", path(note, "/draft"), Map.of("subjective", "lost"));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(commands.withHeader("If-Match", "one")
                        .put(path(note, ""), Map.of("plan", "p"))
                        .status())
                .isEqualTo(422);
        Api.Response read = read(stale(note), path(note, ""));
        assertThat(read.json().get("subjective").asText()).isEqualTo("S2");
        assertThat(read.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void theSixtyFirstAutosaveOfAMinuteIsRefusedWith429BeforeTheLookup() {
        String note = note(Map.of("subjective", "S"));
        for (int i = 0; i < 60; i++) {
            assertThat(commands.send("PATCH", path(note, "/draft"), Map.of()).status())
                    .isEqualTo(200);
        }
        Api.Response limited = commands.send("PATCH", path(note, "/draft"), Map.of("subjective", "S2"));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().get("detail").asText())
                .isEqualTo("Rate limit exceeded. Maximum 60 autosave requests per minute per session.");
        assertThat(commands.put(path(note, ""), Map.of("subjective", "S3")).status())
                .isEqualTo(200);
    }

    @Test
    void anotherPracticesNoteIsNotFoundOnEveryEndpoint() {
        String note = note(Map.of("plan", "Mine"));
        Api.Response finalized = commands.post(path(note, "/finalize"), null);
        Actor stranger = StackFixture.newPractice(
                "Note Stranger " + UUID.randomUUID().toString().substring(0, 8));
        Api theirWrites = StackFixture.commands(stranger);
        Api theirReads = StackFixture.queries(stranger)
                .withHeader("X-Consistency-Position", Long.toString(finalized.position()));
        Map<String, Object> change = Map.of("plan", "Stolen", "reason", "r");
        assertThat(theirReads.get(path(note, "")).status()).isEqualTo(404);
        assertThat(theirReads.get(path(note, "?as_of=" + Instant.now())).status())
                .isEqualTo(404);
        assertThat(theirReads.get(path(note, "/versions")).status()).isEqualTo(404);
        assertThat(theirReads.get(path(note, "/history")).status()).isEqualTo(404);
        assertThat(theirReads.get("/api/v1/sessions?client_id=" + clientId).status())
                .isEqualTo(404);
        assertThat(theirReads
                        .get("/api/v1/sessions/clients/" + clientId + "/latest-finalized")
                        .status())
                .isEqualTo(404);
        assertThat(theirWrites.put(path(note, ""), change).status()).isEqualTo(404);
        assertThat(theirWrites.send("PATCH", path(note, "/draft"), change).status())
                .isEqualTo(404);
        assertThat(theirWrites.post(path(note, "/amend"), change).status()).isEqualTo(404);
        assertThat(theirWrites.post(path(note, "/finalize"), null).status()).isEqualTo(404);
        assertThat(theirWrites.post(path(note, "/unfinalize"), null).status()).isEqualTo(404);
        assertThat(theirWrites.send("DELETE", path(note, ""), null).status()).isEqualTo(404);
        assertThat(theirWrites.post(path(note, "/restore"), null).status()).isEqualTo(404);
        assertThat(theirWrites.send("DELETE", path(note, "/permanent"), null).status())
                .isEqualTo(404);
        assertThat(StackFixture.commands(stranger)
                        .post("/api/v1/sessions", Map.of("client_id", clientId, "session_date", "2026-01-01T09:00:00Z"))
                        .status())
                .isEqualTo(404);
        assertThat(read(finalized, path(note, "")).json().get("plan").asText()).isEqualTo("Mine");
    }

    @Test
    void listingNeedsAClientOrAppointmentAndValidParameters() {
        assertThat(queries.get("/api/v1/sessions").status()).isEqualTo(400);
        assertThat(queries.get("/api/v1/sessions?client_id=" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
        assertThat(queries.get("/api/v1/sessions?appointment_id=" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
        assertThat(queries.get("/api/v1/sessions?client_id=" + clientId + "&search=")
                        .status())
                .isEqualTo(422);
        assertThat(queries.get("/api/v1/sessions?client_id=" + clientId + "&search=" + "x".repeat(201))
                        .status())
                .isEqualTo(422);
        assertThat(queries.get("/api/v1/sessions?client_id=" + clientId + "&page_size=101")
                        .status())
                .isEqualTo(422);
        assertThat(queries.get("/api/v1/sessions?client_id=nope").status()).isEqualTo(422);
        assertThat(queries.get("/api/v1/sessions?client_id=" + clientId + "&is_draft=maybe")
                        .status())
                .isEqualTo(422);
        assertThat(queries.get("/api/v1/sessions/not-a-uuid").status()).isEqualTo(422);
        assertThat(queries.get(path(UUID.randomUUID().toString(), "")).status()).isEqualTo(404);
        assertThat(queries.get(path(UUID.randomUUID().toString(), "?as_of=noon"))
                        .status())
                .isEqualTo(422);
        assertThat(commands.post(path("not-a-uuid", "/finalize"), null).status())
                .isEqualTo(422);
    }

    @Test
    void listSearchAndLatestFinalizedFollowTheReference() {
        Api.Response registered = commands.post("/api/v1/clients", Map.of("first_name", "Tal", "last_name", "Or"));
        String otherClient = registered.id();
        Api.Response none = read(registered, "/api/v1/sessions/clients/" + otherClient + "/latest-finalized");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.json().get("detail").asText()).isEqualTo("No finalized sessions found for this client");
        String older = create(Map.of(
                        "client_id",
                        otherClient,
                        "session_date",
                        "2025-12-01T09:00:00Z",
                        "subjective",
                        "Lower BACK pain",
                        "objective",
                        "limited flexion"))
                .id();
        String newer = create(Map.of(
                        "client_id", otherClient, "session_date", "2025-12-10T09:00:00Z", "plan", "Heat 100% & rest"))
                .id();
        String draft = create(
                        Map.of("client_id", otherClient, "session_date", "2025-12-20T09:00:00Z", "plan", "Draft only"))
                .id();
        commands.post(path(older, "/finalize"), null);
        Api.Response last = commands.post(path(newer, "/finalize"), null);

        JsonNode all = read(last, "/api/v1/sessions?client_id=" + otherClient).json();
        assertThat(all.get("items").findValuesAsText("id")).containsExactly(draft, newer, older);
        assertThat(all.get("total").asInt()).isEqualTo(3);
        assertThat(read(last, "/api/v1/sessions?client_id=" + otherClient + "&is_draft=true")
                        .json()
                        .get("items")
                        .findValuesAsText("id"))
                .containsExactly(draft);
        JsonNode paged = read(last, "/api/v1/sessions?client_id=" + otherClient + "&page=2&page_size=2")
                .json();
        assertThat(paged.get("items").findValuesAsText("id")).containsExactly(older);
        assertThat(paged.get("total_pages").asInt()).isEqualTo(2);
        assertThat(read(last, "/api/v1/sessions?client_id=" + otherClient + "&search=pain%20limited")
                        .json()
                        .get("items")
                        .findValuesAsText("id"))
                .containsExactly(older);
        assertThat(read(last, "/api/v1/sessions?client_id=" + otherClient + "&search=100%25%20%26")
                        .json()
                        .get("items")
                        .findValuesAsText("id"))
                .containsExactly(newer);
        assertThat(read(last, "/api/v1/sessions/clients/" + otherClient + "/latest-finalized")
                        .json()
                        .get("id")
                        .asText())
                .isEqualTo(newer);
        assertThat(read(last, path(draft, "/versions")).json()).isEmpty();
    }

    private static Api.Response create(Map<String, ?> body) {
        return commands.post("/api/v1/sessions", body);
    }

    private static String note(Map<String, String> soap) {
        Map<String, Object> body = new HashMap<>(soap);
        body.put("client_id", clientId);
        body.put("session_date", "2026-01-02T09:00:00Z");
        Api.Response created = create(body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private static String path(String id, String rest) {
        return "/api/v1/sessions/" + id + rest;
    }

    private static Api.Response stale(String note) {
        return commands.put(path(note, ""), Map.of());
    }

    private static Api.Response read(Api.Response command, String path) {
        return queries.withHeader("X-Consistency-Position", Long.toString(command.position()))
                .get(path);
    }
}
