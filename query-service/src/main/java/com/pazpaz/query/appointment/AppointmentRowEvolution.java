package com.pazpaz.query.appointment;

import com.pazpaz.kernel.appointment.AppointmentDeletedEvent;
import com.pazpaz.kernel.appointment.AppointmentDetailsEditedEvent;
import com.pazpaz.kernel.appointment.AppointmentRescheduledEvent;
import com.pazpaz.kernel.appointment.AppointmentScheduledEvent;
import com.pazpaz.kernel.appointment.AppointmentStatusChangedEvent;
import java.util.UUID;

/**
 * How each appointment event changes an {@code appointments} row: the one fold shared by the projector and the
 * point-in-time answer. A deleted appointment has no row (R-APD-4).
 */
final class AppointmentRowEvolution {

    private AppointmentRowEvolution() {}

    /** The row after the event; null before the appointment was scheduled and after it was deleted. */
    static AppointmentRow apply(AppointmentRow row, Object event) {
        if (event instanceof AppointmentScheduledEvent scheduled) {
            return new AppointmentRow(scheduled);
        }
        if (row == null || event instanceof AppointmentDeletedEvent) {
            return null;
        }
        if (event instanceof AppointmentRescheduledEvent rescheduled) {
            row.reschedule(rescheduled.scheduledStart(), rescheduled.scheduledEnd());
            row.changed(rescheduled.editCount(), rescheduled.rescheduledAt());
        } else if (event instanceof AppointmentDetailsEditedEvent edited) {
            row.editDetails(edited.clientId().value(), edited.locationType(), edited.locationDetails(), edited.notes());
            row.changed(edited.editCount(), edited.editedAt());
        } else if (event instanceof AppointmentStatusChangedEvent changed) {
            row.changeStatus(changed.to());
            row.changed(changed.editCount(), changed.changedAt());
        }
        return row;
    }

    /** The existing appointment an event changes; null for a scheduling or another kind of event. */
    static UUID changes(Object event) {
        if (event instanceof AppointmentRescheduledEvent rescheduled) {
            return rescheduled.appointmentId().value();
        }
        if (event instanceof AppointmentDetailsEditedEvent edited) {
            return edited.appointmentId().value();
        }
        if (event instanceof AppointmentStatusChangedEvent changed) {
            return changed.appointmentId().value();
        }
        return event instanceof AppointmentDeletedEvent deleted
                ? deleted.appointmentId().value()
                : null;
    }
}
