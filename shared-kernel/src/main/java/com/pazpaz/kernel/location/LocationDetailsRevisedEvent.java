package com.pazpaz.kernel.location;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.LocationId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A location's type, address or details changed; the event states all three as they now stand. */
@Revision("1")
public record LocationDetailsRevisedEvent(
        LocationId locationId,
        WorkspaceId workspaceId,
        LocationType locationType,
        String address,
        String details,
        Instant revisedAt)
        implements WorkspaceScoped {}
