package com.pazpaz.kernel.series;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.AppointmentSeriesId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The rest of a series was cancelled: occurrences from {@code from} on ({@code cancelled}, each also cancelled as
 * an appointment in the same transaction); the series books nothing more.
 */
@Revision("1")
public record AppointmentSeriesEndedEvent(
        AppointmentSeriesId seriesId,
        WorkspaceId workspaceId,
        Instant from,
        List<AppointmentId> cancelled,
        Instant endedAt)
        implements WorkspaceScoped {}
