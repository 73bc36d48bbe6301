package com.pazpaz.command.session;

import com.pazpaz.kernel.ids.WorkspaceId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Until the appointment aggregate exists (issue 4), no appointment exists, so a note naming one is answered
 * 404 (decision D9). Replace with a lookup on the appointment's own events or a command-side table.
 */
@Component
class NoAppointmentsYet implements AppointmentLookup {

    @Override
    public boolean existsInWorkspace(UUID appointmentId, WorkspaceId workspaceId) {
        return false;
    }
}
