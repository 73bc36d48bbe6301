package com.pazpaz.query.appointment;

import com.pazpaz.kernel.appointment.AppointmentDeletedEvent;
import com.pazpaz.kernel.appointment.AppointmentDetailsEditedEvent;
import com.pazpaz.kernel.appointment.AppointmentRescheduledEvent;
import com.pazpaz.kernel.appointment.AppointmentScheduledEvent;
import com.pazpaz.kernel.appointment.AppointmentStatus;
import com.pazpaz.kernel.appointment.AppointmentStatusChangedEvent;
import com.pazpaz.query.common.ReadModel;
import com.pazpaz.query.common.ReadModelRows;
import com.pazpaz.query.service.ServiceRow;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code appointments} in step with the appointment events ({@link AppointmentRowEvolution}); ciphertext is
 * copied, never decrypted here.
 */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class AppointmentProjector {

    private final ReadModelRows rows;

    AppointmentProjector(ReadModelRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(AppointmentScheduledEvent event) {
        rows.apply(AppointmentRow.TABLE, event);
    }

    @EventHandler
    void on(AppointmentRescheduledEvent event) {
        rows.apply(AppointmentRow.TABLE, event);
    }

    @EventHandler
    void on(AppointmentDetailsEditedEvent event) {
        rows.apply(AppointmentRow.TABLE, event);
    }

    /**
     * On completion the appointment keeps its service's price in force at that moment (decision 201): the services
     * row as this batch has folded it so far, which a rebuild reproduces because it replays in the same order.
     */
    @EventHandler
    void on(AppointmentStatusChangedEvent event) {
        rows.apply(AppointmentRow.TABLE, event);
        if (event.to() == AppointmentStatus.COMPLETED) {
            AppointmentRow appointment =
                    rows.find(AppointmentRow.TABLE, event.appointmentId().value());
            ServiceRow service =
                    appointment.serviceId() == null ? null : rows.find(ServiceRow.TABLE, appointment.serviceId());
            if (service != null) {
                appointment.keepPrice(service.price(), service.currency());
                rows.put(AppointmentRow.TABLE, appointment);
            }
        }
    }

    /** R-APD-4: the row is hard-deleted; a session note linked to it is unlinked (the table's ON DELETE SET NULL). */
    @EventHandler
    void on(AppointmentDeletedEvent event) {
        rows.apply(AppointmentRow.TABLE, event);
    }
}
