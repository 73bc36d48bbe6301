package com.pazpaz.kernel.series;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.AppointmentSeriesId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A series of recurring appointments was booked. {@code occurrences}: those booked (each an ordinary appointment);
 * {@code skipped}: occurrence starts left out because they collided; {@code materialisedUntil}: occurrences are
 * booked up to this instant (the horizon), later ones by the extension job; {@code exhausted}: the rule has no
 * occurrence after the horizon.
 */
@Revision("1")
public record AppointmentSeriesBookedEvent(
        AppointmentSeriesId seriesId,
        WorkspaceId workspaceId,
        ClientId clientId,
        SeriesSchedule schedule,
        List<SeriesOccurrence> occurrences,
        List<Instant> skipped,
        Instant materialisedUntil,
        boolean exhausted,
        Instant bookedAt)
        implements WorkspaceScoped {}
