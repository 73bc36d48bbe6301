package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.command.series.SeriesHorizonJob;
import com.pazpaz.infra.security.Actor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Series of recurring appointments through both services on the real PostgreSQL of the local stack: the local time
 * kept across daylight saving, collisions answered and skipped on request, two overlapping series booked at once,
 * cancelling the rest, the 12-month horizon and its extension, the week calendar, isolation and validation.
 */
class AppointmentSeriesEndToEndTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aWeeklyTenOClockSeriesStaysAtTenAcrossDaylightSavingAndShowsInTheWeekCalendar() {
        Practice practice = new Practice("Series DST");
        // British Summer Time starts on 28 March 2027
        Api.Response booked =
                practice.book(series(practice.client, "FREQ=WEEKLY;BYDAY=MO;COUNT=4", "2027-03-15T10:00:00", null));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        assertThat(booked.header("Location")).endsWith("/api/v1/appointment-series/" + booked.id());
        JsonNode occurrences = booked.json().get("occurrences");
        assertThat(occurrences.findValuesAsText("scheduled_start"))
                .containsExactly(
                        "2027-03-15T10:00:00Z", "2027-03-22T10:00:00Z", "2027-03-29T09:00:00Z", "2027-04-05T09:00:00Z");
        occurrences.forEach(occurrence -> assertThat(
                        Instant.parse(occurrence.get("scheduled_start").asText())
                                .atZone(LONDON)
                                .toLocalTime())
                .isEqualTo(LocalTime.of(10, 0)));

        JsonNode week = practice.read(
                        booked,
                        "/api/v1/appointments?start_date=2027-03-29T00:00:00Z" + "&end_date=2027-04-04T23:59:59Z")
                .json();
        assertThat(week.get("total").asInt()).isEqualTo(1);
        JsonNode appointment = week.get("items").get(0);
        assertThat(appointment.get("id").asText())
                .isEqualTo(occurrences.get(2).get("appointment_id").asText());
        assertThat(appointment.get("scheduled_start").asText()).isEqualTo("2027-03-29T09:00:00Z");
        assertThat(appointment.get("status").asText()).isEqualTo("scheduled");

        JsonNode series = practice.read(booked, "/api/v1/appointment-series/" + booked.id())
                .json();
        assertThat(series.get("rule").asText()).isEqualTo("FREQ=WEEKLY;BYDAY=MO;COUNT=4");
        assertThat(series.get("time_zone").asText()).isEqualTo("Europe/London");
        assertThat(series.get("occurrences")).hasSize(4);
        assertThat(series.get("open").asBoolean()).isFalse();

        // an occurrence is an ordinary appointment: edit just this one
        Api.Response moved = practice.commands.put(
                "/api/v1/appointments/" + appointment.get("id").asText(),
                Map.of("scheduled_start", "2027-03-29T13:00:00Z", "scheduled_end", "2027-03-29T13:50:00Z"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    }

    @Test
    void aSeriesThatCollidesIsRefusedWithTheCollisionsOrBookedAroundThemOnRequest() {
        Practice practice = new Practice("Series Conflict");
        Api.Response single = practice.commands.post(
                "/api/v1/appointments",
                Map.of(
                        "client_id",
                        practice.client,
                        "scheduled_start",
                        "2027-05-17T09:30:00Z",
                        "scheduled_end",
                        "2027-05-17T10:30:00Z",
                        "location_type",
                        "clinic"));
        assertThat(single.status()).as(single.toString()).isEqualTo(201);
        Map<String, Object> body = series(practice.client, "FREQ=WEEKLY;BYDAY=MO;COUNT=3", "2027-05-10T10:00:00", null);
        body.put("time_zone", "UTC");
        Api.Response refused = practice.book(body);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        JsonNode collisions = refused.json().get("conflicting_occurrences");
        assertThat(collisions).hasSize(1);
        assertThat(collisions.get(0).get("scheduled_start").asText()).isEqualTo("2027-05-17T10:00:00Z");
        assertThat(collisions
                        .get(0)
                        .get("conflicting_appointments")
                        .get(0)
                        .get("id")
                        .asText())
                .isEqualTo(single.id());

        body.put("conflicts", "skip");
        Api.Response skipped = practice.book(body);
        assertThat(skipped.status()).as(skipped.toString()).isEqualTo(201);
        assertThat(skipped.json().get("occurrences").findValuesAsText("scheduled_start"))
                .containsExactly("2027-05-10T10:00:00Z", "2027-05-24T10:00:00Z");
        assertThat(skipped.json().get("skipped").get(0).asText()).isEqualTo("2027-05-17T10:00:00Z");
    }

    @Test
    void twoOverlappingSeriesBookedAtOnceNeverBothGetASlot() throws Exception {
        Practice practice = new Practice("Series Race");
        String otherClient = practice.commands
                .post("/api/v1/clients", Map.of("first_name", "Other", "last_name", "Client"))
                .id();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                String start = "2027-0" + (round + 1) + "-04T08:00:00";
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Api.Response>> answers = new ArrayList<>();
                for (String client : List.of(practice.client, otherClient)) {
                    Map<String, Object> body = series(client, "FREQ=WEEKLY;COUNT=3", start, null);
                    body.put("time_zone", "UTC");
                    answers.add(pool.submit((Callable<Api.Response>) () -> {
                        together.await();
                        return practice.book(body);
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Api.Response> answer : answers) {
                    statuses.add(answer.get().status());
                }
                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(201, 409);
            }
        } finally {
            pool.shutdownNow();
        }
        // every slot of the practice is held once: 4 rounds of one 3-week series
        assertThat(StackFixture.count(
                        "command_model.appointment_slots WHERE workspace_id = '" + practice.owner.workspaceId() + "'"))
                .isEqualTo(12);
        assertThat(StackFixture.single("SELECT count(*) FROM command_model.appointment_slots a"
                        + " JOIN command_model.appointment_slots b ON a.workspace_id = b.workspace_id"
                        + " AND a.appointment_id < b.appointment_id"
                        + " AND tstzrange(a.scheduled_start, a.scheduled_end) && tstzrange(b.scheduled_start, b.scheduled_end)"
                        + " WHERE a.workspace_id = '" + practice.owner.workspaceId() + "'"))
                .isEqualTo("0");
    }

    @Test
    void cancellingTheRestCancelsTheLaterOccurrencesAndEndsTheSeries() {
        Practice practice = new Practice("Series Cancel");
        Map<String, Object> body =
                series(practice.client, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=4", "2027-06-01T15:00:00", null);
        body.put("time_zone", "UTC");
        Api.Response booked = practice.book(body);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        JsonNode occurrences = booked.json().get("occurrences");
        Api.Response cancelled = practice.commands.post(
                "/api/v1/appointment-series/" + booked.id() + "/cancel",
                Map.of("from", occurrences.get(2).get("scheduled_start").asText()));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("cancelled")).hasSize(2);
        for (int i = 0; i < 4; i++) {
            String status = practice.read(
                            cancelled,
                            "/api/v1/appointments/"
                                    + occurrences.get(i).get("appointment_id").asText())
                    .json()
                    .get("status")
                    .asText();
            assertThat(status).as("occurrence " + i).isEqualTo(i < 2 ? "scheduled" : "cancelled");
        }
        JsonNode series = practice.read(cancelled, "/api/v1/appointment-series/" + booked.id())
                .json();
        assertThat(series.get("open").asBoolean()).isFalse();
        assertThat(series.get("occurrences").findValuesAsText("cancelled_with_series"))
                .containsExactly("false", "false", "true", "true");
        assertThat(practice.commands
                        .post(
                                "/api/v1/appointment-series/" + booked.id() + "/cancel",
                                Map.of("from", "2027-01-01T00:00:00Z"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void thisAndTheFollowingOccurrencesMoveToANewLocalTimeAndAllOfThemToo() {
        Practice practice = new Practice("Series Move");
        Api.Response booked =
                practice.book(series(practice.client, "FREQ=WEEKLY;BYDAY=TH;COUNT=4", "2027-03-18T10:00:00", null));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        JsonNode occurrences = booked.json().get("occurrences");
        Api.Response following = practice.commands.put(
                "/api/v1/appointment-series/" + booked.id() + "/occurrences",
                Map.of(
                        "from",
                        occurrences.get(1).get("scheduled_start").asText(),
                        "start_time",
                        "16:30",
                        "duration_minutes",
                        60));
        assertThat(following.status()).as(following.toString()).isEqualTo(200);
        // 16:30 in London is 16:30Z before 28 March 2027 and 15:30Z after it
        assertThat(following.json().get("occurrences").findValuesAsText("scheduled_start"))
                .containsExactly("2027-03-25T16:30:00Z", "2027-04-01T15:30:00Z", "2027-04-08T15:30:00Z");
        JsonNode first = practice.read(
                        following,
                        "/api/v1/appointments/"
                                + occurrences.get(0).get("appointment_id").asText())
                .json();
        assertThat(first.get("scheduled_start").asText()).isEqualTo("2027-03-18T10:00:00Z");
        JsonNode second = practice.read(
                        following,
                        "/api/v1/appointments/"
                                + occurrences.get(1).get("appointment_id").asText())
                .json();
        assertThat(second.get("scheduled_start").asText()).isEqualTo("2027-03-25T16:30:00Z");
        assertThat(second.get("scheduled_end").asText()).isEqualTo("2027-03-25T17:30:00Z");

        Api.Response blocker = practice.commands.post(
                "/api/v1/appointments",
                Map.of(
                        "client_id",
                        practice.client,
                        "scheduled_start",
                        "2027-04-08T07:00:00Z",
                        "scheduled_end",
                        "2027-04-08T08:00:00Z",
                        "location_type",
                        "clinic"));
        assertThat(blocker.status()).isEqualTo(201);
        Api.Response collides = practice.commands.put(
                "/api/v1/appointment-series/" + booked.id() + "/occurrences",
                Map.of("start_time", "08:00", "duration_minutes", 50));
        assertThat(collides.status()).as(collides.toString()).isEqualTo(409);
        assertThat(collides.json().get("conflicting_occurrences")).hasSize(1);
        Api.Response all = practice.commands.put(
                "/api/v1/appointment-series/" + booked.id() + "/occurrences",
                Map.of("start_time", "12:00", "duration_minutes", 45));
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.json().get("occurrences")).hasSize(4);
        JsonNode series =
                practice.read(all, "/api/v1/appointment-series/" + booked.id()).json();
        assertThat(series.get("first_start").asText()).startsWith("2027-03-18T12:00");
        assertThat(series.get("duration_minutes").asInt()).isEqualTo(45);
        assertThat(series.get("occurrences").get(0).get("scheduled_start").asText())
                .isEqualTo("2027-03-18T12:00:00Z");
        assertThat(series.get("occurrences").get(3).get("scheduled_start").asText())
                .isEqualTo("2027-04-08T11:00:00Z");
    }

    @Test
    void anOpenEndedSeriesIsBookedTwelveMonthsAheadAndTheJobExtendsIt() throws Exception {
        Practice practice = new Practice("Series Horizon");
        Instant now = Instant.now();
        String firstStart =
                now.plus(Duration.ofDays(7)).atZone(ZoneId.of("UTC")).toLocalDate() + "T07:00:00";
        Map<String, Object> body = series(practice.client, "FREQ=WEEKLY", firstStart, null);
        body.put("time_zone", "UTC");
        Api.Response booked = practice.book(body);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        int first = booked.json().get("occurrences").size();
        assertThat(first).isBetween(50, 52);
        List<String> starts = booked.json().get("occurrences").findValuesAsText("scheduled_start");
        assertThat(Instant.parse(starts.get(starts.size() - 1))).isBefore(now.plus(Duration.ofDays(366)));

        SeriesHorizonJob job = StackFixture.stack().commandService().getBean(SeriesHorizonJob.class);
        assertThat(job.extendAll(now.plus(Duration.ofDays(28)))).contains(booked.id());
        long position = StackFixture.latestPosition(booked.id());
        JsonNode series = practice.queries
                .withHeader("X-Consistency-Position", Long.toString(position))
                .get("/api/v1/appointment-series/" + booked.id())
                .json();
        assertThat(series.get("occurrences").size()).isBetween(first + 3, first + 4);
        assertThat(series.get("open").asBoolean()).isTrue();
        assertThat(series.get("version").asInt()).isEqualTo(2);
        assertThat(job.extendAll(now.plus(Duration.ofDays(28)))).doesNotContain(booked.id());
    }

    @Test
    void anotherPracticesSeriesIsNotFoundAndBadRulesAreClearProblems() {
        Practice practice = new Practice("Series Owner");
        Map<String, Object> body =
                series(practice.client, "FREQ=MONTHLY;BYDAY=1WE;COUNT=2", "2027-09-01T12:00:00", null);
        Api.Response booked = practice.book(body);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        Practice stranger = new Practice("Series Stranger");
        assertThat(stranger.queries
                        .get("/api/v1/appointment-series/" + booked.id())
                        .status())
                .isEqualTo(404);
        assertThat(stranger.commands
                        .post(
                                "/api/v1/appointment-series/" + booked.id() + "/cancel",
                                Map.of("from", "2027-01-01T00:00:00Z"))
                        .status())
                .isEqualTo(404);
        assertThat(stranger.book(series(practice.client, "FREQ=WEEKLY;COUNT=2", "2027-09-01T12:00:00", null))
                        .status())
                .isEqualTo(404);

        List<Map.Entry<String, Object>> wrongFields = List.of(
                Map.entry("rule", "FREQ=DAILY"),
                Map.entry("rule", "FREQ=WEEKLY;BYHOUR=3"),
                Map.entry("time_zone", "Nowhere/Land"),
                Map.entry("duration_minutes", 0),
                Map.entry("conflicts", "maybe"),
                Map.entry("first_start", "next tuesday"),
                Map.entry("rule", "FREQ=WEEKLY;UNTIL=20200101T000000Z"));
        for (Map.Entry<String, Object> bad : wrongFields) {
            Map<String, Object> wrong = series(practice.client, "FREQ=WEEKLY;COUNT=2", "2027-09-01T12:00:00", null);
            wrong.put(bad.getKey(), bad.getValue());
            Api.Response answer = practice.book(wrong);
            assertThat(answer.status()).as(bad + " " + answer).isEqualTo(422);
        }
        assertThat(practice.commands
                        .post("/api/v1/appointment-series/" + booked.id() + "/cancel", Map.of())
                        .status())
                .isEqualTo(422);
    }

    private static Map<String, Object> series(String client, String rule, String firstStart, String conflicts) {
        Map<String, Object> body = new HashMap<>();
        body.put("client_id", client);
        body.put("rule", rule);
        body.put("time_zone", "Europe/London");
        body.put("first_start", firstStart);
        body.put("duration_minutes", 50);
        body.put("location_type", "clinic");
        body.put("conflicts", conflicts);
        return body;
    }

    /** A practice of its own with one client. */
    private static final class Practice {

        final Actor owner;
        final Api commands;
        final Api queries;
        final String client;

        Practice(String name) {
            owner = StackFixture.newPractice(
                    name + " " + UUID.randomUUID().toString().substring(0, 8));
            commands = StackFixture.commands(owner);
            queries = StackFixture.queries(owner);
            client = commands.post("/api/v1/clients", Map.of("first_name", "Maya", "last_name", "Ben"))
                    .id();
        }

        Api.Response book(Map<String, Object> body) {
            return commands.post("/api/v1/appointment-series", body);
        }

        Api.Response read(Api.Response command, String path) {
            return StackFixture.queries(owner)
                    .withHeader("X-Consistency-Position", Long.toString(command.position()))
                    .get(path);
        }
    }
}
