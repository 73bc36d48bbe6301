package com.pazpaz.kernel.location;

import com.pazpaz.kernel.ids.LocationId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A partial update of a location. Null {@code name}, {@code locationType} or {@code active} mean "unchanged";
 * address and details change only when sent (null then clears them).
 */
public record ReviseLocationCommand(
        @TargetAggregateIdentifier LocationId locationId,
        WorkspaceId workspaceId,
        String name,
        LocationType locationType,
        boolean addressSent,
        String address,
        boolean detailsSent,
        String details,
        Boolean active,
        Instant revisedAt,
        @TargetAggregateVersion Long expectedVersion) {

    public ReviseLocationCommand {
        Objects.requireNonNull(locationId, "location id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(revisedAt, "revised at");
        if (name != null) {
            LocationRules.requireName(name);
        }
    }
}
