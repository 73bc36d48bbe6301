package com.pazpaz.kernel.attachment;

import com.pazpaz.kernel.ids.AttachmentId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Removes a file from its note or client (R-ATT-7): it stops counting against the storage quota. */
public record DeleteAttachmentCommand(
        @TargetAggregateIdentifier AttachmentId attachmentId,
        WorkspaceId workspaceId,
        AttachmentPlace place,
        Instant deletedAt,
        @TargetAggregateVersion Long expectedVersion) {

    public DeleteAttachmentCommand {
        Objects.requireNonNull(attachmentId, "attachment id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(deletedAt, "deleted at");
    }
}
