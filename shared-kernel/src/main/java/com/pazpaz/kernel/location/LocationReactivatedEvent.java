package com.pazpaz.kernel.location;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.LocationId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An archived location is in use again. */
@Revision("1")
public record LocationReactivatedEvent(LocationId locationId, WorkspaceId workspaceId, Instant reactivatedAt)
        implements WorkspaceScoped {}
