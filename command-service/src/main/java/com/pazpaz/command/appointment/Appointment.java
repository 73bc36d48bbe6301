package com.pazpaz.command.appointment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import com.pazpaz.kernel.appointment.AppointmentDeletedEvent;
import com.pazpaz.kernel.appointment.AppointmentDetailsEditedEvent;
import com.pazpaz.kernel.appointment.AppointmentRescheduledEvent;
import com.pazpaz.kernel.appointment.AppointmentRevision;
import com.pazpaz.kernel.appointment.AppointmentScheduledEvent;
import com.pazpaz.kernel.appointment.AppointmentStatus;
import com.pazpaz.kernel.appointment.AppointmentStatusChangedEvent;
import com.pazpaz.kernel.appointment.CompleteAppointmentCommand;
import com.pazpaz.kernel.appointment.DeleteAppointmentCommand;
import com.pazpaz.kernel.appointment.ReviseAppointmentCommand;
import com.pazpaz.kernel.appointment.ScheduleAppointmentCommand;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.location.LocationType;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One appointment of a practice's calendar (behaviour.md §1.5, §2.8). Overlaps are a set rule kept by the
 * command-side calendar; this aggregate keeps the rules of one appointment: times, status transitions and
 * edit tracking.
 */
@Aggregate
class Appointment {

    static final String END_BEFORE_START = "scheduled_end must be after scheduled_start";

    @AggregateIdentifier
    private AppointmentId appointmentId;

    private WorkspaceId workspaceId;
    private ClientId clientId;
    private Instant start;
    private Instant end;
    private LocationType locationType;
    private EncryptedValue locationDetails;
    private EncryptedValue notes;
    private AppointmentStatus status;
    private int editCount;

    Appointment() {
        // for Axon: state is rebuilt from events
    }

    @CommandHandler
    Appointment(ScheduleAppointmentCommand command) {
        requireEndAfterStart(command.scheduledStart(), command.scheduledEnd());
        apply(new AppointmentScheduledEvent(
                command.appointmentId(),
                command.workspaceId(),
                command.clientId(),
                command.scheduledStart(),
                command.scheduledEnd(),
                command.locationType(),
                command.locationDetails(),
                command.notes(),
                command.scheduledAt(),
                command.serviceId()));
    }

    /** Status rule first (400), then the final times (422); an edit that changes nothing records nothing. */
    @CommandHandler
    void handle(ReviseAppointmentCommand command) {
        requireWorkspace(command.workspaceId());
        AppointmentRevision revision = command.revision();
        AppointmentStatus newStatus = or(revision.status(), status);
        if (newStatus != status) {
            StatusTransitions.require(status, newStatus, command.hasActiveSessionNote());
        }
        Instant newStart = or(revision.scheduledStart(), start);
        Instant newEnd = or(revision.scheduledEnd(), end);
        requireEndAfterStart(newStart, newEnd);
        ClientId newClient = or(revision.clientId(), clientId);
        LocationType newType = or(revision.locationType(), locationType);
        EncryptedValue newDetails = revision.locationDetailsSent() ? revision.locationDetails() : locationDetails;
        EncryptedValue newNotes = revision.notesSent() ? revision.notes() : notes;
        boolean timeChanged = !newStart.equals(start) || !newEnd.equals(end);
        boolean detailsChanged = !newClient.equals(clientId)
                || newType != locationType
                || !Objects.equals(newDetails, locationDetails)
                || !Objects.equals(newNotes, notes);
        if (!timeChanged && !detailsChanged && newStatus == status) {
            return;
        }
        int edits = editCount + 1;
        Instant at = command.revisedAt();
        if (timeChanged) {
            apply(new AppointmentRescheduledEvent(
                    appointmentId, workspaceId, newStart, newEnd, command.allowConflict(), edits, at));
        }
        if (detailsChanged) {
            apply(new AppointmentDetailsEditedEvent(
                    appointmentId, workspaceId, newClient, newType, newDetails, newNotes, edits, at));
        }
        if (newStatus != status) {
            apply(new AppointmentStatusChangedEvent(appointmentId, workspaceId, status, newStatus, edits, at));
        }
    }

    /** R-SES-3: only a scheduled appointment is completed, and it does not count as an edit. */
    @CommandHandler
    void handle(CompleteAppointmentCommand command) {
        requireWorkspace(command.workspaceId());
        if (status == AppointmentStatus.SCHEDULED) {
            apply(new AppointmentStatusChangedEvent(
                    appointmentId, workspaceId, status, AppointmentStatus.COMPLETED, editCount, command.completedAt()));
        }
    }

    @CommandHandler
    void handle(DeleteAppointmentCommand command) {
        requireWorkspace(command.workspaceId());
        apply(new AppointmentDeletedEvent(
                appointmentId,
                workspaceId,
                clientId,
                status,
                start,
                end,
                command.sessionNoteAction(),
                command.reasonProvided(),
                command.deletionReason(),
                command.deletedAt()));
    }

    private static void requireEndAfterStart(Instant start, Instant end) {
        if (!end.isAfter(start)) {
            throw new BusinessRuleViolation(END_BEFORE_START);
        }
    }

    private static <T> T or(T value, T current) {
        return value != null ? value : current;
    }

    /** Another practice's appointment is answered exactly like one that does not exist. */
    private void requireWorkspace(WorkspaceId caller) {
        if (!workspaceId.equals(caller)) {
            throw new RecordNotFoundException();
        }
    }

    @EventSourcingHandler
    void on(AppointmentScheduledEvent event) {
        appointmentId = event.appointmentId();
        workspaceId = event.workspaceId();
        clientId = event.clientId();
        start = event.scheduledStart();
        end = event.scheduledEnd();
        locationType = event.locationType();
        locationDetails = event.locationDetails();
        notes = event.notes();
        status = AppointmentStatus.SCHEDULED;
    }

    @EventSourcingHandler
    void on(AppointmentRescheduledEvent event) {
        start = event.scheduledStart();
        end = event.scheduledEnd();
        editCount = event.editCount();
    }

    @EventSourcingHandler
    void on(AppointmentDetailsEditedEvent event) {
        clientId = event.clientId();
        locationType = event.locationType();
        locationDetails = event.locationDetails();
        notes = event.notes();
        editCount = event.editCount();
    }

    @EventSourcingHandler
    void on(AppointmentStatusChangedEvent event) {
        status = event.to();
        editCount = event.editCount();
    }

    /** A deleted appointment no longer exists: every later command is answered 404. */
    @EventSourcingHandler
    void on(AppointmentDeletedEvent event) {
        markDeleted();
    }
}
