package com.pazpaz.kernel.location;

import com.pazpaz.kernel.ids.LocationId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Removes a location (R-LOC-2): archived when appointments reference it, deleted otherwise. */
public record DeleteLocationCommand(
        @TargetAggregateIdentifier LocationId locationId,
        WorkspaceId workspaceId,
        boolean referencedByAppointments,
        Instant deletedAt,
        @TargetAggregateVersion Long expectedVersion) {

    public DeleteLocationCommand {
        Objects.requireNonNull(locationId, "location id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(deletedAt, "deleted at");
    }
}
