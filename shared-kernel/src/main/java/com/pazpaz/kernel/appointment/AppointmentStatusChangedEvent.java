package com.pazpaz.kernel.appointment;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An appointment's status changed. {@code editCount} is unchanged when the change was not an edit (the
 * auto-completion by a new session note, R-SES-3), one more otherwise.
 */
@Revision("1")
public record AppointmentStatusChangedEvent(
        AppointmentId appointmentId,
        WorkspaceId workspaceId,
        AppointmentStatus from,
        AppointmentStatus to,
        int editCount,
        Instant changedAt)
        implements WorkspaceScoped {}
