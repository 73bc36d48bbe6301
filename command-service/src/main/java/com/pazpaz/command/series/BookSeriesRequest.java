package com.pazpaz.command.series;

import com.pazpaz.kernel.location.LocationType;
import com.pazpaz.kernel.series.SeriesSchedule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Body of {@code POST /api/v1/appointment-series}. {@code first_start} is a local date and time in
 * {@code time_zone} (the practice's IANA zone); {@code conflicts}: {@code refuse} (default) books nothing if any
 * occurrence collides, {@code skip} books the others.
 */
record BookSeriesRequest(
        @NotNull UUID clientId,
        @NotBlank @Size(max = 500) String rule,
        @NotBlank @Size(max = 100) String timeZone,
        @NotNull LocalDateTime firstStart,
        @NotNull @Min(5) @Max(480) Integer durationMinutes,
        @NotNull LocationType locationType,

        @Pattern(regexp = "refuse|skip", message = "must be refuse or skip")
        String conflicts) {

    SeriesSchedule schedule() {
        return new SeriesSchedule(rule.strip(), timeZone.strip(), firstStart, durationMinutes, locationType);
    }

    boolean skipConflicts() {
        return "skip".equals(conflicts);
    }
}
