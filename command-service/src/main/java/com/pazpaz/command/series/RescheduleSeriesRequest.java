package com.pazpaz.command.series;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalTime;

/**
 * Body of {@code PUT /api/v1/appointment-series/{id}/occurrences}: from which occurrence on (absent: all of them)
 * the series moves to {@code start_time} (local, in the series' zone) for {@code duration_minutes}.
 */
record RescheduleSeriesRequest(
        Instant from,
        @NotNull LocalTime startTime,
        @NotNull @Min(5) @Max(480) Integer durationMinutes) {}
