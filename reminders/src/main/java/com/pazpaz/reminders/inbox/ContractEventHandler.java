package com.pazpaz.reminders.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.reminders.queue.ClientConsent;
import com.pazpaz.reminders.queue.PracticeSettings;
import com.pazpaz.reminders.queue.ReminderQueue;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one record of the published contract (its {@code ce_type} and JSON value, docs/consumers.md) to the
 * reminder tables, once per {@code ce_id}: the id is stored in the same transaction as the change, so a redelivered
 * record finds it and changes nothing. Types it does not handle are skipped, as the contract asks.
 */
@Component
public class ContractEventHandler {

    private final JdbcTemplate jdbc;
    private final ReminderQueue queue;
    private final ClientConsent clients;
    private final PracticeSettings practices;
    private final Clock clock;

    ContractEventHandler(
            JdbcTemplate jdbc, ReminderQueue queue, ClientConsent clients, PracticeSettings practices, Clock clock) {
        this.jdbc = jdbc;
        this.queue = queue;
        this.clients = clients;
        this.practices = practices;
        this.clock = clock;
    }

    /** Returns false when the record was a duplicate (already applied). */
    @Transactional
    public boolean apply(String eventId, String type, JsonNode event) {
        int fresh = jdbc.update(
                "INSERT INTO processed_event (event_id, processed_at) VALUES (?, ?)"
                        + " ON CONFLICT (event_id) DO NOTHING",
                eventId,
                Timestamp.from(clock.instant()));
        if (fresh == 0) {
            return false;
        }
        UUID workspace = uuid(event, "workspaceId");
        switch (type) {
            // v1: records published before the tags were encrypted (decision 263); the consent flag is the same
            case "pazpaz.client.registered.v1",
                    "pazpaz.client.details_revised.v1",
                    "pazpaz.client.registered.v2",
                    "pazpaz.client.details_revised.v2" ->
                clients.consent(
                        uuid(event, "clientId"),
                        workspace,
                        event.path("details").path("consentStatus").asBoolean(false));
            case "pazpaz.client.archived.v1" -> {
                clients.archived(uuid(event, "clientId"), true);
                queue.cancelForClient(uuid(event, "clientId"), workspace, "client_archived");
            }
            case "pazpaz.client.reactivated.v1" -> clients.archived(uuid(event, "clientId"), false);
            case "pazpaz.client.erased.v1" -> {
                clients.forget(uuid(event, "clientId"));
                queue.cancelForClient(uuid(event, "clientId"), workspace, "client_erased");
            }
            case "pazpaz.appointment.scheduled.v1" ->
                queue.schedule(
                        uuid(event, "appointmentId"),
                        workspace,
                        uuid(event, "clientId"),
                        instant(event, "scheduledStart"));
            case "pazpaz.appointment.rescheduled.v1" ->
                queue.reschedule(uuid(event, "appointmentId"), workspace, instant(event, "scheduledStart"));
            case "pazpaz.appointment.status_changed.v1" -> statusChanged(event, workspace);
            case "pazpaz.appointment.deleted.v1" ->
                queue.cancel(uuid(event, "appointmentId"), workspace, "appointment_deleted");
            case "pazpaz.workspace.available_hours_set.v1" ->
                practices.hoursZone(
                        workspace, event.path("hours").path("timeZone").asText());
            default -> {
                // not about reminders; among them the pazpaz.appointment_series.* events: each occurrence of a
                // series is published as an appointment of its own (scheduled, rescheduled, status_changed), in
                // the series event's transaction, so the appointment events above keep its reminders right
            }
        }
        return true;
    }

    private void statusChanged(JsonNode event, UUID workspace) {
        UUID appointment = uuid(event, "appointmentId");
        String to = event.path("to").asText();
        if ("scheduled".equals(to)) {
            queue.reinstate(appointment, workspace);
        } else {
            queue.cancel(appointment, workspace, "appointment_" + to);
        }
    }

    private static UUID uuid(JsonNode event, String field) {
        return UUID.fromString(event.path(field).asText());
    }

    private static Instant instant(JsonNode event, String field) {
        return Instant.parse(event.path(field).asText());
    }
}
