package com.pazpaz.query.session;

import com.pazpaz.infra.crypto.DataKeys;
import com.pazpaz.kernel.session.SessionAmendedEvent;
import com.pazpaz.kernel.session.SessionDraftCreatedEvent;
import com.pazpaz.kernel.session.SessionDraftSavedEvent;
import com.pazpaz.kernel.session.SessionFinalizedEvent;
import com.pazpaz.kernel.session.SessionPurgedEvent;
import com.pazpaz.kernel.session.SessionRestoredEvent;
import com.pazpaz.kernel.session.SessionSoftDeletedEvent;
import com.pazpaz.kernel.session.SessionUnfinalizedEvent;
import com.pazpaz.query.common.ReadModel;
import com.pazpaz.query.common.ReadModelRows;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code sessions} and {@code session_versions} in step with the note events, as the reference's tables
 * would look: unfinalize drops the versions (the events keep them), purge removes the note and everything that
 * hangs off it. Ciphertext is copied, never decrypted here. The note rows follow {@link SessionRowEvolution}.
 */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class SessionProjector {

    private static final String DELETE_VERSIONS = "DELETE FROM session_versions WHERE session_id = ?";

    private final ReadModelRows rows;
    private final DataKeys dataKeys;

    SessionProjector(ReadModelRows rows, DataKeys dataKeys) {
        this.rows = rows;
        this.dataKeys = dataKeys;
    }

    @EventHandler
    void on(SessionDraftCreatedEvent event) {
        rows.apply(SessionRow.TABLE, event);
    }

    @EventHandler
    void on(SessionDraftSavedEvent event) {
        rows.apply(SessionRow.TABLE, event);
    }

    @EventHandler
    void on(SessionFinalizedEvent event) {
        rows.apply(SessionRow.TABLE, event);
        rows.put(
                SessionVersionRow.TABLE,
                new SessionVersionRow(
                        event.versionId(),
                        event.sessionId().value(),
                        event.author().value(),
                        event.versionNumber(),
                        event.snapshot(),
                        event.finalizedAt()));
    }

    @EventHandler
    void on(SessionAmendedEvent event) {
        rows.put(
                SessionVersionRow.TABLE,
                new SessionVersionRow(
                        event.versionId(),
                        event.sessionId().value(),
                        event.author().value(),
                        event.versionNumber(),
                        event.previousSnapshot(),
                        event.amendedAt()));
        rows.apply(SessionRow.TABLE, event);
    }

    @EventHandler
    void on(SessionUnfinalizedEvent event) {
        rows.execute(DELETE_VERSIONS, event.sessionId().value());
        rows.apply(SessionRow.TABLE, event);
    }

    @EventHandler
    void on(SessionSoftDeletedEvent event) {
        rows.apply(SessionRow.TABLE, event);
    }

    @EventHandler
    void on(SessionRestoredEvent event) {
        rows.apply(SessionRow.TABLE, event);
    }

    /** The note leaves every read table, with its versions and attachments (SessionRow.TABLE's deletes). */
    @EventHandler
    void on(SessionPurgedEvent event) {
        dataKeys.forgetCachedKeys();
        rows.apply(SessionRow.TABLE, event);
    }
}
