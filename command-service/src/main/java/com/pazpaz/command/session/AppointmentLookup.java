package com.pazpaz.command.session;

import com.pazpaz.kernel.ids.WorkspaceId;
import java.util.UUID;

/**
 * What a note needs to know about appointments: whether the one it is linked to exists in the caller's
 * workspace (decision D9: 404 otherwise). The auto-complete rule (R-SES-3) reacts to
 * {@code SessionDraftCreatedEvent} on the appointment side; see docs/sessions.md.
 */
interface AppointmentLookup {

    boolean existsInWorkspace(UUID appointmentId, WorkspaceId workspaceId);
}
