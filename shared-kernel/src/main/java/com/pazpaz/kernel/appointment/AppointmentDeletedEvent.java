package com.pazpaz.kernel.appointment;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An appointment was deleted (hard delete in the read table, R-APD-4). It carries what the audit trail of
 * R-AUD-11 needs and the chosen {@link SessionNoteAction}: the session notes linked to it react to this event
 * (soft-deleted with {@code deletionReason}, or unlinked).
 */
@Revision("1")
public record AppointmentDeletedEvent(
        AppointmentId appointmentId,
        WorkspaceId workspaceId,
        ClientId clientId,
        AppointmentStatus status,
        Instant scheduledStart,
        Instant scheduledEnd,
        SessionNoteAction sessionNoteAction,
        boolean reasonProvided,
        EncryptedValue deletionReason,
        Instant deletedAt)
        implements WorkspaceScoped {}
