package com.pazpaz.query.appointment;

import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.query.common.PointInTime;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * An appointment as it stood at an instant, rebuilt from its events (also after it was deleted), by the same fold
 * as the projector's ({@link AppointmentRowEvolution}).
 */
@Component
class AppointmentAsOf {

    private final PointInTime pointInTime;

    AppointmentAsOf(PointInTime pointInTime) {
        this.pointInTime = pointInTime;
    }

    /** The row as of {@code instant}; not found before it was scheduled, after it was deleted, or elsewhere. */
    AppointmentRow at(UUID appointmentId, UUID workspaceId, Instant instant) {
        AppointmentRow row = pointInTime.fold(appointmentId, instant, AppointmentRowEvolution::apply);
        if (row == null || !row.workspaceId().equals(workspaceId)) {
            throw new RecordNotFoundException();
        }
        return row;
    }
}
