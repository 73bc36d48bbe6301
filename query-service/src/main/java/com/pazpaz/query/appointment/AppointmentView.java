package com.pazpaz.query.appointment;

import com.pazpaz.kernel.appointment.AppointmentStatus;
import com.pazpaz.kernel.location.LocationType;
import java.time.Instant;
import java.util.UUID;

/**
 * An appointment as the API answers it (behaviour.md §1.5), decrypted, with its client's name and the service it
 * was booked for (null: none; decision 202).
 */
record AppointmentView(
        UUID id,
        UUID workspaceId,
        UUID clientId,
        Instant scheduledStart,
        Instant scheduledEnd,
        LocationType locationType,
        String locationDetails,
        AppointmentStatus status,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        Instant editedAt,
        int editCount,
        UUID serviceId,
        ClientSummary client) {

    /** Who the appointment is with. */
    record ClientSummary(UUID id, String firstName, String lastName, String fullName) {}
}
