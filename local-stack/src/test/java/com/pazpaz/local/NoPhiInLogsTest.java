package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.pazpaz.infra.security.Actor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sends requests whose every value carries a marker, valid ones and every kind of invalid one, and makes a
 * request fail with a 500 on tampered ciphertext. The marker must reach no log line, no logged argument, no
 * MDC value and no logged exception; the 500's error line must carry the request's correlation id.
 */
class NoPhiInLogsTest {

    private static final String MARKER =
            "PHIMARK" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

    @Test
    void noSubmittedValueReachesTheLogsAndErrorLinesCarryTheCorrelationId() throws Exception {
        Actor owner = StackFixture.newPractice(
                "Log Practice " + UUID.randomUUID().toString().substring(0, 8));
        Api commands = StackFixture.commands(owner);
        String correlationId = "nophi-" + UUID.randomUUID();
        List<ILoggingEvent> events;
        try (LogCapture logs = new LogCapture()) {
            Api.Response registered = sendValidAndInvalidRequests(commands);
            Api reads = StackFixture.queries(owner)
                    .withHeader("X-Consistency-Position", Long.toString(registered.position()));
            sendInvalidQueries(reads);
            moveCiphertextToAnotherColumn(registered.id());
            Api.Response failed =
                    reads.withHeader("X-Correlation-Id", correlationId).get("/api/v1/clients/" + registered.id());
            assertThat(failed.status()).as(failed.toString()).isEqualTo(500);
            assertThat(failed.body()).doesNotContainIgnoringCase(MARKER);
            events = logs.events();
        }
        assertThat(events).as("captured log events").isNotEmpty();
        assertThat(events)
                .allSatisfy(event -> assertThat(LogCapture.fullText(event)).doesNotContainIgnoringCase(MARKER));
        assertThat(events)
                .filteredOn(event -> event.getLevel() == Level.ERROR)
                .as("the 500's error line, with the request's correlation id")
                .anySatisfy(
                        event -> assertThat(event.getMDCPropertyMap()).containsEntry("correlationId", correlationId));
    }

    private static Api.Response sendValidAndInvalidRequests(Api commands) {
        Api.Response registered = commands.post(
                "/api/v1/clients",
                Map.ofEntries(
                        Map.entry("first_name", MARKER + "first"),
                        Map.entry("last_name", MARKER + "last"),
                        Map.entry("email", MARKER.toLowerCase() + "@example.org"),
                        Map.entry("phone", MARKER + "p"),
                        Map.entry("address", MARKER),
                        Map.entry("medical_history", MARKER),
                        Map.entry("notes", MARKER),
                        Map.entry("tags", List.of("t"))));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String client = "/api/v1/clients/" + registered.id();
        List<Api.Response> refused = List.of(
                commands.post("/api/v1/clients", Map.of("first_name", MARKER, "last_name", "L", "email", MARKER)),
                commands.post(
                        "/api/v1/clients", Map.of("first_name", MARKER, "last_name", "L", "date_of_birth", MARKER)),
                commands.post("/api/v1/clients", Map.of("first_name", MARKER + "x".repeat(300), "last_name", "L")),
                commands.post("/api/v1/clients", Map.of("first_name", Map.of("nested", MARKER), "last_name", "L")),
                commands.post("/api/v1/clients", Map.of("first_name", "F", "last_name", "L", "tags", MARKER)),
                commands.post(
                        "/api/v1/clients",
                        Map.of("first_name", "F", "last_name", "L", "tags", List.of(MARKER.repeat(10)))),
                commands.sendRaw("POST", "/api/v1/clients", "{\"first_name\": \"" + MARKER + "\", \"last_name\": "),
                commands.sendRaw("POST", "/api/v1/clients", "{\"first_name\": " + MARKER + "}"),
                commands.withHeader("If-Match", MARKER).put(client, Map.of("first_name", "F")),
                commands.put(client, Map.of("email", MARKER + "@@")),
                commands.put("/api/v1/clients/" + MARKER, Map.of("first_name", MARKER)),
                commands.delete("/api/v1/clients/" + MARKER),
                new Api(StackFixture.stack().commandBaseUrl(), MARKER).post("/api/v1/clients", Map.of()));
        assertThat(refused).allSatisfy(response -> {
            assertThat(response.status()).as(response.toString()).isBetween(400, 499);
            assertNotEchoed(response);
        });
        return registered;
    }

    private static void sendInvalidQueries(Api reads) {
        List<Api.Response> refused = List.of(
                reads.get("/api/v1/clients/" + MARKER),
                reads.get("/api/v1/clients?page=" + MARKER),
                reads.get("/api/v1/clients?page_size=" + MARKER),
                reads.withHeader("X-Consistency-Position", MARKER).get("/api/v1/clients"));
        assertThat(refused).allSatisfy(response -> {
            assertThat(response.status()).as(response.toString()).isBetween(400, 499);
            assertNotEchoed(response);
        });
        // an unknown path is named back to its caller in the answer, but must not be logged either
        assertThat(reads.get("/api/v1/" + MARKER).status()).isEqualTo(404);
    }

    /** The problem's explanation never repeats a submitted value ({@code instance}, the caller's own URL, may). */
    private static void assertNotEchoed(Api.Response problem) {
        assertThat(problem.json().path("detail").asText() + problem.json().path("errors"))
                .doesNotContainIgnoringCase(MARKER);
    }

    /** A ciphertext copied into another column fails authentication: an internal error, as tampering would be. */
    private static void moveCiphertextToAnotherColumn(String clientId) throws Exception {
        try (Connection db = StackFixture.database();
                PreparedStatement update =
                        db.prepareStatement("UPDATE public.clients SET first_name = last_name WHERE id = ?::uuid")) {
            update.setString(1, clientId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
