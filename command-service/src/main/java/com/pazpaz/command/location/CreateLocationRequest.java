package com.pazpaz.command.location;

import com.pazpaz.kernel.location.LocationType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/locations} (behaviour.md §1.7). */
record CreateLocationRequest(
        @NotNull @Size(min = 1, max = 255) String name,
        @NotNull LocationType locationType,
        @Size(max = 1000) String address,
        @Size(max = 5000) String details,
        Boolean isActive) {}
