package com.pazpaz.query.session;

import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.session.SessionAmendedEvent;
import com.pazpaz.kernel.session.SessionDraftCreatedEvent;
import com.pazpaz.kernel.session.SessionDraftSavedEvent;
import com.pazpaz.kernel.session.SessionFinalizedEvent;
import com.pazpaz.kernel.session.SessionPurgedEvent;
import com.pazpaz.kernel.session.SessionRestoredEvent;
import com.pazpaz.kernel.session.SessionSoftDeletedEvent;
import com.pazpaz.kernel.session.SessionUnfinalizedEvent;
import com.pazpaz.infra.crypto.DataKeys;
import com.pazpaz.query.common.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code sessions} and {@code session_versions} in step with the note events, as the reference's tables
 * would look: unfinalize drops the versions (the events keep them), purge removes the note and everything that
 * hangs off it. Ciphertext is copied, never decrypted here.
 */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class SessionProjector {

    private final SessionRows sessions;
    private final SessionVersionRows versions;
    private final DataKeys dataKeys;

    SessionProjector(SessionRows sessions, SessionVersionRows versions, DataKeys dataKeys) {
        this.sessions = sessions;
        this.versions = versions;
        this.dataKeys = dataKeys;
    }

    @EventHandler
    void on(SessionDraftCreatedEvent event) {
        sessions.save(SessionRowEvolution.created(event));
    }

    @EventHandler
    void on(SessionDraftSavedEvent event) {
        SessionRowEvolution.apply(row(event.sessionId()), event);
    }

    @EventHandler
    void on(SessionFinalizedEvent event) {
        SessionRowEvolution.apply(row(event.sessionId()), event);
        versions.save(new SessionVersionRow(event.versionId(), event.sessionId().value(), event.author().value(),
                event.versionNumber(), event.snapshot(), event.finalizedAt()));
    }

    @EventHandler
    void on(SessionAmendedEvent event) {
        versions.save(new SessionVersionRow(event.versionId(), event.sessionId().value(), event.author().value(),
                event.versionNumber(), event.previousSnapshot(), event.amendedAt()));
        SessionRowEvolution.apply(row(event.sessionId()), event);
    }

    @EventHandler
    void on(SessionUnfinalizedEvent event) {
        versions.deleteBySession(event.sessionId().value());
        SessionRowEvolution.apply(row(event.sessionId()), event);
    }

    @EventHandler
    void on(SessionSoftDeletedEvent event) {
        SessionRowEvolution.apply(row(event.sessionId()), event);
    }

    @EventHandler
    void on(SessionRestoredEvent event) {
        SessionRowEvolution.apply(row(event.sessionId()), event);
    }

    /** The note leaves every read table: its versions here, attachments by the table's ON DELETE CASCADE. */
    @EventHandler
    void on(SessionPurgedEvent event) {
        dataKeys.forgetCachedKeys();
        versions.deleteBySession(event.sessionId().value());
        sessions.delete(row(event.sessionId()));
    }

    private SessionRow row(SessionId sessionId) {
        return sessions.findById(sessionId.value())
                .orElseThrow(() -> new IllegalStateException("Event for unknown session " + sessionId));
    }
}
