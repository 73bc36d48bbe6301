package com.pazpaz.kernel.client;

import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a new client in the caller's workspace. The id and the time are decided by the caller. */
public record RegisterClientCommand(
        @TargetAggregateIdentifier ClientId clientId,
        WorkspaceId workspaceId,
        ClientDetails details,
        boolean active,
        Instant registeredAt) {

    public RegisterClientCommand {
        Objects.requireNonNull(clientId, "client id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(registeredAt, "registered at");
    }
}
