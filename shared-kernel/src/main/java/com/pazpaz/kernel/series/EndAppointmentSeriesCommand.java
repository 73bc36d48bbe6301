package com.pazpaz.kernel.series;

import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.AppointmentSeriesId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancels the rest of a series: its occurrences from {@code from} on are cancelled and none is booked again. */
public record EndAppointmentSeriesCommand(
        @TargetAggregateIdentifier AppointmentSeriesId seriesId,
        WorkspaceId workspaceId,
        Instant from,
        List<AppointmentId> cancelled,
        Instant endedAt) {

    public EndAppointmentSeriesCommand {
        Objects.requireNonNull(seriesId, "series id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(endedAt, "ended at");
        cancelled = List.copyOf(cancelled);
    }
}
