package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.infra.security.Actor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reminders service on the local stack, as a practice uses it: its settings and its history, fed by the topic
 * (an appointment booked through command-service shows up), the workspace taken from the token only.
 */
class RemindersApiEndToEndTest {

    private static final String SETTINGS = "/api/v1/reminders/settings";

    private static Actor owner;
    private static Api commands;
    private static Api reminders;

    @BeforeAll
    static void openPractice() {
        owner = StackFixture.newPractice(
                "Reminder Practice " + UUID.randomUUID().toString().substring(0, 8));
        commands = StackFixture.commands(owner);
        reminders = StackFixture.reminders(owner);
    }

    @Test
    void settingsStartAtTheDefaultsAndAnOwnerChangesThem() {
        Actor practice = StackFixture.newPractice(
                "Settings Practice " + UUID.randomUUID().toString().substring(0, 8));
        Api api = StackFixture.reminders(practice);
        Api.Response defaults = api.get(SETTINGS);
        assertThat(defaults.status()).as(defaults.toString()).isEqualTo(200);
        assertThat(defaults.json().get("enabled").asBoolean()).isTrue();
        assertThat(defaults.json().get("lead_time_minutes").asInt()).isEqualTo(24 * 60);

        Api.Response changed = api.put(SETTINGS, Map.of("enabled", false, "lead_time_minutes", 120));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonNode read = api.get(SETTINGS).json();
        assertThat(read.get("enabled").asBoolean()).isFalse();
        assertThat(read.get("lead_time_minutes").asInt()).isEqualTo(120);

        Actor assistant = StackFixture.addAssistant(practice);
        Api asAssistant = StackFixture.reminders(assistant);
        assertThat(asAssistant.get(SETTINGS).json().get("lead_time_minutes").asInt())
                .isEqualTo(120);
        assertThat(asAssistant
                        .put(SETTINGS, Map.of("enabled", true, "lead_time_minutes", 60))
                        .status())
                .as("only an owner changes them")
                .isEqualTo(403);
        assertThat(new Api(StackFixture.stack().remindersBaseUrl(), null)
                        .get(SETTINGS)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void settingsOutsideTheBoundsAreRefusedWithAProblemNamingTheField() {
        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("enabled", true, "lead_time_minutes", 5),
                Map.of("enabled", true, "lead_time_minutes", 20161),
                Map.of("lead_time_minutes", 60))) {
            Api.Response refused = reminders.put(SETTINGS, bad);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.header("Content-Type")).contains("application/problem+json");
            assertThat(refused.json().get("errors").get(0).get("field").asText())
                    .isIn("lead_time_minutes", "enabled");
        }
        assertThat(reminders
                        .sendRaw("PUT", SETTINGS, "{\"enabled\": true, \"lead_time_minutes\": \"soon\"}")
                        .status())
                .isEqualTo(422);
        assertThat(reminders.get("/api/v1/reminders?status=lost").status()).isEqualTo(422);
        assertThat(reminders.get("/api/v1/reminders?from=yesterday").status()).isEqualTo(422);
        assertThat(reminders.get("/api/v1/reminders?page_size=100000").status()).isEqualTo(422);
        assertThat(reminders
                        .get("/api/v1/reminders?from=2030-02-01T00:00:00Z&to=2030-01-01T00:00:00Z")
                        .status())
                .isEqualTo(422);
    }

    @Test
    void theHistoryListsTheReminderOfAnAppointmentBookedThroughTheApiAndOnlyToItsPractice() throws Exception {
        String clientId = commands.post(
                        "/api/v1/clients",
                        Map.of("first_name", "Rina", "last_name", "Reminded", "email", "rina@clients.test"))
                .id();
        Instant start = Instant.parse("2031-03-04T09:00:00Z")
                .plusSeconds(86_400L * (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 3_000));
        String appointment = StackFixture.book(commands, clientId, start.toString(), 60);

        JsonNode reminder = awaitInHistory(reminders, appointment);
        assertThat(reminder.get("client_id").asText()).isEqualTo(clientId);
        assertThat(Instant.parse(reminder.get("starts_at").asText())).isEqualTo(start);
        assertThat(Instant.parse(reminder.get("due_at").asText())).isEqualTo(start.minus(Duration.ofHours(24)));
        assertThat(reminder.get("status").asText()).isEqualTo("pending");
        assertThat(reminder.get("attempts").asInt()).isZero();
        assertThat(reminder.toString()).doesNotContain("Rina", "rina@clients.test");

        JsonNode filtered = reminders
                .get("/api/v1/reminders?status=pending&from=" + start + "&to=" + start)
                .json();
        assertThat(filtered.get("items").findValuesAsText("appointment_id")).containsExactly(appointment);
        assertThat(reminders
                        .get("/api/v1/reminders?status=sent&from=" + start + "&to=" + start)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();

        Actor stranger = StackFixture.newPractice(
                "Other Practice " + UUID.randomUUID().toString().substring(0, 8));
        JsonNode theirs = StackFixture.reminders(stranger)
                .get("/api/v1/reminders?page_size=200")
                .json();
        assertThat(theirs.get("items").findValuesAsText("appointment_id")).doesNotContain(appointment);
        assertThat(theirs.get("total").asLong()).isZero();
    }

    @Test
    void prometheusShowsTheQueueTheOutcomesAndTheConsumerLag() {
        Api.Response scrape = new Api(StackFixture.stack().remindersBaseUrl(), null).get("/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body())
                .contains(
                        "pazpaz_reminders_queue_depth{",
                        "pazpaz_reminders_due{",
                        "pazpaz_reminders_sent_total{",
                        "pazpaz_reminders_failed_total{",
                        "pazpaz_reminders_skipped_total{",
                        "pazpaz_reminders_consumer_lag{",
                        "application=\"reminders\"");
    }

    /** The reminder of {@code appointmentId}, once the reminders consumer has read the booking off the topic. */
    private static JsonNode awaitInHistory(Api api, String appointmentId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Api.Response page = api.get("/api/v1/reminders?page_size=200");
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            for (JsonNode item : page.json().get("items")) {
                if (item.get("appointment_id").asText().equals(appointmentId)) {
                    return item;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no reminder for appointment " + appointmentId + " within 30 s");
    }
}
