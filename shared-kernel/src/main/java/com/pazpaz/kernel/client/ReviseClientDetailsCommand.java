package com.pazpaz.kernel.client;

import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Applies a partial update to a client; {@code active} (nullable) archives or reactivates in the same step.
 * {@code expectedVersion} (nullable) is the record version the caller last saw (If-Match).
 */
public record ReviseClientDetailsCommand(
        @TargetAggregateIdentifier ClientId clientId,
        WorkspaceId workspaceId,
        ClientDetailsPatch patch,
        Boolean active,
        Instant revisedAt,
        @TargetAggregateVersion Long expectedVersion) {

    public ReviseClientDetailsCommand {
        Objects.requireNonNull(clientId, "client id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(patch, "patch");
        Objects.requireNonNull(revisedAt, "revised at");
    }
}
