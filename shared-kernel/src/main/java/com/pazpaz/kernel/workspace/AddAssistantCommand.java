package com.pazpaz.kernel.workspace;

import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An owner adds an assistant to the practice; the e-mail must be free in the workspace. */
public record AddAssistantCommand(
        @TargetAggregateIdentifier WorkspaceId workspaceId,
        UserId userId,
        String email,
        String fullName,
        Instant addedAt) {

    public AddAssistantCommand {
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(userId, "user id");
        Objects.requireNonNull(addedAt, "added at");
        StaffText.require(email, "email");
        StaffText.require(fullName, "full name");
    }
}
