package com.pazpaz.kernel.series;

import com.pazpaz.kernel.ids.AppointmentSeriesId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves a series' horizon on: the occurrences after the old horizon up to the new one (the extension job). */
public record ExtendAppointmentSeriesCommand(
        @TargetAggregateIdentifier AppointmentSeriesId seriesId,
        WorkspaceId workspaceId,
        List<SeriesOccurrence> occurrences,
        List<Instant> skipped,
        Instant materialisedUntil,
        boolean exhausted,
        Instant extendedAt) {

    public ExtendAppointmentSeriesCommand {
        Objects.requireNonNull(seriesId, "series id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(materialisedUntil, "materialised until");
        Objects.requireNonNull(extendedAt, "extended at");
        occurrences = List.copyOf(occurrences);
        skipped = List.copyOf(skipped);
    }
}
