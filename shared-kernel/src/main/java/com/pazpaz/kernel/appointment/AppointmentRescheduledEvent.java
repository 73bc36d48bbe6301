package com.pazpaz.kernel.appointment;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An appointment moved to a new time. {@code overlapAllowed}: the caller chose to keep it even where it
 * overlaps ("Keep Both", R-APT-3). {@code editCount}: the appointment's edits after this one (R-APT-7).
 */
@Revision("1")
public record AppointmentRescheduledEvent(
        AppointmentId appointmentId,
        WorkspaceId workspaceId,
        Instant scheduledStart,
        Instant scheduledEnd,
        boolean overlapAllowed,
        int editCount,
        Instant rescheduledAt)
        implements WorkspaceScoped {}
