package com.pazpaz.kernel.appointment;

import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.location.LocationType;
import java.time.Instant;

/**
 * The fields a partial update sent. Null means "unchanged", except for the two encrypted fields, which change
 * only when their {@code …Sent} flag is set (null then clears them).
 */
public record AppointmentRevision(
        ClientId clientId,
        Instant scheduledStart,
        Instant scheduledEnd,
        LocationType locationType,
        boolean locationDetailsSent,
        EncryptedValue locationDetails,
        boolean notesSent,
        EncryptedValue notes,
        AppointmentStatus status) {}
