package com.pazpaz.kernel.workspace;

import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An owner makes a user of the practice an owner or an assistant. */
public record ChangeUserRoleCommand(
        @TargetAggregateIdentifier WorkspaceId workspaceId, UserId userId, Role role, Instant changedAt) {

    public ChangeUserRoleCommand {
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(userId, "user id");
        Objects.requireNonNull(changedAt, "changed at");
        if (role != Role.OWNER && role != Role.ASSISTANT) {
            throw new IllegalArgumentException("role must be owner or assistant");
        }
    }
}
