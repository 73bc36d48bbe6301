package com.pazpaz.kernel.appointment;

import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Deletes an appointment in any status (R-APD-5). The appointment's own {@code reason} is not kept, only whether
 * one was given (R-APD-6); {@code deletionReason} (encrypted: free text) is for the soft-deleted session notes.
 */
public record DeleteAppointmentCommand(
        @TargetAggregateIdentifier AppointmentId appointmentId,
        WorkspaceId workspaceId,
        SessionNoteAction sessionNoteAction,
        boolean reasonProvided,
        EncryptedValue deletionReason,
        Instant deletedAt,
        @TargetAggregateVersion Long expectedVersion) {

    public DeleteAppointmentCommand {
        Objects.requireNonNull(appointmentId, "appointment id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(sessionNoteAction, "session note action");
        Objects.requireNonNull(deletedAt, "deleted at");
    }
}
