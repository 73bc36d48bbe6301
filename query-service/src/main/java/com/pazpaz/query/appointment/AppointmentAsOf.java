package com.pazpaz.query.appointment;

import com.pazpaz.kernel.appointment.AppointmentDeletedEvent;
import com.pazpaz.kernel.appointment.AppointmentDetailsEditedEvent;
import com.pazpaz.kernel.appointment.AppointmentRescheduledEvent;
import com.pazpaz.kernel.appointment.AppointmentScheduledEvent;
import com.pazpaz.kernel.appointment.AppointmentStatusChangedEvent;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.query.common.PointInTime;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** An appointment as it stood at an instant, rebuilt from its events (also after it was deleted). */
@Component
class AppointmentAsOf {

    private final PointInTime pointInTime;

    AppointmentAsOf(PointInTime pointInTime) {
        this.pointInTime = pointInTime;
    }

    /** The row as of {@code instant}; not found before it was scheduled, after it was deleted, or elsewhere. */
    AppointmentRow at(UUID appointmentId, UUID workspaceId, Instant instant) {
        AppointmentRow row = pointInTime.fold(appointmentId, instant, AppointmentAsOf::apply);
        if (row == null || !row.workspaceId().equals(workspaceId)) {
            throw new RecordNotFoundException();
        }
        return row;
    }

    private static AppointmentRow apply(AppointmentRow row, Object event) {
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
}
