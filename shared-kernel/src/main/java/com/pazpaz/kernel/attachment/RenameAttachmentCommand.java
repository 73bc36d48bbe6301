package com.pazpaz.kernel.attachment;

import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.AttachmentId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Gives a file a new display name (already checked by R-ATT-6 and encrypted for the attachment's row). */
public record RenameAttachmentCommand(
        @TargetAggregateIdentifier AttachmentId attachmentId,
        WorkspaceId workspaceId,
        AttachmentPlace place,
        EncryptedValue fileName,
        Instant renamedAt,
        @TargetAggregateVersion Long expectedVersion) {

    public RenameAttachmentCommand {
        Objects.requireNonNull(attachmentId, "attachment id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(fileName, "file name");
        Objects.requireNonNull(renamedAt, "renamed at");
    }
}
