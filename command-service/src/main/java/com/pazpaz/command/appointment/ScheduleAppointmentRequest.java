package com.pazpaz.command.appointment;

import com.pazpaz.kernel.location.LocationType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * Body of {@code POST /api/v1/appointments} (behaviour.md §1.5); a {@code status} sent is ignored. {@code service_id}
 * (optional) names a service of the practice, which revenue is reported by (decision 201).
 */
record ScheduleAppointmentRequest(
        @NotNull UUID clientId,
        @NotNull Instant scheduledStart,
        @NotNull Instant scheduledEnd,
        @NotNull LocationType locationType,
        @Size(max = 1000) String locationDetails,
        @Size(max = 5000) String notes,
        UUID serviceId) {}
