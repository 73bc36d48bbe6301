package com.pazpaz.kernel.series;

import com.pazpaz.kernel.ids.AppointmentSeriesId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Moves this and the following occurrences (or all, from the first) to a new local start time and length; each
 * moved occurrence is also rescheduled as an appointment in the same transaction, and later ones are booked so.
 */
public record RescheduleAppointmentSeriesCommand(
        @TargetAggregateIdentifier AppointmentSeriesId seriesId,
        WorkspaceId workspaceId,
        Instant from,
        LocalTime startTime,
        int durationMinutes,
        List<SeriesOccurrence> moved,
        Instant rescheduledAt) {

    public RescheduleAppointmentSeriesCommand {
        Objects.requireNonNull(seriesId, "series id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(startTime, "start time");
        Objects.requireNonNull(rescheduledAt, "rescheduled at");
        moved = List.copyOf(moved);
    }
}
