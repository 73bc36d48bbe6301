package com.pazpaz.kernel.workspace;

import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens a new practice together with its owner (a platform administrator's command). */
public record CreateWorkspaceCommand(
        @TargetAggregateIdentifier WorkspaceId workspaceId,
        String name,
        UserId ownerId,
        String ownerEmail,
        String ownerFullName,
        Instant createdAt) {

    public CreateWorkspaceCommand {
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(ownerId, "owner id");
        Objects.requireNonNull(createdAt, "created at");
        StaffText.require(name, "name");
        StaffText.require(ownerEmail, "owner email");
        StaffText.require(ownerFullName, "owner full name");
    }
}
