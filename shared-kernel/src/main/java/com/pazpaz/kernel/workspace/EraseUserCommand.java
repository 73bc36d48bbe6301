package com.pazpaz.kernel.workspace;

import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An owner erases a user of the practice for good: the user loses access and their name and e-mail become
 * unreadable everywhere (their data key is destroyed). {@code erasedBy} is the owner asking, who may not erase
 * themselves.
 */
public record EraseUserCommand(
        @TargetAggregateIdentifier WorkspaceId workspaceId, UserId userId, UserId erasedBy, Instant erasedAt) {

    public EraseUserCommand {
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(userId, "user id");
        Objects.requireNonNull(erasedBy, "erased by");
        Objects.requireNonNull(erasedAt, "erased at");
    }
}
