package com.pazpaz.query.workspace;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A practice's available hours as {@code GET /api/v1/workspace/available-hours} answers them. */
record AvailableHoursView(String timeZone, List<Stretch> weeklyHours, Instant updatedAt) {

    /** Days in lower case (monday … sunday), times as ISO local times, as the request takes them. */
    record Stretch(String day, String start, String end) {}

    static final AvailableHoursView NONE = new AvailableHoursView(null, List.of(), null);

    static AvailableHoursView of(AvailableHoursRow row) {
        return new AvailableHoursView(
                row.hours().timeZone(),
                row.hours().intervals().stream()
                        .map(i -> new Stretch(
                                i.day().name().toLowerCase(Locale.ROOT),
                                i.start().toString(),
                                i.end().toString()))
                        .toList(),
                row.updatedAt());
    }
}
