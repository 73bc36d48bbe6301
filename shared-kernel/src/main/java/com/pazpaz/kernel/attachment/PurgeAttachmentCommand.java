package com.pazpaz.kernel.attachment;

import com.pazpaz.kernel.ids.AttachmentId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Erases a file for good because its note was purged or its client erased (D11). */
public record PurgeAttachmentCommand(
        @TargetAggregateIdentifier AttachmentId attachmentId, WorkspaceId workspaceId, Instant purgedAt) {

    public PurgeAttachmentCommand {
        Objects.requireNonNull(attachmentId, "attachment id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(purgedAt, "purged at");
    }
}
