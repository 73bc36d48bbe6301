package com.pazpaz.command.appointment;

import com.pazpaz.command.client.ClientLookup;
import com.pazpaz.command.common.CommandAnswers;
import com.pazpaz.command.common.ExpectedVersion;
import com.pazpaz.command.common.RecordCommandGateway;
import com.pazpaz.command.common.RecordOwners;
import com.pazpaz.command.service.ServiceNames;
import com.pazpaz.infra.access.PhiEndpoint;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.web.CommandResponse;
import com.pazpaz.infra.web.ProblemResponses.FieldProblem;
import com.pazpaz.infra.web.ValidationFailedException;
import com.pazpaz.kernel.appointment.DeleteAppointmentCommand;
import com.pazpaz.kernel.appointment.ReviseAppointmentCommand;
import com.pazpaz.kernel.appointment.ScheduleAppointmentCommand;
import com.pazpaz.kernel.appointment.SessionNoteAction;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.ServiceId;
import com.pazpaz.kernel.ids.WorkspaceId;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Schedule, edit and delete appointments (behaviour.md §1.5; reads and the conflict check are on query-service). */
@RestController
@PhiEndpoint("Appointment")
@RequestMapping("/api/v1/appointments")
class AppointmentCommandController {

    private final RecordCommandGateway commands;
    private final AppointmentCalendar calendar;
    private final ClientLookup clients;
    private final ServiceNames services;
    private final AppointmentFieldCipher cipher;
    private final StoredAppointmentFields storedFields;
    private final RevisionEncryption revisions;
    private final LinkedSessionNotes sessionNotes;
    private final CommandAnswers answers;
    private final RecordOwners owners;
    private final Clock clock;

    AppointmentCommandController(
            RecordCommandGateway commands,
            AppointmentCalendar calendar,
            ClientLookup clients,
            ServiceNames services,
            AppointmentFieldCipher cipher,
            StoredAppointmentFields storedFields,
            RevisionEncryption revisions,
            ObjectProvider<LinkedSessionNotes> sessionNotes,
            CommandAnswers answers,
            RecordOwners owners,
            Clock clock) {
        this.commands = commands;
        this.calendar = calendar;
        this.clients = clients;
        this.services = services;
        this.cipher = cipher;
        this.storedFields = storedFields;
        this.revisions = revisions;
        this.sessionNotes = sessionNotes.getIfAvailable(() -> LinkedSessionNotes.NONE);
        this.answers = answers;
        this.owners = owners;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<CommandResponse> schedule(Actor actor, @Valid @RequestBody ScheduleAppointmentRequest request) {
        WorkspaceId workspaceId = actor.requireWorkspace();
        if (!request.scheduledEnd().isAfter(request.scheduledStart())) {
            throw new ValidationFailedException(
                    List.of(new FieldProblem("scheduled_end", Appointment.END_BEFORE_START)));
        }
        ClientId clientId = requireClient(workspaceId, request.clientId());
        ServiceId serviceId = requireService(workspaceId, request.serviceId());
        AppointmentId id = AppointmentId.of(UUID.randomUUID());
        CommandResponse response = commands.send(
                new ScheduleAppointmentCommand(
                        id,
                        workspaceId,
                        clientId,
                        request.scheduledStart(),
                        request.scheduledEnd(),
                        request.locationType(),
                        cipher.encrypt(
                                id, clientId, AppointmentFieldCipher.LOCATION_DETAILS, request.locationDetails()),
                        cipher.encrypt(id, clientId, AppointmentFieldCipher.NOTES, request.notes()),
                        clock.instant(),
                        serviceId),
                id);
        return answers.created("/api/v1/appointments/" + id, response);
    }

    @PutMapping("/{appointmentId}")
    ResponseEntity<CommandResponse> revise(
            Actor actor,
            @PathVariable UUID appointmentId,
            @RequestParam(name = "allow_conflict", defaultValue = "false") boolean allowConflict,
            ExpectedVersion expected,
            @Valid @RequestBody ReviseAppointmentRequest request) {
        request.requireClearableNulls();
        WorkspaceId workspaceId = actor.requireWorkspace();
        AppointmentId id = AppointmentId.of(appointmentId);
        // before its fields are read or its notes counted: another practice's appointment is simply not found
        owners.requireOwnedBy(workspaceId, id);
        StoredAppointmentFields.Fields stored = storedFields.current(id).orElseThrow(RecordNotFoundException::new);
        if (request.clientId() != null) {
            requireClient(workspaceId, request.clientId());
        }
        ReviseAppointmentCommand command = new ReviseAppointmentCommand(
                id,
                workspaceId,
                revisions.revision(id, stored, request),
                allowConflict,
                sessionNotes.hasActiveNote(id),
                clock.instant(),
                expected.sequence());
        return answers.ok(commands.send(command, id));
    }

    /** Hard delete in any status (R-APD-5); 200 with the final version, like every command here. */
    @DeleteMapping("/{appointmentId}")
    ResponseEntity<CommandResponse> delete(
            Actor actor,
            @PathVariable UUID appointmentId,
            ExpectedVersion expected,
            @Valid @RequestBody(required = false) DeleteAppointmentRequest body) {
        WorkspaceId workspaceId = actor.requireWorkspace();
        DeleteAppointmentRequest request = body == null ? DeleteAppointmentRequest.NONE : body;
        AppointmentId id = AppointmentId.of(appointmentId);
        // before its fields are read or its notes counted: another practice's appointment is simply not found
        owners.requireOwnedBy(workspaceId, id);
        StoredAppointmentFields.Fields stored = storedFields.current(id).orElseThrow(RecordNotFoundException::new);
        int amendments = sessionNotes.amendmentsOfActiveNotes(id);
        if (request.action() == SessionNoteAction.DELETE && amendments > 0) {
            throw new BusinessRuleViolation("Cannot delete session note: it has been amended " + amendments
                    + " time(s). Amended notes have medical-legal significance and cannot be deleted.");
        }
        return answers.ok(commands.send(
                new DeleteAppointmentCommand(
                        id,
                        workspaceId,
                        request.action(),
                        request.reason() != null,
                        cipher.encrypt(
                                id,
                                stored.clientId(),
                                AppointmentFieldCipher.DELETION_REASON,
                                request.deletionReason()),
                        clock.instant(),
                        expected.sequence()),
                id));
    }

    /** 409 with the appointments that hold the time (behaviour.md §1.5, as a problem property). */
    @ExceptionHandler(SlotTakenException.class)
    ProblemDetail slotTaken(SlotTakenException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("conflicting_appointments", e.conflictsIn(calendar));
        return problem;
    }

    private ClientId requireClient(WorkspaceId workspaceId, UUID clientId) {
        ClientId id = ClientId.of(clientId);
        if (!clients.existsInWorkspace(id, workspaceId)) {
            throw new RecordNotFoundException();
        }
        return id;
    }

    /** Another practice's service is not found, like one that does not exist or was deleted. */
    private ServiceId requireService(WorkspaceId workspaceId, UUID serviceId) {
        if (serviceId == null) {
            return null;
        }
        ServiceId id = ServiceId.of(serviceId);
        if (!services.exists(workspaceId, id)) {
            throw new RecordNotFoundException();
        }
        return id;
    }
}
