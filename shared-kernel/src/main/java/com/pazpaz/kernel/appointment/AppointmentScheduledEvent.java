package com.pazpaz.kernel.appointment;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.ServiceId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.location.LocationType;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An appointment was booked; it starts as scheduled and holds its time exclusively. Revision 2 adds
 * {@code serviceId}, the practice's service it is for (null: none); events of revision 1 have none.
 */
@Revision("2")
public record AppointmentScheduledEvent(
        AppointmentId appointmentId,
        WorkspaceId workspaceId,
        ClientId clientId,
        Instant scheduledStart,
        Instant scheduledEnd,
        LocationType locationType,
        EncryptedValue locationDetails,
        EncryptedValue notes,
        Instant scheduledAt,
        ServiceId serviceId)
        implements WorkspaceScoped {}
