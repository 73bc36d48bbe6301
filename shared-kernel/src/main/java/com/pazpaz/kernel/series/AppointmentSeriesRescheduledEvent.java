package com.pazpaz.kernel.series;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.AppointmentSeriesId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The occurrences from {@code from} on moved to {@code startTime} (local, in the series' zone) for
 * {@code durationMinutes}: {@code moved} are their new times (each appointment rescheduled in the same
 * transaction); occurrences booked later by the extension job take the new time too.
 */
@Revision("1")
public record AppointmentSeriesRescheduledEvent(
        AppointmentSeriesId seriesId,
        WorkspaceId workspaceId,
        Instant from,
        LocalTime startTime,
        int durationMinutes,
        List<SeriesOccurrence> moved,
        Instant rescheduledAt)
        implements WorkspaceScoped {}
