package com.pazpaz.kernel.workspace;

import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An owner gives a deactivated user their access back. */
public record ReactivateUserCommand(
        @TargetAggregateIdentifier WorkspaceId workspaceId, UserId userId, Instant reactivatedAt) {

    public ReactivateUserCommand {
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(userId, "user id");
        Objects.requireNonNull(reactivatedAt, "reactivated at");
    }
}
