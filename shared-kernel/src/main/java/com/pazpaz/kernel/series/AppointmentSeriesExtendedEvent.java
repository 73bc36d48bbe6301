package com.pazpaz.kernel.series;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.AppointmentSeriesId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The extension job booked a series' next occurrences, up to the new {@code materialisedUntil}; occurrences that
 * collided with an appointment booked meanwhile are {@code skipped} (nobody was there to choose).
 */
@Revision("1")
public record AppointmentSeriesExtendedEvent(
        AppointmentSeriesId seriesId,
        WorkspaceId workspaceId,
        List<SeriesOccurrence> occurrences,
        List<Instant> skipped,
        Instant materialisedUntil,
        boolean exhausted,
        Instant extendedAt)
        implements WorkspaceScoped {}
