package com.pazpaz.command.session;

import com.pazpaz.command.common.CommandLookups;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.session.SessionAmendedEvent;
import com.pazpaz.kernel.session.SessionDraftCreatedEvent;
import com.pazpaz.kernel.session.SessionPurgedEvent;
import com.pazpaz.kernel.session.SessionRestoredEvent;
import com.pazpaz.kernel.session.SessionSoftDeletedEvent;
import com.pazpaz.kernel.session.SessionUnfinalizedEvent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Command-side directory of notes, kept in the same transaction as their events: the client a note belongs
 * to (whose key encrypts its text, needed before a command is sent) and the purge deadline of deleted notes.
 */
@Component
@ProcessingGroup(CommandLookups.PROCESSING_GROUP)
class SessionDirectory {

    private final JdbcTemplate jdbc;

    SessionDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SessionDraftCreatedEvent event) {
        jdbc.update(
                "INSERT INTO command_model.session_directory (session_id, workspace_id, client_id,"
                        + " appointment_id) VALUES (?, ?, ?, ?)",
                event.sessionId().value(),
                event.workspaceId().value(),
                event.clientId().value(),
                event.appointmentId());
    }

    @EventHandler
    void on(SessionAmendedEvent event) {
        jdbc.update(
                "UPDATE command_model.session_directory SET amendment_count = amendment_count + 1"
                        + " WHERE session_id = ?",
                event.sessionId().value());
    }

    @EventHandler
    void on(SessionUnfinalizedEvent event) {
        jdbc.update(
                "UPDATE command_model.session_directory SET amendment_count = 0 WHERE session_id = ?",
                event.sessionId().value());
    }

    @EventHandler
    void on(SessionSoftDeletedEvent event) {
        jdbc.update(
                "UPDATE command_model.session_directory SET permanent_delete_after = ?, is_deleted = true"
                        + " WHERE session_id = ?",
                Timestamp.from(event.permanentDeleteAfter()),
                event.sessionId().value());
    }

    @EventHandler
    void on(SessionRestoredEvent event) {
        jdbc.update(
                "UPDATE command_model.session_directory SET permanent_delete_after = NULL, is_deleted = false"
                        + " WHERE session_id = ?",
                event.sessionId().value());
    }

    @EventHandler
    void on(SessionPurgedEvent event) {
        jdbc.update(
                "DELETE FROM command_model.session_directory WHERE session_id = ?",
                event.sessionId().value());
    }

    /** The client of a note in this workspace; empty for a note that does not exist there (or was purged). */
    Optional<ClientId> clientOf(SessionId sessionId, WorkspaceId workspaceId) {
        return jdbc
                .query(
                        "SELECT client_id FROM command_model.session_directory"
                                + " WHERE session_id = ? AND workspace_id = ?",
                        (rs, n) -> ClientId.of(rs.getObject(1, UUID.class)),
                        sessionId.value(),
                        workspaceId.value())
                .stream()
                .findFirst();
    }

    /** Deleted notes whose grace period ended before {@code now}, oldest deadline first. */
    List<ExpiredNote> expiredBefore(Instant now, int limit) {
        return jdbc.query(
                "SELECT session_id, workspace_id FROM command_model.session_directory"
                        + " WHERE permanent_delete_after < ? ORDER BY permanent_delete_after LIMIT ?",
                (rs, n) -> new ExpiredNote(
                        SessionId.of(rs.getObject(1, UUID.class)), WorkspaceId.of(rs.getObject(2, UUID.class))),
                Timestamp.from(now),
                limit);
    }

    /** A note the purge job should erase. */
    record ExpiredNote(SessionId sessionId, WorkspaceId workspaceId) {}
}
