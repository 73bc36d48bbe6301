package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.infra.security.Actor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Appointments through both services over HTTP (behaviour.md §1.5, §2.7–§2.9), conflicts under concurrency. */
class AppointmentsEndToEndTest {

    private static Actor owner;
    private static Api commands;
    private static Api queries;
    private static String clientId;

    @BeforeAll
    static void openPractice() {
        owner = StackFixture.newPractice(
                "Calendar Practice " + UUID.randomUUID().toString().substring(0, 8));
        commands = StackFixture.commands(owner);
        queries = StackFixture.queries(owner);
        clientId = commands.post("/api/v1/clients", Map.of("first_name", "john", "last_name", "Doe"))
                .id();
    }

    /** A fresh day far from the other tests' appointments, so that each test owns its calendar. */
    private static Instant day() {
        return Instant.parse("2030-01-01T00:00:00Z")
                .plusSeconds(86_400L * (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 20_000));
    }

    private static Map<String, Object> booking(Instant start, int minutes) {
        Map<String, Object> body = new HashMap<>();
        body.put("client_id", clientId);
        body.put("scheduled_start", start.toString());
        body.put("scheduled_end", start.plusSeconds(60L * minutes).toString());
        body.put("location_type", "clinic");
        return body;
    }

    /** The appointments' own ids (each item also holds its client's id). */
    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static Api readAt(Api.Response write) {
        return queries.withHeader("X-Consistency-Position", Long.toString(write.position()));
    }

    @Test
    void scheduleReadEditAndDeleteAnAppointment() throws Exception {
        Instant start = day().plusSeconds(9 * 3600);
        Map<String, Object> body = booking(start, 60);
        body.put("notes", "Lower back pain, second visit");
        body.put("location_details", "Room 3");
        Api.Response created = commands.post("/api/v1/appointments", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.id();
        JsonNode read = readAt(created).get("/api/v1/appointments/" + id).json();
        assertThat(read.get("status").asText()).isEqualTo("scheduled");
        assertThat(read.get("location_type").asText()).isEqualTo("clinic");
        assertThat(read.get("notes").asText()).isEqualTo("Lower back pain, second visit");
        assertThat(read.get("edit_count").asInt()).isZero();
        assertThat(read.get("edited_at").isNull()).isTrue();
        assertThat(read.get("client").get("full_name").asText()).isEqualTo("john Doe");
        assertThat(read.get("scheduled_start").asText()).isEqualTo(start.toString());
        try (Connection db = StackFixture.database();
                ResultSet rs = db.createStatement()
                        .executeQuery(
                                "SELECT notes, location_details, status, location_type FROM appointments WHERE id = '"
                                        + id + "'")) {
            rs.next();
            assertThat(rs.getString(1)).doesNotContain("back pain");
            assertThat(rs.getString(2)).doesNotContain("Room 3");
            assertThat(rs.getString(3)).isEqualTo("SCHEDULED");
            assertThat(rs.getString(4)).isEqualTo("CLINIC");
        }

        Api.Response unchanged = commands.put(
                "/api/v1/appointments/" + id,
                Map.of("notes", "Lower back pain, second visit", "location_type", "clinic"));
        assertThat(unchanged.status()).isEqualTo(200);
        assertThat(readAt(unchanged)
                        .get("/api/v1/appointments/" + id)
                        .json()
                        .get("edit_count")
                        .asInt())
                .isZero();

        Api.Response edited =
                commands.put("/api/v1/appointments/" + id, Map.of("status", "no_show", "notes", "Did not come"));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        JsonNode after = readAt(edited).get("/api/v1/appointments/" + id).json();
        assertThat(after.get("edit_count").asInt()).isEqualTo(1);
        assertThat(after.get("edited_at").asText()).endsWith("Z");
        assertThat(after.get("status").asText()).isEqualTo("no_show");
        assertThat(after.get("notes").asText()).isEqualTo("Did not come");

        Api.Response deleted = commands.send(
                "DELETE",
                "/api/v1/appointments/" + id,
                Map.of("reason", "entered twice", "session_note_action", "keep"));
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(readAt(deleted).get("/api/v1/appointments/" + id).status()).isEqualTo(404);
        assertThat(commands.delete("/api/v1/appointments/" + id).status()).isEqualTo(404);
        assertThat(commands.put("/api/v1/appointments/" + id, Map.of("status", "cancelled"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void overlappingBookingsAreRefusedWithTheConflictsListed() {
        Instant start = day().plusSeconds(9 * 3600);
        Api.Response first = commands.post("/api/v1/appointments", booking(start, 60));
        assertThat(first.status()).isEqualTo(201);
        Api.Response overlapping = commands.post("/api/v1/appointments", booking(start.plusSeconds(1800), 60));
        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.json().get("detail").asText())
                .isEqualTo("Appointment conflicts with existing appointments");
        JsonNode conflict = overlapping.json().get("conflicting_appointments").get(0);
        assertThat(conflict.get("id").asText()).isEqualTo(first.id());
        assertThat(conflict.get("status").asText()).isEqualTo("scheduled");
        assertThat(conflict.get("scheduled_start").asText()).isEqualTo(start.toString());

        Api.Response backToBack = commands.post("/api/v1/appointments", booking(start.plusSeconds(3600), 30));
        assertThat(backToBack.status()).as("back-to-back is allowed (R-APT-2)").isEqualTo(201);

        JsonNode check = readAt(backToBack)
                .get("/api/v1/appointments/conflicts?scheduled_start=" + start.plusSeconds(600) + "&scheduled_end="
                        + start.plusSeconds(4000))
                .json();
        assertThat(check.get("has_conflict").asBoolean()).isTrue();
        assertThat(check.get("conflicting_appointments").findValuesAsText("client_initials"))
                .containsOnly("J.D.");
        assertThat(check.get("conflicting_appointments").findValuesAsText("id"))
                .containsExactlyInAnyOrder(first.id(), backToBack.id());
        assertThat(readAt(backToBack)
                        .get("/api/v1/appointments/conflicts?scheduled_start=" + start + "&scheduled_end="
                                + start.plusSeconds(60) + "&exclude_appointment_id=" + first.id())
                        .json()
                        .get("has_conflict")
                        .asBoolean())
                .isFalse();

        Api.Response cancelled = commands.put("/api/v1/appointments/" + first.id(), Map.of("status", "cancelled"));
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(commands.post("/api/v1/appointments", booking(start, 30)).status())
                .as("a cancelled appointment never conflicts")
                .isEqualTo(201);
    }

    @Test
    void aRescheduleIntoATakenSlotIsRefusedUnlessTheCallerKeepsBoth() {
        Instant start = day().plusSeconds(9 * 3600);
        String taken = commands.post("/api/v1/appointments", booking(start, 60)).id();
        String moving = commands.post("/api/v1/appointments", booking(start.plusSeconds(7200), 60))
                .id();
        Map<String, Object> move = Map.of(
                "scheduled_start",
                start.plusSeconds(1800).toString(),
                "scheduled_end",
                start.plusSeconds(5400).toString());
        Api.Response refused = commands.put("/api/v1/appointments/" + moving, move);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText())
                .isEqualTo("Updated time conflicts with existing appointments");
        assertThat(refused.json().get("conflicting_appointments").findValuesAsText("id"))
                .containsExactly(taken);
        Api.Response kept = commands.put("/api/v1/appointments/" + moving + "?allow_conflict=true", move);
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(readAt(kept)
                        .get("/api/v1/appointments/" + moving)
                        .json()
                        .get("edit_count")
                        .asInt())
                .isEqualTo(1);
        assertThat(commands.post("/api/v1/appointments", booking(start.plusSeconds(4000), 30))
                        .status())
                .as("a kept overlap still blocks new bookings")
                .isEqualTo(409);
        Api.Response inverted =
                commands.put("/api/v1/appointments/" + moving, Map.of("scheduled_end", start.toString()));
        assertThat(inverted.status()).isEqualTo(422);
        assertThat(inverted.json().get("detail").asText()).isEqualTo("scheduled_end must be after scheduled_start");
    }

    @Test
    void manySimultaneousOverlappingBookingsLetExactlyOneWin() throws Exception {
        Instant start = day().plusSeconds(14 * 3600);
        int attempts = 12;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch ready = new CountDownLatch(attempts);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Api.Response>> results = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            Instant offset = start.plusSeconds(60L * i);
            results.add(CompletableFuture.supplyAsync(
                    () -> {
                        ready.countDown();
                        try {
                            go.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return commands.post("/api/v1/appointments", booking(offset, 45));
                    },
                    pool));
        }
        ready.await(10, TimeUnit.SECONDS);
        go.countDown();
        List<Api.Response> responses =
                results.stream().map(CompletableFuture::join).toList();
        pool.shutdown();
        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() == 409).hasSize(attempts - 1);
        String winner = responses.stream()
                .filter(r -> r.status() == 201)
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(responses)
                .filteredOn(r -> r.status() == 409)
                .allSatisfy(
                        r -> assertThat(r.json().get("conflicting_appointments").findValuesAsText("id"))
                                .containsExactly(winner));
    }

    @Test
    void simultaneousBookingsOnTwoCommandServiceInstancesLetExactlyOneWin() throws Exception {
        Instant start = day().plusSeconds(14 * 3600);
        try (var second = StackFixture.stack().startAnotherCommandService()) {
            Api other = new Api(LocalStack.baseUrlOf(second), StackFixture.tokenFor(owner));
            int attempts = 10;
            ExecutorService pool = Executors.newFixedThreadPool(attempts);
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<Api.Response>> results = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                Api instance = i % 2 == 0 ? commands : other;
                Instant offset = start.plusSeconds(60L * i);
                results.add(CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                go.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return instance.post("/api/v1/appointments", booking(offset, 45));
                        },
                        pool));
            }
            go.countDown();
            List<Api.Response> responses =
                    results.stream().map(CompletableFuture::join).toList();
            pool.shutdown();
            assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
            assertThat(responses).filteredOn(r -> r.status() == 409).hasSize(attempts - 1);
        }
    }

    @Test
    void asOfAnswersTheAppointmentAsItStoodFromItsEvents() throws InterruptedException {
        Instant start = day().plusSeconds(11 * 3600);
        Api.Response booked = commands.post("/api/v1/appointments", booking(start, 60));
        Thread.sleep(30);
        Instant beforeMove = Instant.now();
        Thread.sleep(30);
        Api.Response moved = commands.put(
                "/api/v1/appointments/" + booked.id(),
                Map.of(
                        "scheduled_start",
                        start.plusSeconds(7200).toString(),
                        "scheduled_end",
                        start.plusSeconds(10800).toString()));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        Api reads = queries.withHeader("X-Consistency-Position", Long.toString(moved.position()));
        assertThat(Instant.parse(reads.get("/api/v1/appointments/" + booked.id() + "?as_of=" + beforeMove)
                        .json()
                        .get("scheduled_start")
                        .asText()))
                .isEqualTo(start);
        assertThat(Instant.parse(reads.get("/api/v1/appointments/" + booked.id())
                        .json()
                        .get("scheduled_start")
                        .asText()))
                .isEqualTo(start.plusSeconds(7200));
        assertThat(reads.get("/api/v1/appointments/" + booked.id() + "?as_of=2000-01-01T00:00:00Z")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void statusRulesAndListFilters() {
        Instant start = day().plusSeconds(8 * 3600);
        Api.Response booked = commands.post("/api/v1/appointments", booking(start, 30));
        String id = booked.id();
        assertThat(commands.put("/api/v1/appointments/" + id, Map.of("status", "completed"))
                        .status())
                .isEqualTo(200);
        Api.Response back = commands.put("/api/v1/appointments/" + id, Map.of("status", "scheduled"));
        assertThat(back.status()).isEqualTo(400);
        assertThat(back.json().get("detail").asText()).startsWith("Cannot change completed appointment back");
        Api.Response other = commands.post("/api/v1/appointments", booking(start.plusSeconds(3600), 30));
        Api read = readAt(other);
        String range = "start_date=" + start + "&end_date=" + start.plusSeconds(3600);
        JsonNode both = read.get("/api/v1/appointments?" + range).json();
        assertThat(ids(both)).containsExactly(other.id(), id);
        assertThat(ids(read.get("/api/v1/appointments?" + range + "&status=completed")
                        .json()))
                .containsExactly(id);
        assertThat(read.get("/api/v1/appointments?" + range + "&client_id=" + clientId)
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(2);
        assertThat(read.get("/api/v1/appointments?client_id=" + UUID.randomUUID())
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(read.get("/api/v1/appointments?status=done").status()).isEqualTo(422);
        assertThat(read.get("/api/v1/appointments?start_date=yesterday").status())
                .isEqualTo(422);
    }

    @Test
    void anotherPracticesAppointmentsAndClientsAreNotFound() {
        Api.Response mine = commands.post("/api/v1/appointments", booking(day(), 30));
        Actor stranger = StackFixture.newPractice(
                "Stranger Cal " + UUID.randomUUID().toString().substring(0, 8));
        Api reads = StackFixture.queries(stranger).withHeader("X-Consistency-Position", Long.toString(mine.position()));
        Api writes = StackFixture.commands(stranger);
        String path = "/api/v1/appointments/" + mine.id();
        assertThat(reads.get(path).status()).isEqualTo(404);
        assertThat(writes.put(path, Map.of("status", "cancelled")).status()).isEqualTo(404);
        assertThat(writes.delete(path).status()).isEqualTo(404);
        assertThat(writes.post("/api/v1/appointments", booking(day(), 30)).status())
                .as("booking another practice's client")
                .isEqualTo(404);
        Instant start = Instant.parse("2020-01-01T00:00:00Z");
        assertThat(reads.get("/api/v1/appointments/conflicts?scheduled_start=" + start + "&scheduled_end="
                                + start.plusSeconds(1))
                        .json()
                        .get("has_conflict")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void malformedInputIsAnswered422() {
        Instant start = day();
        Map<String, Object> inverted = booking(start, 30);
        inverted.put("scheduled_end", start.minusSeconds(60).toString());
        assertThat(commands.post("/api/v1/appointments", inverted).status()).isEqualTo(422);
        Map<String, Object> badType = booking(start, 30);
        badType.put("location_type", "beach");
        assertThat(commands.post("/api/v1/appointments", badType).status()).isEqualTo(422);
        Map<String, Object> badId = booking(start, 30);
        badId.put("client_id", "123");
        assertThat(commands.post("/api/v1/appointments", badId).status()).isEqualTo(422);
        Map<String, Object> noClient = booking(start, 30);
        noClient.remove("client_id");
        assertThat(commands.post("/api/v1/appointments", noClient).status()).isEqualTo(422);
        String id = commands.post("/api/v1/appointments", booking(start, 30)).id();
        Map<String, Object> nullStart = new HashMap<>();
        nullStart.put("scheduled_start", null);
        assertThat(commands.put("/api/v1/appointments/" + id, nullStart).status())
                .isEqualTo(422);
        assertThat(commands.put("/api/v1/appointments/" + id, Map.of("status", "done"))
                        .status())
                .isEqualTo(422);
        assertThat(commands.send("DELETE", "/api/v1/appointments/" + id, Map.of("session_note_action", "burn"))
                        .status())
                .isEqualTo(422);
        assertThat(commands.send("DELETE", "/api/v1/appointments/" + id, Map.of("reason", "x".repeat(501)))
                        .status())
                .isEqualTo(422);
        assertThat(queries.get("/api/v1/appointments/conflicts?scheduled_start=" + start)
                        .status())
                .isEqualTo(422);
        Api.Response backwards =
                queries.get("/api/v1/appointments/conflicts?scheduled_start=" + start + "&scheduled_end=" + start);
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(queries.get("/api/v1/appointments/not-a-uuid").status()).isEqualTo(422);
    }
}
