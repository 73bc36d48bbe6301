package com.pazpaz.query.session;

import com.pazpaz.kernel.session.SessionAmendedEvent;
import com.pazpaz.kernel.session.SessionDraftCreatedEvent;
import com.pazpaz.kernel.session.SessionDraftSavedEvent;
import com.pazpaz.kernel.session.SessionFinalizedEvent;
import com.pazpaz.kernel.session.SessionRestoredEvent;
import com.pazpaz.kernel.session.SessionSoftDeletedEvent;
import com.pazpaz.kernel.session.SessionUnfinalizedEvent;

/**
 * How each note event changes a {@code sessions} row: shared by the projector (rows in the table) and the
 * point-in-time answer (a row rebuilt in memory), so both always agree.
 */
final class SessionRowEvolution {

    private SessionRowEvolution() {
    }

    static SessionRow created(SessionDraftCreatedEvent event) {
        SessionRow row = new SessionRow(event.sessionId().value(), event.workspaceId().value(),
                event.clientId().value(), event.appointmentId(), event.author().value(), event.createdAt());
        row.setContent(event.soap(), event.sessionDate(), event.durationMinutes());
        return row;
    }

    /** Applies a later event of the note; events that do not change the row are ignored. */
    static void apply(SessionRow row, Object event) {
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
            row.softDeleted(deleted.deletedBy().value(), deleted.reason(), deleted.deletedAt(),
                    deleted.permanentDeleteAfter());
        } else if (event instanceof SessionRestoredEvent restored) {
            row.restored(restored.restoredAt());
        }
    }
}
