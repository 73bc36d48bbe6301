package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.infra.security.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A practice's available hours end to end: the owner sets them on command-service, reads them back on
 * query-service, bad hours are 422 naming the field, assistants 403; the utilisation report sets booked hours
 * against them, by hand-computed figures (Monday to Friday 09:00–17:00 is 40 hours a week).
 */
class AvailableHoursEndToEndTest {

    private static final String ZONE = "Europe/Amsterdam";

    private static Actor owner;
    private static Api commands;
    private static Api queries;

    @BeforeAll
    static void openPracticeAndSetItsHours() {
        owner = StackFixture.newPractice(
                "Hours Practice " + UUID.randomUUID().toString().substring(0, 8));
        commands = StackFixture.commands(owner);
        String client = commands.post("/api/v1/clients", Map.of("first_name", "Hou", "last_name", "Rs"))
                .id();
        // week of Monday 2025-01-06: 4 x 90 minutes = 6 booked hours, plus a cancelled hour that does not count
        StackFixture.book(commands, client, "2025-01-06T08:00:00Z", 90);
        StackFixture.book(commands, client, "2025-01-07T08:00:00Z", 90);
        StackFixture.book(commands, client, "2025-01-08T08:00:00Z", 90);
        StackFixture.book(commands, client, "2025-01-09T08:00:00Z", 90);
        String cancelled = StackFixture.book(commands, client, "2025-01-10T08:00:00Z", 60);
        assertThat(commands.put("/api/v1/appointments/" + cancelled, Map.of("status", "cancelled"))
                        .status())
                .isEqualTo(200);
        List<Map<String, String>> weekdays = new ArrayList<>();
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday")) {
            weekdays.add(Map.of("day", day, "start", "09:00", "end", "12:00"));
            weekdays.add(Map.of("day", day, "start", "13:00", "end", "18:00"));
        }
        Api.Response set =
                commands.put("/api/v1/workspace/available-hours", Map.of("time_zone", ZONE, "weekly_hours", weekdays));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        queries = StackFixture.queries(owner).withHeader("X-Consistency-Position", Long.toString(set.position()));
    }

    @Test
    void theOwnerReadsBackTheHoursInWeekOrder() {
        Api.Response read = queries.get("/api/v1/workspace/available-hours");
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        JsonNode hours = read.json();
        assertThat(hours.get("time_zone").asText()).isEqualTo(ZONE);
        assertThat(hours.get("weekly_hours")).hasSize(10);
        assertThat(hours.get("weekly_hours").get(0).toString())
                .isEqualTo("{\"day\":\"monday\",\"start\":\"09:00\",\"end\":\"12:00\"}");
        assertThat(hours.get("weekly_hours").get(9).get("day").asText()).isEqualTo("friday");
    }

    @Test
    void utilisationIsBookedHoursOverAvailableHoursPerPeriod() {
        JsonNode weeks = report("from=2025-01-06&to=2025-01-19&period=week");
        assertThat(weeks).hasSize(2);
        assertThat(weeks.get(0).get("period_start").asText()).isEqualTo("2025-01-06");
        assertThat(weeks.get(0).get("booked_hours").decimalValue()).isEqualByComparingTo("6");
        assertThat(weeks.get(0).get("available_hours").decimalValue()).isEqualByComparingTo("40");
        assertThat(weeks.get(0).get("utilisation").decimalValue()).isEqualByComparingTo("0.15");
        assertThat(weeks.get(1).get("appointments").asLong()).isZero();
        assertThat(weeks.get(1).get("available_hours").decimalValue()).isEqualByComparingTo("40");
        assertThat(weeks.get(1).get("utilisation").decimalValue()).isEqualByComparingTo("0");
        // January 2025 has 23 weekdays: 184 hours; 6 / 184 = 0.0326
        JsonNode month = report("from=2025-01-01&to=2025-01-31&period=month").get(0);
        assertThat(month.get("available_hours").decimalValue()).isEqualByComparingTo("184");
        assertThat(month.get("utilisation").decimalValue()).isEqualByComparingTo("0.0326");
        // a range that starts on the Wednesday counts only its own days: Wednesday to Friday, 24 hours
        JsonNode partWeek = report("from=2025-01-08&to=2025-01-12&period=week").get(0);
        assertThat(partWeek.get("available_hours").decimalValue()).isEqualByComparingTo("24");
        assertThat(partWeek.get("booked_hours").decimalValue()).isEqualByComparingTo("3");
        assertThat(partWeek.get("utilisation").decimalValue()).isEqualByComparingTo("0.125");
        Api.Response csv =
                queries.get("/api/v1/reports/utilisation?from=2025-01-06&to=2025-01-12&period=week" + "&format=csv");
        assertThat(csv.body())
                .isEqualTo("period_start,appointments,booked_hours,available_hours,utilisation\r\n"
                        + "2025-01-06,4,6.00,40.00,0.1500\r\n");
    }

    @Test
    void badHoursAreRefusedNamingTheFieldAndOnlyOwnersSetOrReadThem() {
        assertProblem(Map.of("time_zone", "Mars/Olympus", "weekly_hours", List.of()), "time_zone");
        assertProblem(Map.of("time_zone", "+02:00", "weekly_hours", List.of()), "time_zone");
        assertProblem(
                Map.of(
                        "time_zone",
                        ZONE,
                        "weekly_hours",
                        List.of(Map.of("day", "someday", "start", "09:00", "end", "17:00"))),
                "weekly_hours[0].day");
        assertProblem(
                Map.of(
                        "time_zone",
                        ZONE,
                        "weekly_hours",
                        List.of(Map.of("day", "monday", "start", "17:00", "end", "09:00"))),
                "weekly_hours[0].end");
        assertProblem(
                Map.of(
                        "time_zone",
                        ZONE,
                        "weekly_hours",
                        List.of(
                                Map.of("day", "monday", "start", "09:00", "end", "13:00"),
                                Map.of("day", "tuesday", "start", "09:00", "end", "13:00"),
                                Map.of("day", "monday", "start", "12:00", "end", "17:00"))),
                "weekly_hours[2].start");
        Api.Response badTime = commands.put(
                "/api/v1/workspace/available-hours",
                Map.of(
                        "time_zone",
                        ZONE,
                        "weekly_hours",
                        List.of(Map.of("day", "monday", "start", "9 o'clock", "end", "17:00"))));
        assertThat(badTime.status()).as(badTime.toString()).isEqualTo(422);
        Actor assistant = StackFixture.addAssistant(owner);
        assertThat(StackFixture.commands(assistant)
                        .put("/api/v1/workspace/available-hours", Map.of("time_zone", ZONE, "weekly_hours", List.of()))
                        .status())
                .isEqualTo(403);
        assertThat(StackFixture.queries(assistant)
                        .get("/api/v1/workspace/available-hours")
                        .status())
                .isEqualTo(403);
        Actor other = StackFixture.newPractice(
                "Other Hours " + UUID.randomUUID().toString().substring(0, 8));
        JsonNode none = StackFixture.queries(other)
                .get("/api/v1/workspace/available-hours")
                .json();
        assertThat(none.get("time_zone").isNull()).isTrue();
        assertThat(none.get("weekly_hours")).isEmpty();
    }

    private static void assertProblem(Map<String, Object> body, String field) {
        Api.Response refused = commands.put("/api/v1/workspace/available-hours", body);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.body()).as(refused.toString()).contains("\"" + field + "\"");
    }

    private static JsonNode report(String parameters) {
        Api.Response response = queries.get("/api/v1/reports/utilisation?" + parameters);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("rows");
    }
}
