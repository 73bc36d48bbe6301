package com.pazpaz.kernel.workspace;

import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A platform administrator opens a deactivated practice again (decision 270). */
public record ReactivateWorkspaceCommand(
        @TargetAggregateIdentifier WorkspaceId workspaceId, Instant reactivatedAt) {

    public ReactivateWorkspaceCommand {
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(reactivatedAt, "reactivated at");
    }
}
