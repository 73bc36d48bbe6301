package com.pazpaz.kernel.workspace;

import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An owner sets how many bytes of attachments the practice may store (behaviour.md §1.3). Never deletes files:
 * the practice may end up over quota. A quota of zero or less is the aggregate's 422, not a shape error here.
 */
public record ChangeStorageQuotaCommand(
        @TargetAggregateIdentifier WorkspaceId workspaceId, long quotaBytes, Instant changedAt) {

    public ChangeStorageQuotaCommand {
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(changedAt, "changed at");
    }
}
