package com.pazpaz.command.session;

import com.pazpaz.command.common.ClientRecord;
import com.pazpaz.command.common.CommandAnswers;
import com.pazpaz.command.common.ExpectedVersion;
import com.pazpaz.command.common.RecordCommandGateway;
import com.pazpaz.command.common.RecordOwners;
import com.pazpaz.infra.access.PhiEndpoint;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.web.CommandResponse;
import com.pazpaz.infra.web.ProblemResponses.FieldProblem;
import com.pazpaz.infra.web.ValidationFailedException;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.session.AmendSessionCommand;
import com.pazpaz.kernel.session.CreateSessionCommand;
import com.pazpaz.kernel.session.DeleteSessionCommand;
import com.pazpaz.kernel.session.FinalizeSessionCommand;
import com.pazpaz.kernel.session.PurgeReason;
import com.pazpaz.kernel.session.PurgeSessionCommand;
import com.pazpaz.kernel.session.RestoreSessionCommand;
import com.pazpaz.kernel.session.SaveSessionDraftCommand;
import com.pazpaz.kernel.session.SessionPatch;
import com.pazpaz.kernel.session.SoapNote;
import com.pazpaz.kernel.session.UnfinalizeSessionCommand;
import com.pazpaz.kernel.workspace.Role;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lifecycle of clinical notes (behaviour.md §1.8 S1, S4–S7, S9–S11 and the amend endpoint of decisions.md);
 * reads, versions and history are on query-service. Text is encrypted here, before any command is sent.
 */
@RestController
@PhiEndpoint("Session")
@RequestMapping("/api/v1/sessions")
class SessionCommandController {

    private final RecordCommandGateway commands;
    private final SessionFieldEncryptor encryptor;
    private final SessionDirectory directory;
    private final AutosaveRateLimiter autosaves;
    private final CommandAnswers answers;
    private final RecordOwners owners;
    private final Clock clock;

    SessionCommandController(
            RecordCommandGateway commands,
            SessionFieldEncryptor encryptor,
            SessionDirectory directory,
            AutosaveRateLimiter autosaves,
            CommandAnswers answers,
            RecordOwners owners,
            Clock clock) {
        this.commands = commands;
        this.encryptor = encryptor;
        this.directory = directory;
        this.autosaves = autosaves;
        this.answers = answers;
        this.owners = owners;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<CommandResponse> create(Actor actor, @Valid @RequestBody NewSessionRequest request) {
        Instant now = clock.instant();
        requireNotInFuture(request.sessionDate(), now);
        SessionId id = SessionId.of(UUID.randomUUID());
        ClientId clientId = ClientId.of(request.clientId());
        // before a key is made or a destroyed key answers 410: another practice's client is simply not found
        owners.requireOwnedBy(actor.requireWorkspace(), clientId);
        // the note's key is created in the command's transaction: a refused note leaves no key behind
        CommandResponse response = commands.send(id, () -> {
            encryptor.createKeyFor(id, clientId);
            SoapNote soap = SoapNote.of(encryptor.forNote(id, clientId, request.soap()));
            return new CreateSessionCommand(
                    id,
                    actor.requireWorkspace(),
                    clientId,
                    request.appointmentId(),
                    actor.userId(),
                    soap,
                    request.sessionDate(),
                    request.durationMinutes(),
                    now);
        });
        return answers.created("/api/v1/sessions/" + id, response);
    }

    /** Saves a draft, or amends a finalized note without a stated reason (R-AMD-1). */
    @PutMapping("/{sessionId}")
    ResponseEntity<CommandResponse> update(
            Actor actor,
            @PathVariable UUID sessionId,
            ExpectedVersion expected,
            @Valid @RequestBody SessionChangesRequest request) {
        Instant now = changeTime(request);
        return send(
                actor,
                sessionId,
                note -> new SaveSessionDraftCommand(
                        note.id(),
                        note.workspace(),
                        actor.userId(),
                        patch(note, request, request.sessionDate()),
                        true,
                        UUID.randomUUID(),
                        now,
                        expected.sequence()));
    }

    /** Autosave (R-SES-4); rate-limited before anything else (R-RL-2); refused on a finalized note (D10). */
    @PatchMapping("/{sessionId}/draft")
    ResponseEntity<CommandResponse> autosave(
            Actor actor,
            @PathVariable UUID sessionId,
            ExpectedVersion expected,
            @Valid @RequestBody SessionChangesRequest request) {
        autosaves.acquire(actor.userId(), SessionId.of(sessionId));
        return send(
                actor,
                sessionId,
                note -> new SaveSessionDraftCommand(
                        note.id(),
                        note.workspace(),
                        actor.userId(),
                        patch(note, request, null),
                        false,
                        null,
                        clock.instant(),
                        expected.sequence()));
    }

    @PostMapping("/{sessionId}/amend")
    ResponseEntity<CommandResponse> amend(
            Actor actor,
            @PathVariable UUID sessionId,
            ExpectedVersion expected,
            @Valid @RequestBody AmendSessionRequest request) {
        Instant now = changeTime(request);
        return send(actor, sessionId, note -> {
            UUID versionId = UUID.randomUUID();
            return new AmendSessionCommand(
                    note.id(),
                    note.workspace(),
                    actor.userId(),
                    patch(note, request, request.sessionDate()),
                    encryptor.amendmentReason(note.id(), note.client(), versionId, request.reason()),
                    versionId,
                    now,
                    expected.sequence());
        });
    }

    @PostMapping("/{sessionId}/finalize")
    ResponseEntity<CommandResponse> finalizeNote(Actor actor, @PathVariable UUID sessionId, ExpectedVersion expected) {
        return send(
                actor,
                sessionId,
                note -> new FinalizeSessionCommand(
                        note.id(),
                        note.workspace(),
                        actor.userId(),
                        UUID.randomUUID(),
                        clock.instant(),
                        expected.sequence()));
    }

    /** Owner only, for a stated reason (decision 180): a legal record goes back to being a draft. */
    @PostMapping("/{sessionId}/unfinalize")
    ResponseEntity<CommandResponse> unfinalize(
            Actor actor,
            @PathVariable UUID sessionId,
            ExpectedVersion expected,
            @Valid @RequestBody(required = false) UnfinalizeSessionRequest request) {
        return send(actor, sessionId, note -> {
            requireOwner(actor, "Only the practice's owner unfinalizes a note");
            if (request == null || request.reason() == null || request.reason().isBlank()) {
                throw new ValidationFailedException(List.of(new FieldProblem("reason", "must not be blank")));
            }
            return new UnfinalizeSessionCommand(
                    note.id(),
                    note.workspace(),
                    clock.instant(),
                    encryptor.unfinalizeReason(note.id(), note.client(), request.reason()),
                    expected.sequence());
        });
    }

    /** Soft delete (R-DEL-1). Answers 200 with the command response, like every command here (docs/api.md). */
    @DeleteMapping("/{sessionId}")
    ResponseEntity<CommandResponse> delete(
            Actor actor,
            @PathVariable UUID sessionId,
            ExpectedVersion expected,
            @Valid @RequestBody(required = false) DeleteSessionRequest request) {
        return send(actor, sessionId, note -> {
            String reason = request == null ? null : request.reason();
            return new DeleteSessionCommand(
                    note.id(),
                    note.workspace(),
                    actor.userId(),
                    encryptor.deletionReason(note.id(), note.client(), reason),
                    clock.instant(),
                    expected.sequence());
        });
    }

    @PostMapping("/{sessionId}/restore")
    ResponseEntity<CommandResponse> restore(Actor actor, @PathVariable UUID sessionId, ExpectedVersion expected) {
        return send(
                actor,
                sessionId,
                note -> new RestoreSessionCommand(note.id(), note.workspace(), clock.instant(), expected.sequence()));
    }

    @DeleteMapping("/{sessionId}/permanent")
    ResponseEntity<CommandResponse> purge(Actor actor, @PathVariable UUID sessionId, ExpectedVersion expected) {
        return send(actor, sessionId, note -> {
            // crypto-shredding cannot be undone (decision 180)
            requireOwner(actor, "Only the practice's owner permanently deletes a note");
            return new PurgeSessionCommand(
                    note.id(),
                    note.workspace(),
                    PurgeReason.PERMANENT_DELETE_REQUESTED,
                    clock.instant(),
                    expected.sequence());
        });
    }

    /**
     * Finds the note in the caller's workspace (404 for a note that does not exist there, or was purged, before any
     * other check), sends the command made for it and answers 200 with the note's new version.
     */
    private ResponseEntity<CommandResponse> send(
            Actor actor, UUID sessionId, Function<ClientRecord<SessionId>, Object> command) {
        ClientRecord<SessionId> note = ClientRecord.find(actor, SessionId.of(sessionId), directory::clientOf);
        return answers.ok(commands.send(command.apply(note), note.id()));
    }

    private SessionPatch patch(ClientRecord<SessionId> note, SessionChangesRequest request, Instant sessionDate) {
        return new SessionPatch(
                encryptor.forNote(note.id(), note.client(), request.soapChanges()),
                sessionDate,
                request.durationSent(),
                request.durationMinutes());
    }

    /**
     * Now, as the time of a change, once the change is checked before the note is looked up: nulls only where they
     * clear, and a moved session date not in the future.
     */
    private Instant changeTime(SessionChangesRequest request) {
        Instant now = clock.instant();
        request.requireClearableNulls();
        if (request.sessionDate() != null) {
            requireNotInFuture(request.sessionDate(), now);
        }
        return now;
    }

    /** R-SES-2: a note records an encounter that has happened. */
    private static void requireNotInFuture(Instant sessionDate, Instant now) {
        if (sessionDate.isAfter(now)) {
            throw new ValidationFailedException(
                    List.of(new FieldProblem("session_date", "Session date cannot be in the future")));
        }
    }

    /** After the note is found (another practice's note is 404 first): an assistant may not do this. */
    private static void requireOwner(Actor actor, String refusal) {
        if (actor.role() != Role.OWNER) {
            throw new AccessDeniedException(refusal);
        }
    }
}
