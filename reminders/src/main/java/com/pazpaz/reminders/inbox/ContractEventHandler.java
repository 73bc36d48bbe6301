package com.pazpaz.reminders.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.reminders.queue.ClientConsent;
import com.pazpaz.reminders.queue.PracticeSettings;
import com.pazpaz.reminders.queue.ReminderQueue;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one record of the published contract (its {@code ce_type} and JSON value, docs/consumers.md) to the
 * reminder tables, once per {@code ce_id}: the id is stored in the same transaction as the change, so a redelivered
 * record finds it and changes nothing. Types it does not handle are skipped ({@link #handles}), as the contract
 * asks.
 */
@Component
public class ContractEventHandler {

    private final JdbcTemplate jdbc;
    private final ReminderQueue queue;
    private final ClientConsent clients;
    private final PracticeSettings practices;
    private final Clock clock;
    private final Map<String, Applier> appliers;

    ContractEventHandler(
            JdbcTemplate jdbc, ReminderQueue queue, ClientConsent clients, PracticeSettings practices, Clock clock) {
        this.jdbc = jdbc;
        this.queue = queue;
        this.clients = clients;
        this.practices = practices;
        this.clock = clock;
        this.appliers = appliers();
    }

    /**
     * Whether records of this type change anything here. Only those are read, applied and remembered in
     * {@code processed_event}: a record of another type (most of the topic: access records, notes, plans) is
     * passed over without a transaction, a row or a JSON parse, as redelivering it is harmless anyway.
     */
    public boolean handles(String type) {
        return appliers.containsKey(type);
    }

    /** Returns false when the record was a duplicate (already applied) or of a type not handled here. */
    @Transactional
    public boolean apply(String eventId, String type, JsonNode event) {
        Applier applier = appliers.get(type);
        if (applier == null) {
            return false;
        }
        int fresh = jdbc.update(
                "INSERT INTO processed_event (event_id, processed_at) VALUES (?, ?)"
                        + " ON CONFLICT (event_id) DO NOTHING",
                eventId,
                Timestamp.from(clock.instant()));
        if (fresh == 0) {
            return false;
        }
        applier.apply(event, uuid(event, "workspaceId"));
        return true;
    }

    /**
     * What each handled type changes. Not among them: the {@code pazpaz.appointment_series.*} events: each
     * occurrence of a series is published as an appointment of its own (scheduled, rescheduled, status_changed),
     * in the series event's transaction, so the appointment events keep its reminders right.
     */
    private Map<String, Applier> appliers() {
        Applier consent = (event, workspace) -> clients.consent(
                uuid(event, "clientId"),
                workspace,
                event.path("details").path("consentStatus").asBoolean(false));
        Map<String, Applier> appliers = new HashMap<>();
        // v1: records published before the tags were encrypted (decision 263); the consent flag is the same
        appliers.put("pazpaz.client.registered.v1", consent);
        appliers.put("pazpaz.client.details_revised.v1", consent);
        appliers.put("pazpaz.client.registered.v2", consent);
        appliers.put("pazpaz.client.details_revised.v2", consent);
        appliers.put("pazpaz.client.archived.v1", (event, workspace) -> {
            clients.archived(uuid(event, "clientId"), true);
            queue.cancelForClient(uuid(event, "clientId"), workspace, "client_archived");
        });
        appliers.put(
                "pazpaz.client.reactivated.v1", (event, workspace) -> clients.archived(uuid(event, "clientId"), false));
        appliers.put("pazpaz.client.erased.v1", (event, workspace) -> {
            clients.forget(uuid(event, "clientId"));
            queue.cancelForClient(uuid(event, "clientId"), workspace, "client_erased");
        });
        appliers.put(
                "pazpaz.appointment.scheduled.v1",
                (event, workspace) -> queue.schedule(
                        uuid(event, "appointmentId"),
                        workspace,
                        uuid(event, "clientId"),
                        instant(event, "scheduledStart")));
        appliers.put(
                "pazpaz.appointment.rescheduled.v1",
                (event, workspace) ->
                        queue.reschedule(uuid(event, "appointmentId"), workspace, instant(event, "scheduledStart")));
        appliers.put("pazpaz.appointment.status_changed.v1", this::statusChanged);
        appliers.put(
                "pazpaz.appointment.deleted.v1",
                (event, workspace) -> queue.cancel(uuid(event, "appointmentId"), workspace, "appointment_deleted"));
        appliers.put(
                "pazpaz.workspace.available_hours_set.v1",
                (event, workspace) -> practices.hoursZone(
                        workspace, event.path("hours").path("timeZone").asText()));
        return Map.copyOf(appliers);
    }

    /** The change one record of a handled type makes, in the transaction that remembers its id. */
    @FunctionalInterface
    private interface Applier {
        void apply(JsonNode event, UUID workspace);
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
