package com.pazpaz.kernel.workspace;

import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A platform administrator closes a practice (decision 270): its records stay, its users' tokens are refused from
 * then on. Carries no reason: free text about why a practice closes could name a patient (decision 271).
 */
public record DeactivateWorkspaceCommand(
        @TargetAggregateIdentifier WorkspaceId workspaceId, Instant deactivatedAt) {

    public DeactivateWorkspaceCommand {
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(deactivatedAt, "deactivated at");
    }
}
