package com.pazpaz.query.session;

import com.pazpaz.kernel.session.SessionAmendedEvent;
import com.pazpaz.kernel.session.SessionDraftCreatedEvent;
import com.pazpaz.kernel.session.SessionDraftSavedEvent;
import com.pazpaz.kernel.session.SessionFinalizedEvent;
import com.pazpaz.kernel.session.SessionPurgedEvent;
import com.pazpaz.kernel.session.SessionRestoredEvent;
import com.pazpaz.kernel.session.SessionSoftDeletedEvent;
import com.pazpaz.kernel.session.SessionUnfinalizedEvent;
import java.util.UUID;

/**
 * How each note event changes a {@code sessions} row: shared by the projector (rows in the table) and the
 * point-in-time answer (a row rebuilt in memory), so both always agree.
 */
final class SessionRowEvolution {

    private SessionRowEvolution() {}

    static SessionRow created(SessionDraftCreatedEvent event) {
        SessionRow row = new SessionRow(
                event.sessionId().value(),
                event.workspaceId().value(),
                event.clientId().value(),
                event.appointmentId(),
                event.author().value(),
                event.createdAt());
        row.setContent(event.soap(), event.sessionDate(), event.durationMinutes());
        return row;
    }

    /**
     * The row after the event: a new one for a draft created, none (null) once purged or before the draft was
     * created; events that do not change the row leave it as it was.
     */
    static SessionRow apply(SessionRow row, Object event) {
        if (event instanceof SessionDraftCreatedEvent created) {
            return created(created);
        }
        if (row == null || event instanceof SessionPurgedEvent) {
            return null;
        }
        if (event instanceof SessionDraftSavedEvent saved) {
            row.setContent(saved.soap(), saved.sessionDate(), saved.durationMinutes());
            row.draftSaved(saved.savedAt());
        } else if (event instanceof SessionFinalizedEvent finalized) {
            row.finalized(finalized.finalizedAt());
        } else if (event instanceof SessionAmendedEvent amended) {
            row.setContent(amended.soap(), amended.sessionDate(), amended.durationMinutes());
            row.amended(amended.amendedAt(), amended.amendmentCount());
        } else if (event instanceof SessionUnfinalizedEvent unfinalized) {
            row.unfinalized(unfinalized.unfinalizedAt());
        } else if (event instanceof SessionSoftDeletedEvent deleted) {
            row.softDeleted(
                    deleted.deletedBy().value(), deleted.reason(), deleted.deletedAt(), deleted.permanentDeleteAfter());
        } else if (event instanceof SessionRestoredEvent restored) {
            row.restored(restored.restoredAt());
        }
        return row;
    }

    /** The existing note an event changes; null for a new draft or another kind of event. */
    static UUID changes(Object event) {
        if (event instanceof SessionDraftSavedEvent e) {
            return e.sessionId().value();
        }
        if (event instanceof SessionFinalizedEvent e) {
            return e.sessionId().value();
        }
        if (event instanceof SessionAmendedEvent e) {
            return e.sessionId().value();
        }
        if (event instanceof SessionUnfinalizedEvent e) {
            return e.sessionId().value();
        }
        if (event instanceof SessionSoftDeletedEvent e) {
            return e.sessionId().value();
        }
        if (event instanceof SessionRestoredEvent e) {
            return e.sessionId().value();
        }
        return event instanceof SessionPurgedEvent e ? e.sessionId().value() : null;
    }
}
