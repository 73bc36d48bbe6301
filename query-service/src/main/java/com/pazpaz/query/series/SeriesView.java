package com.pazpaz.query.series;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A series as it stands: its rule in its time zone, how far ahead it is booked, whether it is open, and every
 * occurrence it booked (each an appointment; {@code cancelled} when the rest of the series was cancelled) or
 * skipped because it collided.
 */
record SeriesView(
        UUID id,
        UUID clientId,
        String rule,
        String timeZone,
        LocalDateTime firstStart,
        int durationMinutes,
        String locationType,
        Instant materialisedUntil,
        boolean open,
        Instant endedFrom,
        List<Occurrence> occurrences,
        List<Instant> skipped,
        long version) {

    record Occurrence(UUID appointmentId, Instant scheduledStart, Instant scheduledEnd, boolean cancelledWithSeries) {}
}
