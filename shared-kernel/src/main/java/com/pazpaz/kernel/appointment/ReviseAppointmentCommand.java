package com.pazpaz.kernel.appointment;

import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Edits an appointment (behaviour.md §1.5 PUT). {@code allowConflict} keeps a new time even where it overlaps
 * ("Keep Both"); {@code hasActiveSessionNote} is the set fact R-APT-5 needs for completed → cancelled.
 */
public record ReviseAppointmentCommand(
        @TargetAggregateIdentifier AppointmentId appointmentId,
        WorkspaceId workspaceId,
        AppointmentRevision revision,
        boolean allowConflict,
        boolean hasActiveSessionNote,
        Instant revisedAt,
        @TargetAggregateVersion Long expectedVersion) {

    public ReviseAppointmentCommand {
        Objects.requireNonNull(appointmentId, "appointment id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(revisedAt, "revised at");
    }
}
