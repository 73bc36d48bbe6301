package com.pazpaz.kernel.appointment;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.location.LocationType;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An appointment's client, location or notes changed; the event states all of them as they now stand. */
@Revision("1")
public record AppointmentDetailsEditedEvent(
        AppointmentId appointmentId,
        WorkspaceId workspaceId,
        ClientId clientId,
        LocationType locationType,
        EncryptedValue locationDetails,
        EncryptedValue notes,
        int editCount,
        Instant editedAt)
        implements WorkspaceScoped {}
