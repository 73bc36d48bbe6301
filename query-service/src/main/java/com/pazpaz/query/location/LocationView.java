package com.pazpaz.query.location;

import com.pazpaz.kernel.location.LocationType;
import java.time.Instant;
import java.util.UUID;

/** A location as the API answers it (behaviour.md §1.7). */
record LocationView(
        UUID id,
        UUID workspaceId,
        String name,
        LocationType locationType,
        String address,
        String details,
        boolean isActive,
        Instant createdAt,
        Instant updatedAt) {}
