package com.pazpaz.command.session;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.pazpaz.command.client.ClientLookup;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.BusinessRuleViolation.Kind;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.session.AmendSessionCommand;
import com.pazpaz.kernel.session.CreateSessionCommand;
import com.pazpaz.kernel.session.DeleteSessionCommand;
import com.pazpaz.kernel.session.FinalizeSessionCommand;
import com.pazpaz.kernel.session.PurgeReason;
import com.pazpaz.kernel.session.PurgeSessionCommand;
import com.pazpaz.kernel.session.RecordGoalProgressCommand;
import com.pazpaz.kernel.session.RestoreSessionCommand;
import com.pazpaz.kernel.session.SaveSessionDraftCommand;
import com.pazpaz.kernel.session.SessionAmendedEvent;
import com.pazpaz.kernel.session.SessionDraftCreatedEvent;
import com.pazpaz.kernel.session.SessionDraftSavedEvent;
import com.pazpaz.kernel.session.SessionFinalizedEvent;
import com.pazpaz.kernel.session.SessionGoalProgressRecordedEvent;
import com.pazpaz.kernel.session.SessionPatch;
import com.pazpaz.kernel.session.SessionPurgedEvent;
import com.pazpaz.kernel.session.SessionRestoredEvent;
import com.pazpaz.kernel.session.SessionRules;
import com.pazpaz.kernel.session.SessionSoftDeletedEvent;
import com.pazpaz.kernel.session.SessionUnfinalizedEvent;
import com.pazpaz.kernel.session.SoapNote;
import com.pazpaz.kernel.session.UnfinalizeSessionCommand;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A clinical note: a draft until finalized, then a legal record that changes only by amendment, each of which
 * keeps the text it replaced (behaviour.md §2.2–§2.6, decisions D9, D10). Holds only ciphertext; the one step
 * that needs plaintext, copying the current text into a version row, is done by the {@link SnapshotSealer}.
 *
 * <p>Snapshots ({@link SessionConfiguration#SNAPSHOT_TRIGGER}) store these fields as JSON: Jackson reads and
 * writes the private fields themselves (there are no accessors, and without this a snapshot would be an empty
 * object that breaks every later command). The revision filters out snapshots of an older shape: raise it
 * whenever a field is added, removed or changes meaning, and the notes are rebuilt from their events.
 */
@Aggregate(snapshotTriggerDefinition = SessionConfiguration.SNAPSHOT_TRIGGER)
@Revision("1")
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE,
        setterVisibility = Visibility.NONE)
class Session {

    @AggregateIdentifier
    private SessionId sessionId;

    private WorkspaceId workspaceId;
    private ClientId clientId;
    private SoapNote soap;
    private Instant sessionDate;
    private Integer durationMinutes;
    private boolean finalized;
    private int amendmentCount;
    private boolean deleted;
    private Instant permanentDeleteAfter;

    Session() {
        // for Axon: state is rebuilt from events
    }

    @CommandHandler
    Session(CreateSessionCommand command, ClientLookup clients, AppointmentLookup appointments) {
        if (!clients.existsInWorkspace(command.clientId(), command.workspaceId())) {
            throw new RecordNotFoundException();
        }
        if (command.appointmentId() != null
                && !appointments.existsInWorkspace(command.appointmentId(), command.workspaceId())) {
            throw new RecordNotFoundException();
        }
        apply(new SessionDraftCreatedEvent(
                command.sessionId(),
                command.workspaceId(),
                command.clientId(),
                command.appointmentId(),
                command.author(),
                command.soap(),
                command.sessionDate(),
                command.durationMinutes(),
                command.createdAt()));
    }

    @CommandHandler
    void handle(SaveSessionDraftCommand command, SnapshotSealer sealer) {
        requireLiveNote(command.workspaceId());
        SessionPatch patch = command.patch();
        if (patch.isEmpty()) {
            return;
        }
        if (finalized) {
            if (!command.amendIfFinalized()) {
                throw new BusinessRuleViolation(
                        Kind.CONFLICT, "A finalized session changes only by amendment (POST /amend), not by autosave");
            }
            // an amendment says why (issue 13, decision 180): a plain save of a finalized note is refused
            throw new BusinessRuleViolation(
                    Kind.INVALID,
                    "A finalized session changes only by amendment with a reason: POST /sessions/{id}/amend");
        }
        apply(new SessionDraftSavedEvent(
                sessionId,
                workspaceId,
                command.author(),
                soap.revisedBy(patch.soap()),
                dateAfter(patch),
                durationAfter(patch),
                command.savedAt()));
    }

    @CommandHandler
    void handle(AmendSessionCommand command, SnapshotSealer sealer) {
        requireWorkspace(command.workspaceId());
        if (deleted) {
            throw new BusinessRuleViolation("Cannot amend a deleted session");
        }
        if (!finalized) {
            throw new BusinessRuleViolation("Cannot amend a draft; save it instead");
        }
        if (command.patch().isEmpty()) {
            throw new BusinessRuleViolation("An amendment must change at least one field");
        }
        amend(command.author(), command.patch(), command.reason(), command.versionId(), command.amendedAt(), sealer);
    }

    @CommandHandler
    void handle(FinalizeSessionCommand command, SnapshotSealer sealer) {
        requireLiveNote(command.workspaceId());
        if (soap.isEmpty()) {
            throw new BusinessRuleViolation("Cannot finalize session: at least one SOAP field must have content");
        }
        if (finalized) {
            throw new BusinessRuleViolation("Session is already finalized");
        }
        apply(new SessionFinalizedEvent(
                sessionId,
                workspaceId,
                command.author(),
                command.finalizedAt(),
                command.versionId(),
                1,
                sealer.sealForVersion(soap, clientId, sessionId, command.versionId())));
    }

    /** Goal progress is part of the note's text, so like the text it is written while the note is a draft. */
    @CommandHandler
    void handle(RecordGoalProgressCommand command) {
        requireLiveNote(command.workspaceId());
        if (finalized) {
            throw new BusinessRuleViolation(
                    Kind.CONFLICT,
                    "Goal progress is recorded while the note is a draft; a finalized note changes only by amendment");
        }
        apply(new SessionGoalProgressRecordedEvent(
                sessionId,
                workspaceId,
                clientId,
                command.author(),
                command.entryId(),
                command.carePlanId(),
                command.goalId(),
                command.progressNote(),
                command.measure(),
                command.recordedAt()));
    }

    @CommandHandler
    void handle(UnfinalizeSessionCommand command) {
        requireLiveNote(command.workspaceId());
        if (!finalized) {
            throw new BusinessRuleViolation(Kind.BAD_REQUEST, "Session is already a draft");
        }
        apply(new SessionUnfinalizedEvent(
                sessionId, workspaceId, command.unfinalizedAt(), amendmentCount + 1, command.reason()));
    }

    /** An imported deletion keeps the purge date the reference promised, even one already past (decision 210). */
    @CommandHandler
    void handle(DeleteSessionCommand command) {
        requireLiveNote(command.workspaceId());
        Instant purgeAfter = command.permanentDeleteAfter() == null
                ? command.deletedAt().plus(SessionRules.SOFT_DELETE_GRACE_PERIOD)
                : command.permanentDeleteAfter();
        if (purgeAfter.isBefore(command.deletedAt())) {
            throw new BusinessRuleViolation("A note cannot be due for permanent deletion before it was deleted");
        }
        apply(new SessionSoftDeletedEvent(
                sessionId, workspaceId, command.deletedBy(), command.reason(), command.deletedAt(), purgeAfter));
    }

    @CommandHandler
    void handle(RestoreSessionCommand command) {
        requireWorkspace(command.workspaceId());
        if (!deleted) {
            throw new RecordNotFoundException("Session is not deleted");
        }
        if (command.restoredAt().isAfter(permanentDeleteAfter)) {
            throw new BusinessRuleViolation(
                    Kind.GONE,
                    "Session cannot be restored: "
                            + SessionRules.SOFT_DELETE_GRACE_PERIOD.toDays() + "-day grace period has expired. "
                            + "Session was scheduled for permanent deletion on " + permanentDeleteAfter + ".");
        }
        apply(new SessionRestoredEvent(sessionId, workspaceId, command.restoredAt()));
    }

    @CommandHandler
    void handle(PurgeSessionCommand command) {
        requireWorkspace(command.workspaceId());
        if (!deleted) {
            throw new BusinessRuleViolation(
                    "Session must be soft-deleted before permanent deletion. " + "Use DELETE /sessions/{id} first.");
        }
        if (command.reason() == PurgeReason.GRACE_PERIOD_EXPIRED
                && !command.purgedAt().isAfter(permanentDeleteAfter)) {
            throw new BusinessRuleViolation("The session's grace period has not expired yet");
        }
        apply(new SessionPurgedEvent(sessionId, workspaceId, clientId, command.reason(), command.purgedAt()));
    }

    /** R-AMD-1: the current text becomes version {@code amendments + 2}, then the changes apply. */
    private void amend(
            UserId author,
            SessionPatch patch,
            EncryptedValue reason,
            UUID versionId,
            Instant at,
            SnapshotSealer sealer) {
        SoapNote previous = sealer.sealForVersion(soap, clientId, sessionId, versionId);
        apply(new SessionAmendedEvent(
                sessionId,
                workspaceId,
                author,
                at,
                versionId,
                amendmentCount + 2,
                previous,
                reason,
                soap.revisedBy(patch.soap()),
                dateAfter(patch),
                durationAfter(patch),
                amendmentCount + 1));
    }

    private Instant dateAfter(SessionPatch patch) {
        return patch.sessionDate() != null ? patch.sessionDate() : sessionDate;
    }

    private Integer durationAfter(SessionPatch patch) {
        return patch.durationSent() ? patch.durationMinutes() : durationMinutes;
    }

    /** R-SES-7: a deleted note is invisible to everything but restore, amend's refusal and purge. */
    private void requireLiveNote(WorkspaceId caller) {
        requireWorkspace(caller);
        if (deleted) {
            throw new RecordNotFoundException();
        }
    }

    /** Another practice's note is answered exactly like a note that does not exist. */
    private void requireWorkspace(WorkspaceId caller) {
        if (!workspaceId.equals(caller)) {
            throw new RecordNotFoundException();
        }
    }

    @EventSourcingHandler
    void on(SessionDraftCreatedEvent event) {
        sessionId = event.sessionId();
        workspaceId = event.workspaceId();
        clientId = event.clientId();
        soap = event.soap();
        sessionDate = event.sessionDate();
        durationMinutes = event.durationMinutes();
    }

    @EventSourcingHandler
    void on(SessionDraftSavedEvent event) {
        soap = event.soap();
        sessionDate = event.sessionDate();
        durationMinutes = event.durationMinutes();
    }

    @EventSourcingHandler
    void on(SessionFinalizedEvent event) {
        finalized = true;
    }

    @EventSourcingHandler
    void on(SessionAmendedEvent event) {
        soap = event.soap();
        sessionDate = event.sessionDate();
        durationMinutes = event.durationMinutes();
        amendmentCount = event.amendmentCount();
    }

    @EventSourcingHandler
    void on(SessionUnfinalizedEvent event) {
        finalized = false;
        amendmentCount = 0;
    }

    @EventSourcingHandler
    void on(SessionSoftDeletedEvent event) {
        deleted = true;
        permanentDeleteAfter = event.permanentDeleteAfter();
    }

    @EventSourcingHandler
    void on(SessionRestoredEvent event) {
        deleted = false;
        permanentDeleteAfter = null;
    }

    @EventSourcingHandler
    void on(SessionPurgedEvent event) {
        markDeleted();
    }
}
