package com.pazpaz.kernel.workspace;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The practice's available (working) hours are now these weekly stretches in this time zone, replacing the ones
 * set before; no stretches: it sets none. The utilisation report sets booked hours against them.
 */
@Revision("1")
public record WorkspaceAvailableHoursSetEvent(WorkspaceId workspaceId, WeeklyHours hours, Instant setAt)
        implements WorkspaceScoped {}
