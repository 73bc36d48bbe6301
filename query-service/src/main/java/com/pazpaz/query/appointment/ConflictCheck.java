package com.pazpaz.query.appointment;

import com.pazpaz.kernel.appointment.AppointmentStatus;
import com.pazpaz.kernel.location.LocationType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The answer of {@code GET /api/v1/appointments/conflicts}: initials only, never full names. */
record ConflictCheck(boolean hasConflict, List<Conflict> conflictingAppointments) {

    record Conflict(
            UUID id,
            Instant scheduledStart,
            Instant scheduledEnd,
            String clientInitials,
            LocationType locationType,
            AppointmentStatus status) {}
}
