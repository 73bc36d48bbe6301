package com.pazpaz.kernel.location;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.LocationId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A practice saved a location. Its address is the practice's own place (not a client's home; a visit's
 * address goes into the appointment's encrypted location details), so it is plaintext as documented.
 */
@Revision("1")
public record LocationCreatedEvent(
        LocationId locationId,
        WorkspaceId workspaceId,
        String name,
        LocationType locationType,
        String address,
        String details,
        boolean active,
        Instant createdAt)
        implements WorkspaceScoped {}
