package com.pazpaz.kernel.appointment;

import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Auto-completion (R-SES-3, R-APT-6): a session note was created for this appointment. A scheduled appointment
 * becomes completed without counting as an edit; any other status is left alone.
 */
public record CompleteAppointmentCommand(
        @TargetAggregateIdentifier AppointmentId appointmentId, WorkspaceId workspaceId, Instant completedAt) {

    public CompleteAppointmentCommand {
        Objects.requireNonNull(appointmentId, "appointment id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(completedAt, "completed at");
    }
}
