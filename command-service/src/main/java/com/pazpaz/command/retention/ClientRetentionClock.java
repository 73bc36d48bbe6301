package com.pazpaz.command.retention;

import com.pazpaz.command.common.CommandLookups;
import com.pazpaz.kernel.appointment.AppointmentScheduledEvent;
import com.pazpaz.kernel.client.ClientArchivedEvent;
import com.pazpaz.kernel.client.ClientDetailsRevisedEvent;
import com.pazpaz.kernel.client.ClientErasedEvent;
import com.pazpaz.kernel.client.ClientReactivatedEvent;
import com.pazpaz.kernel.client.ClientRegisteredEvent;
import com.pazpaz.kernel.session.SessionAmendedEvent;
import com.pazpaz.kernel.session.SessionDraftCreatedEvent;
import com.pazpaz.kernel.session.SessionFinalizedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each client's retention clock in the transaction of the events that restart it: changes to the client,
 * new or finalized or amended notes, new appointments. Archiving and reactivating also set whether it may expire.
 *
 * <p>The clock is kept to the day ({@link #GRANULARITY}): an activity moves it only when it is more than a day
 * ahead of what is stored. Every other command about the client then only reads the row and takes no lock on
 * it, so the commands about one client no longer queue on its retention row (they did, one commit after the
 * other). The stored time is therefore at most a day behind the true last activity, and {@link #dueBefore}
 * allows for that day, so no client is ever erased before its period has run out.
 */
@Component
@ProcessingGroup(CommandLookups.PROCESSING_GROUP)
class ClientRetentionClock {

    /** How far the stored last activity may lag behind the true one. */
    static final Duration GRANULARITY = Duration.ofDays(1);

    private final JdbcTemplate jdbc;

    ClientRetentionClock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ClientRegisteredEvent event) {
        jdbc.update(
                "INSERT INTO command_model.client_retention (client_id, workspace_id, last_activity_at, archived)"
                        + " VALUES (?, ?, ?, ?)",
                event.clientId().value(),
                event.workspaceId().value(),
                java.sql.Timestamp.from(event.registeredAt()),
                !event.active());
    }

    @EventHandler
    void on(ClientDetailsRevisedEvent event) {
        touch(event.clientId().value(), event.revisedAt());
    }

    @EventHandler
    void on(ClientArchivedEvent event) {
        touch(event.clientId().value(), event.archivedAt());
        jdbc.update(
                "UPDATE command_model.client_retention SET archived = true WHERE client_id = ?",
                event.clientId().value());
    }

    @EventHandler
    void on(ClientReactivatedEvent event) {
        touch(event.clientId().value(), event.reactivatedAt());
        jdbc.update(
                "UPDATE command_model.client_retention SET archived = false WHERE client_id = ?",
                event.clientId().value());
    }

    @EventHandler
    void on(ClientErasedEvent event) {
        jdbc.update(
                "UPDATE command_model.client_retention SET erased = true WHERE client_id = ?",
                event.clientId().value());
    }

    @EventHandler
    void on(AppointmentScheduledEvent event, @Timestamp Instant at) {
        touch(event.clientId().value(), at);
    }

    @EventHandler
    void on(SessionDraftCreatedEvent event, @Timestamp Instant at) {
        touch(event.clientId().value(), at);
    }

    @EventHandler
    void on(SessionFinalizedEvent event, @Timestamp Instant at) {
        touchNoteClient(event.sessionId().value(), at);
    }

    @EventHandler
    void on(SessionAmendedEvent event, @Timestamp Instant at) {
        touchNoteClient(event.sessionId().value(), at);
    }

    /** Archived, not yet erased clients whose last activity is before {@code cutoff}. */
    List<DueClient> dueBefore(Instant cutoff, int limit) {
        return jdbc.query(
                "SELECT client_id, workspace_id FROM command_model.client_retention"
                        + " WHERE archived AND NOT erased AND last_activity_at < ? ORDER BY last_activity_at LIMIT ?",
                (rs, n) -> new DueClient(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
                java.sql.Timestamp.from(cutoff.minus(GRANULARITY)),
                limit);
    }

    private void touch(UUID clientId, Instant at) {
        jdbc.update(
                "UPDATE command_model.client_retention SET last_activity_at = ?"
                        + " WHERE client_id = ? AND last_activity_at < ?",
                java.sql.Timestamp.from(at),
                clientId,
                java.sql.Timestamp.from(at.minus(GRANULARITY)));
    }

    private void touchNoteClient(UUID sessionId, Instant at) {
        jdbc.update(
                "UPDATE command_model.client_retention SET last_activity_at = ?"
                        + " WHERE client_id = (SELECT client_id FROM command_model.session_directory WHERE session_id = ?)"
                        + " AND last_activity_at < ?",
                java.sql.Timestamp.from(at),
                sessionId,
                java.sql.Timestamp.from(at.minus(GRANULARITY)));
    }

    /** A client whose retention has ended. */
    record DueClient(UUID clientId, UUID workspaceId) {}
}
