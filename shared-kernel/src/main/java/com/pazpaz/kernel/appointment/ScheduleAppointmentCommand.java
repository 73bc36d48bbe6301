package com.pazpaz.kernel.appointment;

import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.ServiceId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.location.LocationType;
import java.time.Instant;
import java.util.Objects;

/**
 * Books an appointment for a client of the caller's workspace. The caller has checked that the client exists;
 * the calendar's exclusion constraint settles overlaps when the event is stored. {@code serviceId} (optional) is a
 * service of the workspace, also checked by the caller.
 */
public record ScheduleAppointmentCommand(
        AppointmentId appointmentId,
        WorkspaceId workspaceId,
        ClientId clientId,
        Instant scheduledStart,
        Instant scheduledEnd,
        LocationType locationType,
        EncryptedValue locationDetails,
        EncryptedValue notes,
        Instant scheduledAt,
        ServiceId serviceId) {

    public ScheduleAppointmentCommand {
        Objects.requireNonNull(appointmentId, "appointment id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(clientId, "client id");
        Objects.requireNonNull(scheduledStart, "scheduled start");
        Objects.requireNonNull(scheduledEnd, "scheduled end");
        Objects.requireNonNull(locationType, "location type");
        Objects.requireNonNull(scheduledAt, "scheduled at");
    }
}
