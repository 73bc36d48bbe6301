package com.pazpaz.kernel.service;

import com.pazpaz.kernel.ids.ServiceId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a service to the caller's workspace; the caller has checked that the name is free. */
public record CreateServiceCommand(
        @TargetAggregateIdentifier ServiceId serviceId,
        WorkspaceId workspaceId,
        String name,
        String description,
        int defaultDurationMinutes,
        boolean active,
        Instant createdAt) {

    public CreateServiceCommand {
        Objects.requireNonNull(serviceId, "service id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(createdAt, "created at");
        ServiceRules.requireName(name);
        ServiceRules.requireDuration(defaultDurationMinutes);
    }
}
