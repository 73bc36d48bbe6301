package com.pazpaz.kernel.location;

import com.pazpaz.kernel.ids.LocationId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Saves a location in the caller's workspace; the caller has checked that the name is free. */
public record CreateLocationCommand(
        @TargetAggregateIdentifier LocationId locationId,
        WorkspaceId workspaceId,
        String name,
        LocationType locationType,
        String address,
        String details,
        boolean active,
        Instant createdAt) {

    public CreateLocationCommand {
        Objects.requireNonNull(locationId, "location id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(locationType, "location type");
        Objects.requireNonNull(createdAt, "created at");
        LocationRules.requireName(name);
    }
}
