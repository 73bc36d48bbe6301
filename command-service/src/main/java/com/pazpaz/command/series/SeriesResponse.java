package com.pazpaz.command.series;

import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.series.SeriesOccurrence;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The answer to a series command: the usual {@code {id, version, position}}, plus what it did to the calendar:
 * the occurrences booked (each an appointment), those skipped because they collide, those cancelled.
 */
record SeriesResponse(
        UUID id,
        long version,
        long position,
        List<SeriesOccurrence> occurrences,
        List<Instant> skipped,
        List<AppointmentId> cancelled) {}
