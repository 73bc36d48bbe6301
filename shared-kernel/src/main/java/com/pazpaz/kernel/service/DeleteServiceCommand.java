package com.pazpaz.kernel.service;

import com.pazpaz.kernel.ids.ServiceId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Removes a service (R-SVC-3): archived when appointments reference it, deleted otherwise. Whether it is
 * referenced is a set-based fact the caller looks up.
 */
public record DeleteServiceCommand(
        @TargetAggregateIdentifier ServiceId serviceId,
        WorkspaceId workspaceId,
        boolean referencedByAppointments,
        Instant deletedAt,
        @TargetAggregateVersion Long expectedVersion) {

    public DeleteServiceCommand {
        Objects.requireNonNull(serviceId, "service id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(deletedAt, "deleted at");
    }
}
