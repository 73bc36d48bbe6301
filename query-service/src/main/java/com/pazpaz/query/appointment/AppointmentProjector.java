package com.pazpaz.query.appointment;

import com.pazpaz.kernel.appointment.AppointmentDeletedEvent;
import com.pazpaz.kernel.appointment.AppointmentDetailsEditedEvent;
import com.pazpaz.kernel.appointment.AppointmentRescheduledEvent;
import com.pazpaz.kernel.appointment.AppointmentScheduledEvent;
import com.pazpaz.kernel.appointment.AppointmentStatusChangedEvent;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.query.common.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps {@code appointments} in step with the appointment events; ciphertext is copied, never decrypted here. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class AppointmentProjector {

    private final AppointmentRows appointments;

    AppointmentProjector(AppointmentRows appointments) {
        this.appointments = appointments;
    }

    @EventHandler
    void on(AppointmentScheduledEvent event) {
        appointments.save(new AppointmentRow(event));
    }

    @EventHandler
    void on(AppointmentRescheduledEvent event) {
        AppointmentRow row = row(event.appointmentId());
        row.reschedule(event.scheduledStart(), event.scheduledEnd());
        row.changed(event.editCount(), event.rescheduledAt());
    }

    @EventHandler
    void on(AppointmentDetailsEditedEvent event) {
        AppointmentRow row = row(event.appointmentId());
        row.editDetails(event.clientId().value(), event.locationType(), event.locationDetails(), event.notes());
        row.changed(event.editCount(), event.editedAt());
    }

    @EventHandler
    void on(AppointmentStatusChangedEvent event) {
        AppointmentRow row = row(event.appointmentId());
        row.changeStatus(event.to());
        row.changed(event.editCount(), event.changedAt());
    }

    /** R-APD-4: the row is hard-deleted; the read table's ON DELETE SET NULL unlinks any session note. */
    @EventHandler
    void on(AppointmentDeletedEvent event) {
        appointments.delete(row(event.appointmentId()));
        appointments.flush();
    }

    private AppointmentRow row(AppointmentId appointmentId) {
        return appointments.findById(appointmentId.value())
                .orElseThrow(() -> new IllegalStateException("Event for unknown appointment " + appointmentId));
    }
}
