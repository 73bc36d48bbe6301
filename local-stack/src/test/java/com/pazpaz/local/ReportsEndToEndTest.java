package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pazpaz.infra.security.Actor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reports end to end: appointments, utilisation and clients of a practice over a range, checked against the
 * same figures folded directly from the events in the store; documentation compliance against the notes made;
 * owner only, CSV as well as JSON, bad ranges refused.
 */
class ReportsEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RANGE = "from=2025-01-01&to=2025-02-28";

    private static Actor owner;
    private static Api commands;
    private static Api queries;
    private static long position;

    @BeforeAll
    static void openPractice() {
        owner = StackFixture.newPractice(
                "Report Practice " + UUID.randomUUID().toString().substring(0, 8));
        commands = StackFixture.commands(owner);
        queries = StackFixture.queries(owner);
        String one = commands.post("/api/v1/clients", Map.of("first_name", "Rep", "last_name", "One"))
                .id();
        String two = commands.post("/api/v1/clients", Map.of("first_name", "Rep", "last_name", "Two"))
                .id();
        commands.post("/api/v1/clients", Map.of("first_name", "Rep", "last_name", "Three"));
        String a1 = StackFixture.book(commands, one, "2025-01-06T10:00:00Z", 60);
        String a2 = StackFixture.book(commands, one, "2025-01-13T10:00:00Z", 45);
        String a3 = StackFixture.book(commands, two, "2025-01-20T10:00:00Z", 60);
        String a4 = StackFixture.book(commands, two, "2025-02-03T10:00:00Z", 30);
        StackFixture.book(commands, one, "2031-01-06T10:00:00Z", 50);
        status(a1, "completed");
        status(a2, "cancelled");
        status(a3, "completed");
        status(a4, "no_show");
        String finalized = note(two, a3, "2025-01-20T10:00:00Z");
        assertThat(commands.post("/api/v1/sessions/" + finalized + "/finalize", null)
                        .status())
                .isEqualTo(200);
        Api.Response amended = commands.post(
                "/api/v1/sessions/" + finalized + "/amend", Map.of("plan", "Amended plan", "reason", "Correction"));
        assertThat(amended.status()).as(amended.toString()).isEqualTo(200);
        note(one, null, "2025-01-06T10:00:00Z");
        // the last command: the projection applies a practice's events in order, so this covers the others
        position = commands.post("/api/v1/clients", Map.of("first_name", "Rep", "last_name", "Four"))
                .position();
    }

    @Test
    void appointmentsByMonthAndStatusAreTheEventsFigures() throws Exception {
        JsonNode report = report("/api/v1/reports/appointments?" + RANGE + "&period=month");
        Map<String, long[]> reported = new TreeMap<>();
        report.get("rows").forEach(row -> {
            long[] sums = reported.computeIfAbsent(
                    row.get("period_start").asText() + "|" + row.get("status").asText(), k -> new long[2]);
            sums[0] += row.get("appointments").asLong();
            sums[1] += row.get("booked_minutes").asLong();
        });
        Map<String, long[]> expected = new TreeMap<>();
        for (Booking booking : fromEvents().values()) {
            if (booking.start.isBefore(Instant.parse("2025-03-01T00:00:00Z"))
                    && !booking.start.isBefore(Instant.parse("2025-01-01T00:00:00Z"))) {
                long[] sums = expected.computeIfAbsent(
                        booking.start.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1) + "|" + booking.status,
                        k -> new long[2]);
                sums[0]++;
                sums[1] += Duration.between(booking.start, booking.end).toMinutes();
            }
        }
        assertThat(expected).hasSize(3);
        assertThat(reported.keySet()).isEqualTo(expected.keySet());
        expected.forEach((key, sums) -> assertThat(reported.get(key)).as(key).containsExactly(sums));
        assertThat(report("/api/v1/reports/appointments?" + RANGE + "&period=week")
                        .get("rows"))
                .hasSize(4);
    }

    @Test
    void utilisationIsTheBookedHoursOfScheduledAndCompletedAppointments() throws Exception {
        JsonNode rows = report("/api/v1/reports/utilisation?" + RANGE).get("rows");
        Map<String, Double> expected = new TreeMap<>();
        fromEvents().values().stream()
                .filter(b -> b.start.isBefore(Instant.parse("2025-03-01T00:00:00Z"))
                        && (b.status.equals("scheduled") || b.status.equals("completed")))
                .forEach(b -> expected.merge(
                        b.start
                                .atZone(ZoneOffset.UTC)
                                .toLocalDate()
                                .withDayOfMonth(1)
                                .toString(),
                        Duration.between(b.start, b.end).toMinutes() / 60.0,
                        Double::sum));
        Map<String, Double> reported = new TreeMap<>();
        rows.forEach(row -> reported.put(
                row.get("period_start").asText(), row.get("booked_hours").asDouble()));
        assertThat(reported).isEqualTo(expected).containsEntry("2025-01-01", 2.0);
    }

    @Test
    void newAndActiveClientsByMonthAndClientsWithoutAFutureAppointment() throws Exception {
        JsonNode rows =
                report("/api/v1/reports/clients?from=2025-01-01&to=2025-02-28").get("rows");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("period_start").asText()).isEqualTo("2025-01-01");
        assertThat(rows.get(0).get("active_clients").asLong()).isEqualTo(2);
        assertThat(rows.get(1).get("active_clients").asLong()).isZero();
        assertThat(rows.get(0).get("new_clients").asLong()).isZero();
        java.time.LocalDate today = Instant.now().atZone(ZoneOffset.UTC).toLocalDate();
        JsonNode now = report("/api/v1/reports/clients?from=" + today.withDayOfMonth(1) + "&to=" + today)
                .get("rows");
        assertThat(now.get(0).get("new_clients").asLong()).isEqualTo(4);
        assertThat(report("/api/v1/reports/clients-without-future-appointment")
                        .get("clients")
                        .asLong())
                .as("all but the client booked in 2031")
                .isEqualTo(3);
    }

    @Test
    void documentationComplianceCountsUndocumentedDraftsAndAmendments() throws Exception {
        JsonNode row = report("/api/v1/reports/documentation?" + RANGE + "&days=7")
                .get("rows")
                .get(0);
        assertThat(row.get("completed_without_finalized_note").asLong())
                .as(row.toString())
                .isEqualTo(1);
        assertThat(row.get("amended_after_finalization").asLong()).isEqualTo(1);
        assertThat(row.get("drafts_older_than_days").asLong())
                .as("the draft was made today")
                .isZero();
        JsonNode immediate = report("/api/v1/reports/documentation?" + RANGE + "&days=0")
                .get("rows")
                .get(0);
        assertThat(immediate.get("drafts_older_than_days").asLong()).isEqualTo(1);
    }

    @Test
    void aReportIsAlsoCsvOwnerOnlyAndRefusesBadRanges() throws Exception {
        Api reader = queries.withHeader("X-Consistency-Position", Long.toString(position));
        Api.Response csv = reader.get("/api/v1/reports/utilisation?" + RANGE + "&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        // no available hours set: today's figures, the two new columns empty
        assertThat(csv.body())
                .startsWith("period_start,appointments,booked_hours,available_hours,utilisation\r\n"
                        + "2025-01-01,2,2.00,,\r\n");
        Api assistant = StackFixture.queries(StackFixture.addAssistant(owner));
        assertThat(assistant.get("/api/v1/reports/utilisation?" + RANGE).status())
                .isEqualTo(403);
        assertThat(reader.get("/api/v1/reports/utilisation?from=2025-02-01&to=2025-01-01")
                        .status())
                .isEqualTo(422);
        assertThat(reader.get("/api/v1/reports/utilisation?from=2020-01-01&to=2025-01-01")
                        .status())
                .isEqualTo(422);
        assertThat(reader.get("/api/v1/reports/utilisation?from=nope&to=2025-01-01")
                        .status())
                .isBetween(400, 422);
        assertThat(reader.get("/api/v1/reports/utilisation?" + RANGE + "&period=year")
                        .status())
                .isEqualTo(422);
        assertThat(reader.get("/api/v1/reports/utilisation?" + RANGE + "&format=xml")
                        .status())
                .isEqualTo(422);
        Actor other = StackFixture.newPractice(
                "Other Reports " + UUID.randomUUID().toString().substring(0, 8));
        assertThat(StackFixture.queries(other)
                        .get("/api/v1/reports/utilisation?" + RANGE)
                        .json()
                        .get("rows"))
                .isEmpty();
    }

    private record Booking(Instant start, Instant end, String status) {}

    /** Every appointment of the practice folded from its events: times from the booking, the latest status. */
    private static Map<String, Booking> fromEvents() throws Exception {
        Map<String, Booking> bookings = new LinkedHashMap<>();
        try (Connection db = StackFixture.database();
                PreparedStatement statement = db.prepareStatement(
                        "SELECT aggregate_identifier, payload_type, payload FROM event_store.domain_event_entry"
                                + " WHERE type = 'Appointment' AND payload LIKE ? ORDER BY global_index")) {
            statement.setString(1, "%" + owner.workspaceId() + "%");
            ResultSet rs = statement.executeQuery();
            while (rs.next()) {
                JsonNode payload = JSON.readTree(rs.getString(3));
                String type = rs.getString(2);
                if (type.endsWith("AppointmentScheduledEvent")) {
                    bookings.put(
                            rs.getString(1),
                            new Booking(
                                    Instant.parse(payload.get("scheduledStart").asText()),
                                    Instant.parse(payload.get("scheduledEnd").asText()),
                                    "scheduled"));
                } else if (type.endsWith("AppointmentStatusChangedEvent")) {
                    Booking was = bookings.get(rs.getString(1));
                    bookings.put(
                            rs.getString(1),
                            new Booking(was.start, was.end, payload.get("to").asText()));
                }
            }
        }
        assertThat(bookings).hasSize(5);
        return bookings;
    }

    private static JsonNode report(String path) {
        Api.Response response = queries.withHeader("X-Consistency-Position", Long.toString(position))
                .get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static void status(String appointment, String status) {
        Api.Response changed = commands.put("/api/v1/appointments/" + appointment, Map.of("status", status));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    private static String note(String client, String appointment, String date) {
        Map<String, Object> body =
                new HashMap<>(Map.of("client_id", client, "session_date", date, "subjective", "Report note"));
        if (appointment != null) {
            body.put("appointment_id", appointment);
        }
        Api.Response created = commands.post("/api/v1/sessions", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }
}
