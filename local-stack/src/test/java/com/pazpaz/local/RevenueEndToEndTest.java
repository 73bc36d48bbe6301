package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pazpaz.infra.security.Actor;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Revenue by service and month end to end (issue 16, decisions 200–204): services priced, repriced and unpriced,
 * appointments booked for them and completed; the report checked against the same figures folded directly from
 * the events in the store (each completion at the price its service had then). Prices refused with a 422 naming
 * the field; owner only; CSV as well as JSON.
 */
class RevenueEndToEndTest {

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final String RANGE = "from=2025-01-01&to=2025-02-28";

    private static Actor owner;
    private static Api commands;
    private static Api queries;
    private static String massage;
    private static String consult;
    private static String reiki;
    private static long position;

    @BeforeAll
    static void openPractice() {
        owner = StackFixture.newPractice(
                "Revenue Practice " + UUID.randomUUID().toString().substring(0, 8));
        commands = StackFixture.commands(owner);
        queries = StackFixture.queries(owner);
        String client = commands.post("/api/v1/clients", Map.of("first_name", "Rev", "last_name", "One"))
                .id();
        massage = service("Massage", 80, "EUR");
        consult = service("Consult", null, null);
        reiki = service("Reiki", 50, "ILS");
        status(book(client, massage, "2025-01-06T10:00:00Z"), "completed");
        reprice(massage, "90.00", "EUR");
        status(book(client, massage, "2025-01-13T10:00:00Z"), "completed");
        book(client, massage, "2025-01-20T10:00:00Z");
        status(book(client, consult, "2025-01-27T10:00:00Z"), "completed");
        status(book(client, reiki, "2025-02-03T10:00:00Z"), "completed");
        reprice(reiki, "60", "ILS");
        status(book(client, massage, "2025-02-10T10:00:00Z"), "cancelled");
        status(book(client, null, "2025-02-17T10:00:00Z"), "completed");
        status(book(client, reiki, "2025-03-03T10:00:00Z"), "completed");
        // the last command: the projection applies a practice's events in order, so this covers the others
        position = commands.post("/api/v1/clients", Map.of("first_name", "Rev", "last_name", "Two"))
                .position();
    }

    @Test
    void revenueIsEachCompletionAtThePriceItsServiceHadThenAsFoldedFromTheEvents() throws Exception {
        JsonNode report = report("/api/v1/reports/revenue?" + RANGE);
        assertThat(report.get("columns"))
                .hasToString("[\"period_start\",\"service_id\",\"currency\",\"completed_appointments\",\"revenue\"]");
        Map<String, String> reported = new TreeMap<>();
        report.get("rows")
                .forEach(row -> reported.put(
                        key(row.get("period_start").asText(), text(row.get("service_id")), text(row.get("currency"))),
                        row.get("completed_appointments").asLong() + " "
                                + (row.get("revenue").isNull()
                                        ? "null"
                                        : row.get("revenue")
                                                .decimalValue()
                                                .setScale(2)
                                                .toPlainString())));

        Map<String, String> expected = fromEvents();
        assertThat(reported).isEqualTo(expected);
        assertThat(expected)
                .containsEntry(key("2025-01-01", massage, "EUR"), "2 170.00")
                .containsEntry(key("2025-01-01", consult, null), "1 null")
                .containsEntry(key("2025-02-01", reiki, "ILS"), "1 50.00")
                .containsEntry(key("2025-02-01", null, null), "1 null")
                .hasSize(4);
    }

    @Test
    void aServiceShowsItsPriceAndAPriceCanBeRemoved() {
        String priced = service("Shiatsu", 70, "USD");
        JsonNode shown = read("/api/v1/services/" + priced, reprice(priced, "72.5", "USD"));
        assertThat(shown.get("price").decimalValue()).isEqualByComparingTo("72.50");
        assertThat(shown.get("currency").asText()).isEqualTo("USD");
        Map<String, Object> none = new HashMap<>();
        none.put("price", null);
        none.put("currency", null);
        Api.Response removed = commands.put("/api/v1/services/" + priced, none);
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        JsonNode unpriced = read("/api/v1/services/" + priced, removed.position());
        assertThat(unpriced.get("price").isNull()).isTrue();
        assertThat(unpriced.get("currency").isNull()).isTrue();
    }

    @Test
    void deletingAServiceThatAnAppointmentWasBookedForArchivesIt() throws Exception {
        String booked = service("Booked", 30, "EUR");
        String client = commands.post("/api/v1/clients", Map.of("first_name", "Rev", "last_name", "Four"))
                .id();
        book(client, booked, "2025-06-02T10:00:00Z");
        Api.Response deleted = commands.delete("/api/v1/services/" + booked);
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        JsonNode archived = read("/api/v1/services/" + booked, deleted.position());
        assertThat(archived.get("is_active").asBoolean())
                .as("R-SVC-3: referenced, so archived")
                .isFalse();
        assertThat(archived.get("price").decimalValue()).isEqualByComparingTo("30");
    }

    @Test
    void aPriceOrCurrencyBreakingTheRuleIs422NamingTheField() {
        assertRefused(Map.of("price", -1, "currency", "EUR"), "price");
        assertRefused(Map.of("price", new BigDecimal("1.005"), "currency", "EUR"), "price");
        assertRefused(Map.of("price", new BigDecimal("12345678901"), "currency", "EUR"), "price");
        assertRefused(Map.of("price", 10, "currency", "eur"), "currency");
        assertRefused(Map.of("price", 10, "currency", "XYZ"), "currency");
        assertRefused(Map.of("price", 10), "currency");
        assertRefused(Map.of("currency", "EUR"), "price");
        Api.Response alone = commands.put("/api/v1/services/" + reiki, Map.of("price", 10));
        assertThat(alone.status()).as(alone.toString()).isEqualTo(422);
        assertThat(alone.json().get("errors").get(0).get("field").asText()).isEqualTo("currency");
    }

    @Test
    void anotherPracticesServiceIsNotFoundWhenBookingAndOneOwnServiceIsShown() throws Exception {
        Actor other = StackFixture.newPractice(
                "Other Revenue " + UUID.randomUUID().toString().substring(0, 8));
        Api theirs = StackFixture.commands(other);
        String client = theirs.post("/api/v1/clients", Map.of("first_name", "Oth", "last_name", "Er"))
                .id();
        Map<String, Object> body = booking(client, massage, "2025-05-05T10:00:00Z");
        assertThat(theirs.post("/api/v1/appointments", body).status()).isEqualTo(404);
        assertThat(StackFixture.queries(other)
                        .get("/api/v1/reports/revenue?" + RANGE)
                        .json()
                        .get("rows"))
                .isEmpty();
        String booked = book(
                StackFixture.commands(owner)
                        .post("/api/v1/clients", Map.of("first_name", "Rev", "last_name", "Three"))
                        .id(),
                consult,
                "2025-05-05T10:00:00Z");
        JsonNode appointment = read("/api/v1/appointments/" + booked, StackFixture.latestPosition(booked));
        assertThat(appointment.get("service_id").asText()).isEqualTo(consult);
    }

    @Test
    void revenueIsAlsoCsvOwnerOnlyAndRefusesBadRanges() {
        Api reader = queries.withHeader("X-Consistency-Position", Long.toString(position));
        Api.Response csv = reader.get("/api/v1/reports/revenue?" + RANGE + "&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("revenue-2025-01-01-2025-02-28.csv");
        assertThat(csv.body())
                .startsWith("period_start,service_id,currency,completed_appointments,revenue\r\n")
                .contains("\r\n2025-02-01,,,1,\r\n");
        Api assistant = StackFixture.queries(StackFixture.addAssistant(owner));
        assertThat(assistant.get("/api/v1/reports/revenue?" + RANGE).status()).isEqualTo(403);
        assertThat(reader.get("/api/v1/reports/revenue?from=2025-02-01&to=2025-01-01")
                        .status())
                .isEqualTo(422);
        assertThat(reader.get("/api/v1/reports/revenue?" + RANGE + "&format=xml")
                        .status())
                .isEqualTo(422);
    }

    /**
     * Completed appointments of the range folded from the store: each service's price as its events set it, each
     * appointment's service from its booking, priced at the moment its completion comes in the global order.
     */
    private static Map<String, String> fromEvents() throws Exception {
        Map<String, String[]> prices = new HashMap<>();
        Map<String, String> serviceOf = new HashMap<>();
        Map<String, Instant> startOf = new HashMap<>();
        Map<String, String[]> completedAt = new HashMap<>();
        List<String> completed = new ArrayList<>();
        try (Connection db = StackFixture.database();
                PreparedStatement statement = db.prepareStatement(
                        "SELECT aggregate_identifier, payload_type, payload FROM event_store.domain_event_entry"
                                + " WHERE payload LIKE ? ORDER BY global_index")) {
            statement.setString(1, "%" + owner.workspaceId() + "%");
            ResultSet rs = statement.executeQuery();
            while (rs.next()) {
                String id = rs.getString(1);
                String type = rs.getString(2);
                JsonNode payload = JSON.readTree(rs.getString(3));
                if (type.endsWith("ServiceCreatedEvent") || type.endsWith("ServicePriceChangedEvent")) {
                    prices.put(id, new String[] {decimal(payload.get("price")), text(payload.get("currency"))});
                } else if (type.endsWith("AppointmentScheduledEvent")) {
                    serviceOf.put(id, text(payload.get("serviceId")));
                    startOf.put(id, Instant.parse(payload.get("scheduledStart").asText()));
                } else if (type.endsWith("AppointmentStatusChangedEvent")) {
                    completed.remove(id);
                    if (payload.get("to").asText().equals("completed")) {
                        completed.add(id);
                        String service = serviceOf.get(id);
                        completedAt.put(id, service == null ? new String[2] : prices.get(service));
                    }
                }
            }
        }
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (String appointment : completed) {
            Instant start = startOf.get(appointment);
            if (start.isBefore(Instant.parse("2025-01-01T00:00:00Z"))
                    || !start.isBefore(Instant.parse("2025-03-01T00:00:00Z"))) {
                continue;
            }
            String[] price = completedAt.get(appointment);
            String key = key(
                    start.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1).toString(),
                    serviceOf.get(appointment),
                    price[1]);
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
            if (price[0] != null) {
                sums.merge(key, new BigDecimal(price[0]), BigDecimal::add);
            }
        }
        Map<String, String> expected = new TreeMap<>();
        counts.forEach((key, count) -> expected.put(
                key,
                count[0] + " "
                        + (sums.containsKey(key) ? sums.get(key).setScale(2).toPlainString() : "null")));
        return expected;
    }

    private static String key(String month, String service, String currency) {
        return month + "|" + service + "|" + currency;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String decimal(JsonNode node) {
        return node == null || node.isNull() ? null : node.decimalValue().toPlainString();
    }

    private static void assertRefused(Map<String, Object> price, String field) {
        Map<String, Object> body = new HashMap<>(price);
        body.put("name", "Refused " + UUID.randomUUID());
        body.put("default_duration_minutes", 30);
        Api.Response refused = commands.post("/api/v1/services", body);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asText())
                .as(refused.toString())
                .isEqualTo(field);
    }

    private static JsonNode report(String path) {
        Api.Response response = queries.withHeader("X-Consistency-Position", Long.toString(position))
                .get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode read(String path, long after) {
        Api.Response response = queries.withHeader("X-Consistency-Position", Long.toString(after))
                .get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static String service(String name, Integer price, String currency) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name + " " + UUID.randomUUID().toString().substring(0, 8));
        body.put("default_duration_minutes", 60);
        if (price != null) {
            body.put("price", price);
            body.put("currency", currency);
        }
        Api.Response created = commands.post("/api/v1/services", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private static long reprice(String service, String price, String currency) {
        Api.Response changed = commands.put(
                "/api/v1/services/" + service, Map.of("price", new BigDecimal(price), "currency", currency));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        return changed.position();
    }

    private static Map<String, Object> booking(String client, String service, String start) {
        Map<String, Object> body = new HashMap<>();
        body.put("client_id", client);
        body.put("scheduled_start", start);
        body.put("scheduled_end", Instant.parse(start).plusSeconds(3600).toString());
        body.put("location_type", "clinic");
        if (service != null) {
            body.put("service_id", service);
        }
        return body;
    }

    private static String book(String client, String service, String start) {
        Api.Response booked = commands.post("/api/v1/appointments", booking(client, service, start));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        return booked.id();
    }

    private static void status(String appointment, String status) {
        Api.Response changed = commands.put("/api/v1/appointments/" + appointment, Map.of("status", status));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }
}
