package com.pazpaz.query.appointment;

import com.pazpaz.kernel.appointment.AppointmentDeletedEvent;
import com.pazpaz.kernel.appointment.AppointmentDetailsEditedEvent;
import com.pazpaz.kernel.appointment.AppointmentRescheduledEvent;
import com.pazpaz.kernel.appointment.AppointmentScheduledEvent;
import com.pazpaz.kernel.appointment.AppointmentStatusChangedEvent;
import com.pazpaz.query.common.ReadModel;
import com.pazpaz.query.common.ReadModelRows;
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

    @EventHandler
    void on(AppointmentStatusChangedEvent event) {
        rows.apply(AppointmentRow.TABLE, event);
    }

    /** R-APD-4: the row is hard-deleted; a session note linked to it is unlinked (the table's ON DELETE SET NULL). */
    @EventHandler
    void on(AppointmentDeletedEvent event) {
        rows.apply(AppointmentRow.TABLE, event);
    }
}
