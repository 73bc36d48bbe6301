package com.pazpaz.command.appointment;

import com.pazpaz.kernel.appointment.SessionNoteAction;
import jakarta.validation.constraints.Size;

/** Optional body of {@code DELETE /api/v1/appointments/{id}} (behaviour.md §1.5, R-APD-*). */
record DeleteAppointmentRequest(
        @Size(max = 500) String reason,
        SessionNoteAction sessionNoteAction,
        @Size(max = 500) String deletionReason) {

    static final DeleteAppointmentRequest NONE = new DeleteAppointmentRequest(null, null, null);

    SessionNoteAction action() {
        return sessionNoteAction == null ? SessionNoteAction.KEEP : sessionNoteAction;
    }
}
