package com.pazpaz.kernel.workspace;

import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An owner withdraws a user's access to the practice; their tokens are refused from then on. */
public record DeactivateUserCommand(
        @TargetAggregateIdentifier WorkspaceId workspaceId, UserId userId, Instant deactivatedAt) {

    public DeactivateUserCommand {
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(userId, "user id");
        Objects.requireNonNull(deactivatedAt, "deactivated at");
    }
}
