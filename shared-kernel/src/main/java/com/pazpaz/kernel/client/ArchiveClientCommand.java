package com.pazpaz.kernel.client;

import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Archives a client (the reference's soft delete). Archiving an archived client changes nothing. */
public record ArchiveClientCommand(
        @TargetAggregateIdentifier ClientId clientId,
        WorkspaceId workspaceId,
        Instant archivedAt,
        @TargetAggregateVersion Long expectedVersion) {

    public ArchiveClientCommand {
        Objects.requireNonNull(clientId, "client id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(archivedAt, "archived at");
    }
}
