package com.pazpaz.kernel.series;

import com.pazpaz.kernel.ids.AppointmentSeriesId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Books a series: the occurrences up to {@code materialisedUntil}, each also scheduled as an ordinary appointment
 * in the same transaction; {@code skipped} are the occurrence starts the caller chose not to book (they collide).
 */
public record BookAppointmentSeriesCommand(
        AppointmentSeriesId seriesId,
        WorkspaceId workspaceId,
        ClientId clientId,
        SeriesSchedule schedule,
        List<SeriesOccurrence> occurrences,
        List<Instant> skipped,
        Instant materialisedUntil,
        boolean exhausted,
        Instant bookedAt) {

    public BookAppointmentSeriesCommand {
        Objects.requireNonNull(seriesId, "series id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(clientId, "client id");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(materialisedUntil, "materialised until");
        Objects.requireNonNull(bookedAt, "booked at");
        occurrences = List.copyOf(occurrences);
        skipped = List.copyOf(skipped);
    }
}
